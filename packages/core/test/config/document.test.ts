import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ConfigKind,
  lintConfig,
  parseConfigDocument,
  readConfigValues,
  renderConfigDocument,
} from '../../src/config/index.js';
import { fixture } from './helpers.js';

const KINDS: ConfigKind[] = ['wslconfig', 'wslconf'];

/** Text built from the characters that matter to the grammar, plus noise. */
const iniChar = fc.constantFrom(
  '[',
  ']',
  '=',
  '#',
  ';',
  '"',
  '\\',
  ' ',
  '\t',
  '\r',
  '\n',
  '\r\n',
  'a',
  'Z',
  'k',
  '0',
  '9',
  '_',
  '-',
  '.',
  'é',
  '\u0000',
  '\ufeff',
  '😀',
  '\ud800',
  'wsl2',
  'memory',
  'boot',
  'systemd',
  'true',
  '4GB',
  'x',
);
const iniText = fc.array(iniChar, { maxLength: 200 }).map((parts) => parts.join(''));

describe('lossless document', () => {
  const samples = [
    '',
    '\n',
    '\r\n',
    'a',
    '[wsl2]',
    '[wsl2]\r\nmemory=4GB',
    '\ufeff[wsl2]\nmemory = 4GB # trailing\n',
    '# only a comment',
    '; semicolon\n',
    '[wsl2]\nkernel = C:\\Users\\me\n',
    'key = "unterminated\n',
    'key = continues \\\n  on the next line\n',
    'a=1\rb=2\r\n',
    '[wsl2]\n\n\n[wsl2]\nmemory=1\nmemory=2\n',
    '   \t\n\t[ wsl2 ]\n',
    'x'.repeat(100_000),
    '\u0000\u0000[\u0000]\n=\u0000',
  ];

  it.each(samples.map((s) => [JSON.stringify(s).slice(0, 40), s]))('renders %s back byte for byte', (_, text) => {
    for (const kind of KINDS) expect(renderConfigDocument(parseConfigDocument(text, kind))).toBe(text);
  });

  it.each(['docs-example.wslconfig', 'broken.wslconfig', 'everyday.wsl.conf', 'stops-early.wsl.conf'])(
    'renders fixture %s back byte for byte',
    (name) => {
      const text = fixture(name);
      for (const kind of KINDS) expect(renderConfigDocument(parseConfigDocument(text, kind))).toBe(text);
    },
  );

  it('round-trips arbitrary INI-ish text and never throws', () => {
    fc.assert(
      fc.property(iniText, fc.constantFrom(...KINDS), (text, kind) => {
        const doc = parseConfigDocument(text, kind);
        expect(renderConfigDocument(doc)).toBe(text);
        // Every entry and issue points at real lines.
        for (const e of doc.entries) {
          expect(e.line).toBeGreaterThanOrEqual(1);
          expect(e.endLine).toBeGreaterThanOrEqual(e.line);
          expect(e.endLine).toBeLessThanOrEqual(Math.max(1, doc.lines.length));
          expect(text.slice(e.valueStart, e.valueEnd)).toBe(e.raw);
        }
        lintConfig(text, kind);
        readConfigValues(text, kind);
      }),
      { numRuns: 400 },
    );
  });

  it('round-trips arbitrary unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (text) => {
        expect(renderConfigDocument(parseConfigDocument(text, 'wslconfig'))).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('survives hostile input: a 2 MB line, NULs, lone surrogates, bytes', () => {
    const huge = `[wsl2]\nmemory = ${'9'.repeat(2_000_000)}\n`;
    expect(renderConfigDocument(parseConfigDocument(huge, 'wslconfig'))).toBe(huge);
    expect(lintConfig(huge, 'wslconfig').findings[0]?.rule).toBe('integer-out-of-range');
    const nul = '[wsl2]\u0000\nmemory=4GB\u0000\n\u0000=\n';
    expect(() => lintConfig(nul, 'wslconf')).not.toThrow();
    expect(() => readConfigValues(new Uint8Array([0xff, 0xfe, 0x5b, 0x00, 0x00]), 'wslconfig')).not.toThrow();
    expect(() => lintConfig(new Uint8Array(1000).fill(0x80))).not.toThrow();
    expect(() => lintConfig('\ud800\udfff\udc00[\ud800]')).not.toThrow();
    // A megabyte-long key name and value: findings stay short.
    const longKey = lintConfig(`[wsl2]\n${'k'.repeat(1_000_000)} = ${'v'.repeat(1_000_000)}\n`, 'wslconfig');
    expect(longKey.findings[0]?.rule).toBe('unknown-key');
    expect(longKey.findings[0]!.message.length).toBeLessThan(400);
  });

  it('keeps each line break, and uses the dominant one for new lines', () => {
    const doc = parseConfigDocument('a=1\r\nb=2\r\nc=3\n', 'wslconfig');
    expect(doc.lines.map((l) => l.eol)).toEqual(['\r\n', '\r\n', '\n']);
    expect(doc.eol).toBe('\r\n');
    expect(parseConfigDocument('a=1', 'wslconfig').eol).toBe('\n');
  });
});

describe('WSL grammar', () => {
  const entriesOf = (text: string, kind: ConfigKind = 'wslconfig') =>
    parseConfigDocument(text, kind).entries.map((e) => [e.fullName, e.value, e.line]);

  it('reads sections, spaced and unspaced keys, quotes, escapes and trailing comments', () => {
    const text = [
      '[wsl2]',
      'memory=4GB',
      'swap = 0   # no swap',
      'kernelCommandLine = " quiet # not a comment "',
      'kernel = C:\\\\k\\\\bzImage',
      'vmSwitch = a\\"b\\tc',
      'loadKernelModules = one, \\',
      '  two',
    ].join('\n');
    expect(entriesOf(text)).toEqual([
      ['wsl2.memory', '4GB', 2],
      ['wsl2.swap', '0', 3],
      ['wsl2.kernelCommandLine', ' quiet # not a comment ', 4],
      ['wsl2.kernel', 'C:\\k\\bzImage', 5],
      ['wsl2.vmSwitch', 'a"b\tc', 6],
      ['wsl2.loadKernelModules', 'one,   two', 7],
    ]);
  });

  it('rejects `;` comments, key names with `_`, undoubled backslashes and open quotes', () => {
    const doc = parseConfigDocument('; c\nkey_name = 1\n[wsl2]\nkernel = C:\\Users\nx = "open\n', 'wslconfig');
    expect(doc.issues.map((i) => [i.problem, i.line])).toEqual([
      ['invalid-key-name', 1],
      ['expected-equals', 2],
      ['invalid-escape', 4],
      ['unterminated-quote', 5],
    ]);
    expect(doc.stop).toBeNull();
  });

  it('keeps keys in the previous section when a header is invalid', () => {
    expect(entriesOf('[boot]\n[net work]\nsystemd=true\n', 'wslconf')[0]).toEqual(['boot.systemd', 'true', 3]);
  });

  it('has no section part for keys before any header', () => {
    expect(entriesOf('memory=4GB\n')[0]).toEqual(['memory', '4GB', 1]);
  });

  it('drops a BOM in .wslconfig but rejects it in wsl.conf, where reading stops', () => {
    expect(parseConfigDocument('\ufeff[wsl2]\nmemory=1GB\n', 'wslconfig').issues).toEqual([]);
    const conf = parseConfigDocument('\ufeff[boot]\nsystemd=true\n', 'wslconf');
    expect(conf.stop?.line).toBe(1);
    expect(conf.entries[0]?.afterStop).toBe(true);
  });

  it('folds CRLF in .wslconfig (text mode) but not in wsl.conf, where `\\` + CRLF ends the value', () => {
    const text = '[boot]\r\ncommand = echo a \\\r\n  b\r\n';
    expect(parseConfigDocument(text, 'wslconfig').entries[0]?.value).toBe('echo a   b');
    // configfile.cpp ParseConfigFile skips a CR after `\` without a warning; blanks before the `\` stay.
    const conf = parseConfigDocument(text, 'wslconf');
    expect(conf.entries[0]).toMatchObject({ fullName: 'boot.command', value: 'echo a ', raw: 'echo a \\' });
    expect(conf.entries[0]?.cutByCrlf).toBe(true);
    expect(conf.issues[0]).toMatchObject({ problem: 'expected-equals', line: 3 });
    expect(renderConfigDocument(conf)).toBe(text);
  });

  it('treats a lone CR as the end of a logical line', () => {
    expect(entriesOf('[wsl2]\nmemory=1GB\rswap=0\n')).toEqual([
      ['wsl2.memory', '1GB', 2],
      ['wsl2.swap', '0', 2],
    ]);
  });

  it('accepts a comment right after a section header, and rejects other text there', () => {
    const doc = parseConfigDocument('[wsl2] # vm\n[boot] x\n', 'wslconfig');
    expect(doc.sections.map((s) => s.name)).toEqual(['wsl2']);
    expect(doc.issues[0]?.problem).toBe('expected-end-of-line');
  });
});
