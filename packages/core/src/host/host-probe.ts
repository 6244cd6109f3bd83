import { decodeOutput } from '../text/decode.js';
import { type Parsed, parsed } from '../text/parse-result.js';
import { RUNNER_ENV_NAMES } from './runner-env.js';

/**
 * One Windows PowerShell 5.1 call that answers every host question at once (one process instead of six, so the
 * doctor's critical path stays short). It prints one JSON object; every part is optional, because each query may
 * fail on its own (CIM off, no rights) and the rest must still come back. Besides CIM and the registry it returns
 * the few variables and small files the doctor reads (runner variables, `.wslconfig`, Docker Desktop settings):
 * they then travel in a recorded transcript, so a replay on another machine sees the same facts.
 */
export const HOST_PROBE_SCHEMA = 'wsl-ready-host/1';

const MAX_FILE_CHARS = 65536;

const ENV_LIST = RUNNER_ENV_NAMES.map((name) => `'${name}'`).join(',');

export const HOST_PROBE_SCRIPT = `$ErrorActionPreference = 'SilentlyContinue'
$ProgressPreference = 'SilentlyContinue'
[Console]::OutputEncoding = New-Object System.Text.UTF8Encoding $false
$r = [ordered]@{ schema = '${HOST_PROBE_SCHEMA}' }
$os = Get-CimInstance -ClassName Win32_OperatingSystem
if ($os) { $r.os = [ordered]@{ caption = [string]$os.Caption; version = [string]$os.Version; buildNumber = [string]$os.BuildNumber; productType = $os.ProductType; osArchitecture = [string]$os.OSArchitecture; totalVisibleMemoryKiB = $os.TotalVisibleMemorySize } }
$cv = Get-ItemProperty -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion'
if ($cv) { $r.currentVersion = [ordered]@{ editionId = [string]$cv.EditionID; ubr = $cv.UBR; displayVersion = [string]$cv.DisplayVersion; installationType = [string]$cv.InstallationType } }
$cpu = @(Get-CimInstance -ClassName Win32_Processor)
if ($cpu.Count -gt 0) { $r.processor = [ordered]@{ name = [string]$cpu[0].Name; architecture = $cpu[0].Architecture; virtualizationFirmwareEnabled = $cpu[0].VirtualizationFirmwareEnabled; vmMonitorModeExtensions = $cpu[0].VMMonitorModeExtensions; secondLevelAddressTranslation = $cpu[0].SecondLevelAddressTranslationExtensions } }
$cs = Get-CimInstance -ClassName Win32_ComputerSystem
if ($cs) { $r.computerSystem = [ordered]@{ hypervisorPresent = $cs.HypervisorPresent; totalPhysicalMemory = $cs.TotalPhysicalMemory; logicalProcessors = $cs.NumberOfLogicalProcessors } }
$id = [Security.Principal.WindowsIdentity]::GetCurrent()
$admin = (New-Object Security.Principal.WindowsPrincipal $id).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
$r.identity = [ordered]@{ name = [string]$id.Name; isAdmin = $admin }
$features = [ordered]@{}
if ($admin) { foreach ($f in 'Microsoft-Windows-Subsystem-Linux','VirtualMachinePlatform','HypervisorPlatform','Microsoft-Hyper-V-All','Containers') { $x = Get-WindowsOptionalFeature -Online -FeatureName $f; if ($x) { $features[$f] = [string]$x.State } } }
$r.features = $features
$env_ = [ordered]@{}
foreach ($n in ${ENV_LIST}) { $v = [Environment]::GetEnvironmentVariable($n); if ($v -ne $null) { $env_[$n] = $v } }
$r.env = $env_
$files = [ordered]@{}
$paths = [ordered]@{ wslconfig = (Join-Path $env:USERPROFILE '.wslconfig'); dockerSettingsStore = (Join-Path $env:APPDATA 'Docker\\settings-store.json'); dockerSettings = (Join-Path $env:APPDATA 'Docker\\settings.json') }
foreach ($k in $paths.Keys) { $p = $paths[$k]; if ($p -and (Test-Path -LiteralPath $p -PathType Leaf)) { $t = [IO.File]::ReadAllText($p); if ($t.Length -gt ${MAX_FILE_CHARS}) { $t = $t.Substring(0, ${MAX_FILE_CHARS}) }; $files[$k] = $t } }
$r.files = $files
$dd = Get-ItemProperty -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Docker Desktop'
$r.dockerDesktop = [ordered]@{ installed = [bool]($dd -or (Test-Path -LiteralPath (Join-Path $env:ProgramFiles 'Docker\\Docker\\Docker Desktop.exe'))); version = [string]$dd.DisplayVersion }
$r | ConvertTo-Json -Depth 4 -Compress
`;

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
  /** Optional feature states by feature name; empty without administrator rights. */
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

/** Parse the host probe's JSON (any noise around it is ignored). Total: never throws. */
export function parseHostProbe(input: string | Uint8Array): Parsed<WindowsHostFacts> {
  const facts = emptyHostFacts();
  const text = decodeOutput(input);
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) return parsed(false, facts, ['The host probe printed no JSON.']);
  let root: unknown;
  try {
    root = JSON.parse(text.slice(start, end + 1));
  } catch (error) {
    return parsed(false, facts, [`The host probe printed invalid JSON (${(error as Error).message}).`]);
  }
  if (!isObject(root) || root.schema !== HOST_PROBE_SCHEMA) {
    return parsed(false, facts, ['The host probe answered something else than its JSON document.']);
  }
  const warnings: string[] = [];
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
