import { describe, expect, it } from 'vitest';
import {
  allowedLinkTarget,
  codeSpan,
  escapeHtmlText,
  escapeMarkdownLines,
  escapeMarkdownText,
  markdownLink,
  tableRow,
} from '../../src/report/index.js';

describe('escapeMarkdownText', () => {
  it('escapes Markdown punctuation and turns HTML into entities', () => {
    expect(escapeMarkdownText('*bold* _em_ `code` [x](y) ~~s~~ $m$ \\')).toBe(
      '\\*bold\\* \\_em\\_ \\`code\\` \\[x\\](y) \\~\\~s\\~\\~ \\$m\\$ \\\\',
    );
    expect(escapeMarkdownText('<img src=x onerror=alert(1)> &amp;')).toBe(
      '&lt;img src=x onerror=alert(1)&gt; &amp;amp;',
    );
  });

  it('neutralises mentions and issue references with a zero-width space', () => {
    expect(escapeMarkdownText('@everyone @octo-org/team a@b.io')).toBe(
      '@&#8203;everyone @&#8203;octo-org/team a@&#8203;b.io',
    );
    expect(escapeMarkdownText('#1 GH-2 gh-3 octo/repo#4 #tag C#')).toBe(
      '#&#8203;1 GH&#8203;-2 gh&#8203;-3 octo/repo#&#8203;4 \\#tag C\\#',
    );
  });

  it('shows URLs as code instead of links', () => {
    expect(escapeMarkdownText('see https://evil.example/a_b, or www.evil.example.')).toBe(
      'see `https://evil.example/a_b`, or `www.evil.example`.',
    );
    expect(escapeMarkdownText('npipe:////./pipe/docker_engine')).toBe('`npipe:////./pipe/docker_engine`');
  });

  it('keeps text on one line, escapes pipes and block starters, and clamps', () => {
    expect(escapeMarkdownText('a | b\nc')).toBe('a \\| b c');
    expect(escapeMarkdownText('- item')).toBe('\\- item');
    expect(escapeMarkdownText('1. first')).toBe('1\\. first');
    expect(escapeMarkdownText('x'.repeat(300))).toBe(`${'x'.repeat(199)}…`);
    expect(escapeMarkdownText('😀'.repeat(300), { maxLength: 3 })).toBe('😀😀…');
  });

  it('removes control, bidi and invisible characters', () => {
    expect(escapeMarkdownText('a\u202Eb\u001b[31mc\u0000d\u200Be')).toBe('ab\\[31mcde');
  });
});

describe('escapeMarkdownLines', () => {
  it('joins lines with hard breaks and escapes each line start', () => {
    expect(escapeMarkdownLines('first\r\n- second\n\n# third\n    code?', { indent: '  ' })).toBe(
      'first\\\n  \\- second\\\n  \\# third\\\n  code?',
    );
  });
});

describe('codeSpan', () => {
  it('uses a fence longer than any backtick run and pads edge backticks', () => {
    expect(codeSpan('plain')).toBe('`plain`');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x```')).toBe('```` `x``` ````');
    expect(codeSpan(' trimmed \n value ')).toBe('`trimmed value`');
    expect(codeSpan('')).toBe('');
  });

  it('escapes pipes only inside tables', () => {
    expect(codeSpan('a|b')).toBe('`a|b`');
    expect(codeSpan('a|b', { table: true })).toBe('`a\\|b`');
  });

  it('falls back to escaped text when the value looks like a tag', () => {
    expect(codeSpan('<img src=x>')).toBe('&lt;img src=x&gt;');
  });
});

describe('escapeHtmlText', () => {
  it('escapes for an HTML block and still breaks mentions, references and URLs', () => {
    expect(escapeHtmlText('</summary> "@all" #1 https://x www.y GH-1')).toBe(
      '&lt;/summary&gt; &quot;@&#8203;all&quot; #&#8203;1 https:&#8203;//x www&#8203;.y GH&#8203;-1',
    );
  });
});

describe('links', () => {
  it('links only https URLs on allowed hosts, with a destination that cannot escape', () => {
    expect(allowedLinkTarget('https://learn.microsoft.com/windows/wsl/install')).toBe(
      'https://learn.microsoft.com/windows/wsl/install',
    );
    expect(allowedLinkTarget('https://learn.microsoft.com/a_(b)|c')).toBe(
      'https://learn.microsoft.com/a%5F%28b%29%7Cc',
    );
    expect(allowedLinkTarget('http://learn.microsoft.com/')).toBeNull();
    expect(allowedLinkTarget('https://learn.microsoft.com.evil.example/')).toBeNull();
    expect(allowedLinkTarget('https://user:pw@github.com/')).toBeNull();
    expect(allowedLinkTarget('https://github.com:8443/')).toBeNull();
    expect(allowedLinkTarget('javascript:alert(1)')).toBeNull();
    expect(allowedLinkTarget('https://github.com/x', [])).toBeNull();
  });

  it('renders disallowed URLs as code', () => {
    expect(markdownLink('https://evil.example/x', 'docs')).toBe('`https://evil.example/x`');
    expect(markdownLink('https://aka.ms/wsl', '[docs] @me')).toBe('[\\[docs\\] @&#8203;me](https://aka.ms/wsl)');
  });
});

describe('tableRow', () => {
  it('keeps empty cells visible', () => {
    expect(tableRow(['a', '', 'c'])).toBe('| a |   | c |');
  });
});
