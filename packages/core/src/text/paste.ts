/**
 * Text people paste into issues carries Markdown and HTML around a command's output: code fences, inline-code
 * backticks and italics glued to the first and last line, blockquote markers, list bullets, trailing `\` hard
 * breaks, `<details>`/`<pre>` wrappers and HTML entities. `cleanPastedLine` removes those per line (the line count
 * is kept, so line numbers stay valid); it never touches text a command prints itself.
 */

const FENCE = /^\s*(?:```|~~~)/;
const HTML_WRAPPER = /<\/?(?:details|summary|pre|code|kbd|samp|br)\b[^>]*>/gi;
const ENTITIES: Record<string, string> = { '&gt;': '>', '&lt;': '<', '&amp;': '&', '&quot;': '"', '&#39;': "'" };
const ENTITY = /&(?:gt|lt|amp|quot|#39);/g;
// `> ` blockquote (any depth), `- `/`+ ` bullets; `* ` is left alone (wsl -l -v's default marker) and so are
// numbered items (`0.` can be a distribution's name).
const LEADING_MARKUP = /^(?:\s{0,3}>\s?)+|^\s{0,3}[-+]\s+(?=\S)/;

export interface PasteState {
  /** An italic `_` opened at the start of an earlier line and not yet closed. */
  italic: boolean;
}

/** Remove paste markup from one line; `state` carries an open italic from line to line. */
export function cleanPastedLine(line: string, state: PasteState): string {
  const n = line.length;
  if (n === 0) return line;
  let i = 0;
  while (i < n && (line.charCodeAt(i) === SPACE || line.charCodeAt(i) === TAB)) i++;
  const first = line.charCodeAt(i);
  const last = line.charCodeAt(n - 1);
  // Decide from single characters what could apply; most lines (also `--option` lines of a usage text) need nothing.
  const fence = (first === BACKTICK || first === TILDE) && FENCE.test(line);
  const tag = line.indexOf('<') >= 0 && HTML_HINT.test(line);
  const entity = line.indexOf('&') >= 0 && ENTITY_HINT.test(line);
  const next = line.charCodeAt(i + 1);
  const leading = first === GT || ((first === DASH || first === PLUS) && (next === SPACE || next === TAB));
  const backtick = line.indexOf('`') >= 0;
  const hardBreak = last === BACKSLASH && n > 1 && /\s/.test(line[n - 2]!);
  const italic = first === UNDERSCORE || (state.italic && last === UNDERSCORE);
  if (!fence && !tag && !entity && !leading && !backtick && !hardBreak && !italic) return line;
  if (fence) {
    // ```$ uname -r output``` on one line is inline code; a fence line holds at most a language name.
    const inline = /^\s*```(.+?)```\s*$/.exec(line);
    return inline ? inline[1]!.trim() : '';
  }
  let out = line;
  if (tag) out = out.replace(HTML_WRAPPER, '');
  if (entity) out = out.replace(ENTITY, (found) => ENTITIES[found] ?? found);
  if (leading) out = out.replace(LEADING_MARKUP, '');
  // Inline code around the whole line or glued to its ends: `wsl -l -v … 2`
  if (backtick) out = out.replace(/^(\s*)`(?!``)/, '$1').replace(/(?<!``)`\s*$/, '');
  // Markdown hard break.
  if (hardBreak) out = out.replace(/\s\\$/, '');
  // An italic opens only on a title line (`_Windows Subsystem for Linux Distributions:`): names may start with `_`.
  if (italic && first === UNDERSCORE && /^\s*_\S.*[:：]$/.test(out)) {
    state.italic = true;
    out = out.replace(/^(\s*)_/, '$1');
  } else if (italic && state.italic && /\S_$/.test(out)) {
    state.italic = false;
    out = out.slice(0, -1);
  }
  return out.trimEnd();
}

const code = (c: string) => c.charCodeAt(0);
const [SPACE, TAB, BACKTICK, TILDE, GT, DASH, PLUS, UNDERSCORE, BACKSLASH] = [
  ' ',
  '\t',
  '`',
  '~',
  '>',
  '-',
  '+',
  '_',
  '\\',
].map(code);
const ENTITY_HINT = /&(?:gt|lt|amp|quot|#39);/;
const HTML_HINT = /<\/?(?:details|summary|pre|code|kbd|samp|br)\b/i;

// Any character a paste markup starts or ends with; raw command output usually holds none, and then no line is
// looked at. Two patterns: a plain character class is searched much faster than an alternation with an anchor.
const MARKUP_CHAR = /[`>&<_~\\]/;
const BULLET = /^[ \t]{0,3}[-+][ \t]/m;

/** False when no line of the text can hold paste markup (the common case for output captured by a program). */
export function mayHoldPasteMarkup(text: string): boolean {
  if (MARKUP_CHAR.test(text)) return true;
  return (text.includes('- ') || text.includes('+ ') || text.includes('-\t')) && BULLET.test(text);
}

/** `cleanPastedLine` over a whole text. */
export function cleanPastedText(text: string): string {
  const state: PasteState = { italic: false };
  return text
    .split('\n')
    .map((line) => cleanPastedLine(line.replace(/\r$/, ''), state))
    .join('\n');
}
