/**
 * `%USERPROFILE%\.wslconfig` as WSL's service reads it (microsoft/WSL `src/windows/common/WslCoreConfig.cpp`,
 * `Config::ParseConfigFile`, through `src/shared/configfile/configfile.cpp`): `[section]` headers, `key = value`
 * lines, section and key names compared without regard to case (`strcasecmp`), integers parsed with `strtol(…, 0)`
 * (so `0x…` is hex and a leading `0` octal), unknown keys and invalid lines skipped. Pure; never throws.
 */
import { parseIniSettings } from './wsl-conf.js';

/** WslCoreConfig.h: `int VmIdleTimeout = (60 * 1000);` (`wsl2.vmIdleTimeout`). */
export const DEFAULT_VM_IDLE_TIMEOUT_MS = 60_000;
/** WslCoreConfig.h: `int InstanceIdleTimeout = (15 * 1000);` (`general.instanceIdleTimeout`). */
export const DEFAULT_INSTANCE_IDLE_TIMEOUT_MS = 15_000;

/** What the twin takes from a `.wslconfig` (the rest is kept raw for tests to look at). */
export interface WslConfigSnapshot {
  /** Milliseconds the VM stays up after its last instance ends; negative: until `wsl --shutdown`. */
  vmIdleTimeoutMs: number;
  /** Milliseconds an instance stays up after its last wsl.exe client exits; negative: never idle-terminated. */
  instanceIdleTimeoutMs: number;
  /** `general.distributionInstallPath`: where new distributions go when `--location` is not given (a Windows path). */
  distributionInstallPath?: string;
  /** Every `section.key` (lower case) → raw value, later lines winning. */
  settings: Record<string, string>;
}

/** strtol(value, &end, 0) that must consume the whole value, as WSL's integer keys do; undefined when invalid. */
export function parseConfigInteger(value: string): number | undefined {
  const text = value.trim();
  const match = /^([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(text);
  if (!match) return undefined;
  const digits = match[2]!;
  let n: number;
  if (/^0[xX]/.test(digits)) n = Number.parseInt(digits.slice(2), 16);
  else if (digits.startsWith('0')) n = digits.length === 1 ? 0 : Number.parseInt(digits.slice(1), 8);
  else n = Number.parseInt(digits, 10);
  n = match[1] === '-' ? -n : n;
  // The fields are C `int`s.
  return n >= -2147483648 && n <= 2147483647 ? n : undefined;
}

export function parseWslConfig(text: string | undefined): WslConfigSnapshot {
  const settings: Record<string, string> = {};
  for (const [key, value] of parseIniSettings((text ?? '').replace(/^\uFEFF/, ''))) {
    settings[key] = value.replace(/^"(.*)"$/, '$1');
  }
  const int = (key: string, fallback: number) => {
    const value = settings[key];
    return value === undefined ? fallback : (parseConfigInteger(value) ?? fallback);
  };
  const installPath = settings['general.distributioninstallpath'];
  return {
    vmIdleTimeoutMs: int('wsl2.vmidletimeout', DEFAULT_VM_IDLE_TIMEOUT_MS),
    instanceIdleTimeoutMs: int('general.instanceidletimeout', DEFAULT_INSTANCE_IDLE_TIMEOUT_MS),
    ...(installPath ? { distributionInstallPath: installPath } : {}),
    settings,
  };
}
