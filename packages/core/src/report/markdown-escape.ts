/**
 * Escaping for GitHub-flavoured Markdown (job summaries and PR comments). Report data may come from a fork,
 * so nothing in it may become markup: no HTML, no links or images, no @mentions, no issue references, no
 * headings, lists, tables or math. The renderers only ever place data through these functions.
 *
 * Techniques: backslash escapes for Markdown punctuation; HTML entities for `<`, `>` and `&` (GitHub decodes
 * them to text, and no tag survives in the source); a zero-width space entity after `@`, `#` and `GH` so
 * GitHub's mention and reference filters see no name or number, and its e-mail autolinker no domain after `@`
 * (the trick Renovate uses); URLs (`scheme://`, `www.`, wherever they start, even inside a word) as code spans,
 * where nothing is linked.
 */
import { cleanLine, cleanLines } from './text.js';

/** Clamp applied to a table cell's data before escaping. */
export const CELL_MAX_CHARS = 200;

/** Hosts whose https URLs may become links (documentation only; everything else is shown as code). */
export const DEFAULT_LINK_HOSTS: readonly string[] = [
  'aka.ms',
  'learn.microsoft.com',
  'docs.microsoft.com',
  'github.com',
  'docs.github.com',
  'docs.docker.com',
  'docs.rancherdesktop.io',
  'podman.io',
  'podman-desktop.io',
];

const ZWSP = '&#8203;';
// GitHub's autolinker needs no word boundary before a scheme or `www.` (`1https://x`, `_www.x` are links), so
// neither does this scan. It looks for the literal `://` or `www.` and walks back over at most 32 scheme
// characters, which keeps it linear on hostile input such as "aaaa…" or "a.a.a.a…".
const URL_ANCHOR = /:\/\/|www\./gi;
const URL_REST = /[^\s<>|]*/y;
const SCHEME_CHAR = /[a-z0-9+.-]/i;
const MAX_SCHEME = 32;

/** Start and end of every URL-like run of a line (`scheme://…` or `www.…`), before trailing punctuation is cut. */
function findUrls(line: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  URL_ANCHOR.lastIndex = 0;
  for (let match = URL_ANCHOR.exec(line); match; match = URL_ANCHOR.exec(line)) {
    let start = match.index;
    if (match[0] === '://') {
      const floor = Math.max(found.at(-1)?.end ?? 0, match.index - MAX_SCHEME);
      while (start > floor && SCHEME_CHAR.test(line.charAt(start - 1))) start--;
      // A scheme starts with a letter; `1https://` links from the `h`.
      while (start < match.index && !/[a-z]/i.test(line.charAt(start))) start++;
    }
    URL_REST.lastIndex = match.index + match[0].length;
    URL_REST.exec(line);
    const end = URL_REST.lastIndex;
    found.push({ start, end });
    URL_ANCHOR.lastIndex = Math.max(end, match.index + 1);
  }
  return found;
}
const TRAILING_URL_PUNCTUATION = /[.,:;!?'")\]}*_~]+$/;
const INLINE_SPECIAL = /[\\`*_[\]~$|<>&#]|@(?=[A-Za-z0-9_-])|\bGH-(?=\d)/gi;

function escapeInlineChunk(text: string): string {
  return text.replace(INLINE_SPECIAL, (match: string, offset: number, whole: string) => {
    switch (match) {
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '&':
        return '&amp;';
      case '@':
        return `@${ZWSP}`;
      case '#':
        // `#12` would link (and notify) issue 12; any other `#` could start a heading.
        return /\d/.test(whole.charAt(offset + 1)) ? `#${ZWSP}` : '\\#';
      default:
        // `GH-12` is GitHub's other issue-reference form.
        return match.length === 1 ? `\\${match}` : `${match.slice(0, 2)}${ZWSP}-`;
    }
  });
}

function escapeLine(line: string): string {
  let out = '';
  let last = 0;
  for (const { start, end } of findUrls(line)) {
    const url = line.slice(start, end).replace(TRAILING_URL_PUNCTUATION, '');
    if (url.length === 0 || start < last) continue;
    out += escapeInlineChunk(line.slice(last, start)) + codeSpan(url, { maxLength: Number.POSITIVE_INFINITY });
    last = start + url.length;
  }
  out += escapeInlineChunk(line.slice(last));
  // Block syntax only matters at the start of a line: list markers, setext underlines, ordered lists.
  return out.replace(/^[-+=]/, '\\$&').replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/** One line of escaped inline Markdown (newlines become spaces), clamped to `maxLength` characters of data. */
export function escapeMarkdownText(value: string, options: { maxLength?: number } = {}): string {
  return escapeLine(cleanLine(value, options.maxLength ?? CELL_MAX_CHARS));
}

/**
 * Several lines of escaped Markdown joined by hard line breaks, for list items and paragraphs.
 * `indent` is put before every line after the first (two spaces keep the text inside a `- ` list item).
 */
export function escapeMarkdownLines(value: string, options: { maxLength?: number; indent?: string } = {}): string {
  const text = cleanLines(value, options.maxLength ?? 2000);
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map(escapeLine);
  return lines.join(`\\\n${options.indent ?? ''}`);
}

/**
 * A code span that holds any value: the fence is longer than any backtick run inside, and padded when the
 * value starts or ends with a backtick or space. Inside a table (`table: true`) pipes are escaped, as GFM
 * requires even in code. A value with `<` or `>` falls back to escaped text, so no tag-like text from data
 * ever appears in the Markdown source. Empty values give an empty string.
 */
export function codeSpan(value: string, options: { maxLength?: number; table?: boolean } = {}): string {
  const text = cleanLine(value, options.maxLength ?? CELL_MAX_CHARS);
  if (text.length === 0) return '';
  if (/[<>]/.test(text)) return escapeLine(text);
  const longestRun = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ')) ? ' ' : '';
  const body = options.table ? text.replace(/\|/g, '\\|') : text;
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * Text inside our own `<summary>` element. That line is an HTML block, where Markdown is not parsed, so it
 * gets HTML escaping instead of backslashes; mentions, references and URLs are still broken up.
 */
export function escapeHtmlText(value: string, options: { maxLength?: number } = {}): string {
  const text = cleanLine(value, options.maxLength ?? CELL_MAX_CHARS);
  return text.replace(/[&<>"'`]|@(?=[A-Za-z0-9_-])|#(?=\d)|\bGH-(?=\d)|:\/\/|www\./gi, (match) => {
    switch (match) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      case "'":
        return '&#39;';
      case '`':
        // Inert in an HTML block, but encoded so no Markdown reader can mistake it for a code span.
        return '&#96;';
      case '@':
      case '#':
        return `${match}${ZWSP}`;
      case '://':
        return `:${ZWSP}//`;
      default:
        return match.length === 4 ? `${match.slice(0, 3)}${ZWSP}.` : `${match.slice(0, 2)}${ZWSP}-`;
    }
  });
}

/** The URL as a link destination when it is https on an allowed host (or a subdomain), else `null`. */
export function allowedLinkTarget(url: string, hosts: readonly string[] = DEFAULT_LINK_HOSTS): string | null {
  if (url.length > 2048 || /[\s<>]/.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return null;
  const host = parsed.hostname.toLowerCase();
  if (!hosts.some((allowed) => host === allowed || host.endsWith(`.${allowed}`))) return null;
  // The destination sits inside `( )` and maybe a table row: encode what could end or split it.
  return parsed.href.replace(/[()|'"`\\[\]*_]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `[label](url)` for an allowed https URL; otherwise the URL as a code span, so a reader still sees it but
 * GitHub does not link it. The label is escaped text.
 */
export function markdownLink(
  url: string,
  label: string,
  options: { hosts?: readonly string[]; table?: boolean } = {},
): string {
  const target = allowedLinkTarget(url, options.hosts);
  if (target === null) return codeSpan(url, { table: options.table ?? false });
  return `[${escapeLabel(label)}](${target})`;
}

function escapeLabel(label: string): string {
  // A URL-looking label would turn into a code span inside the link; plain escaping is enough here.
  return escapeInlineChunk(cleanLine(label, 80)).replace(/^[-+=]/, '\\$&');
}

/** One table row from already-escaped cells (cells never contain raw newlines or unescaped pipes). */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.map((cell) => (cell.length === 0 ? ' ' : cell)).join(' | ')} |`;
}

/** A table's header row plus its delimiter row. */
export function tableHeader(headers: readonly string[]): string {
  return `${tableRow(headers)}\n|${headers.map(() => ' --- ').join('|')}|`;
}
