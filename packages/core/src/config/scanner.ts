import type { ConfigKind } from './types.js';

/**
 * A character-level reading of a config file that follows the grammar of WSL's own parser (shared by both
 * files): sections `[name]` and keys are a letter then letters/digits, `#` starts a comment (never `;`),
 * values are unquoted/unescaped with `"`, `\\`, `\"`, `\b`, `\n`, `\t` and backslash-newline continuation.
 *
 * Offsets always point into the caller's original text, so the document model can edit it byte for byte.
 * Unlike WSL, the scanner never stops: for `/etc/wsl.conf` it records where WSL would have stopped
 * (`stopIndex`) and keeps reading, so callers can say which later keys are ignored.
 */

/** Why WSL rejects a line. */
export type SyntaxProblem =
  | 'invalid-key-name'
  | 'invalid-section-name'
  | 'expected-bracket'
  | 'expected-end-of-line'
  | 'expected-equals'
  | 'invalid-escape'
  | 'unterminated-quote';

export interface ScannedSection {
  type: 'section';
  name: string;
  /** Offset of `[`. */
  start: number;
  /** Offset just past the last character read for the header (before any line break). */
  end: number;
  commentStart?: number;
}

export interface ScannedKey {
  type: 'key';
  /**
   * The section WSL files the key under: the last valid header, or null before any header; after a broken header
   * whatever its key buffer holds (see `readAs`).
   */
  section: string | null;
  name: string;
  /** `section.name` as WSL looks it up (`name` alone before any header). */
  fullName: string;
  /**
   * Set when a broken section header above changed the name WSL looks the key up by (`gene.swap` for `swap` under
   * `[wsl2]` … `[general ]`, or a bare `wsl2` when the broken name is shorter than the last valid one).
   */
  readAs?: string;
  /** Offset of the first character of the key name. */
  start: number;
  nameEnd: number;
  /** Offset of the first value character after `=` and blanks (equals `valueEnd` for an empty value). */
  valueStart: number;
  /** Offset just past the last non-blank value character (quotes and escapes included). */
  valueEnd: number;
  commentStart?: number;
  /** Offset just past the logical line's last character (before its line break). */
  end: number;
  /** The value as WSL stores it: quotes removed, escapes resolved, trailing blanks trimmed. */
  value: string;
  /**
   * The value ended at a `\` before CRLF (`/etc/wsl.conf`, read without text mode): WSL drops the CR, so the LF
   * ends the value instead of continuing it, and the next physical line is parsed on its own.
   */
  cutByCrlf?: boolean;
}

export interface ScannedInvalid {
  type: 'invalid';
  problem: SyntaxProblem;
  section: string | null;
  /** Offset of the first non-blank character of the rejected line. */
  start: number;
  /** Offset of the character WSL choked on. */
  at: number;
  /** The character WSL choked on ('' at end of file). */
  char: string;
  end: number;
  /** Key name when the line got as far as a key name. */
  keyName?: string;
  /** For key lines that got past `=`: where the value starts and (roughly) ends. */
  valueStart?: number;
  valueEnd?: number;
  commentStart?: number;
  /**
   * Section headers whose name was read before the error: the prefix WSL's key buffer gives the keys below
   * (`''` for none) and whether it is NUL-padded, so each key is looked up as the bare prefix.
   */
  keysAfter?: { prefix: string; bare: boolean };
}

export interface ScannedComment {
  type: 'comment';
  start: number;
  end: number;
}

export type ScannedItem = ScannedSection | ScannedKey | ScannedInvalid | ScannedComment;

export interface ScanResult {
  kind: ConfigKind;
  items: ScannedItem[];
  /** `/etc/wsl.conf` only: index in `items` of the first invalid line, where WSL stops reading. */
  stopIndex: number | null;
  /** Offset where the content starts (1 when a BOM was skipped in `.wslconfig`). */
  contentStart: number;
}

const isHSpace = (c: string): boolean => c === ' ' || c === '\t';

function isAlpha(c: string): boolean {
  const code = c.length === 1 ? c.charCodeAt(0) : -1;
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isAlnum(c: string): boolean {
  const code = c.length === 1 ? c.charCodeAt(0) : -1;
  return isAlpha(c) || (code >= 48 && code <= 57);
}

const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\', '"': '"', b: '\b', n: '\n', t: '\t' };

/** Reads characters the way the C runtime hands them to WSL: text mode folds CRLF into LF (`.wslconfig`). */
class CharReader {
  pos: number;
  constructor(
    private readonly text: string,
    private readonly textMode: boolean,
    start: number,
  ) {
    this.pos = start;
  }
  /** The next character ('' at end of input). */
  next(): string {
    const { text } = this;
    if (this.pos >= text.length) return '';
    const c = text[this.pos]!;
    if (c === '\r' && this.textMode && text[this.pos + 1] === '\n') {
      this.pos += 2;
      return '\n';
    }
    this.pos += 1;
    return c;
  }
  /** Skip to the end of the physical line (the `\n` is consumed); returns the offset of the line break. */
  skipLine(current: string): number {
    if (current === '') return this.pos;
    if (current === '\n') return this.text[this.pos - 2] === '\r' ? this.pos - 2 : this.pos - 1;
    const nl = this.text.indexOf('\n', this.pos);
    if (nl < 0) {
      this.pos = this.text.length;
      return this.text.length;
    }
    this.pos = nl + 1;
    return nl > 0 && this.text[nl - 1] === '\r' ? nl - 1 : nl;
  }
}

/** Scan a whole file. Total: any string in, never a throw. */
export function scanConfig(text: string, kind: ConfigKind): ScanResult {
  // `.wslconfig` is opened as UTF-8 text, which drops a BOM; wsl.conf is read as bytes, so a BOM is a character.
  const contentStart = kind === 'wslconfig' && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const r = new CharReader(text, kind === 'wslconfig', contentStart);
  const items: ScannedItem[] = [];
  let section: string | null = null;
  // configfile.cpp ParseConfigFile keeps one `key` buffer: a section header stores its name there (even when the
  // header then turns out invalid), and each key line does `key.resize(sectionLength)` with the length of the last
  // VALID section before appending `.name`; the lookup uses `c_str()`, so NUL padding ends the name.
  let keyBuffer = '';
  // True while the buffer starts with the last valid section name (always, unless a broken header followed it).
  let bufferMatchesSection = true;
  const keyPrefix = (): string => {
    const length = section?.length ?? 0;
    return keyBuffer.length >= length ? keyBuffer.slice(0, length) : keyBuffer.padEnd(length, '\0');
  };
  const keysAfter = (): { keysAfter?: { prefix: string; bare: boolean } } => {
    if (kind !== 'wslconfig') return {};
    const prefix = keyPrefix();
    const nul = prefix.indexOf('\0');
    return { keysAfter: nul < 0 ? { prefix, bare: false } : { prefix: prefix.slice(0, nul), bare: true } };
  };

  const invalid = (
    problem: SyntaxProblem,
    start: number,
    at: number,
    char: string,
    extra: Partial<ScannedInvalid> = {},
  ): void => {
    const end = r.skipLine(char);
    items.push({ type: 'invalid', problem, section, start, at, char, end: Math.max(end, at), ...extra });
  };

  for (;;) {
    let at = r.pos;
    let c = r.next();
    while (isHSpace(c)) {
      at = r.pos;
      c = r.next();
    }
    if (c === '') break;
    if (c === '\n') continue;
    if (c === '\r') {
      // A CR not followed by LF (or any CR in byte mode) ends a logical line without starting a new one.
      if (text[r.pos] === '\n') r.pos++;
      continue;
    }
    if (c === '#') {
      const end = r.skipLine(c);
      items.push({ type: 'comment', start: at, end });
      continue;
    }
    if (c === '[') {
      const start = at;
      const nameAt = r.pos;
      c = r.next();
      if (!isAlpha(c)) {
        invalid('invalid-section-name', start, nameAt, c);
        continue;
      }
      let name = '';
      let cAt = nameAt;
      while (isAlnum(c)) {
        name += c;
        cAt = r.pos;
        c = r.next();
      }
      keyBuffer = name;
      bufferMatchesSection = false;
      if (c !== ']') {
        invalid('expected-bracket', start, cAt, c, keysAfter());
        continue;
      }
      let end = r.pos;
      cAt = r.pos;
      c = r.next();
      while (isHSpace(c)) {
        cAt = r.pos;
        c = r.next();
      }
      if (c === '' || c === '\n' || c === '\r') {
        if (c === '\r') r.pos = cAt; // let the main loop see the CR
        items.push({ type: 'section', name, start, end });
      } else if (c === '#') {
        end = r.skipLine(c);
        items.push({ type: 'section', name, start, end, commentStart: cAt });
      } else {
        invalid('expected-end-of-line', start, cAt, c, keysAfter());
        continue;
      }
      section = name;
      bufferMatchesSection = true;
      continue;
    }
    if (!isAlpha(c)) {
      invalid('invalid-key-name', at, at, c);
      continue;
    }
    scanKey(c, at);
  }

  function scanKey(first: string, start: number): void {
    let name = first;
    let cAt = r.pos;
    let c = r.next();
    while (isAlnum(c)) {
      name += c;
      cAt = r.pos;
      c = r.next();
    }
    const nameEnd = cAt;
    const nominal = section === null ? name : `${section}.${name}`;
    let readAs: string | undefined;
    let keySection = section;
    // Only `.wslconfig` reads on after an invalid line; WSL stops at the broken header in /etc/wsl.conf.
    if (!bufferMatchesSection && kind === 'wslconfig') {
      const prefix = keyPrefix();
      keyBuffer = prefix === '' ? name : `${prefix}.${name}`;
      const nul = keyBuffer.indexOf('\0');
      const lookup = nul < 0 ? keyBuffer : keyBuffer.slice(0, nul);
      if (lookup.toLowerCase() !== nominal.toLowerCase()) {
        readAs = lookup;
        const dot = lookup.indexOf('.');
        keySection = dot < 0 ? null : lookup.slice(0, dot);
      }
    }
    const fullName = readAs ?? nominal;
    while (isHSpace(c)) {
      cAt = r.pos;
      c = r.next();
    }
    if (c !== '=') {
      invalid('expected-equals', start, cAt, c, { keyName: name });
      return;
    }
    cAt = r.pos;
    c = r.next();
    while (isHSpace(c)) {
      cAt = r.pos;
      c = r.next();
    }
    const valueStart = cAt;
    let valueEnd = cAt;
    let value = '';
    let trimmed = 0;
    let inQuote = false;
    let commentStart: number | undefined;
    let cutByCrlf = false;
    while (c !== '' && c !== '\n' && c !== '\r') {
      if (c === '"') {
        inQuote = !inQuote;
      } else if (c === '\\') {
        const escAt = r.pos;
        const c2 = r.next();
        if (c2 === '\n') {
          // Line continuation: both characters vanish.
        } else if (c2 === '\r') {
          // configfile.cpp ParseConfigFile skips a CR after `\` without a warning (`case '\r': break;`). Blanks
          // before the `\` stay in the value (the length is taken at the `\`); before an LF the value ends there.
          trimmed = value.length;
          valueEnd = escAt;
          cutByCrlf = text[r.pos] === '\n';
          cAt = r.pos;
          c = r.next();
          continue;
        } else if (c2 !== '' && ESCAPES[c2] !== undefined) {
          value += ESCAPES[c2];
        } else {
          const roughEnd = roughValueEnd(text, valueStart);
          invalid('invalid-escape', start, escAt, c2, {
            keyName: name,
            valueStart,
            valueEnd: roughEnd.valueEnd,
            ...(roughEnd.commentStart === undefined ? {} : { commentStart: roughEnd.commentStart }),
          });
          return;
        }
      } else if (c === '#' && !inQuote) {
        commentStart = cAt;
        break;
      } else {
        value += c;
      }
      if (!isHSpace(c)) {
        trimmed = value.length;
        valueEnd = r.pos;
      }
      cAt = r.pos;
      c = r.next();
    }
    if (inQuote) {
      invalid('unterminated-quote', start, cAt, c, { keyName: name, valueStart, valueEnd });
      return;
    }
    let end: number;
    if (commentStart !== undefined) {
      end = r.skipLine('#');
    } else {
      if (c === '\r') r.pos = cAt; // the main loop handles the CR
      end = c === '' ? text.length : cutByCrlf ? cAt - 1 : cAt;
    }
    const item: ScannedKey = {
      type: 'key',
      section: keySection,
      name,
      fullName,
      start,
      nameEnd,
      valueStart,
      valueEnd,
      ...(commentStart === undefined ? {} : { commentStart }),
      end,
      value: value.slice(0, trimmed),
    };
    // Rare fields are added afterwards, so the common item keeps one shape.
    if (readAs !== undefined) item.readAs = readAs;
    if (cutByCrlf) item.cutByCrlf = true;
    items.push(item);
  }

  let stopIndex: number | null = null;
  if (kind === 'wslconf') {
    const first = items.findIndex((item) => item.type === 'invalid');
    stopIndex = first < 0 ? null : first;
  }
  return { kind, items, stopIndex, contentStart };
}

/**
 * Where the value of a rejected key line would end if it were fixed: the first `#` outside quotes or the line
 * end, without trailing blanks. Used to replace or show a broken value.
 */
function roughValueEnd(text: string, valueStart: number): { valueEnd: number; commentStart?: number } {
  let inQuote = false;
  let lastNonBlank = valueStart;
  let i = valueStart;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n' || c === '\r') break;
    if (c === '\\') {
      const next = text[i + 1];
      if (next === undefined || next === '\n' || next === '\r') {
        lastNonBlank = i + 1;
        break;
      }
      i++;
      lastNonBlank = i + 1;
      continue;
    }
    if (c === '"') inQuote = !inQuote;
    if (c === '#' && !inQuote) return { valueEnd: lastNonBlank, commentStart: i };
    if (!isHSpace(c)) lastNonBlank = i + 1;
  }
  return { valueEnd: lastNonBlank };
}
