import { type Parsed, parsed } from '../../text/parse-result.js';
import { type ParserInput, toLines } from './lines.js';

/** Package-manager family, used to choose apt, dnf, zypper, apk or pacman. */
export type DistroFamily = 'debian' | 'rhel' | 'suse' | 'alpine' | 'arch' | 'other';

export interface OsRelease {
  /** `ID`, lower-case; `linux` when missing (the os-release default). */
  id: string;
  idLike: string[];
  versionId: string | null;
  prettyName: string | null;
  name: string | null;
  versionCodename: string | null;
  family: DistroFamily;
  /** Every assignment found, after unquoting. */
  fields: Record<string, string>;
}

const FAMILY_OF: Readonly<Record<string, DistroFamily>> = {
  debian: 'debian',
  ubuntu: 'debian',
  rhel: 'rhel',
  fedora: 'rhel',
  centos: 'rhel',
  rocky: 'rhel',
  almalinux: 'rhel',
  ol: 'rhel',
  amzn: 'rhel',
  suse: 'suse',
  sles: 'suse',
  sled: 'suse',
  opensuse: 'suse',
  'opensuse-leap': 'suse',
  'opensuse-tumbleweed': 'suse',
  alpine: 'alpine',
  arch: 'arch',
  archlinux: 'arch',
};

/** Derive the family from `ID` first, then from each `ID_LIKE` entry in order. */
export function distroFamily(id: string, idLike: readonly string[]): DistroFamily {
  for (const candidate of [id, ...idLike]) {
    const family = FAMILY_OF[candidate.toLowerCase()];
    if (family) return family;
  }
  return 'other';
}

/**
 * Unquote a shell-style value: `"…"` (backslash escapes `\" \\ \$ \``), `'…'` (literal), bare words with
 * backslash escapes, and any concatenation of those. Returns null when a quote is left open.
 */
export function unquoteShellValue(raw: string): string | null {
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const c = raw[i]!;
    if (c === "'") {
      const end = raw.indexOf("'", i + 1);
      if (end < 0) return null;
      out += raw.slice(i + 1, end);
      i = end + 1;
    } else if (c === '"') {
      i++;
      let closed = false;
      while (i < raw.length) {
        const d = raw[i]!;
        if (d === '\\' && i + 1 < raw.length && '"\\$`\n'.includes(raw[i + 1]!)) {
          out += raw[i + 1];
          i += 2;
        } else if (d === '"') {
          closed = true;
          i++;
          break;
        } else {
          out += d;
          i++;
        }
      }
      if (!closed) return null;
    } else if (c === '\\') {
      out += raw[i + 1] ?? '';
      i += 2;
    } else if (/\s/.test(c)) {
      // An unquoted space ends the word; what follows would be a comment or a second word.
      break;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

const ASSIGNMENT = /^\s*(?:export\s+)?(?<key>[A-Za-z_][A-Za-z0-9_]*)=(?<raw>.*)$/;

/** Parse `/etc/os-release` (or `/usr/lib/os-release`) with its shell-style quoting. */
export function parseOsRelease(input: ParserInput): Parsed<OsRelease> {
  const warnings: string[] = [];
  // A Map, then Object.fromEntries: a hostile `__proto__=` line must not reach the prototype.
  const entries = new Map<string, string>();
  for (const line of toLines(input)) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const groups = ASSIGNMENT.exec(line)?.groups;
    if (!groups?.key || groups.raw === undefined) continue;
    const value = unquoteShellValue(groups.raw.trim());
    if (value === null) {
      warnings.push(`Unterminated quote in ${groups.key}; the line was skipped.`);
      continue;
    }
    entries.set(groups.key, value);
  }
  const fields: Record<string, string> = Object.fromEntries(entries);

  const recognized = ['ID', 'NAME', 'PRETTY_NAME', 'VERSION_ID'].some((key) => entries.has(key));
  const get = (key: string): string | null => entries.get(key) ?? null;
  const id = (get('ID') ?? 'linux').toLowerCase();
  if (recognized && !entries.has('ID')) warnings.push('os-release has no ID; assuming `linux`.');
  const idLike = (get('ID_LIKE') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((entry) => entry.toLowerCase());
  return parsed(
    recognized,
    {
      id,
      idLike,
      versionId: get('VERSION_ID'),
      prettyName: get('PRETTY_NAME'),
      name: get('NAME'),
      versionCodename: get('VERSION_CODENAME'),
      family: distroFamily(id, idLike),
      fields,
    },
    warnings,
  );
}
