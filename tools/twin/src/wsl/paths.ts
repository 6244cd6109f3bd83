import { isAbsolute, join, relative, sep } from 'node:path';
import type { EnvRecord } from '@wsl-ready/core';

/** `C:\Users\me` → `/mnt/c/Users/me` (WSL's automount layout); other text only gets forward slashes. */
export function windowsToLinuxPath(path: string): string {
  const drive = /^([A-Za-z]):(?:[\\/](.*))?$/.exec(path);
  if (drive) {
    const rest = (drive[2] ?? '').replace(/\\/g, '/').replace(/\/+$/, '');
    return `/mnt/${drive[1]!.toLowerCase()}${rest ? `/${rest}` : ''}`;
  }
  return path.replace(/\\/g, '/');
}

export function isWindowsAbsolute(path: string): boolean {
  return /^[A-Za-z]:[\\/]/.test(path) || /^[A-Za-z]:$/.test(path);
}

/**
 * Where a path the caller gives wsl.exe (a Windows path, or a host path on this Linux stand-in) lives on the host:
 * drive paths map into the twin's `mntRoot`.
 */
export function hostPathFromArgument(path: string, mntRoot: string, cwd: string): string {
  if (isWindowsAbsolute(path)) {
    const linux = windowsToLinuxPath(path); // /mnt/c/...
    return join(mntRoot, linux.slice('/mnt/'.length));
  }
  return isAbsolute(path) ? path : join(cwd, path);
}

/** The Linux working directory for a host directory below `mntRoot` (`<mntRoot>/c/x` → `/mnt/c/x`), if any. */
export function linuxPathOfHostDir(hostDir: string, mntRoot: string): string | undefined {
  const rel = relative(mntRoot, hostDir);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return `/mnt/${rel.split(sep).join('/')}`;
}

/**
 * Variables that WSLENV carries from Windows into Linux, translated per flag: `/p` path, `/l` list of paths
 * (`;` → `:`), `/u` only Windows→WSL, `/w` only WSL→Windows (so not forwarded here).
 */
export function forwardedVariables(env: EnvRecord): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of (env.WSLENV ?? '').split(':')) {
    if (entry === '') continue;
    const slash = entry.indexOf('/');
    const name = slash === -1 ? entry : entry.slice(0, slash);
    const flags = slash === -1 ? '' : entry.slice(slash + 1);
    if (name === '' || (flags.includes('w') && !flags.includes('u'))) continue;
    const value = env[name];
    if (value === undefined) continue;
    if (flags.includes('l')) {
      out[name] = value
        .split(';')
        .filter((p) => p !== '')
        .map(windowsToLinuxPath)
        .join(':');
    } else if (flags.includes('p')) {
      out[name] = windowsToLinuxPath(value);
    } else {
      out[name] = value;
    }
  }
  return out;
}
