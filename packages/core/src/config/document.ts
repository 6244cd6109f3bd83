import type { ScannedInvalid, ScannedItem, SyntaxProblem } from './scanner.js';
import { scanConfig } from './scanner.js';
import type { ConfigKind } from './types.js';

/**
 * A lossless model of a config file: the physical lines exactly as written (text + line break) plus what
 * WSL's parser makes of them. `renderConfigDocument(parseConfigDocument(t))` is `t`, byte for byte, for any string.
 */

export type LineEnding = '' | '\n' | '\r\n';

export interface ConfigLine {
  /** 1-based line number. */
  number: number;
  /** Offset of the line's first character in the text. */
  start: number;
  /** The line without its line break (a lone CR stays part of the text). */
  text: string;
  eol: LineEnding;
  /** `blank` (only spaces/tabs), `comment` (first non-blank is `#`) or `content`. */
  role: 'blank' | 'comment' | 'content';
}

export interface ConfigSectionHeader {
  name: string;
  line: number;
  column: number;
  start: number;
  end: number;
}

export interface ConfigEntry {
  /** Section in force (last valid header), null before any header. */
  section: string | null;
  name: string;
  /** `section.name` as WSL looks it up. */
  fullName: string;
  line: number;
  column: number;
  /** Last physical line (differs from `line` when the value continues over several lines). */
  endLine: number;
  start: number;
  nameEnd: number;
  valueStart: number;
  valueEnd: number;
  end: number;
  /** The value text exactly as written (quotes and escapes included). */
  raw: string;
  /** The value as WSL reads it, or null when WSL rejects the line (`problem` says why). */
  value: string | null;
  problem?: SyntaxProblem;
  /** `/etc/wsl.conf` only: the entry comes after the line where WSL stops reading. */
  afterStop: boolean;
  /** `/etc/wsl.conf` only: a `\` before CRLF ended the value here instead of continuing it (see the scanner). */
  cutByCrlf?: boolean;
  /** The name WSL looks the key up by when a broken section header above changed it (see the scanner). */
  readAs?: string;
}

export interface ConfigSyntaxIssue {
  problem: SyntaxProblem;
  section: string | null;
  line: number;
  column: number;
  /** The character WSL choked on ('' at end of file). */
  char: string;
  keyName?: string;
  start: number;
  end: number;
  /** The rejected logical line as written. */
  text: string;
  afterStop: boolean;
  /** Broken section headers: how WSL files the keys below (see the scanner). */
  keysAfter?: { prefix: string; bare: boolean };
}

export interface ConfigDocument {
  kind: ConfigKind;
  text: string;
  lines: ConfigLine[];
  /** Line break for new lines: the file's most common one, LF for a file without any. */
  eol: '\n' | '\r\n';
  bom: boolean;
  sections: ConfigSectionHeader[];
  entries: ConfigEntry[];
  issues: ConfigSyntaxIssue[];
  /** `/etc/wsl.conf`: the first rejected line, where WSL stops reading the file. Null otherwise. */
  stop: ConfigSyntaxIssue | null;
}

/** Split text into physical lines on LF; CR before LF belongs to the line break. */
function splitLines(text: string): ConfigLine[] {
  const lines: ConfigLine[] = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const stop = nl < 0 ? text.length : nl;
    const crlf = nl > start && text[nl - 1] === '\r';
    const lineText = text.slice(start, crlf ? nl - 1 : stop);
    lines.push({
      number: lines.length + 1,
      start,
      text: lineText,
      eol: nl < 0 ? '' : crlf ? '\r\n' : '\n',
      role: roleOf(lineText),
    });
    start = nl < 0 ? text.length : nl + 1;
  }
  return lines;
}

function roleOf(text: string): ConfigLine['role'] {
  const trimmed = text.replace(/^[ \t]+/, '');
  if (trimmed.replace(/[ \t]+$/, '') === '') return 'blank';
  return trimmed.startsWith('#') ? 'comment' : 'content';
}

/** Parse any text into a document. Never throws. */
export function parseConfigDocument(text: string, kind: ConfigKind): ConfigDocument {
  const lines = splitLines(text);
  const scan = scanConfig(text, kind);
  const locate = locator(lines);
  const stopAt = scan.stopIndex;

  const sections: ConfigSectionHeader[] = [];
  const entries: ConfigEntry[] = [];
  const issues: ConfigSyntaxIssue[] = [];
  scan.items.forEach((item: ScannedItem, index) => {
    const afterStop = stopAt !== null && index > stopAt;
    if (item.type === 'section') {
      const { line, column } = locate(item.start);
      sections.push({ name: item.name, line, column, start: item.start, end: item.end });
    } else if (item.type === 'key') {
      const { line, column } = locate(item.start);
      entries.push({
        section: item.section,
        name: item.name,
        fullName: item.fullName,
        line,
        column,
        endLine: locate(Math.max(item.start, item.end - 1)).line,
        start: item.start,
        nameEnd: item.nameEnd,
        valueStart: item.valueStart,
        valueEnd: item.valueEnd,
        end: item.end,
        raw: text.slice(item.valueStart, item.valueEnd),
        value: item.value,
        afterStop,
      });
      // Rare fields are added afterwards, so the common entry keeps one shape.
      const entry = entries[entries.length - 1]!;
      if (item.cutByCrlf) entry.cutByCrlf = true;
      if (item.readAs !== undefined) entry.readAs = item.readAs;
    } else if (item.type === 'invalid') {
      const issue = toIssue(item, text, locate, afterStop || (stopAt !== null && index > stopAt));
      issues.push(issue);
      if (item.keyName !== undefined && item.valueStart !== undefined && item.valueEnd !== undefined) {
        const { line, column } = locate(item.start);
        entries.push({
          section: item.section,
          name: item.keyName,
          fullName: item.section === null ? item.keyName : `${item.section}.${item.keyName}`,
          line,
          column,
          endLine: locate(Math.max(item.start, item.end - 1)).line,
          start: item.start,
          nameEnd: item.start + item.keyName.length,
          valueStart: item.valueStart,
          valueEnd: item.valueEnd,
          end: item.end,
          raw: text.slice(item.valueStart, item.valueEnd),
          value: null,
          problem: item.problem,
          afterStop,
        });
      }
    }
  });

  const stopItem = stopAt === null ? null : scan.items[stopAt];
  const stop = stopItem?.type === 'invalid' ? (issues.find((i) => i.start === stopItem.start) ?? null) : null;
  return {
    kind,
    text,
    lines,
    eol: dominantEol(lines),
    bom: text.charCodeAt(0) === 0xfeff,
    sections,
    entries,
    issues,
    stop,
  };
}

function toIssue(
  item: ScannedInvalid,
  text: string,
  locate: (offset: number) => { line: number; column: number },
  afterStop: boolean,
): ConfigSyntaxIssue {
  const { line, column } = locate(item.at);
  const lineStart = text.lastIndexOf('\n', item.start - 1) + 1;
  let lineEnd = text.indexOf('\n', item.start);
  if (lineEnd < 0) lineEnd = text.length;
  if (lineEnd > lineStart && text[lineEnd - 1] === '\r') lineEnd--;
  return {
    problem: item.problem,
    section: item.section,
    line,
    column,
    char: item.char,
    ...(item.keyName === undefined ? {} : { keyName: item.keyName }),
    start: item.start,
    end: item.end,
    text: text.slice(lineStart, Math.max(lineStart, lineEnd)),
    afterStop,
    ...(item.keysAfter === undefined ? {} : { keysAfter: item.keysAfter }),
  };
}

/** Offset → 1-based line and column (UTF-16 code units, as editors count). */
function locator(lines: readonly ConfigLine[]): (offset: number) => { line: number; column: number } {
  return (offset) => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const line = lines[lo];
    if (!line) return { line: 1, column: 1 };
    return { line: line.number, column: offset - line.start + 1 };
  };
}

function dominantEol(lines: readonly ConfigLine[]): '\n' | '\r\n' {
  let crlf = 0;
  let lf = 0;
  for (const line of lines) {
    if (line.eol === '\r\n') crlf++;
    else if (line.eol === '\n') lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}

/** The text of a document, byte for byte. */
export function renderConfigDocument(doc: Pick<ConfigDocument, 'lines'>): string {
  let out = '';
  for (const line of doc.lines) out += line.text + line.eol;
  return out;
}
