import path from 'node:path';
import type { EnvRecord } from '../env.js';

/** Environment variables as the host passes them (`process.env`, or a plain object in tests and actions). */
/**
 * A variable's trimmed value, undefined when unset or blank. Windows env names are case-insensitive; a plain
 * object passed in is not, so names are looked up both ways.
 */
export function readEnv(env: EnvRecord, name: string): string | undefined {
  const direct = env[name];
  if (direct !== undefined) return direct.trim() || undefined;
  const lower = name.toLowerCase();
  for (const [key, value] of Object.entries(env)) {
    if (key.toLowerCase() === lower && value !== undefined) return value.trim() || undefined;
  }
  return undefined;
}

/**
 * `%SystemRoot%\System32`, where the 64-bit system tools live. A 32-bit process on 64-bit Windows sees SysWOW64
 * as System32; Sysnative is the real one.
 */
export function system32Folder(env: EnvRecord): string {
  const systemRoot = readEnv(env, 'SystemRoot') ?? readEnv(env, 'windir') ?? 'C:\\Windows';
  return path.win32.join(systemRoot, readEnv(env, 'PROCESSOR_ARCHITEW6432') ? 'Sysnative' : 'System32');
}
