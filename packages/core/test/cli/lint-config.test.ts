import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturePath, json, runCli } from './run-cli.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'wsl-ready-lint-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const file = path.join(scratch, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

const GOOD_WSLCONFIG = '[wsl2]\nmemory=8GB\nprocessors=4\n';
const GOOD_WSLCONF = '[boot]\nsystemd=true\n\n[automount]\nroot=/mnt/\n';
// An SGR colour sequence: ESC [ … m
const ANSI = /\u001b\[[0-9;]*m/;

describe('wsl-ready lint-config', () => {
  it('a clean .wslconfig: exit 0 and a one-line verdict', async () => {
    const file = write('good/.wslconfig', GOOD_WSLCONFIG);
    const run = await runCli(['lint-config', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`✔ ${file} (.wslconfig): 0 errors, 0 warnings, 0 notes.\n`);
  });

  it('a broken .wslconfig: exit 1 with file:line: severity rule: message and the suggestion', async () => {
    const run = await runCli(['lint-config', fixturePath('config/broken.wslconfig')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${fixturePath('config/broken.wslconfig')}:2`);
    expect(run.stdout).toMatch(/:2(:\d+)?: error size-unit: .*4gb/);
    expect(run.stdout).toContain('  suggestion: memory = 4GB');
    expect(run.stdout).toMatch(/✖ .* \(\.wslconfig\): \d+ errors?, /);
  });

  it('detects wsl.conf by name and lints its stop-reading trap', async () => {
    const run = await runCli(['lint-config', '--json', fixturePath('config/stops-early.wsl.conf')]);
    const out = json(run);
    expect(out.kind).toBe('wslconf');
    expect((out.findings as { rule: string }[]).map((f) => f.rule)).toContain('ignored-after-invalid-line');
    expect(run.code).toBe((out.counts as { error: number }).error > 0 ? 1 : 0);
  });

  it('detects the kind from the content when the name says nothing, and --kind overrides it', async () => {
    const file = write('mystery.ini', GOOD_WSLCONF);
    const detected = json(await runCli(['lint-config', '--json', file]));
    expect(detected.kind).toBe('wslconf');
    const forced = await runCli(['lint-config', '--json', '--kind', '.wslconfig', file]);
    expect(json(forced).kind).toBe('wslconfig');
    // [boot] and [automount] are wsl.conf sections: in a .wslconfig they are in the wrong file.
    expect((json(forced).findings as { rule: string }[]).map((f) => f.rule)).toContain('wrong-file');
  });

  it('--json prints file, kind, findings and counts', async () => {
    const run = await runCli(['lint-config', '--json', fixturePath('config/broken.wslconfig')]);
    expect(run.code).toBe(1);
    const out = json(run);
    expect(Object.keys(out)).toEqual(['file', 'kind', 'findings', 'counts']);
    expect(out.kind).toBe('wslconfig');
    const counts = out.counts as Record<string, number>;
    expect(counts.error).toBe((out.findings as { severity: string }[]).filter((f) => f.severity === 'error').length);
    expect(counts.error).toBeGreaterThan(0);
  });

  it('reads stdin with "-" (UTF-16LE with BOM is decoded, and flagged for wsl.conf)', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD_WSLCONF, 'utf16le')]);
    const run = await runCli(['lint-config', '--json', '--kind', 'wslconf', '-'], { stdinBytes: bytes });
    expect(json(run).file).toBe('<stdin>');
    expect((json(run).findings as { rule: string }[]).map((f) => f.rule)).toContain('encoding');
    expect(run.code).toBe(1);
  });

  it('without FILE on Windows: lints %USERPROFILE%\\.wslconfig', async () => {
    const profile = path.join(scratch, 'profile');
    mkdirSync(profile, { recursive: true });
    // On this Linux test machine the Windows path is a file name with a backslash in it, which is fine for a test.
    writeFileSync(`${profile}\\.wslconfig`, '[wsl2]\nmemory = 4gb\n');
    const run = await runCli(['lint-config', '--json'], { platform: 'win32', env: { USERPROFILE: profile } });
    expect(json(run)).toMatchObject({ file: `${profile}\\.wslconfig`, kind: 'wslconfig' });
    expect(run.code).toBe(1);
  });

  it('without FILE on Windows and no .wslconfig: nothing to lint, exit 0', async () => {
    const run = await runCli(['lint-config'], {
      platform: 'win32',
      env: { USERPROFILE: path.join(scratch, 'nobody') },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('does not exist: WSL uses its defaults');
  });

  it('without FILE outside Windows and WSL: exit 2 asking for the file', async () => {
    const run = await runCli(['lint-config'], { platform: 'darwin', env: {} });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('name the file');
    expect(run.stderr).toContain('wsl-ready lint-config --help');
  });

  it('a missing FILE is exit 2; --kind must be known', async () => {
    const missing = await runCli(['lint-config', path.join(scratch, 'none.wslconfig')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('does not exist');
    const kind = await runCli(['lint-config', '--kind', 'ini', fixturePath('config/broken.wslconfig')]);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('--kind must be wslconfig or wslconf');
  });

  it('colour: on for a TTY, off with NO_COLOR, --no-color or a pipe; FORCE_COLOR turns it on', async () => {
    const file = fixturePath('config/broken.wslconfig');
    expect((await runCli(['lint-config', file], { stdoutIsTTY: true })).stdout).toMatch(ANSI);
    expect((await runCli(['lint-config', file], { stdoutIsTTY: false })).stdout).not.toMatch(ANSI);
    expect((await runCli(['lint-config', file], { stdoutIsTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(
      ANSI,
    );
    expect((await runCli(['lint-config', file, '--no-color'], { stdoutIsTTY: true })).stdout).not.toMatch(ANSI);
    expect((await runCli(['lint-config', file], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
    expect((await runCli(['lint-config', file], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toMatch(
      ANSI,
    );
    expect((await runCli(['lint-config', file], { stdoutIsTTY: true, env: { FORCE_COLOR: '0' } })).stdout).not.toMatch(
      ANSI,
    );
  });

  it('never lets control characters of the file reach the terminal', async () => {
    const file = write('evil/.wslconfig', '[wsl2]\nmemroy\u001b[2J = 4GB\n');
    const run = await runCli(['lint-config', file]);
    expect(run.stdout).not.toContain('\u001b');
  });
});
