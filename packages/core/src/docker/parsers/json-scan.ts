/**
 * Finds JSON values inside noisy text: a prompt before, an error glued after (`…"Server":null}Cannot connect…`),
 * several outputs pasted one after another. Candidates start at the beginning of a line (after blanks), which is
 * where the docker CLI prints them; the scan is string-aware and bounded so hostile input stays linear-ish.
 */

/** Text past this many characters is not scanned (a 10 MB body is noise, not a docker answer). */
const MAX_SCANNED_CHARS = 4 * 1024 * 1024;

export interface JsonValueFound {
  value: unknown;
  start: number;
  end: number;
}

export interface JsonScan {
  values: JsonValueFound[];
  /** Text outside the JSON values (errors, prompts), in order. */
  rest: string;
  warnings: string[];
}

export function scanJsonValues(text: string): JsonScan {
  const warnings: string[] = [];
  let source = text;
  if (source.length > MAX_SCANNED_CHARS) {
    warnings.push(
      `Output is ${source.length} characters long; only the first ${MAX_SCANNED_CHARS} were read. ` +
        'A docker answer is far smaller: check what printed it.',
    );
    source = source.slice(0, MAX_SCANNED_CHARS);
  }
  const values: JsonValueFound[] = [];
  const restParts: string[] = [];
  let restFrom = 0;
  // Work bound: each failed candidate may rescan; stop well before quadratic blow-up.
  let budget = source.length * 8 + 1_000_000;
  let truncatedAt = -1;
  let i = 0;
  // Only blanks since the last newline: tracked as we go, so long runs of blanks cost nothing per character.
  let atLineStart = true;
  while (i < source.length) {
    const ch = source.charCodeAt(i);
    if ((ch === 0x7b || ch === 0x5b) && atLineStart) {
      const end = findClose(source, i, budget);
      budget -= (end.scanned ?? 0) + 1;
      if (end.index >= 0) {
        const slice = source.slice(i, end.index + 1);
        const value = tryParse(slice);
        if (value.ok) {
          restParts.push(source.slice(restFrom, i));
          values.push({ value: value.value, start: i, end: end.index + 1 });
          i = end.index + 1;
          restFrom = i;
          atLineStart = false;
          continue;
        }
      } else if (end.reason === 'eof' && ch === 0x7b && truncatedAt < 0) {
        truncatedAt = i;
        // A one-line `{{json .}}` answer cut by a paste or a size limit: keep the members before the cut.
        const salvaged = salvageTruncated(source, i);
        if (salvaged !== undefined) {
          restParts.push(source.slice(restFrom, i));
          values.push({ value: salvaged, start: i, end: source.length });
          restFrom = source.length;
          warnings.push(
            `JSON output starting \`${source.slice(i, i + 40).replace(/\s+/g, ' ')}\` is truncated; the fields before ` +
              'the cut were read.',
          );
          break;
        }
      }
      if (budget <= 0) {
        warnings.push('Output holds too many unbalanced brackets to scan fully; the rest was skipped.');
        break;
      }
    }
    if (ch === 0x0a) atLineStart = true;
    else if (ch !== 0x20 && ch !== 0x09) atLineStart = false;
    i++;
  }
  restParts.push(source.slice(restFrom));
  if (truncatedAt >= 0 && !values.some((v) => v.start >= truncatedAt)) {
    const head = source.slice(truncatedAt, truncatedAt + 40).replace(/\s+/g, ' ');
    warnings.push(
      `JSON output starting \`${head}\` never closes: it looks truncated (cut by a size limit or a crash).`,
    );
  }
  return { values, rest: restParts.join(''), warnings };
}

function findClose(
  text: string,
  start: number,
  budget: number,
): { index: number; reason?: 'eof' | 'mismatch' | 'budget'; scanned?: number } {
  const stack: number[] = [];
  let inString = false;
  let escaped = false;
  const limit = Math.min(text.length, start + Math.max(budget, 0));
  for (let j = start; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 0x5c) escaped = true;
      else if (c === 0x22) inString = false;
      else if (c === 0x0a) return { index: -1, reason: 'mismatch', scanned: j - start };
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) stack.push(c);
    else if (c === 0x7d || c === 0x5d) {
      const open = stack.pop();
      if ((c === 0x7d && open !== 0x7b) || (c === 0x5d && open !== 0x5b)) {
        return { index: -1, reason: 'mismatch', scanned: j - start };
      }
      if (stack.length === 0) return { index: j, scanned: j - start };
    }
  }
  return { index: -1, reason: limit < text.length ? 'budget' : 'eof', scanned: limit - start };
}

/** Deeper nesting than this is not worth repairing (docker answers nest four or five levels). */
const MAX_SALVAGE_DEPTH = 32;

/**
 * The object that starts at `start` and runs to the end of the text without closing: cut it back to the last comma
 * outside a string (every member before it is complete), close the brackets still open there, and parse that.
 * `undefined` when no such cut parses. Linear in the text after `start`.
 */
function salvageTruncated(text: string, start: number): unknown {
  const stack: number[] = [];
  let inString = false;
  let escaped = false;
  let cut = -1;
  let closers = '';
  for (let j = start; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 0x5c) escaped = true;
      else if (c === 0x22) inString = false;
      else if (c === 0x0a) break;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      stack.push(c);
      // Deeper than any docker answer: keep what came before, do not follow it.
      if (stack.length > MAX_SALVAGE_DEPTH) break;
    } else if (c === 0x7d || c === 0x5d) {
      const open = stack.pop();
      if ((c === 0x7d && open !== 0x7b) || (c === 0x5d && open !== 0x5b) || stack.length === 0) return undefined;
    } else if (c === 0x2c) {
      cut = j;
      closers = stack
        .map((b) => (b === 0x7b ? '}' : ']'))
        .reverse()
        .join('');
    }
  }
  if (cut < 0) return undefined;
  const parsedValue = tryParse(text.slice(start, cut) + closers);
  return parsedValue.ok && isRecord(parsedValue.value) ? parsedValue.value : undefined;
}

function tryParse(slice: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(slice) };
  } catch {
    return { ok: false };
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Case-insensitive key lookup: settings files and some tools vary the case of keys. */
export function getKey(record: Record<string, unknown>, key: string): unknown {
  if (Object.hasOwn(record, key)) return record[key];
  const lower = key.toLowerCase();
  for (const k of Object.keys(record)) if (k.toLowerCase() === lower) return record[k];
  return undefined;
}

/** A non-empty trimmed string, else null (down engines print `""` for every field). */
export function str(value: unknown): string | null {
  if (typeof value === 'string') {
    const t = value.trim();
    return t === '' ? null : t;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

export function num(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return null;
}

export function bool(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const t = value.trim().toLowerCase();
    if (t === 'true') return true;
    if (t === 'false') return false;
  }
  return null;
}

export function strList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map(str).filter((s): s is string => s !== null);
}
