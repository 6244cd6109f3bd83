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
  if (line.length === 0) return line;
  const first = line.charCodeAt(line.search(/\S|$/));
  const last = line.charCodeAt(line.length - 1);
  // Fast path: most lines start with a letter, digit or space and end with one.
  if (!MARKUP_START.has(first) && !MARKUP_END.has(last) && !line.includes('&') && !line.includes('<')) return line;
  if (FENCE.test(line)) {
    // ```$ uname -r output``` on one line is inline code; a fence line holds at most a language name.
    const inline = /^\s*```(.+?)```\s*$/.exec(line);
    if (!inline) return '';
    return inline[1]!.trim();
  }
  let out = line;
  if (out.includes('<')) out = out.replace(HTML_WRAPPER, '');
  if (out.includes('&')) out = out.replace(ENTITY, (entity) => ENTITIES[entity] ?? entity);
  out = out.replace(LEADING_MARKUP, '');
  // Inline code around the whole line or glued to its ends: `wsl -l -v … 2`
  out = out.replace(/^(\s*)`(?!``)/, '$1').replace(/(?<!``)`\s*$/, '');
  // Markdown hard break.
  out = out.replace(/\s\\$/, '');
  // An italic opens only on a title line (`_Windows Subsystem for Linux Distributions:`): names may start with `_`.
  if (/^_\S.*[:：]$/.test(out)) {
    state.italic = true;
    out = out.slice(1);
  } else if (state.italic && /\S_$/.test(out)) {
    state.italic = false;
    out = out.slice(0, -1);
  }
  return out.trimEnd();
}

const MARKUP_START = new Set(['`', '>', '-', '+', '_', '~', '<', '&'].map((c) => c.charCodeAt(0)));
const MARKUP_END = new Set(['`', '\\', '_', '>'].map((c) => c.charCodeAt(0)));

/** `cleanPastedLine` over a whole text. */
export function cleanPastedText(text: string): string {
  const state: PasteState = { italic: false };
  return text
    .split('\n')
    .map((line) => cleanPastedLine(line.replace(/\r$/, ''), state))
    .join('\n');
}
