/**
 * `%USERPROFILE%\.wslconfig` as WSL's service reads it (microsoft/WSL `src/windows/common/WslCoreConfig.cpp`,
 * `Config::ParseConfigFile`, through `src/shared/configfile/configfile.cpp` `ParseConfigFile`; see `readIniText`
 * for the syntax): invalid lines and unknown keys are skipped, the first occurrence of a key wins, integers are
 * `strtol(value, &end, 0)` with Windows' 32-bit `long`. Pure; never throws.
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
  /** Every lookup name (`section.key`, lower case) → the value WSL stores, the first occurrence winning. */
  settings: Record<string, string>;
}

/**
 * An integer setting as configfile.cpp `ConfigKey::ParseImpl(…, int&)` reads it: `strtol(value, &end, 0)` (leading
 * C white space, a sign, `0x…` hex, a leading `0` octal) must consume the whole value, and the result must fit an
 * `int`. On Windows (`.wslconfig`) `long` is 32 bits, so an out-of-range number is not rejected: strtol clamps it to
 * `LONG_MAX`/`LONG_MIN` (setting `ERANGE`, which WSL does not look at), which fit. Linux's 64-bit `long` (wsl.conf)
 * keeps the number, and the `int` range check rejects it. Undefined when WSL rejects the value (it keeps the default).
 */
export function parseConfigInteger(value: string, long: 'windows' | 'linux' = 'windows'): number | undefined {
  const match = /^[ \t\n\v\f\r]*([+-]?)(?:0[xX]([0-9a-fA-F]+)|(0[0-7]*)|([1-9][0-9]*))$/.exec(value);
  if (!match) return undefined;
  const [, sign, hex, octal, decimal] = match;
  let n: bigint;
  if (hex !== undefined) n = BigInt(`0x${hex}`);
  else if (octal !== undefined) n = BigInt(`0o${octal.slice(1) || '0'}`);
  else n = BigInt(decimal!);
  if (sign === '-') n = -n;
  const intMin = -(2n ** 31n);
  const intMax = 2n ** 31n - 1n;
  const longBits = long === 'windows' ? 32n : 64n;
  const longMin = -(2n ** (longBits - 1n));
  const longMax = 2n ** (longBits - 1n) - 1n;
  if (n > longMax) n = longMax;
  if (n < longMin) n = longMin;
  return n >= intMin && n <= intMax ? Number(n) : undefined;
}

/**
 * The text of a `.wslconfig` file as `_wfopen(path, L"rt,ccs=UTF-8")` hands it over: UTF-8 unless a UTF-16LE
 * byte-order mark says otherwise (Microsoft's C runtime documentation of `fopen`, "Unicode support"); the UTF-8
 * mark and CRLF are dealt with by `readIniText`.
 */
export function decodeWslConfigFile(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

export function parseWslConfig(text: string | undefined): WslConfigSnapshot {
  const settings: Record<string, string> = {};
  for (const [key, value] of parseIniSettings(text ?? '', 'wslconfig')) settings[key] = value;
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
