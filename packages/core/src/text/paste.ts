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
  const hasAmp = line.indexOf('&') >= 0;
  const hasTag = line.indexOf('<') >= 0 && HTML_HINT.test(line);
  // Fast path: most lines start and end with a letter, digit or space and hold no markup.
  if (!MARKUP_START.has(first) && !MARKUP_END.has(last) && !hasAmp && !hasTag && !state.italic) return line;
  if ((first === BACKTICK || first === TILDE) && FENCE.test(line)) {
    // ```$ uname -r output``` on one line is inline code; a fence line holds at most a language name.
    const inline = /^\s*```(.+?)```\s*$/.exec(line);
    return inline ? inline[1]!.trim() : '';
  }
  let out = line;
  if (hasTag) out = out.replace(HTML_WRAPPER, '');
  if (hasAmp) out = out.replace(ENTITY, (entity) => ENTITIES[entity] ?? entity);
  if (first === GT || first === DASH || first === PLUS) out = out.replace(LEADING_MARKUP, '');
  // Inline code around the whole line or glued to its ends: `wsl -l -v … 2`
  if (out.indexOf('`') >= 0) out = out.replace(/^(\s*)`(?!``)/, '$1').replace(/(?<!``)`\s*$/, '');
  // Markdown hard break.
  if (last === BACKSLASH) out = out.replace(/\s\\$/, '');
  // An italic opens only on a title line (`_Windows Subsystem for Linux Distributions:`): names may start with `_`.
  if (first === UNDERSCORE && /^_\S.*[:：]$/.test(out)) {
    state.italic = true;
    out = out.slice(1);
  } else if (state.italic && /\S_$/.test(out)) {
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
const HTML_HINT = /<\/?(?:details|summary|pre|code|kbd|samp|br)\b/i;
const MARKUP_START = new Set(['`', '>', '-', '+', '_', '~'].map(code));
const MARKUP_END = new Set(['`', '\\', '_'].map(code));

/** `cleanPastedLine` over a whole text. */
export function cleanPastedText(text: string): string {
  const state: PasteState = { italic: false };
  return text
    .split('\n')
    .map((line) => cleanPastedLine(line.replace(/\r$/, ''), state))
    .join('\n');
}
