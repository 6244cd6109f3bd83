import { type Parsed, parsed } from '../../text/parse-result.js';
import { KNOWN_DISTRO_STATES, type KnownDistroState } from './distro-states.js';
import {
  findNoDistroMessage,
  findWslErrorCode,
  isDistroName,
  isPromptLine,
  type ParserInput,
  toLines,
} from './lines.js';

/** A known state, or an unknown word kept as printed (a newer wsl.exe may add states). */
export type ParsedDistroState = KnownDistroState | (string & {});

export interface DistroEntry {
  name: string;
  state: ParsedDistroState;
  /** WSL version of the distro: 1 or 2 (other numbers are kept and warned about). */
  version: number;
  default: boolean;
}

export interface DistroList {
  distros: DistroEntry[];
}

interface Row {
  lineIndex: number;
  marker: boolean;
  name: string;
  state: string;
  version: number;
  stateColumn: number;
}

// marker column, name, state, version: `* Ubuntu-24.04    Running         2`
const ROW = /^\s*(?:(?<marker>\*)\s*)?(?<name>\S+)\s+(?<state>\p{L}+)\s+(?<version>\d{1,3})$/u;
// The header is three words (NAME STATE VERSION in every language today, but we only rely on the shape).
const HEADER = /^\s*\p{L}+\s+\p{L}+\s+\p{L}+$/u;

function parseRow(line: string, lineIndex: number): Row | null {
  const match = ROW.exec(line);
  const groups = match?.groups;
  if (!groups?.name || !groups.state || !groups.version) return null;
  if (!isDistroName(groups.name)) return null;
  return {
    lineIndex,
    marker: groups.marker === '*',
    name: groups.name,
    state: groups.state,
    version: Number(groups.version),
    stateColumn: line.lastIndexOf(groups.state, line.length - groups.version.length - 1),
  };
}

// A whole table joined into one line with its padding collapsed (a log line, a chat message):
// `NAME STATE VERSION * Ubuntu-22.04 Running 2 Debian Stopped 1`.
const JOINED =
  /(?:^|\s)(\p{Lu}+\s+\p{Lu}+\s+\p{Lu}+)\s+((?:\*\s+)?\S+\s+\p{L}+\s+\d{1,3}(?:\s+(?:\*\s+)?\S+\s+\p{L}+\s+\d{1,3})*)\s*$/u;
const JOINED_HEADER = /\p{Lu}{2,}\s+\p{Lu}{2,}\s+\p{Lu}{2,}\s/u;
const JOINED_ROW = /(?:(\*)\s+)?(\S+)\s+(\p{L}+)\s+(\d{1,3})(?=\s|$)/gu;

function unjoinTable(line: string): string[] {
  // Cheap checks first: a joined table is long, ends in a version and holds the three upper-case header words.
  if (line.length < 30 || !/\d\s*$/.test(line) || !JOINED_HEADER.test(line)) return [line];
  const match = JOINED.exec(line);
  if (!match?.[1] || !match[2]) return [line];
  const rows = [...match[2].matchAll(JOINED_ROW)].map(
    ([, marker, name, state, version]) => `${marker ? '*' : ' '} ${name}    ${state}    ${version}`,
  );
  return rows.length > 1 ? [match[1], ...rows] : [line];
}

export function normalizeDistroState(word: string): { state: ParsedDistroState; known: boolean } {
  const known = KNOWN_DISTRO_STATES.find((state) => state.toLowerCase() === word.toLowerCase());
  return known ? { state: known, known: true } : { state: word, known: false };
}

/**
 * Parse `wsl -l -v`. The table is found by its layout (a three-word header, then rows of name, state word and
 * version number), so prompts and other output around it are ignored.
 * No distributions installed (the localized WSL_E_DEFAULT_DISTRO_NOT_FOUND message, or the "none running"
 * message of `--running`) is a valid answer: recognized with an empty list and a warning.
 */
export function parseListVerbose(input: ParserInput): Parsed<DistroList> {
  const raw = toLines(input);
  const lines = raw.some((line) => line.length >= 30 && JOINED_HEADER.test(line)) ? raw.flatMap(unjoinTable) : raw;
  const warnings: string[] = [];

  // Group consecutive rows into blocks; remember whether a header line sits right above each block.
  const blocks: { rows: Row[]; header: boolean }[] = [];
  let current: { rows: Row[]; header: boolean } | null = null;
  lines.forEach((line, index) => {
    // Blank lines between rows (double-spaced pastes, CR CR LF line ends) do not end the table.
    if (current && line.trim() === '') return;
    const row = isPromptLine(line) ? null : parseRow(line, index);
    if (row) {
      if (!current) {
        const above = lines[index - 1] ?? '';
        current = { rows: [], header: HEADER.test(above) && !isPromptLine(above) };
        blocks.push(current);
      }
      current.rows.push(row);
    } else {
      current = null;
    }
  });

  const block = blocks.find((b) => b.header) ?? blocks[0];
  if (!block) {
    const none = findNoDistroMessage(lines);
    if (none) {
      warnings.push(
        none === 'none-running'
          ? 'No distribution is running.'
          : 'WSL has no installed distributions. Install one with `wsl --install <Distro>`.',
      );
      return parsed(true, { distros: [] }, warnings);
    }
    const code = findWslErrorCode(lines);
    if (code) warnings.push(`wsl.exe reported an error instead of the distribution list (error code ${code}).`);
    return parsed(false, { distros: [] }, warnings);
  }

  if (!block.header) warnings.push('The table header row was missing; rows were read by their layout.');
  if (blocks.length > 1) warnings.push('More than one distribution table was found; the first one was used.');
  const columns = new Set(block.rows.map((row) => row.stateColumn));
  if (columns.size > 1) warnings.push('The STATE column is not aligned; the output may have been re-wrapped.');

  const distros = block.rows.map((row): DistroEntry => {
    const { state, known } = normalizeDistroState(row.state);
    if (!known) warnings.push(`Unknown state \`${row.state}\` for ${row.name}.`);
    if (row.version !== 1 && row.version !== 2) warnings.push(`Unexpected WSL version ${row.version} for ${row.name}.`);
    return { name: row.name, state, version: row.version, default: row.marker };
  });
  const defaults = distros.filter((d) => d.default).length;
  if (defaults > 1) warnings.push('More than one distribution is marked as default.');
  return parsed(true, { distros }, warnings);
}
