import { decodeOutput } from '../text/decode.js';
import { type Parsed, parsed } from '../text/parse-result.js';
import { RUNNER_ENV_NAMES } from './runner-env.js';

/**
 * One Windows PowerShell 5.1 call that answers every host question at once (one process instead of six, so the
 * doctor's critical path stays short). Each fact is printed as soon as it is known, one JSON line per fact
 * (`{"fact":"os","value":{…}}` after a `{"schema":"wsl-ready-host/2"}` line, `{"fact":"end"}` last), and flushed,
 * so a probe killed at its timeout still hands over what it learned. The cheap facts come first, the CIM queries
 * after them. Every part is optional, because each query may fail on its own (CIM off, no rights) and the rest must
 * still come back. Optional features are read through CIM (`Win32_OptionalFeature`), not DISM's
 * `Get-WindowsOptionalFeature -Online`, which needs elevation and can take the whole budget. Besides CIM and the
 * registry it returns the few variables and small files the doctor reads (runner variables, `.wslconfig`, Docker
 * Desktop settings): they then travel in a recorded transcript, so a replay on another machine sees the same facts.
 */
export const HOST_PROBE_SCHEMA = 'wsl-ready-host/2';
/** The single-document form printed before facts were streamed; recorded transcripts may still hold it. */
export const HOST_PROBE_SCHEMA_V1 = 'wsl-ready-host/1';

/** The facts in the order the script prints them. */
export const HOST_PROBE_FACTS = [
  'identity',
  'env',
  'files',
  'dockerDesktop',
  'currentVersion',
  'os',
  'computerSystem',
  'processor',
  'features',
] as const;

/** Optional features the probe asks CIM about. */
export const HOST_PROBE_FEATURES = [
  'Microsoft-Windows-Subsystem-Linux',
  'VirtualMachinePlatform',
  'HypervisorPlatform',
  'Microsoft-Hyper-V-All',
  'Containers',
];

const MAX_FILE_CHARS = 65536;

const ENV_LIST = RUNNER_ENV_NAMES.map((name) => `'${name}'`).join(',');
const FEATURE_FILTER = HOST_PROBE_FEATURES.map((name) => `Name='${name}'`).join(' OR ');

export const HOST_PROBE_SCRIPT = `$ErrorActionPreference = 'SilentlyContinue'
$ProgressPreference = 'SilentlyContinue'
[Console]::OutputEncoding = New-Object System.Text.UTF8Encoding $false
function Emit($name, $value) { $line = [ordered]@{ fact = $name; value = $value } | ConvertTo-Json -Depth 4 -Compress; [Console]::Out.WriteLine($line); [Console]::Out.Flush() }
[Console]::Out.WriteLine('{"schema":"${HOST_PROBE_SCHEMA}"}'); [Console]::Out.Flush()
$id = [Security.Principal.WindowsIdentity]::GetCurrent()
$admin = (New-Object Security.Principal.WindowsPrincipal $id).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
Emit 'identity' ([ordered]@{ name = [string]$id.Name; isAdmin = $admin })
$env_ = [ordered]@{}
foreach ($n in ${ENV_LIST}) { $v = [Environment]::GetEnvironmentVariable($n); if ($v -ne $null) { $env_[$n] = $v } }
Emit 'env' $env_
$files = [ordered]@{}
$paths = [ordered]@{ wslconfig = (Join-Path $env:USERPROFILE '.wslconfig'); dockerSettingsStore = (Join-Path $env:APPDATA 'Docker\\settings-store.json'); dockerSettings = (Join-Path $env:APPDATA 'Docker\\settings.json') }
foreach ($k in $paths.Keys) { $p = $paths[$k]; if ($p -and (Test-Path -LiteralPath $p -PathType Leaf)) { $t = [IO.File]::ReadAllText($p); if ($t.Length -gt ${MAX_FILE_CHARS}) { $t = $t.Substring(0, ${MAX_FILE_CHARS}) }; $files[$k] = $t } }
Emit 'files' $files
$dd = Get-ItemProperty -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Docker Desktop'
Emit 'dockerDesktop' ([ordered]@{ installed = [bool]($dd -or (Test-Path -LiteralPath (Join-Path $env:ProgramFiles 'Docker\\Docker\\Docker Desktop.exe'))); version = [string]$dd.DisplayVersion })
$cv = Get-ItemProperty -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion'
if ($cv) { Emit 'currentVersion' ([ordered]@{ editionId = [string]$cv.EditionID; ubr = $cv.UBR; displayVersion = [string]$cv.DisplayVersion; installationType = [string]$cv.InstallationType }) }
$os = Get-CimInstance -ClassName Win32_OperatingSystem
if ($os) { Emit 'os' ([ordered]@{ caption = [string]$os.Caption; version = [string]$os.Version; buildNumber = [string]$os.BuildNumber; productType = $os.ProductType; osArchitecture = [string]$os.OSArchitecture; totalVisibleMemoryKiB = $os.TotalVisibleMemorySize }) }
$cs = Get-CimInstance -ClassName Win32_ComputerSystem
if ($cs) { Emit 'computerSystem' ([ordered]@{ hypervisorPresent = $cs.HypervisorPresent; totalPhysicalMemory = $cs.TotalPhysicalMemory; logicalProcessors = $cs.NumberOfLogicalProcessors }) }
$cpu = @(Get-CimInstance -ClassName Win32_Processor)
if ($cpu.Count -gt 0) { Emit 'processor' ([ordered]@{ name = [string]$cpu[0].Name; architecture = $cpu[0].Architecture; virtualizationFirmwareEnabled = $cpu[0].VirtualizationFirmwareEnabled; vmMonitorModeExtensions = $cpu[0].VMMonitorModeExtensions; secondLevelAddressTranslation = $cpu[0].SecondLevelAddressTranslationExtensions }) }
$features = [ordered]@{}
foreach ($f in @(Get-CimInstance -ClassName Win32_OptionalFeature -Filter "${FEATURE_FILTER}")) { $features[[string]$f.Name] = switch ([int]$f.InstallState) { 1 { 'Enabled' } 2 { 'Disabled' } 3 { 'Absent' } default { 'Unknown' } } }
Emit 'features' $features
[Console]::Out.WriteLine('{"fact":"end"}'); [Console]::Out.Flush()
`;

/**
 * The lines the script prints for a document of facts (fact name → value), in the script's order; `complete: false`
 * leaves out the end line (a probe cut short). For stand-ins and fixtures: the real script prints the same shape.
 */
export function renderHostProbeLines(doc: Record<string, unknown>, options: { complete?: boolean } = {}): string {
  const lines = [JSON.stringify({ schema: HOST_PROBE_SCHEMA })];
  for (const fact of HOST_PROBE_FACTS) {
    if (doc[fact] !== undefined) lines.push(JSON.stringify({ fact, value: doc[fact] }));
  }
  if (options.complete !== false) lines.push(JSON.stringify({ fact: 'end' }));
  return `${lines.join('\r\n')}\r\n`;
}

/** argv after `powershell.exe`: the script goes base64-encoded, so no quoting layer can change it. */
export function hostProbeArgs(): string[] {
  return [
    '-NoLogo',
    '-NoProfile',
    '-NonInteractive',
    '-ExecutionPolicy',
    'Bypass',
    '-EncodedCommand',
    Buffer.from(HOST_PROBE_SCRIPT, 'utf16le').toString('base64'),
  ];
}

export type OptionalFeatureState = 'Enabled' | 'Disabled' | 'EnablePending' | 'DisablePending' | 'Removed' | string;

/** What the host probe found. Every field is null (or empty) when its query did not answer. */
export interface WindowsHostFacts {
  caption: string | null;
  /** `10.0.26100` */
  version: string | null;
  build: number | null;
  /** Update build revision (the fourth part of `10.0.26100.4652`). */
  ubr: number | null;
  displayVersion: string | null;
  editionId: string | null;
  /** 1 workstation, 2 domain controller, 3 server. */
  productType: number | null;
  /** `x64`, `arm64`, `x86` (from Win32_Processor.Architecture, else OSArchitecture). */
  arch: string | null;
  virtualizationFirmwareEnabled: boolean | null;
  vmMonitorModeExtensions: boolean | null;
  secondLevelAddressTranslation: boolean | null;
  hypervisorPresent: boolean | null;
  totalMemoryBytes: number | null;
  logicalProcessors: number | null;
  userName: string | null;
  isAdmin: boolean | null;
  /** Optional feature states by feature name (CIM Win32_OptionalFeature.InstallState: Enabled, Disabled, Absent). */
  features: Record<string, OptionalFeatureState>;
  /** The runner/user variables the process sees (names of RUNNER_ENV_NAMES that are set). */
  env: Record<string, string>;
  /** Small files: `wslconfig`, `dockerSettingsStore`, `dockerSettings` (absent when the file does not exist). */
  files: Record<string, string>;
  dockerDesktop: { installed: boolean | null; version: string | null };
}

export function emptyHostFacts(): WindowsHostFacts {
  return {
    caption: null,
    version: null,
    build: null,
    ubr: null,
    displayVersion: null,
    editionId: null,
    productType: null,
    arch: null,
    virtualizationFirmwareEnabled: null,
    vmMonitorModeExtensions: null,
    secondLevelAddressTranslation: null,
    hypervisorPresent: null,
    totalMemoryBytes: null,
    logicalProcessors: null,
    userName: null,
    isAdmin: null,
    features: {},
    env: {},
    files: {},
    dockerDesktop: { installed: null, version: null },
  };
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);
function int(v: unknown): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : Number.NaN;
  return Number.isFinite(n) && n >= 0 ? Math.trunc(n) : null;
}
function strings(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObject(v)) return out;
  for (const [key, value] of Object.entries(v)) if (typeof value === 'string') out[key] = value;
  return out;
}

/** Win32_Processor.Architecture: 0 x86, 5 ARM, 9 x64, 12 ARM64. */
function processorArch(code: number | null, osArchitecture: string | null): string | null {
  switch (code) {
    case 0:
      return 'x86';
    case 5:
      return 'arm';
    case 9:
      return 'x64';
    case 12:
      return 'arm64';
  }
  // OSArchitecture is localized ("64 bits", "64-Bit"); only ARM is recognisable in every language.
  if (osArchitecture && /arm/i.test(osArchitecture)) return 'arm64';
  return null;
}

/** The streamed lines as one document (fact → value); null when no schema line is there. */
function documentFromLines(text: string): { doc: Json; complete: boolean } | null {
  let doc: Json | null = null;
  let complete = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line.startsWith('{')) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      continue;
    }
    if (!isObject(value)) continue;
    if (value.schema === HOST_PROBE_SCHEMA) {
      doc = { schema: HOST_PROBE_SCHEMA };
    } else if (doc && typeof value.fact === 'string') {
      if (value.fact === 'end') complete = true;
      else doc[value.fact] = value.value;
    }
  }
  return doc ? { doc, complete } : null;
}

/**
 * Parse the host probe's output: the streamed lines (a probe cut short keeps the facts it printed, with a warning),
 * or the single document of older recordings. Any noise around it is ignored. Total: never throws.
 */
export function parseHostProbe(input: string | Uint8Array): Parsed<WindowsHostFacts> {
  const facts = emptyHostFacts();
  const text = decodeOutput(input);
  const streamed = documentFromLines(text);
  let root: unknown;
  const warnings: string[] = [];
  if (streamed) {
    root = streamed.doc;
    const got = Object.keys(streamed.doc).filter((k) => k !== 'schema');
    if (got.length === 0 && !streamed.complete) return parsed(false, facts, ['The host probe printed no fact.']);
    if (!streamed.complete) {
      warnings.push(`The host probe stopped before it finished; kept what it printed (${got.join(', ')}).`);
    }
  } else {
    const start = text.indexOf('{');
    const end = text.lastIndexOf('}');
    if (start < 0 || end <= start) return parsed(false, facts, ['The host probe printed no JSON.']);
    try {
      root = JSON.parse(text.slice(start, end + 1));
    } catch (error) {
      return parsed(false, facts, [`The host probe printed invalid JSON (${(error as Error).message}).`]);
    }
    if (!isObject(root) || root.schema !== HOST_PROBE_SCHEMA_V1) {
      return parsed(false, facts, ['The host probe answered something else than its JSON document.']);
    }
  }
  if (!isObject(root)) return parsed(false, facts, ['The host probe printed no JSON.']);
  const os = isObject(root.os) ? root.os : {};
  const cv = isObject(root.currentVersion) ? root.currentVersion : {};
  const cpu = isObject(root.processor) ? root.processor : {};
  const cs = isObject(root.computerSystem) ? root.computerSystem : {};
  const identity = isObject(root.identity) ? root.identity : {};
  const desktop = isObject(root.dockerDesktop) ? root.dockerDesktop : {};
  if (!isObject(root.os)) warnings.push('Win32_OperatingSystem did not answer (CIM unavailable?).');
  if (!isObject(root.processor)) warnings.push('Win32_Processor did not answer (CIM unavailable?).');

  facts.caption = str(os.caption);
  facts.version = str(os.version);
  facts.build = int(os.buildNumber) ?? int(/^\d+\.\d+\.(\d+)/.exec(facts.version ?? '')?.[1]);
  facts.productType = int(os.productType);
  facts.ubr = int(cv.ubr);
  facts.displayVersion = str(cv.displayVersion);
  facts.editionId = str(cv.editionId);
  facts.arch = processorArch(int(cpu.architecture), str(os.osArchitecture));
  facts.virtualizationFirmwareEnabled = bool(cpu.virtualizationFirmwareEnabled);
  facts.vmMonitorModeExtensions = bool(cpu.vmMonitorModeExtensions);
  facts.secondLevelAddressTranslation = bool(cpu.secondLevelAddressTranslation);
  facts.hypervisorPresent = bool(cs.hypervisorPresent);
  facts.totalMemoryBytes = int(cs.totalPhysicalMemory) ?? (int(os.totalVisibleMemoryKiB) ?? Number.NaN) * 1024;
  if (!Number.isFinite(facts.totalMemoryBytes)) facts.totalMemoryBytes = null;
  facts.logicalProcessors = int(cs.logicalProcessors);
  facts.userName = str(identity.name);
  facts.isAdmin = bool(identity.isAdmin);
  facts.features = strings(root.features);
  facts.env = strings(root.env);
  facts.files = strings(root.files);
  facts.dockerDesktop = { installed: bool(desktop.installed), version: str(desktop.version) };
  return parsed(true, facts, warnings);
}
