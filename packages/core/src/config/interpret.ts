import type { ConfigKeySchema } from './schema-types.js';
import { closestName } from './suggest.js';
import type { ConfigKind, ConfigValue } from './types.js';
import {
  readBoolean,
  readEnum,
  readInteger,
  readIpv4,
  readMacAddress,
  readPortList,
  readSize,
  suggestSize,
} from './value-types.js';

/** What WSL makes of one value of a known key. */
export type Interpretation =
  | {
      ok: true;
      value: ConfigValue;
      note?: string;
      skippedItems?: string[];
      /** List items WSL reads only by their leading number (`3000-3010` → 3000). */
      truncatedItems?: { item: string; port: number }[];
    }
  | { ok: false; expected: string; suggestion?: string };

const TRUE_WORDS = new Set(['yes', 'y', 'on', 't', 'enable', 'enabled']);
const FALSE_WORDS = new Set(['no', 'n', 'off', 'f', 'disable', 'disabled', 'none']);

/** Read a value the way WSL does for this key's type; failures say what WSL expects and what to write. */
export function interpretValue(schema: ConfigKeySchema, value: string, kind: ConfigKind): Interpretation {
  switch (schema.type) {
    case 'boolean': {
      const read = readBoolean(value);
      if (read.ok) return read;
      const lower = value.trim().toLowerCase();
      const suggestion = TRUE_WORDS.has(lower) ? 'true' : FALSE_WORDS.has(lower) ? 'false' : undefined;
      return withSuggestion({ ok: false, expected: '`true` or `false` (or `1`/`0`)' }, suggestion);
    }
    case 'integer': {
      // wsl.exe is a Windows program (32-bit `long`); wsl.conf is read by init on Linux (64-bit `long`).
      const read = readInteger(value, kind === 'wslconfig' ? 32 : 64);
      if (read.ok) return read;
      return withSuggestion({ ok: false, expected: integerExpectation(schema) }, suggestInteger(value, schema));
    }
    case 'size': {
      const read = readSize(value);
      if (read.ok) return read;
      return withSuggestion(
        { ok: false, expected: 'a whole number with an upper-case unit B, K/KB, M/MB, G/GB or T/TB, e.g. `8GB`' },
        suggestSize(value),
      );
    }
    case 'enum': {
      const values = schema.values ?? [];
      const read = readEnum(value, values);
      if (read.ok) return read;
      return withSuggestion(
        { ok: false, expected: `one of ${values.map((v) => `\`${v}\``).join(', ')}` },
        closestName(value, values),
      );
    }
    case 'mac': {
      const read = readMacAddress(value);
      if (read.ok) return read;
      return { ok: false, expected: 'a MAC address like `00:15:5d:01:02:03`' };
    }
    case 'ipv4': {
      const read = readIpv4(value);
      if (read.ok) return read;
      return { ok: false, expected: 'an IPv4 address like `10.255.255.254`' };
    }
    case 'list': {
      const { ports, bad, partial } = readPortList(value);
      return {
        ok: true,
        value: ports.join(','),
        ...(bad.length > 0 ? { skippedItems: bad } : {}),
        ...(partial.length > 0 ? { truncatedItems: partial } : {}),
      };
    }
    default:
      return { ok: true, value };
  }
}

function withSuggestion(
  failure: { ok: false; expected: string },
  suggestion: string | undefined,
): { ok: false; expected: string; suggestion?: string } {
  return suggestion === undefined ? failure : { ...failure, suggestion };
}

function integerExpectation(schema: ConfigKeySchema): string {
  const unit = schema.unit === 'ms' ? ' (milliseconds)' : '';
  return `a whole number${unit} in decimal, \`0x\` hex or octal with a leading \`0\``;
}

function suggestInteger(value: string, schema: ConfigKeySchema): string | undefined {
  const trimmed = value.trim();
  // `08`, `09`: a leading zero makes C read octal, where 8 and 9 are not digits.
  if (/^[+-]?0+[0-9]+$/.test(trimmed)) return String(Number.parseInt(trimmed, 10));
  if (/^[+-]?[0-9]+\.[0-9]+$/.test(trimmed)) return String(Math.round(Number(trimmed)));
  if (/^[0-9]{1,3}(,[0-9]{3})+$/.test(trimmed)) return trimmed.replaceAll(',', '');
  if (schema.unit === 'ms') {
    const m = /^([0-9]+)\s*(ms|s|sec|seconds?|m|min|minutes?)$/i.exec(trimmed);
    if (m) {
      const n = Number(m[1]);
      const unit = m[2]!.toLowerCase();
      const factor = unit === 'ms' ? 1 : unit.startsWith('m') ? 60_000 : 1000;
      return String(n * factor);
    }
  }
  return undefined;
}
