// The real command: the one-file bundle run through the bin, as users and `npm start` run it.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';
import { fixture, fixturePath } from './run-cli.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/wsl-ready.mjs', import.meta.url));

function wslReady(args: string[], input?: Buffer | string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    input,
    encoding: 'buffer',
    timeout: 20_000,
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  return { code: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
}

beforeAll(() => {
  execFileSync(process.execPath, ['tools/scripts/build-cli.mjs'], { cwd: root, timeout: 60_000, stdio: 'pipe' });
}, 70_000);

describe('wsl-ready bin (bundled)', () => {
  it('prints the version', () => {
    expect(wslReady(['--version'])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('parses UTF-16LE bytes piped on stdin', () => {
    const run = wslReady(['parse', 'list-verbose'], fixture('wsl/list-verbose-en-US.txt'));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).distros[0]).toEqual({
      name: 'Ubuntu-24.04',
      state: 'Running',
      version: 2,
      default: true,
    });
  });

  it('exits 1 for output it does not recognise, 2 for an unknown option, without stack traces', () => {
    const junk = wslReady(['parse', 'docker'], Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0x80, 0x81, 7, 8]));
    expect(junk.code).toBe(1);
    expect(JSON.parse(junk.stdout).recognized).toBe(false);
    const unknown = wslReady(['--frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('wsl-ready: Unknown option --frobnicate. Run `wsl-ready --help` for the usage.\n');
  });

  it('lint-config exits 1 on errors; a bad replay file is exit 2 with a one-line reason', () => {
    const lint = wslReady(['lint-config', fixturePath('config/broken.wslconfig')], undefined, { NO_COLOR: '1' });
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain('error size-unit');
    const replay = wslReady(['--replay', '/nonexistent/transcript.json']);
    expect(replay.code).toBe(2);
    expect(replay.stderr).toContain('the file does not exist');
    expect(replay.stderr).not.toMatch(/\n\s+at /);
  });

  it('stops quietly when the reader goes away (`wsl-ready parse … | head`)', async () => {
    const names = Array.from({ length: 60_000 }, (_, i) => `Distro-${i}`).join('\n');
    const child = spawn(process.execPath, [bin, 'parse', 'list-quiet'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.end(names);
    const code = await new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
    clearTimeout(timer);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

// A checkout right after `npm ci` has no dist/: the bin builds the bundle from the sources on first use (npm 11
// runs no install scripts of dependencies), and `--version` never needs the bundle. Run on a copy of the package
// inside the repository (so node_modules resolves), never on the real dist/ other tests use.
describe('wsl-ready bin in a fresh checkout (no dist/)', () => {
  let checkout = '';
  let copyBin = '';
  beforeAll(() => {
    mkdirSync(join(root, '.tmp'), { recursive: true });
    checkout = mkdtempSync(join(root, '.tmp', 'bin-checkout-'));
    const core = join(checkout, 'packages', 'core');
    for (const part of ['bin', 'src', 'package.json']) {
      cpSync(join(root, 'packages', 'core', part), join(core, part), { recursive: true });
    }
    for (const script of ['build-cli.mjs', 'esbuild-common.mjs']) {
      cpSync(join(root, 'tools', 'scripts', script), join(checkout, 'tools', 'scripts', script));
    }
    copyBin = join(core, 'bin', 'wsl-ready.mjs');
  });
  afterAll(() => rmSync(checkout, { recursive: true, force: true }));

  const run = (args: string[], input?: Buffer) => {
    const result = spawnSync(process.execPath, [copyBin, ...args], { input, encoding: 'buffer', timeout: 60_000 });
    return { code: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
  };
  const bundle = () => join(checkout, 'packages', 'core', 'dist', 'cli.mjs');

  it('answers --version from package.json without building or loading the bundle', () => {
    expect(run(['--version'])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    expect(run(['-V']).stdout).toBe(`${VERSION}\n`);
    expect(existsSync(bundle())).toBe(false);
  });

  it('builds the bundle from the sources on first use, and again when a source is newer', () => {
    const first = run(['parse', 'version'], fixture('wsl/version-en-US.txt'));
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout).recognized).toBe(true);
    const builtAt = statSync(bundle()).mtimeMs;

    expect(run(['--help']).code).toBe(0);
    expect(statSync(bundle()).mtimeMs).toBe(builtAt);

    const later = new Date(builtAt + 10_000);
    utimesSync(join(checkout, 'packages', 'core', 'src', 'version.ts'), later, later);
    expect(run(['--help']).code).toBe(0);
    expect(statSync(bundle()).mtimeMs).toBeGreaterThan(builtAt);
  });
});
