import { type Parsed, parsed } from '../../text/parse-result.js';
import { findWslErrorCode, looksLikeUsageText, type ParserInput, toLines } from './lines.js';

/** What `wsl --version` reports. Every field is null when the line is missing. */
export interface WslVersionInfo {
  wslVersion: string | null;
  kernelVersion: string | null;
  wslgVersion: string | null;
  msrdcVersion: string | null;
  direct3dVersion: string | null;
  dxcoreVersion: string | null;
  windowsVersion: string | null;
  /** True when the answer was the usage text of the inbox wsl.exe, which has no `--version`. */
  inbox: boolean;
}

export type WslVersionField = Exclude<keyof WslVersionInfo, 'inbox'>;

/** The seven lines of `MessagePackageVersions`, in the order wsl.exe prints them. */
export const WSL_VERSION_FIELDS: readonly WslVersionField[] = [
  'wslVersion',
  'kernelVersion',
  'wslgVersion',
  'msrdcVersion',
  'direct3dVersion',
  'dxcoreVersion',
  'windowsVersion',
];

// How each value looks, strongest first: 2 = typical shape, 1 = plausible, 0 = unlike.
const SHAPES: Record<WslVersionField, readonly [RegExp, RegExp]> = {
  wslVersion: [/^\d{1,2}\.\d+\.\d+\.\d+$/, /^\d{1,2}\.\d+\.\d+$/],
  kernelVersion: [/^[4-9]\.\d+\.\d+(?:\.\d+)?(?:-[\w.+-]+)?$/, /^\d+\.\d+\.\d+/],
  wslgVersion: [/^1\.\d+\.\d+$/, /^\d+\.\d+\.\d+$/],
  msrdcVersion: [/^1\.2\.\d{3,}$/, /^\d+\.\d+\.\d+$/],
  direct3dVersion: [/^1\.\d{3}\.\d+(?:-\d+)?$/, /^\d+\.\d+\.\d+/],
  dxcoreVersion: [/^10\.0\.\d{5}\.\d+-[\w.-]+$/, /^10\.0\.\d+/],
  windowsVersion: [/^10\.0\.\d{5}\.\d+$/, /^\d+\.\d+\.\d{4,}/],
};

const VERSION_TOKEN = /^v?(\d+(?:\.\d+)+(?:[-+][0-9A-Za-z][0-9A-Za-z.+-]*)?)$/;

/** Version-shaped tokens of a line, e.g. `Kernelversion: 5.15.153.1-2` → `['5.15.153.1-2']`. */
function versionTokens(line: string): string[] {
  const tokens: string[] = [];
  for (const raw of line.split(/[\s:：=,;|]+/u)) {
    const token = raw.replace(/^[([{"'«“„]+|[)\]}"'»”.,]+$/gu, '');
    const match = VERSION_TOKEN.exec(token);
    if (match?.[1]) tokens.push(match[1]);
  }
  return tokens;
}

function shapeScore(field: WslVersionField, value: string): number {
  const [strong, weak] = SHAPES[field];
  if (strong.test(value)) return 2;
  return weak.test(value) ? 1 : 0;
}

/** The version-shaped token of a line that fits the field best (labels can hold a version in some languages). */
function pickToken(tokens: readonly string[], field: WslVersionField): string {
  let best = tokens[0] ?? '';
  let bestScore = -1;
  for (const token of tokens) {
    const score = shapeScore(field, token);
    if (score > bestScore) {
      best = token;
      bestScore = score;
    }
  }
  return best;
}

interface Run {
  start: number;
  tokens: string[][];
}

/** Runs of consecutive lines that each carry a version-shaped value. */
function findRuns(lines: readonly string[]): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  lines.forEach((line, index) => {
    const tokens = line.trim() ? versionTokens(line) : [];
    if (tokens.length > 0) {
      if (!current) {
        current = { start: index, tokens: [] };
        runs.push(current);
      }
      current.tokens.push(tokens);
    } else {
      current = null;
    }
  });
  return runs;
}

/** Choose which fields a short block (older releases print 4 or 6 lines) holds, keeping wsl.exe's order. */
function alignShortRun(run: readonly string[][]): { fields: WslVersionField[]; score: number } {
  let best: { fields: WslVersionField[]; score: number } = { fields: [], score: -1 };
  const n = run.length;
  const visit = (fieldIndex: number, chosen: WslVersionField[], score: number): void => {
    if (chosen.length === n) {
      if (score > best.score) best = { fields: [...chosen], score };
      return;
    }
    for (let f = fieldIndex; f <= WSL_VERSION_FIELDS.length - (n - chosen.length); f++) {
      const field = WSL_VERSION_FIELDS[f]!;
      const tokens = run[chosen.length]!;
      chosen.push(field);
      visit(f + 1, chosen, score + shapeScore(field, pickToken(tokens, field)));
      chosen.pop();
    }
  };
  visit(0, [], 0);
  return best;
}

/**
 * A run longer than the block may start with other version-shaped lines (`Microsoft Windows [Version …]` of `ver`,
 * a tool's version): try the run from each of its first lines, the best-scoring start wins.
 */
function windowsOf(run: Run): Run[] {
  if (run.tokens.length <= WSL_VERSION_FIELDS.length) return [run];
  const starts = run.tokens.length - WSL_VERSION_FIELDS.length;
  return Array.from({ length: starts + 1 }, (_, offset) => ({
    start: run.start + offset,
    tokens: run.tokens.slice(offset),
  }));
}

// The seven lines joined into one (issue forms, chat): `WSL version: 2.3.24.0 Kernel version: 5.15.153.1-2 …`.
const VALUE_THEN_LABEL = /([:：]\s*v?\d+(?:\.\d+)+(?:[-+][0-9A-Za-z][0-9A-Za-z.+-]*)?)\s+(?=\S)/gu;

function unjoinLabels(line: string): string[] {
  if (line.length < 60) return [line];
  let colons = 0;
  for (const char of line) if (char === ':' || char === '：') colons++;
  if (colons < 4) return [line];
  const parts = line.replace(VALUE_THEN_LABEL, '$1\n').split('\n');
  return parts.length >= 4 ? parts : [line];
}

function emptyInfo(inbox = false): WslVersionInfo {
  return {
    wslVersion: null,
    kernelVersion: null,
    wslgVersion: null,
    msrdcVersion: null,
    direct3dVersion: null,
    dxcoreVersion: null,
    windowsVersion: null,
    inbox,
  };
}

/**
 * Parse `wsl --version` in any display language. Lines are identified by position and by the shape of
 * their value (kernel `6.6.87.2-1`, Windows `10.0.26100.4652`, ...), never by the localized labels.
 */
export function parseVersion(input: ParserInput): Parsed<WslVersionInfo> {
  const raw = toLines(input);
  // Rebuilding the array costs: only when some line is long enough to be a joined block.
  const lines = raw.some((line) => line.length >= 60) ? raw.flatMap(unjoinLabels) : raw;
  const warnings: string[] = [];

  const candidates = findRuns(lines)
    .filter((run) => run.tokens.length >= 4)
    .flatMap(windowsOf)
    .map((run) => {
      const block = run.tokens.slice(0, WSL_VERSION_FIELDS.length);
      const fields = block.length === WSL_VERSION_FIELDS.length ? [...WSL_VERSION_FIELDS] : alignShortRun(block).fields;
      const score = fields.reduce((sum, field, i) => sum + shapeScore(field, pickToken(block[i]!, field)), 0);
      return { run, block, fields, score };
    })
    // A real block scores well above chance: most values have their typical shape.
    .filter((candidate) => candidate.score >= candidate.block.length * 1.2)
    .sort((a, b) => b.block.length - a.block.length || b.score - a.score);

  const chosen = candidates[0];
  if (!chosen) {
    if (looksLikeUsageText(lines)) {
      warnings.push(
        'wsl.exe answered `--version` with its usage text: this is the inbox WSL of Windows, not the WSL package. ' +
          'Run `wsl --update` (or `wsl --install --no-distribution`) to install the current WSL.',
      );
      return parsed(false, emptyInfo(true), warnings);
    }
    const code = findWslErrorCode(lines);
    if (code) warnings.push(`wsl.exe reported an error instead of its versions (error code ${code}).`);
    return parsed(false, emptyInfo(), warnings);
  }

  const info = emptyInfo();
  chosen.fields.forEach((field, i) => {
    const value = pickToken(chosen.block[i]!, field);
    info[field] = value;
    if (shapeScore(field, value) === 0) warnings.push(`Unexpected ${field} value \`${value}\`.`);
  });
  if (chosen.block.length < WSL_VERSION_FIELDS.length) {
    const missing = WSL_VERSION_FIELDS.filter((field) => !chosen.fields.includes(field));
    warnings.push(
      `wsl --version printed ${chosen.block.length} lines (older release); missing: ${missing.join(', ')}.`,
    );
  }
  const extra = chosen.run.tokens.length - chosen.block.length;
  if (extra > 0) warnings.push(`Ignored ${extra} extra version line(s) after the 7 standard ones (a debug build?).`);
  if (candidates.length > 1) warnings.push('More than one version block was found; the longest one was used.');
  return parsed(true, info, warnings);
}
