import type { ConfigKind, ConfigValue } from './types.js';

/**
 * - `boolean`: `true`/`false` (any case), `1`, `0`
 * - `integer`: C `strtol` base 0 (decimal, `0x` hex, leading `0` octal)
 * - `size`: bytes with an optional upper-case binary unit: B, K/KB, M/MB, G/GB, T/TB (`8GB`, `512MB`)
 * - `path`: a Windows path; backslashes must be doubled (`C:\\kernels\\bzImage`) or written as `/`
 * - `string`: free text after unescaping
 * - `enum`: one of `values`, compared case-insensitively
 * - `list`: comma-separated items (`ignoredPorts`: ports 1–65535)
 * - `mac`: `xx:xx:xx:xx:xx:xx` or `xx-xx-…`
 * - `ipv4`: dotted quad
 */
export type ConfigValueType = 'boolean' | 'integer' | 'size' | 'path' | 'string' | 'enum' | 'list' | 'mac' | 'ipv4';

export interface ConfigKeySchema {
  file: ConfigKind;
  /** Canonical section spelling (lookup is case-insensitive). */
  section: string;
  /** Canonical key spelling (lookup is case-insensitive). */
  key: string;
  type: ConfigValueType;
  /** Enum values in canonical spelling. */
  values?: readonly string[];
  /** Enum values WSL once accepted under another name: old name → current name. */
  renamedValues?: Readonly<Record<string, { to: string; since: string }>>;
  /** Unit of an integer (`ms`) or size (`bytes`). */
  unit?: 'ms' | 'bytes' | 'count' | 'port';
  /** The default as a typed value, or null when WSL computes it at run time (see `defaultText`). */
  default: ConfigValue | null;
  /** The default in words. */
  defaultText: string;
  /** First release that knows the key, as researched (`build 18945`, `2.6.2`, `≤2.5.8`, `HEAD`). */
  since: string;
  /** The WSL package version (x.y.z) from which the key is known, when it is known that precisely. */
  minWslVersion?: string;
  /** The current parser does not know this key any more (it reports `Unknown key`). */
  obsolete?: boolean;
  /** The key a user should write instead (`section.key`). */
  replacedBy?: string;
  /** A legacy spelling WSL still reads as the same setting (`section.key` of the canonical key). */
  aliasOf?: string;
  /** Enterprise policy can block or force this setting. */
  policy?: boolean;
  /** Why a value set here has no effect today. */
  ignoredBecause?: string;
  description: string;
}

/** `section.key` in canonical spelling. */
export function schemaId(schema: Pick<ConfigKeySchema, 'section' | 'key'>): string {
  return `${schema.section}.${schema.key}`;
}
