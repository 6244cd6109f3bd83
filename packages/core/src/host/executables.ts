import path from 'node:path';
import type { EnvRecord } from '../env.js';
import { isInsideWsl } from '../wsl/executables.js';
import { readEnv, system32Folder } from './env.js';

/**
 * Windows PowerShell 5.1, present on every supported Windows. Native Windows: the full System32 path (a planted
 * `powershell.exe` in the working directory must not win). Inside WSL or against a stand-in (`WSL_READY_WSL`):
 * `powershell.exe` from PATH, which interop provides.
 */
export function resolvePowerShell(env: EnvRecord, platform: NodeJS.Platform): string {
  if (platform === 'win32') return path.win32.join(system32Folder(env), 'WindowsPowerShell', 'v1.0', 'powershell.exe');
  return 'powershell.exe';
}

/** `systeminfo.exe`, the fallback for virtualization facts when PowerShell cannot answer. */
export function resolveSysteminfo(env: EnvRecord, platform: NodeJS.Platform): string {
  if (platform === 'win32') return path.win32.join(system32Folder(env), 'systeminfo.exe');
  return 'systeminfo.exe';
}

/** How the doctor reaches the machine: natively on Windows, from inside a WSL distro, or on another OS. */
export type HostMode = 'windows' | 'wsl' | 'linux' | 'darwin' | 'other';

/** `WSL_READY_WSL` makes any host count as Windows (docs/architecture.md §5), so the product runs against the twin. */
export function detectHostMode(env: EnvRecord, platform: NodeJS.Platform, procVersion?: string | null): HostMode {
  if (platform === 'win32' || readEnv(env, 'WSL_READY_WSL') !== undefined) return 'windows';
  if (platform === 'linux') {
    if (isInsideWsl(env, platform)) return 'wsl';
    // WSL_DISTRO_NAME is missing under `sudo -i` or in services; the kernel string still says Microsoft.
    if (procVersion && /microsoft/i.test(procVersion)) return 'wsl';
    return 'linux';
  }
  if (platform === 'darwin') return 'darwin';
  return 'other';
}
