/**
 * Value readers that accept exactly what WSL accepts (shared string helpers of microsoft/WSL), so the linter and
 * the effective-value reader agree with the real parser on every edge: `1`/`0` booleans, C `strtol` base-0
 * integers (leading 0 = octal), upper-case binary size units, 17-character MAC addresses.
 */

export type ValueRead<T> = { ok: true; value: T; note?: string } | { ok: false };

const fail = { ok: false } as const;

/** `true`/`false` in any case, `1`, `0`. Nothing else (not yes/no/on/off). */
export function readBoolean(raw: string): ValueRead<boolean> {
  if (raw === '1') return { ok: true, value: true };
  if (raw === '0') return { ok: true, value: false };
  const lower = raw.toLowerCase();
  if (lower === 'true') return { ok: true, value: true };
  if (lower === 'false') return { ok: true, value: false };
  return fail;
}

const C_SPACE = /^[ \t\n\v\f\r]*/;

/**
 * C `strtol(value, &end, 0)` followed by WSL's checks (whole string consumed, fits an `int`).
 * `longBits` is 32 on Windows (.wslconfig: an overflow clamps to the `long` limit and passes) and 64 on Linux
 * (wsl.conf: an out-of-`int` value is rejected).
 */
export function readInteger(raw: string, longBits: 32 | 64): ValueRead<number> {
  const lead = C_SPACE.exec(raw)?.[0].length ?? 0;
  let i = lead;
  let negative = false;
  if (raw[i] === '+' || raw[i] === '-') {
    negative = raw[i] === '-';
    i++;
  }
  let base = 10;
  if (raw[i] === '0' && (raw[i + 1] === 'x' || raw[i + 1] === 'X') && /[0-9a-fA-F]/.test(raw[i + 2] ?? '')) {
    base = 16;
    i += 2;
  } else if (raw[i] === '0') {
    base = 8;
  }
  const digitsStart = i;
  let magnitude = 0n;
  for (; i < raw.length; i++) {
    const d = digitValue(raw[i]!);
    if (d < 0 || d >= base) break;
    // Past 2^64 the result only clamps, so stop growing the number (keeps huge inputs linear).
    if (magnitude <= 2n ** 64n) magnitude = magnitude * BigInt(base) + BigInt(d);
  }
  // No digits at all: strtol consumes nothing, so the end pointer is the start and the value is rejected.
  if (i === digitsStart || raw.length === 0) return fail;
  if (i !== raw.length) return fail;
  let value = negative ? -magnitude : magnitude;
  const longMax = longBits === 32 ? 2n ** 31n - 1n : 2n ** 63n - 1n;
  const longMin = -longMax - 1n;
  let note: string | undefined;
  if (value > longMax || value < longMin) {
    value = value > longMax ? longMax : longMin;
    note = `out of range: WSL reads it as ${value}`;
  }
  const intMax = 2n ** 31n - 1n;
  if (value > intMax || value < -intMax - 1n) return fail;
  if (base === 8 && magnitude !== 0n) note = `read as octal: ${value}`;
  return note === undefined ? { ok: true, value: Number(value) } : { ok: true, value: Number(value), note };
}

function digitValue(c: string): number {
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  if (code >= 65 && code <= 70) return code - 55;
  return -1;
}

const SIZE_UNITS: Readonly<Record<string, bigint>> = {
  B: 1n,
  K: 1024n,
  KB: 1024n,
  M: 1024n ** 2n,
  MB: 1024n ** 2n,
  G: 1024n ** 3n,
  GB: 1024n ** 3n,
  T: 1024n ** 4n,
  TB: 1024n ** 4n,
};

/**
 * WSL's memory strings: `strtoull(…, 10)` then an optional upper-case unit of at most two characters
 * (B, K, KB, M, MB, G, GB, T, TB; binary). A zero must be written as a single `0`. Arithmetic wraps at 2^64
 * like the C code; the result is a JavaScript number of bytes.
 */
export function readSize(raw: string): ValueRead<number> {
  const lead = C_SPACE.exec(raw)?.[0].length ?? 0;
  let i = lead;
  let negative = false;
  if (raw[i] === '+' || raw[i] === '-') {
    negative = raw[i] === '-';
    i++;
  }
  const digitsStart = i;
  let value = 0n;
  const max = 2n ** 64n - 1n;
  let overflow = false;
  for (; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code < 48 || code > 57) break;
    if (!overflow) value = value * 10n + BigInt(code - 48);
    if (value > max) overflow = true;
  }
  const consumed = i > digitsStart;
  if (overflow) value = max;
  else if (negative) value = (2n ** 64n - value) % 2n ** 64n;
  if (!consumed) return fail;
  if (value === 0n && !(raw[0] === '0' && i === 1)) return fail;
  const unit = raw.slice(i);
  if (unit.length > 2) return fail;
  const factor = unit === '' ? 1n : SIZE_UNITS[unit];
  if (factor === undefined) return fail;
  const product = value * factor;
  const wrapped = product % 2n ** 64n;
  if (overflow || negative || product !== wrapped) {
    return { ok: true, value: Number(wrapped), note: `out of range: WSL reads it as ${wrapped} bytes` };
  }
  return { ok: true, value: Number(wrapped) };
}

/** 17 characters: six hex pairs separated by `:` or `-` (the separator is taken from position 2). */
export function readMacAddress(raw: string): ValueRead<string> {
  if (raw.length !== 17) return fail;
  const sep = raw[2];
  if (sep !== ':' && sep !== '-') return fail;
  for (let octet = 0; octet < 6; octet++) {
    const at = octet * 3;
    if (!/^[0-9a-fA-F]{2}$/.test(raw.slice(at, at + 2))) return fail;
    if (octet < 5 && raw[at + 2] !== sep) return fail;
  }
  return { ok: true, value: raw.toLowerCase().replaceAll('-', ':') };
}

/** Dotted-quad IPv4 (what `inet_pton` accepts: four decimal parts 0–255, no leading-zero tricks). */
export function readIpv4(raw: string): ValueRead<string> {
  const parts = raw.split('.');
  if (parts.length !== 4) return fail;
  for (const part of parts) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part) || Number(part) > 255) return fail;
  }
  return { ok: true, value: raw };
}

/** Enum names compare case-insensitively; the canonical spelling comes back. */
export function readEnum(raw: string, values: readonly string[]): ValueRead<string> {
  const lower = raw.toLowerCase();
  const hit = values.find((v) => v.toLowerCase() === lower);
  return hit === undefined ? fail : { ok: true, value: hit };
}

/**
 * `experimental.ignoredPorts`, read as microsoft/WSL `Config::ParseConfigFile` (WslCoreConfig.cpp, parseIgnoredPorts)
 * does: the shared `Split` drops empty items, then each item goes through `std::stoi` (leading blanks and a sign
 * allowed, digits up to the first other character, the rest ignored) and must be 1–65535. WSL warns about and skips
 * each bad item and keeps the others. `partial` lists items WSL accepts only by their leading number (`3000-3010`).
 */
export function readPortList(raw: string): {
  ports: number[];
  bad: string[];
  partial: { item: string; port: number }[];
} {
  const ports: number[] = [];
  const bad: string[] = [];
  const partial: { item: string; port: number }[] = [];
  for (const item of raw.split(',')) {
    if (item === '') continue;
    const match = /^[ \t\n\v\f\r]*([+-]?[0-9]+)/.exec(item);
    // No digits: std::invalid_argument; beyond `int`: std::out_of_range. Both are caught and warned about.
    const read = match ? Number(match[1]) : Number.NaN;
    if (!Number.isInteger(read) || read < 1 || read > 65535) {
      bad.push(item);
      continue;
    }
    ports.push(read);
    if (match![0].length < item.trimEnd().length) partial.push({ item, port: read });
  }
  return { ports, bad, partial };
}

/** Render a byte count with the largest unit that divides it exactly (for suggestions). */
function formatSize(bytes: number): string {
  if (bytes === 0) return '0';
  for (const [unit, factor] of [
    ['TB', 1024 ** 4],
    ['GB', 1024 ** 3],
    ['MB', 1024 ** 2],
    ['KB', 1024],
  ] as const) {
    if (bytes % factor === 0) return `${bytes / factor}${unit}`;
  }
  return String(bytes);
}

/**
 * Understand what a person meant by a size WSL rejects (`8gb`, `1.5GB`, `4 GB`, `2GiB`) and return the spelling
 * WSL accepts, or undefined when the intent is unclear.
 */
export function suggestSize(raw: string): string | undefined {
  const m = /^\s*([0-9]+(?:[.,][0-9]+)?)\s*([a-zA-Z]*)\s*$/.exec(raw);
  if (!m) return undefined;
  const number = Number(m[1]!.replace(',', '.'));
  const unit = m[2]!.toLowerCase().replace(/i?b?$/, '');
  const factors: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };
  const factor = factors[unit];
  if (factor === undefined || !Number.isFinite(number)) return undefined;
  const bytes = Math.round(number * factor);
  if (!Number.isSafeInteger(bytes)) return undefined;
  const formatted = formatSize(bytes);
  return readSize(formatted).ok && formatted !== raw ? formatted : undefined;
}
