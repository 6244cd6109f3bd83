// Byte-exact output of the twin against fixtures written from the reference layouts (fixtures/make-fixtures.py).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TwinWslState } from '../../src/wsl/state.js';
import { FIXTURES, makeTwin, runWsl } from './helpers.js';

/** The machine the fixtures describe. */
function fixtureState(locale: string): Partial<TwinWslState> {
  return {
    locale,
    versions: {
      wsl: '2.6.1.0',
      kernel: '6.6.87.2-1',
      wslg: '1.0.66',
      msrdc: '1.2.6353',
      direct3d: '1.611.1-81528511',
      dxcore: '10.0.26100.1-240331-1435.ge-release',
      windows: '10.0.26100.4652',
    },
    features: ['VirtualMachinePlatform'],
    defaultDistro: 'Ubuntu-24.04',
    distros: [
      { name: 'Debian', state: 'Stopped', version: 2, root: '/nonexistent/debian', defaultUser: 'root' },
      { name: 'Ubuntu-24.04', state: 'Running', version: 2, root: '/nonexistent/ubuntu', defaultUser: 'root' },
      { name: 'legacy', state: 'Stopped', version: 1, root: '/nonexistent/legacy', defaultUser: 'root' },
    ],
    vmRunning: true,
    online: [
      { name: 'Ubuntu', friendlyName: 'Ubuntu', rootfs: '/nonexistent.tar' },
      { name: 'Debian', friendlyName: 'Debian GNU/Linux', rootfs: '/nonexistent.tar' },
      { name: 'kali-linux', friendlyName: 'Kali Linux Rolling', rootfs: '/nonexistent.tar' },
      { name: 'Ubuntu-24.04', friendlyName: 'Ubuntu 24.04 LTS', rootfs: '/nonexistent.tar' },
    ],
  };
}

const fixture = (name: string) => readFileSync(join(FIXTURES, name));

const CASES: { name: string; args: string[]; exit: number; empty?: boolean }[] = [
  { name: 'version', args: ['--version'], exit: 0 },
  { name: 'list-verbose', args: ['-l', '-v'], exit: 0 },
  { name: 'list', args: ['--list'], exit: 0 },
  { name: 'list-quiet', args: ['-l', '-q'], exit: 0 },
  { name: 'status', args: ['--status'], exit: 0 },
  { name: 'list-online', args: ['--list', '--online'], exit: 0 },
  { name: 'error-distro-not-found', args: ['-d', 'Nope', 'echo', 'foo'], exit: 255 },
  { name: 'error-install-invalid', args: ['--install', 'Nope'], exit: 255 },
];

describe.concurrent.each(['en-US', 'de-DE', 'fr-FR', 'ja-JP', 'ko-KR', 'zh-CN'])('wsl.exe twin in %s', (locale) => {
  it('reproduces every fixture byte for byte (UTF-16LE, CRLF) with the documented exit codes', async () => {
    const twin = makeTwin(fixtureState(locale));
    const runs = await Promise.all(CASES.map((c) => runWsl(twin, c.args)));
    CASES.forEach((c, i) => {
      const run = runs[i]!;
      expect({ case: c.name, stdout: run.stdout }).toEqual({
        case: c.name,
        stdout: fixture(`${locale}.${c.name}.raw`),
      });
      expect({ case: c.name, code: run.code, stderr: run.stderr.length }).toEqual({
        case: c.name,
        code: c.exit,
        stderr: 0,
      });
    });
  });

  it('prints the no-distribution message without an Error code line, and the optional-component message when WSL is absent', async () => {
    const empty = makeTwin({ ...fixtureState(locale), distros: [], defaultDistro: undefined });
    const none = await runWsl(empty, ['-l']);
    expect(none.stdout).toEqual(fixture(`${locale}.no-distros.raw`));
    expect(none.code).toBe(255);
    const quiet = await runWsl(empty, ['-l', '-q']);
    expect(quiet.stdout.length).toBe(0);
    expect(quiet.code).toBe(0);

    const absent = makeTwin({ ...fixtureState(locale), kind: 'absent' });
    const run = await runWsl(absent, ['-l', '-v']);
    expect(run.stdout).toEqual(fixture(`${locale}.absent.raw`));
    expect(run.code).toBe(255);
  });
});

describe.concurrent('wsl.exe twin encodings and kinds', () => {
  it('writes UTF-8 (still CRLF) only when WSL_UTF8 is exactly 1', async () => {
    const twin = makeTwin(fixtureState('ja-JP'));
    const utf8 = await runWsl(twin, ['--version'], { env: { WSL_UTF8: '1' } });
    expect(utf8.stdout).toEqual(fixture('ja-JP.version.utf8.raw'));
    const other = await runWsl(twin, ['--version'], { env: { WSL_UTF8: 'true' } });
    expect(other.stdout).toEqual(fixture('ja-JP.version.raw'));
    const en = makeTwin(fixtureState('en-US'));
    expect((await runWsl(en, ['-l', '-v'], { env: { WSL_UTF8: '1' } })).stdout).toEqual(
      fixture('en-US.list-verbose.utf8.raw'),
    );
  });

  it('falls back to en-US for a locale wsl.exe has no strings for', async () => {
    const twin = makeTwin(fixtureState('xx-XX'));
    expect((await runWsl(twin, ['--version'])).stdout).toEqual(fixture('en-US.version.raw'));
  });

  it('answers as the inbox wsl.exe: no --version, the older --status, WSL_UTF8 ignored', async () => {
    const twin = makeTwin({
      ...fixtureState('en-US'),
      kind: 'inbox',
      versions: { ...fixtureState('en-US').versions!, kernel: '5.10.102.1' },
      inbox: { lastUpdated: '8/30/2022' },
      kernelInstalled: true,
    });
    const version = await runWsl(twin, ['--version'], { env: { WSL_UTF8: '1' } });
    expect(version.stdout).toEqual(fixture('inbox.version.raw'));
    expect(version.code).toBe(255);
    const status = await runWsl(twin, ['--status'], { env: { WSL_UTF8: '1' } });
    expect(status.stdout).toEqual(fixture('inbox.status.raw'));
    expect(status.code).toBe(0);
  });

  it('answers as the inbox wsl.exe without the WSL 2 kernel component: no update date, no kernel version', async () => {
    // A windows-2022 runner: WSL 1 by default, no distribution, and no kernel until `wsl --update`.
    const twin = makeTwin({ kind: 'inbox', defaultVersion: 1, latestWsl: '2.6.1.0' });
    const status = await runWsl(twin, ['--status']);
    expect(status.stdout).toEqual(fixture('inbox.status.no-kernel.raw'));
    expect(status.code).toBe(0);
    // The update installs the package, which carries its kernel.
    expect((await runWsl(twin, ['--update'])).code).toBe(0);
    const after = await runWsl(twin, ['--status'], { env: { WSL_UTF8: '1' } });
    expect(after.stdout.toString()).toBe('Default Version: 1\r\n');
    const version = await runWsl(twin, ['--version'], { env: { WSL_UTF8: '1' } });
    expect(version.stdout.toString()).toMatch(/^WSL version: 2\.6\.1\.0\r\nKernel version: 6\.6\.87\.2-1\r\n/);
  });

  it('prints the usage text and exits -1 for --help and rejected option combinations', async () => {
    const twin = makeTwin(fixtureState('en-US'));
    for (const args of [['--help'], ['-l', '-q', '-v'], ['-l', '--all', '--running'], ['-l', '-o', '-v']]) {
      const run = await runWsl(twin, args);
      expect(run.stdout).toEqual(fixture('en-US.help.raw'));
      expect(run.code).toBe(255);
    }
  });
});
