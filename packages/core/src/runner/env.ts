import type { EnvRecord } from '../env.js';
import { isWslExecutable } from './executable-name.js';
import { mergeWslenv } from './wslenv.js';

/**
 * The child's environment: the caller's variables over the base (normally `process.env`); `undefined` removes a
 * variable. On Windows names are case-insensitive, so `Path` replaces `PATH` instead of sitting beside it.
 */
export function mergeEnv(
  base: EnvRecord,
  overrides: EnvRecord | undefined,
  platform: NodeJS.Platform = process.platform,
): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const [name, value] of Object.entries(base)) if (value !== undefined) merged[name] = value;
  if (!overrides) return merged;
  const caseInsensitive = platform === 'win32';
  for (const [name, value] of Object.entries(overrides)) {
    if (caseInsensitive) {
      const lower = name.toLowerCase();
      for (const existing of Object.keys(merged)) if (existing.toLowerCase() === lower) delete merged[existing];
    }
    if (value === undefined) delete merged[name];
    else merged[name] = value;
  }
  return merged;
}

function findName(env: EnvRecord, name: string, platform: NodeJS.Platform) {
  if (platform !== 'win32') return Object.hasOwn(env, name) ? name : undefined;
  const lower = name.toLowerCase();
  return Object.keys(env).find((key) => key.toLowerCase() === lower);
}

/**
 * wsl.exe writes UTF-16LE unless WSL_UTF8 is exactly `1`; asking for UTF-8 keeps output readable by every tool.
 * Inside WSL (calling wsl.exe through interop) the variable only reaches wsl.exe when WSLENV lists it. A caller
 * that sets WSL_UTF8 itself (even to undefined) keeps its choice.
 */
export function withWslDefaults(
  file: string,
  env: Record<string, string>,
  callerEnv: EnvRecord | undefined,
  platform: NodeJS.Platform = process.platform,
): Record<string, string> {
  if (!isWslExecutable(file)) return env;
  if (callerEnv && findName(callerEnv, 'WSL_UTF8', platform) !== undefined) return env;
  const result = { ...env };
  const existing = findName(result, 'WSL_UTF8', platform);
  if (existing !== undefined) delete result[existing];
  result.WSL_UTF8 = '1';
  const insideWsl = platform !== 'win32' && Boolean(env.WSL_DISTRO_NAME || env.WSL_INTEROP);
  if (insideWsl) result.WSLENV = mergeWslenv(result.WSLENV, ['WSL_UTF8']);
  return result;
}
