// The Windows tools the twin does not emulate in full, stood in by the one answer the doctor asks of them:
// `powershell.exe` answers the doctor's host probe (`-EncodedCommand` of HOST_PROBE_SCRIPT) with the lines the
// real script prints (one `ConvertTo-Json -Compress` line per fact, flushed as it goes, UTF-8, CRLF; a scenario's
// `host.probeStallsAfter` makes it stop after that fact and hang, as a slow CIM query does), reading `.wslconfig` and Docker Desktop's
// settings live from the scenario's Windows drive, so editing them changes the next answer. Anything else gets an
// error and exit 1: the stand-in must never pretend to run other PowerShell.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOST_PROBE_FACTS, HOST_PROBE_SCHEMA } from '@wsl-ready/core';
import type { HostSpec } from './types.js';

/** The host probe's JSON document (without `files`, which the stand-in reads at call time). */
export function hostProbeDocument(host: HostSpec): Record<string, unknown> {
  const build = host.version.split('.')[2] ?? '';
  const arm = host.arch === 'arm64';
  return {
    schema: HOST_PROBE_SCHEMA,
    os: {
      caption: host.caption,
      version: host.version,
      buildNumber: build,
      productType: host.productType,
      osArchitecture: arm ? 'ARM 64-bit Processor' : '64-bit',
      // Windows keeps some memory for itself: the visible total is below the installed one.
      totalVisibleMemoryKiB: Math.floor(host.memoryBytes / 1024) - 262144,
    },
    currentVersion: {
      editionId: host.editionId,
      ubr: host.ubr,
      displayVersion: host.displayVersion,
      installationType: host.productType === 1 ? 'Client' : 'Server',
    },
    processor: {
      name: arm ? 'Snapdragon (TM) 8cx Gen 3 @ 3.0 GHz' : 'AMD EPYC 7763 64-Core Processor',
      // Win32_Processor.Architecture: 9 x64, 12 ARM64.
      architecture: arm ? 12 : 9,
      virtualizationFirmwareEnabled: host.firmware,
      vmMonitorModeExtensions: host.firmware,
      secondLevelAddressTranslation: host.firmware,
    },
    computerSystem: {
      hypervisorPresent: host.hypervisor,
      totalPhysicalMemory: host.memoryBytes,
      logicalProcessors: host.cpus,
    },
    identity: { name: host.user, isAdmin: host.admin },
    // CIM's Win32_OptionalFeature answers without elevation too.
    features: host.features ?? {},
    env: host.env,
    files: {},
    dockerDesktop: host.dockerDesktop ?? { installed: false, version: '' },
  };
}

/** `C:\Users\dev` → `<mntRoot>/c/Users/dev` (the twin's Windows drives). */
export function windowsPathOnTwin(mntRoot: string, windowsPath: string): string | null {
  const match = /^([A-Za-z]):[\\/]?(.*)$/.exec(windowsPath);
  if (!match) return null;
  const rest = (match[2] ?? '').split(/[\\/]+/).filter((part) => part !== '');
  return join(mntRoot, match[1]!.toLowerCase(), ...rest);
}

/** Where the probe's small files live on the twin's drive (the paths the real script joins). */
export function hostProbeFiles(host: HostSpec, mntRoot: string): Record<string, string> {
  const files: Record<string, string> = {};
  const profile = host.env.USERPROFILE ? windowsPathOnTwin(mntRoot, host.env.USERPROFILE) : null;
  const appData = host.env.APPDATA ? windowsPathOnTwin(mntRoot, host.env.APPDATA) : null;
  if (profile) files.wslconfig = join(profile, '.wslconfig');
  if (appData) {
    files.dockerSettingsStore = join(appData, 'Docker', 'settings-store.json');
    files.dockerSettings = join(appData, 'Docker', 'settings.json');
  }
  return files;
}

const POWERSHELL_STAND_IN = (
  specPath: string,
) => `// powershell.exe stand-in written by @wsl-ready/twin (src/scenarios/host-probe.ts).
import { readFileSync } from 'node:fs';
const SPEC_PATH = ${JSON.stringify(specPath)};
const spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8'));
const args = process.argv.slice(2);
// PowerShell accepts any prefix of -EncodedCommand from -e on.
const at = args.findIndex((a) => /^-e/i.test(a) && 'encodedcommand'.startsWith(a.slice(1).toLowerCase()));
const script = at >= 0 && args[at + 1] ? Buffer.from(args[at + 1], 'base64').toString('utf16le') : '';
if (!script.includes(spec.schema)) {
  process.stderr.write('powershell.exe (wsl-ready twin stand-in): only the doctor host probe (-EncodedCommand) is answered here.\\r\\n');
  process.exit(1);
}
const doc = structuredClone(spec.document);
for (const [key, path] of Object.entries(spec.files)) {
  try {
    doc.files[key] = readFileSync(path, 'utf8').slice(0, 65536);
  } catch {
    // Test-Path found nothing: the key stays out, as in the real script.
  }
}
// One line per fact, written (and flushed) as the real script does; a stall hangs after the named fact.
process.stdout.write(JSON.stringify({ schema: spec.schema }) + '\\r\\n');
for (const fact of spec.order) {
  if (doc[fact] !== undefined) process.stdout.write(JSON.stringify({ fact, value: doc[fact] }) + '\\r\\n');
  if (fact === spec.stallAfter) setInterval(() => undefined, 60_000);
  if (fact === spec.stallAfter) break;
}
if (!spec.stallAfter) process.stdout.write(JSON.stringify({ fact: 'end' }) + '\\r\\n');
`;

/** Writes `powershell.exe` (a launcher) and its script into `binDir`. */
export function writePowerShellStandIn(
  binDir: string,
  host: HostSpec,
  mntRoot: string,
  node = process.execPath,
): string {
  mkdirSync(binDir, { recursive: true });
  const spec = {
    schema: HOST_PROBE_SCHEMA,
    order: HOST_PROBE_FACTS,
    stallAfter: host.probeStallsAfter,
    document: hostProbeDocument(host),
    files: hostProbeFiles(host, mntRoot),
  };
  const specPath = join(binDir, 'host-probe.json');
  writeFileSync(specPath, `${JSON.stringify(spec, null, 2)}\n`);
  const script = join(binDir, 'powershell-stand-in.mjs');
  writeFileSync(script, POWERSHELL_STAND_IN(specPath));
  const launcher = join(binDir, 'powershell.exe');
  writeFileSync(launcher, `#!/bin/sh\nexec ${shellQuote(node)} ${shellQuote(script)} "$@"\n`);
  chmodSync(launcher, 0o755);
  return launcher;
}

export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
