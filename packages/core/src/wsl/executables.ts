import path from 'node:path';
import type { EnvRecord } from '../env.js';
import { readEnv, system32Folder } from '../host/env.js';

/**
 * Which wsl and docker executables to call. Discovery hooks come first and are public: `WSL_READY_WSL` and
 * `WSL_READY_DOCKER` hold the path of an executable to use instead (the runner twin uses them; so can anyone
 * with a non-standard install). When `WSL_READY_WSL` is set the host is treated as Windows, so the whole
 * product can run against a stand-in on Linux.
 */

export interface ExecutableChoice {
  file: string;
  /** Why this one: a discovery hook, System32, inside WSL through interop, or a PATH lookup. */
  source: 'env' | 'system32' | 'interop' | 'path';
}

/** True on Windows, and anywhere `WSL_READY_WSL` points at a wsl executable. */
export function isWindowsHost(env: EnvRecord = process.env, platform: NodeJS.Platform = process.platform): boolean {
  return platform === 'win32' || readEnv(env, 'WSL_READY_WSL') !== undefined;
}

/** True inside a WSL distro (the variables every WSL session sets; interop may still be off). */
export function isInsideWsl(env: EnvRecord = process.env, platform: NodeJS.Platform = process.platform): boolean {
  return platform === 'linux' && Boolean(readEnv(env, 'WSL_DISTRO_NAME') || readEnv(env, 'WSL_INTEROP'));
}

/**
 * The wsl executable: `WSL_READY_WSL`; on Windows `%SystemRoot%\System32\wsl.exe` (never a PATH lookup, which a
 * planted `wsl.exe` in the working directory could hijack); inside WSL `wsl.exe` through interop. Undefined on
 * other hosts, which have no WSL.
 */
export function resolveWslExecutable(
  env: EnvRecord = process.env,
  platform: NodeJS.Platform = process.platform,
): ExecutableChoice | undefined {
  const hook = readEnv(env, 'WSL_READY_WSL');
  if (hook) return { file: hook, source: 'env' };
  if (platform === 'win32') {
    return { file: path.win32.join(system32Folder(env), 'wsl.exe'), source: 'system32' };
  }
  if (isInsideWsl(env, platform)) return { file: 'wsl.exe', source: 'interop' };
  return undefined;
}

/** The docker CLI: `WSL_READY_DOCKER`, else `docker.exe` on Windows and `docker` elsewhere, from PATH. */
export function resolveDockerExecutable(
  env: EnvRecord = process.env,
  platform: NodeJS.Platform = process.platform,
): ExecutableChoice {
  const hook = readEnv(env, 'WSL_READY_DOCKER');
  if (hook) return { file: hook, source: 'env' };
  return { file: platform === 'win32' ? 'docker.exe' : 'docker', source: 'path' };
}
