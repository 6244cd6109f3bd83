import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeSpan, escapeHtmlText, escapeMarkdownLines, escapeMarkdownText } from '../../src/report/index.js';
import { outsideCodeSpans } from './helpers.js';

/**
 * What GitHub would turn into a link or a notification in rendered text (outside code spans, after entities and
 * backslash escapes are resolved): URL autolinks with any scheme (no word boundary needed: `1https://x`),
 * `www.` (also after `_`, `*`, `(` or letters), e-mail addresses, mentions, and issue references.
 */
const LIVE_FORMS: ReadonlyArray<[string, RegExp]> = [
  ['scheme URL', /[a-z][a-z0-9+.-]*:\/\/[^\s]/i],
  ['www link', /www\.[^\s]/i],
  ['e-mail', /[A-Za-z0-9._+-]@[A-Za-z0-9-]+\.[A-Za-z0-9]/],
  ['mention', /(?:^|[^A-Za-z0-9_`])@[A-Za-z0-9-]/],
  ['issue reference', /#\d|\bGH-\d/i],
];

function rendered(markdown: string): string {
  return outsideCodeSpans(markdown)
    .replace(/\\(.)/g, '$1')
    .replace(/&#8203;/g, '\u200B')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#96;/g, '`')
    .replace(/&amp;/g, '&');
}

function liveAutolinks(text: string): string[] {
  return LIVE_FORMS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}

// Pieces of every autolink form, glued to each other and to punctuation in any order.
const PIECE = fc.constantFrom(
  'https://',
  'http://',
  'HTTPS://',
  'ftp://',
  'mailto:',
  'xmpp:',
  'www.',
  'WWW.',
  'evil.example',
  '/x',
  '1',
  'a',
  '_',
  '*',
  '~',
  '(',
  ')',
  '.',
  ',',
  ':',
  '@',
  'user',
  '#',
  '12',
  'GH-',
  '`',
  '\\',
  '<',
  '>',
  '|',
  ' ',
  '\n',
  '-',
  '+',
  '😀',
);
const hostile = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: PIECE, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
);

export const AUTOLINK_RUNS = 3_000;

describe('escaping neutralises every GitHub autolink form', () => {
  it('the forms of the issue stay unlinked', () => {
    for (const input of [
      '1https://evil.example/x',
      '_www.evil.example',
      '(www.evil.example)',
      'x*www.evil.example*',
      'mail me: user@evil.example',
      'a.user+tag@evil.example.',
    ]) {
      expect(liveAutolinks(rendered(escapeMarkdownText(input))), input).toEqual([]);
      expect(liveAutolinks(rendered(escapeHtmlText(input))), input).toEqual([]);
    }
    expect(escapeMarkdownText('1https://evil.example/x')).toBe('1`https://evil.example/x`');
    expect(escapeMarkdownText('_www.evil.example')).toBe('\\_`www.evil.example`');
  });

  it(`escapeMarkdownText, escapeMarkdownLines and codeSpan leave nothing live (${AUTOLINK_RUNS} runs each)`, () => {
    fc.assert(
      fc.property(hostile, (input) => {
        expect(liveAutolinks(rendered(escapeMarkdownText(input, { maxLength: 2000 })))).toEqual([]);
        expect(liveAutolinks(rendered(escapeMarkdownLines(input)))).toEqual([]);
        expect(liveAutolinks(rendered(codeSpan(input, { maxLength: 2000 })))).toEqual([]);
        expect(liveAutolinks(rendered(codeSpan(input, { maxLength: 2000, table: true })))).toEqual([]);
      }),
      { numRuns: AUTOLINK_RUNS },
    );
  });

  it(`escapeHtmlText leaves nothing live (${AUTOLINK_RUNS} runs)`, () => {
    fc.assert(
      fc.property(hostile, (input) => {
        // An HTML block is not parsed as Markdown: only entities are resolved.
        const html = escapeHtmlText(input, { maxLength: 2000 })
          .replace(/&#8203;/g, '\u200B')
          .replace(/&lt;|&gt;|&quot;|&#39;|&#96;|&amp;/g, ' ');
        expect(liveAutolinks(html)).toEqual([]);
      }),
      { numRuns: AUTOLINK_RUNS },
    );
  });
});
