import path from 'node:path';

/**
 * Which wsl and docker executables to call. Discovery hooks come first and are public: `WSL_READY_WSL` and
 * `WSL_READY_DOCKER` hold the path of an executable to use instead (the runner twin uses them; so can anyone
 * with a non-standard install). When `WSL_READY_WSL` is set the host is treated as Windows, so the whole
 * product can run against a stand-in on Linux.
 */
export type HostEnv = Readonly<Record<string, string | undefined>>;

export interface ExecutableChoice {
  file: string;
  /** Why this one: a discovery hook, System32, inside WSL through interop, or a PATH lookup. */
  source: 'env' | 'system32' | 'interop' | 'path';
}

/** Windows env names are case-insensitive; a plain object passed in is not, so look names up both ways. */
function lookup(env: HostEnv, name: string): string | undefined {
  const direct = env[name];
  if (direct !== undefined) return direct.trim() || undefined;
  const lower = name.toLowerCase();
  for (const [key, value] of Object.entries(env)) {
    if (key.toLowerCase() === lower && value !== undefined) return value.trim() || undefined;
  }
  return undefined;
}

/** True on Windows, and anywhere `WSL_READY_WSL` points at a wsl executable. */
export function isWindowsHost(env: HostEnv = process.env, platform: NodeJS.Platform = process.platform): boolean {
  return platform === 'win32' || lookup(env, 'WSL_READY_WSL') !== undefined;
}

/** True inside a WSL distro (the variables every WSL session sets; interop may still be off). */
export function isInsideWsl(env: HostEnv = process.env, platform: NodeJS.Platform = process.platform): boolean {
  return platform === 'linux' && Boolean(lookup(env, 'WSL_DISTRO_NAME') || lookup(env, 'WSL_INTEROP'));
}

/**
 * The wsl executable: `WSL_READY_WSL`; on Windows `%SystemRoot%\System32\wsl.exe` (never a PATH lookup, which a
 * planted `wsl.exe` in the working directory could hijack); inside WSL `wsl.exe` through interop. Undefined on
 * other hosts, which have no WSL.
 */
export function resolveWslExecutable(
  env: HostEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): ExecutableChoice | undefined {
  const hook = lookup(env, 'WSL_READY_WSL');
  if (hook) return { file: hook, source: 'env' };
  if (platform === 'win32') {
    const systemRoot = lookup(env, 'SystemRoot') ?? lookup(env, 'windir') ?? 'C:\\Windows';
    // A 32-bit process on 64-bit Windows sees SysWOW64 as System32; Sysnative is the real one.
    const folder = lookup(env, 'PROCESSOR_ARCHITEW6432') ? 'Sysnative' : 'System32';
    return { file: path.win32.join(systemRoot, folder, 'wsl.exe'), source: 'system32' };
  }
  if (isInsideWsl(env, platform)) return { file: 'wsl.exe', source: 'interop' };
  return undefined;
}

/** The docker CLI: `WSL_READY_DOCKER`, else `docker.exe` on Windows and `docker` elsewhere, from PATH. */
export function resolveDockerExecutable(
  env: HostEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): ExecutableChoice {
  const hook = lookup(env, 'WSL_READY_DOCKER');
  if (hook) return { file: hook, source: 'env' };
  return { file: platform === 'win32' ? 'docker.exe' : 'docker', source: 'path' };
}
