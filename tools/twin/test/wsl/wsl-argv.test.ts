// The pure pieces of the twin that decide what a call means: argv rules, Windows quoting, WSLENV, drive paths.
import { describe, expect, it } from 'vitest';
import { forwardedVariables, parseTopLevel, quoteWindowsArg, windowsToLinuxPath } from '../../src/index.js';

describe('wsl.exe twin argv rules', () => {
  it('stops option parsing at the first non-option, at -- and at -e', () => {
    expect(parseTopLevel(['-d', 'X', '-u', 'me', '--cd', '~', 'ls', '-la'])).toEqual({
      kind: 'exec',
      distro: 'X',
      user: 'me',
      cd: '~',
      mode: 'shell',
      argv: ['ls', '-la'],
    });
    expect(parseTopLevel(['--', '-l'])).toMatchObject({ kind: 'exec', mode: 'shell', argv: ['-l'] });
    expect(parseTopLevel(['-e', '--version'])).toMatchObject({ kind: 'exec', mode: 'exec', argv: ['--version'] });
    expect(parseTopLevel([])).toMatchObject({ kind: 'exec', mode: 'interactive', argv: [] });
  });

  it('hands management options their tail and rejects what wsl.exe rejects', () => {
    expect(parseTopLevel(['-l', '-v'])).toEqual({ kind: 'management', callKind: 'list', option: '-l', rest: ['-v'] });
    expect(parseTopLevel(['-v'])).toMatchObject({ kind: 'management', callKind: 'version' });
    expect(parseTopLevel(['--List'])).toEqual({ kind: 'invalid-option', option: '--List' });
    expect(parseTopLevel(['-d', 'A', '-d', 'B'])).toEqual({ kind: 'distro-already-set' });
    expect(parseTopLevel(['-u'])).toEqual({ kind: 'missing-parameter', option: '--user' });
  });

  it('quotes argv the way a Windows caller builds a command line', () => {
    expect(quoteWindowsArg('plain')).toBe('plain');
    expect(quoteWindowsArg('')).toBe('""');
    expect(quoteWindowsArg('a b')).toBe('"a b"');
    expect(quoteWindowsArg('say "hi"')).toBe('"say \\"hi\\""');
    expect(quoteWindowsArg('C:\\dir with space\\')).toBe('"C:\\dir with space\\\\"');
    expect(quoteWindowsArg('C:\\no-space\\')).toBe('C:\\no-space\\');
  });

  it('translates drive paths and WSLENV flags', () => {
    expect(windowsToLinuxPath('C:\\Users\\me\\')).toBe('/mnt/c/Users/me');
    expect(windowsToLinuxPath('D:')).toBe('/mnt/d');
    expect(windowsToLinuxPath('rel\\dir')).toBe('rel/dir');
    expect(
      forwardedVariables({
        WSLENV: 'A:B/p:C/l:D/w:E/wu:MISSING/p',
        A: '1',
        B: 'E:\\x',
        C: 'C:\\a;;C:\\b',
        D: 'd',
        E: 'e',
      }),
    ).toEqual({ A: '1', B: '/mnt/e/x', C: '/mnt/c/a:/mnt/c/b', E: 'e' });
  });
});
