import { WslReadyError } from '../errors.js';
import { detectConfigKind } from './detect-kind.js';
import type { ConfigDocument, ConfigEntry } from './document.js';
import { parseConfigDocument } from './document.js';
import { findConfigKey, settingOf } from './schema.js';
import { schemaId } from './schema-types.js';
import type { ConfigKind, ConfigValue } from './types.js';
import { configFileLabel } from './types.js';

/** A set of changes: section → key → new value, or null to remove the key. */
export type ConfigPatch = Record<string, Record<string, ConfigValue | null>>;

export interface ConfigChange {
  section: string;
  key: string;
  action: 'updated' | 'added' | 'removed' | 'unchanged';
  /** Line in the original text (updated, removed) or in the new text (added). */
  line?: number;
}

export interface ConfigEditResult {
  text: string;
  changed: boolean;
  changes: ConfigChange[];
  /** Things the caller should tell the user: duplicates left in place, keys WSL will still not read, … */
  warnings: string[];
}

export interface ConfigEditOptions {
  /** Which file the text is; detected from the content when absent. */
  kind?: ConfigKind;
}

/** A patch the edit API cannot write (bad section/key name, a value that has no spelling in the file). */
export class ConfigEditError extends WslReadyError {
  constructor(message: string) {
    super('config-edit', message);
  }
}

const NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * Write a value the way WSL reads it back: escapes for `\`, `"`, newline, tab and backspace; quotes when the
 * value has edge blanks or a `#`. Throws `ConfigEditError` for values with no spelling (CR, NUL, non-integers).
 */
export function encodeConfigValue(value: ConfigValue): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) {
      throw new ConfigEditError(`${value} is not a whole number; WSL config values are integers. Round it first.`);
    }
    return String(value);
  }
  if (/[\r\0]/.test(value)) {
    throw new ConfigEditError(
      'The value holds a carriage return or NUL character, which a WSL config file cannot store. Remove it.',
    );
  }
  const escaped = value.replace(/[\\"\n\t\b]/g, (c) => ESCAPE_OUT[c] ?? c);
  return /^[ \t]|[ \t]$|#/.test(escaped) ? `"${escaped}"` : escaped;
}

const ESCAPE_OUT: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\t': '\\t',
  '\b': '\\b',
};

/** Set one key (updated in place if present, else appended to its section). */
export function setConfigValue(
  text: string,
  section: string,
  key: string,
  value: ConfigValue,
  options: ConfigEditOptions = {},
): ConfigEditResult {
  return mergeConfig(text, { [section]: { [key]: value } }, options);
}

/** Remove every line that sets a key (all duplicates and legacy spellings, so no other line takes over). */
export function removeConfigValue(
  text: string,
  section: string,
  key: string,
  options: ConfigEditOptions = {},
): ConfigEditResult {
  return mergeConfig(text, { [section]: { [key]: null } }, options);
}

interface Splice {
  start: number;
  end: number;
  text: string;
}

/**
 * Apply a patch and change nothing else: every other byte (comments, order, blank lines, line endings, unknown
 * keys, invalid lines) stays as it was. Existing keys are updated in place (the first occurrence, which is the
 * one WSL reads); new keys go at the end of their section, above any header WSL rejects there (WSL would file
 * them under that header's name); missing sections are added at the end of the file.
 */
export function mergeConfig(text: string, patch: ConfigPatch, options: ConfigEditOptions = {}): ConfigEditResult {
  const kind = options.kind ?? kindForEdit(text, patch);
  const doc = parseConfigDocument(text, kind);
  const splices: Splice[] = [];
  const changes: ConfigChange[] = [];
  const warnings: string[] = [];
  const touched = new Set<number>();
  const appends = new Map<string, { section: string; lines: string[]; keys: ConfigChange[] }>();
  const separator = separatorStyle(doc);

  for (const [section, keys] of Object.entries(patch)) {
    if (!NAME.test(section)) {
      throw new ConfigEditError(
        `\`${section}\` is not a valid section name: use a letter followed by letters or digits (e.g. \`wsl2\`).`,
      );
    }
    for (const [key, value] of Object.entries(keys)) {
      if (!NAME.test(key)) {
        throw new ConfigEditError(
          `\`${key}\` is not a valid key name: use a letter followed by letters or digits (e.g. \`memory\`).`,
        );
      }
      if (value !== null && value !== undefined && typeof value === 'object') {
        throw new ConfigEditError(`The value of ${section}.${key} must be a string, number, boolean or null.`);
      }
      const occurrences = doc.entries.filter((e) => sameSetting(kind, e, section, key) && !touched.has(e.start));
      if (value === null || value === undefined) {
        for (const entry of occurrences) {
          splices.push(removalOf(doc, entry));
          touched.add(entry.start);
        }
        changes.push(
          occurrences.length > 0
            ? { section, key, action: 'removed', line: occurrences[0]!.line }
            : { section, key, action: 'unchanged' },
        );
        continue;
      }
      const encoded = encodeConfigValue(value);
      const first = occurrences[0];
      if (first) {
        touched.add(first.start);
        if (first.value !== null && !first.problem && first.value === logical(value)) {
          changes.push({ section, key, action: 'unchanged', line: first.line });
        } else {
          splices.push({ start: first.valueStart, end: first.valueEnd, text: encoded });
          changes.push({ section, key, action: 'updated', line: first.line });
        }
        if (first.fullName.toLowerCase() !== `${section}.${key}`.toLowerCase()) {
          warnings.push(
            `Updated \`${first.fullName}\` on line ${first.line}, which WSL reads as the same setting as \`${section}.${key}\`.`,
          );
        }
        for (const dup of occurrences.slice(1)) {
          warnings.push(
            `Line ${dup.line} also sets \`${dup.fullName}\`; WSL ignores it because line ${first.line} comes first. Remove line ${dup.line}.`,
          );
        }
        if (first.afterStop && doc.stop) {
          warnings.push(
            `Line ${first.line} comes after the invalid line ${doc.stop.line}, where WSL stops reading ${configFileLabel(kind)}; fix line ${doc.stop.line} or the new value has no effect.`,
          );
        }
        continue;
      }
      const lower = section.toLowerCase();
      const pending = appends.get(lower) ?? { section, lines: [], keys: [] };
      pending.lines.push(`${key}${separator}${encoded}`);
      const change: ConfigChange = { section, key, action: 'added' };
      pending.keys.push(change);
      changes.push(change);
      appends.set(lower, pending);
    }
  }

  const newSections: { section: string; lines: string[]; keys: ConfigChange[] }[] = [];
  for (const pending of appends.values()) {
    const offset = insertionPoint(doc, pending.section);
    if (offset === undefined) {
      newSections.push(pending);
      continue;
    }
    const atEndWithoutEol = offset === text.length && text.length > 0 && !text.endsWith('\n');
    const body = pending.lines.join(doc.eol);
    splices.push({ start: offset, end: offset, text: atEndWithoutEol ? `${doc.eol}${body}` : `${body}${doc.eol}` });
    if (doc.stop && offset > doc.stop.start) {
      warnings.push(
        `[${pending.section}] comes after the invalid line ${doc.stop.line}, where WSL stops reading ${configFileLabel(kind)}; fix line ${doc.stop.line} or the added keys have no effect.`,
      );
    }
  }
  if (newSections.length > 0) {
    let tail = '';
    if (text.length > 0 && !text.endsWith('\n')) tail += doc.eol;
    const lastLine = doc.lines[doc.lines.length - 1];
    if (lastLine && lastLine.role !== 'blank') tail += doc.eol;
    tail += newSections.map((s) => [`[${s.section}]`, ...s.lines].join(doc.eol) + doc.eol).join(doc.eol);
    splices.push({ start: text.length, end: text.length, text: tail });
    if (doc.stop) {
      warnings.push(
        `New sections go at the end of the file, after the invalid line ${doc.stop.line} where WSL stops reading ${configFileLabel(kind)}; fix line ${doc.stop.line} or they have no effect.`,
      );
    }
  }

  const result = applySplices(text, splices);
  numberAddedLines(result, changes, kind);
  return { text: result, changed: result !== text, changes, warnings };
}

/** Detect the file from its content; an empty file is judged by the sections the patch writes. */
function kindForEdit(text: string, patch: ConfigPatch): ConfigKind {
  const doc = parseConfigDocument(text, 'wslconfig');
  if (doc.sections.length > 0 || doc.entries.length > 0) return detectConfigKind(text);
  const outline = Object.entries(patch)
    .map(
      ([section, keys]) =>
        `[${section}]\n${Object.keys(keys)
          .map((k) => `${k}=`)
          .join('\n')}`,
    )
    .join('\n');
  return detectConfigKind(outline);
}

/** The value WSL would store for what the caller passed, to skip no-op rewrites. */
function logical(value: ConfigValue): string {
  return typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
}

/** The same key, or another spelling WSL reads as the same setting (`experimental.networkingMode`). */
function sameSetting(kind: ConfigKind, entry: ConfigEntry, section: string, key: string): boolean {
  if (entry.section === null) return false;
  if (entry.section.toLowerCase() === section.toLowerCase() && entry.name.toLowerCase() === key.toLowerCase()) {
    return true;
  }
  const wanted = findConfigKey(kind, section, key);
  const found = findConfigKey(kind, entry.section, entry.name);
  if (!wanted || !found) return false;
  return schemaId(settingOf(kind, wanted)) === schemaId(settingOf(kind, found));
}

/** `key=value` or `key = value`, following the first key line of the file. */
function separatorStyle(doc: ConfigDocument): string {
  const first = doc.entries.find((e) => !e.problem);
  if (!first) return '=';
  const between = doc.text.slice(first.nameEnd, first.valueStart);
  return /[ \t]=|=[ \t]/.test(between) ? ' = ' : '=';
}

/**
 * Where new keys of a section go: after the last key or other content of its last block (before WSL stops, for
 * wsl.conf), leaving trailing blank lines and the comments that introduce the next section where they are.
 * A block ends where WSL stops filing keys under its header (see `blockBoundaries`), so a key never lands below
 * a header WSL rejects.
 */
function insertionPoint(doc: ConfigDocument, section: string): number | undefined {
  const lower = section.toLowerCase();
  const headers = doc.sections.filter((h) => h.name.toLowerCase() === lower);
  if (headers.length === 0) return undefined;
  const beforeStop = doc.stop ? headers.filter((h) => h.start < doc.stop!.start) : headers;
  const candidates = beforeStop.length > 0 ? beforeStop : headers;
  const header = candidates[candidates.length - 1]!;
  const next = blockBoundaries(doc).find((index) => doc.lines[index]!.start > header.start);
  const headerIndex = header.line - 1;
  let last = (next ?? doc.lines.length) - 1; // index of the last line of the block
  if (next !== undefined) {
    // Comments directly above the next header introduce it.
    let i = last;
    while (i > headerIndex && doc.lines[i]!.role === 'comment') i--;
    last = i;
  }
  while (last > headerIndex && doc.lines[last]!.role === 'blank') last--;
  // A header or key may continue onto further lines; never split an entry.
  const covering = doc.entries.find((e) => e.line - 1 <= last && e.endLine - 1 > last);
  if (covering) last = covering.endLine - 1;
  const line = doc.lines[last]!;
  return line.start + line.text.length + line.eol.length;
}

/**
 * Line indexes (ascending) where the keys below stop being filed under the header above, per configfile.cpp
 * `ParseConfigFile`: a header WSL accepts; a header it rejects after reading its name (`[general ]`, `[wsl2] x`:
 * the name stays in its `key` buffer, so the keys below are looked up as `gene.swap` or a bare `wsl2`); and, in
 * wsl.conf, the line where WSL stops reading.
 */
function blockBoundaries(doc: ConfigDocument): number[] {
  const starts = doc.sections.map((h) => h.start);
  for (const issue of doc.issues) {
    if (issue.problem === 'expected-bracket' || issue.problem === 'expected-end-of-line') starts.push(issue.start);
  }
  if (doc.stop) starts.push(doc.stop.start);
  return [...new Set(starts.map((offset) => lineIndexAt(doc, offset)))].sort((a, b) => a - b);
}

/** Index in `doc.lines` of the line holding `offset`. */
function lineIndexAt(doc: ConfigDocument, offset: number): number {
  let lo = 0;
  let hi = doc.lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Remove the whole line(s) of an entry when it stands alone on them, else just its text. */
function removalOf(doc: ConfigDocument, entry: ConfigEntry): Splice {
  const first = doc.lines[entry.line - 1]!;
  const last = doc.lines[entry.endLine - 1]!;
  const before = doc.text.slice(first.start, entry.start);
  const after = doc.text.slice(entry.end, last.start + last.text.length);
  if (!/^[ \t]*$/.test(before) || !/^[ \t]*$/.test(after)) return { start: entry.start, end: entry.end, text: '' };
  const end = last.start + last.text.length + last.eol.length;
  if (last.eol === '' && entry.line > 1) {
    const previous = doc.lines[entry.line - 2]!;
    return { start: previous.start + previous.text.length, end, text: '' };
  }
  return { start: first.start, end, text: '' };
}

function applySplices(text: string, splices: Splice[]): string {
  // One pass over the original text (linear even with thousands of edits). At one offset, insertions come
  // before a removal that starts there, in patch order.
  const ordered = splices
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.start - b.s.start || a.s.end - a.s.start - (b.s.end - b.s.start) || a.i - b.i);
  const parts: string[] = [];
  let cursor = 0;
  for (const { s } of ordered) {
    if (s.start < cursor) {
      // Removals of adjacent lines overlap where one takes the line break before a last line without one: the
      // later removal extends the first. Anything else overlapping is dropped rather than duplicating text.
      if (s.text === '' && s.end > cursor) cursor = s.end;
      continue;
    }
    parts.push(text.slice(cursor, s.start), s.text);
    cursor = s.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

function numberAddedLines(text: string, changes: ConfigChange[], kind: ConfigKind): void {
  const added = changes.filter((c) => c.action === 'added');
  if (added.length === 0) return;
  const doc = parseConfigDocument(text, kind);
  for (const change of added) {
    const entry = doc.entries.find((e) => sameSetting(kind, e, change.section, change.key));
    if (entry) change.line = entry.line;
  }
}
