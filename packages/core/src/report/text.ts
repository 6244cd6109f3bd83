/**
 * Plain-text hygiene shared by every renderer. Report strings come from tools and, for the bot, from fork
 * pull requests, so they may carry terminal escapes, bidi overrides or broken surrogates: all of those are
 * removed before any renderer-specific escaping.
 */

// C0 controls except tab/newline/carriage return (handled separately), DEL and C1 controls (ESC starts ANSI).
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// Bidi overrides and isolates (the "Trojan Source" set), zero-width and invisible formatting characters.
const INVISIBLE_CHARS = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Normalizes line ends to `\n`, tabs to spaces, and removes control, bidi and invisible characters. */
export function sanitizeText(value: string): string {
  return value
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROL_CHARS, '')
    .replace(INVISIBLE_CHARS, '')
    .replace(LONE_SURROGATES, '\uFFFD');
}

/** `sanitizeText` on one line: newlines become spaces and runs of spaces collapse. */
function singleLine(value: string): string {
  return sanitizeText(value)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/**
 * Cuts `value` to at most `max` code points, ending with an ellipsis when something was cut.
 * Counting code points (not UTF-16 units) never splits an astral character in half.
 */
export function clampText(value: string, max: number): string {
  if (value.length <= max) return value; // a string never has more code points than UTF-16 units
  if (max <= 0) return '';
  let count = 0;
  let cut = 0;
  let offset = 0;
  for (const ch of value) {
    if (count === max - 1) cut = offset;
    count += 1;
    offset += ch.length;
    if (count > max) return `${value.slice(0, cut)}…`;
  }
  return value;
}

/** Number of code points (what a reader counts as characters, close enough for clamping and wrapping). */
export function codePointLength(value: string): number {
  let n = 0;
  for (const _ of value) n += 1;
  return n;
}

/**
 * `singleLine` + `clampText` that stays fast on huge input: only a window of the value is cleaned, and a
 * value cut by the window still ends with an ellipsis.
 */
export function cleanLine(value: string, max: number): string {
  return cleanWindow(value, max, singleLine);
}

/** `sanitizeText` + `clampText` (newlines kept), fast on huge input like `cleanLine`. */
export function cleanLines(value: string, max: number): string {
  return cleanWindow(value, max, sanitizeText);
}

function cleanWindow(value: string, max: number, clean: (text: string) => string): string {
  // Cleaning only removes characters (or turns CRLF into LF), so twice the budget is plenty to fill it.
  let end = max * 2 + 8;
  if (value.length <= end) return clampText(clean(value), max);
  const code = value.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1; // never leave half a surrogate pair at the cut
  const cleaned = clean(value.slice(0, end));
  if (codePointLength(cleaned) > max) return clampText(cleaned, max);
  // Cleaning removed so much that the window fits: the value was still cut, so say so.
  const head = clampText(cleaned, Math.max(max - 1, 0));
  return head.endsWith('…') ? head : `${head}…`;
}
