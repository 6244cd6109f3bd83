import { type Parsed, parsed } from '../../text/parse-result.js';
import {
  findNoDistroMessage,
  findWslErrorCode,
  isDistroName,
  isPromptLine,
  normalizeForTemplate,
  normalizeLabel,
  type ParserInput,
  templateToRegex,
  toLines,
} from './lines.js';
import { WSL_LOCALE_STRINGS } from './locale-strings.js';

export interface DistroListEntry {
  name: string;
  default: boolean;
}

export interface PlainDistroList {
  distros: DistroListEntry[];
}

const HEADERS = Object.values(WSL_LOCALE_STRINGS).map((s) => templateToRegex(s.registeredDistrosHeader, ''));
/** `(Default)`, `(Výchozí)`, `(既定値)`, ... normalised for comparison. */
const DEFAULT_SUFFIXES = new Set(
  Object.values(WSL_LOCALE_STRINGS).map((s) => normalizeLabel(s.printDistroDefault.replace('{}', ''))),
);

// A name, then an optional parenthesised suffix that may be glued to it (ko-KR prints `Ubuntu(기본값)`).
const ENTRY = /^\s*(?<name>[^\s()（）]+?)\s*(?<suffix>[(（][^()（）]*[)）])?$/u;

function parseEntry(line: string): { name: string; suffix: string | null } | null {
  if (isPromptLine(line)) return null;
  const groups = ENTRY.exec(line)?.groups;
  if (!groups?.name || !isDistroName(groups.name)) return null;
  return {
    name: groups.name,
    suffix: groups.suffix ? normalizeLabel(groups.suffix.replace(/（/g, '(').replace(/）/g, ')')) : null,
  };
}

function findHeader(lines: readonly string[]): { index: number; known: boolean; missing?: boolean } | null {
  const known = lines.findIndex((line) => HEADERS.some((regex) => regex.test(normalizeForTemplate(line))));
  if (known >= 0) return { index: known, known: true };
  // Unknown language (or the older inbox wording): a line ending in a colon right above a name line.
  const layout = lines.findIndex(
    (line, i) => /[:：]$/.test(line.trim()) && !isPromptLine(line) && parseEntry(lines[i + 1] ?? '') !== null,
  );
  if (layout >= 0) return { index: layout, known: false };
  // The title line was not pasted: a run of name lines where one carries a known localized default suffix.
  const marked = lines.findIndex((line) => {
    const suffix = parseEntry(line)?.suffix;
    return suffix != null && DEFAULT_SUFFIXES.has(suffix);
  });
  if (marked < 0) return null;
  let first = marked;
  while (first > 0 && parseEntry(lines[first - 1] ?? '') !== null) first--;
  return { index: first - 1, known: false, missing: true };
}

/**
 * Parse `wsl -l`: a localized header line, then one name per line, the default one rendered with the
 * localized `{} (Default)` template. Suffixes from all 22 languages are recognized; in an unknown language a
 * parenthesised suffix on exactly one line is taken as the default marker.
 */
export function parseList(input: ParserInput): Parsed<PlainDistroList> {
  const lines = toLines(input);
  const warnings: string[] = [];
  const header = findHeader(lines);
  if (!header) {
    const none = findNoDistroMessage(lines);
    if (none) {
      warnings.push(none === 'none-running' ? 'No distribution is running.' : 'WSL has no installed distributions.');
      return parsed(true, { distros: [] }, warnings);
    }
    const code = findWslErrorCode(lines);
    if (code) warnings.push(`wsl.exe reported an error instead of the distribution list (error code ${code}).`);
    return parsed(false, { distros: [] }, warnings);
  }
  if (header.missing) warnings.push('The list title line is missing; the names were found by the default marker.');
  else if (!header.known) warnings.push('The list header is in an unknown language; it was found by its layout.');

  const entries: { name: string; suffix: string | null }[] = [];
  for (const line of lines.slice(header.index + 1)) {
    const entry = parseEntry(line);
    if (!entry) break;
    entries.push(entry);
  }

  const suffixed = entries.filter((e) => e.suffix !== null);
  const knownDefault = suffixed.filter((e) => e.suffix !== null && DEFAULT_SUFFIXES.has(e.suffix));
  let defaultName: string | null = null;
  if (knownDefault.length > 0) {
    defaultName = knownDefault[0]!.name;
    if (knownDefault.length > 1) warnings.push('More than one distribution is marked as default; the first was used.');
  } else if (suffixed.length === 1) {
    defaultName = suffixed[0]!.name;
    warnings.push(`The default marker \`${suffixed[0]!.suffix}\` is in an unknown language; read by layout.`);
  } else if (suffixed.length > 1) {
    warnings.push('Several names carry an unknown parenthesised suffix; no default could be told apart.');
  }
  if (entries.length === 0) warnings.push('The list header was found but no distribution names follow it.');
  const distros = entries.map((e) => ({ name: e.name, default: e.name === defaultName }));
  return parsed(true, { distros }, warnings);
}
