import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import {
  formatWslenv,
  mergeWslenv,
  parseWslenv,
  parseWslUncPath,
  windowsPathToWsl,
  wslenvEntry,
  wslPathToWindows,
} from '../../src/wsl/commands.js';

describe('WSLENV', () => {
  it.each([
    [undefined, []],
    ['', []],
    ['FOO', [{ name: 'FOO', flags: '' }]],
    [
      'USERPROFILE/p:GOPATH/l:CI:ONLY/u',
      [
        { name: 'USERPROFILE', flags: 'p' },
        { name: 'GOPATH', flags: 'l' },
        { name: 'CI', flags: '' },
        { name: 'ONLY', flags: 'u' },
      ],
    ],
    ['::A/up::', [{ name: 'A', flags: 'up' }]],
    ['/p:B', [{ name: 'B', flags: '' }]],
  ])('parses %j', (value, entries) => {
    expect(parseWslenv(value)).toEqual(entries);
  });

  it('formats entries back', () => {
    expect(
      formatWslenv([
        { name: 'A', flags: '' },
        { name: 'B', flags: 'pu' },
      ]),
    ).toBe('A:B/pu');
  });

  it.each([
    [{}, ''],
    [{ path: true }, 'p'],
    [{ list: true }, 'l'],
    [{ list: true, path: true }, 'l'],
    [{ direction: 'to-wsl' }, 'u'],
    [{ direction: 'to-windows' }, 'w'],
    [{ path: true, direction: 'to-wsl' }, 'pu'],
    [{ direction: 'both' }, ''],
  ] as const)('builds flags from %j', (options, flags) => {
    expect(wslenvEntry('X', options)).toEqual({ name: 'X', flags });
  });

  it.each(['1X', 'A:B', 'A/p', 'A B', ''])('refuses the variable name %j', (name) => {
    expect(() => wslenvEntry(name)).toThrow(InputError);
  });

  it.each([
    [undefined, ['WSL_UTF8'], 'WSL_UTF8'],
    ['', ['WSL_UTF8'], 'WSL_UTF8'],
    ['FOO/p', ['WSL_UTF8'], 'FOO/p:WSL_UTF8'],
    ['WSL_UTF8:FOO/p', ['WSL_UTF8'], 'WSL_UTF8:FOO/p'],
    ['A:A/p:B', [], 'A:B'],
    ['A/u:B', [{ name: 'A', flags: 'p' }], 'A/p:B'],
    [
      'A',
      [
        { name: 'B', flags: 'l' },
        { name: 'B', flags: 'p' },
      ],
      'A:B/p',
    ],
  ] as const)('merges %j with %j into %j', (base, additions, merged) => {
    expect(mergeWslenv(base, additions)).toBe(merged);
  });

  it('never lists a name twice, whatever is merged', () => {
    const name = fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,5}$/);
    const entry = fc.record({ name, flags: fc.constantFrom('', 'p', 'l', 'u', 'w', 'pu') });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), fc.array(entry, { maxLength: 8 }), (base, additions) => {
        const names = parseWslenv(mergeWslenv(formatWslenv(base), additions)).map((e) => e.name);
        expect(new Set(names).size).toBe(names.length);
        for (const added of additions) expect(names).toContain(added.name);
      }),
    );
  });
});

describe('path translation', () => {
  it.each([
    ['C:\\Users\\x', undefined, '/mnt/c/Users/x'],
    ['c:/Users/x', undefined, '/mnt/c/Users/x'],
    ['D:\\', undefined, '/mnt/d/'],
    ['D:', undefined, '/mnt/d/'],
    ['C:\\Users\\x\\', undefined, '/mnt/c/Users/x/'],
    ['C:\\a\\\\b', undefined, '/mnt/c/a/b'],
    ['C:\\Users\\x', '/', '/c/Users/x'],
    ['C:\\Users\\x', '/windir', '/windir/c/Users/x'],
    ['C:\\Users\\x', 'mnt', '/mnt/c/Users/x'],
    ['\\\\wsl$\\Ubuntu\\home\\me', undefined, '/home/me'],
    ['\\\\wsl.localhost\\Ubuntu-24.04\\etc\\wsl.conf', undefined, '/etc/wsl.conf'],
    ['\\\\WSL.LOCALHOST\\Debian', undefined, '/'],
    ['//wsl$/Ubuntu/tmp', undefined, '/tmp'],
    ['\\\\?\\C:\\very\\long', undefined, '/mnt/c/very/long'],
    ['\\\\?\\UNC\\wsl.localhost\\Ubuntu\\srv', undefined, '/srv'],
    ['src\\app', undefined, 'src/app'],
    ['\\\\server\\share\\x', undefined, undefined],
    ['C:relative', undefined, undefined],
    ['\\rooted', undefined, undefined],
  ])('translates %j (root %j) to %j', (windows, root, linux) => {
    expect(windowsPathToWsl(windows, root === undefined ? {} : { automountRoot: root })).toBe(linux);
  });

  it.each([
    ['/mnt/c/Users/x', {}, 'C:\\Users\\x'],
    ['/mnt/d', {}, 'D:\\'],
    ['/mnt/d/', {}, 'D:\\'],
    ['/c/Users/x', { automountRoot: '/' }, 'C:\\Users\\x'],
    ['/mnt/cd/x', {}, undefined],
    ['/home/me', {}, undefined],
    ['/home/me', { distro: 'Ubuntu' }, '\\\\wsl.localhost\\Ubuntu\\home\\me'],
    ['/', { distro: 'Ubuntu' }, '\\\\wsl.localhost\\Ubuntu'],
    ['src/app', {}, 'src\\app'],
  ])('translates %j (%j) back to %j', (linux, options, windows) => {
    expect(wslPathToWindows(linux, options)).toBe(windows);
  });

  it('parses WSL UNC paths and leaves other shares alone', () => {
    expect(parseWslUncPath('\\\\wsl.localhost\\Ubuntu\\home\\me')).toEqual({ distro: 'Ubuntu', linuxPath: '/home/me' });
    expect(parseWslUncPath('\\\\wsl$\\Debian')).toEqual({ distro: 'Debian', linuxPath: '/' });
    expect(parseWslUncPath('\\\\fileserver\\share')).toBeUndefined();
    expect(parseWslUncPath('C:\\x')).toBeUndefined();
  });

  it('round-trips drive paths for any automount root', () => {
    const segment = fc.stringMatching(/^[A-Za-z0-9 ._-]{1,8}$/);
    const root = fc.constantFrom('/mnt/', '/', '/windir/', '/a/b/');
    fc.assert(
      fc.property(
        fc.constantFrom('C', 'D', 'Z'),
        fc.array(segment, { maxLength: 5 }),
        root,
        (drive, parts, automountRoot) => {
          const windows = `${drive}:\\${parts.join('\\')}`;
          const linux = windowsPathToWsl(windows, { automountRoot });
          expect(linux).toBeDefined();
          expect(wslPathToWindows(linux!, { automountRoot })).toBe(windows);
        },
      ),
    );
  });
});
