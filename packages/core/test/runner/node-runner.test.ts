import { chmodSync, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CommandNotFoundError, CommandTimeoutError, InputError } from '../../src/errors.js';
import { CommandAbortedError, NodeCommandRunner } from '../../src/runner/index.js';

const posixOnly = process.platform === 'win32' ? describe.skip : describe;
const CHILD = fileURLToPath(new URL('./scripts/child.mjs', import.meta.url));
const STAND_IN = fileURLToPath(new URL('./scripts/wsl-stand-in.sh', import.meta.url));
const node = process.execPath;

let scratch: string;
const leftovers: number[] = [];

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'wsl-ready-runner-'));
  for (const name of ['wsl', 'WSL.EXE', 'notwsl']) {
    copyFileSync(STAND_IN, path.join(scratch, name));
    chmodSync(path.join(scratch, name), 0o755);
  }
  writeFileSync(path.join(scratch, 'not-executable'), '#!/bin/sh\necho hi\n', { mode: 0o644 });
});

afterEach(() => {
  // A failed test must not leave its processes behind.
  for (const pid of leftovers.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {}
  }
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Gone, or a zombie waiting for a parent that does not reap (PID 1 in some containers). */
function isGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return true;
  }
}

async function waitUntilGone(pid: number): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    if (isGone(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  return isGone(pid);
}

const runner = new NodeCommandRunner({ defaultTimeoutMs: 10_000, killGraceMs: 300 });

describe('NodeCommandRunner: processes and their bytes', () => {
  it('returns stdout and stderr as raw bytes and the exit code', async () => {
    const out = Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x0d, 0x00, 0x0a, 0x00]);
    const err = Buffer.from('é\n', 'utf8');
    const result = await runner.run(node, [CHILD, 'bytes', out.toString('hex'), err.toString('hex'), '3']);
    expect(result.stdout).toEqual(out);
    expect(result.stderr).toEqual(err);
    expect(result.exitCode).toBe(3);
    expect(result.rawExitCode).toBe(3);
    expect(result.truncated).toBeUndefined();
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('passes arguments verbatim, with no shell in between', async () => {
    const hostile = ['; rm -rf /', '$(id)', '`id`', 'a b', '"quoted"', "'single'", 'new\nline', '*', ''];
    const result = await runner.run(node, [CHILD, 'args', ...hostile]);
    expect(JSON.parse(result.stdout.toString())).toEqual(hostile);
  });

  it('writes input to stdin and closes it', async () => {
    const input = Buffer.from([0, 1, 2, 0xff, 0x0a]);
    const result = await runner.run(node, [CHILD, 'stdin'], { input });
    expect(result.stdout).toEqual(input);
    const text = await runner.run(node, [CHILD, 'stdin'], { input: 'héllo' });
    expect(text.stdout.toString('utf8')).toBe('héllo');
  });

  it('gives the child an empty stdin when there is no input', async () => {
    const result = await runner.run(node, [CHILD, 'stdin']);
    expect(result.stdout.length).toBe(0);
    expect(result.exitCode).toBe(0);
  });

  it.skipIf(process.platform === 'win32')(
    'returns when the child exits even if a background process it started keeps the pipe open',
    async () => {
      const pidFile = path.join(scratch, 'daemon.pid');
      const quick = new NodeCommandRunner({ exitDrainMs: 200, defaultTimeoutMs: 10_000 });
      const result = await quick.run(node, [CHILD, 'daemon', pidFile]);
      const background = Number(readFileSync(pidFile, 'utf8'));
      leftovers.push(background);
      expect(result.exitCode).toBe(0);
      expect(result.stdout.toString()).toBe('started\n');
      // A daemon is what the caller asked for: it is left running.
      expect(isGone(background)).toBe(false);
    },
  );

  it('merges env over the base environment and deletes variables set to undefined', async () => {
    const withBase = new NodeCommandRunner({ env: { ...process.env, KEEP: 'base', DROP: 'base', OVER: 'base' } });
    const result = await withBase.run(node, [CHILD, 'env', 'KEEP', 'DROP', 'OVER', 'ADDED', 'PATH'], {
      env: { DROP: undefined, OVER: 'caller', ADDED: 'new' },
    });
    const seen = JSON.parse(result.stdout.toString());
    expect(seen).toMatchObject({ KEEP: 'base', DROP: null, OVER: 'caller', ADDED: 'new' });
    expect(seen.PATH).toBe(process.env.PATH);
  });

  it('runs in the given working directory', async () => {
    const result = await runner.run(node, [CHILD, 'cwd'], { cwd: scratch });
    expect(result.stdout.toString()).toBe(scratch);
  });
});

describe('NodeCommandRunner: failures to start', () => {
  it.each([
    ['a missing absolute path', '/nonexistent/wsl-ready/nothing'],
    ['a name not on PATH', 'wsl-ready-no-such-command-zz'],
  ])('throws CommandNotFoundError for %s', async (_label, file) => {
    const error = await runner.run(file, []).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CommandNotFoundError);
    expect((error as CommandNotFoundError).file).toBe(file);
  });

  it.skipIf(process.platform === 'win32')('throws CommandNotFoundError for a file that is not executable', async () => {
    await expect(runner.run(path.join(scratch, 'not-executable'), [])).rejects.toBeInstanceOf(CommandNotFoundError);
  });

  it('throws InputError naming cwd when the working directory is missing', async () => {
    const error = await runner.run(node, [CHILD, 'cwd'], { cwd: path.join(scratch, 'missing') }).catch((e) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe('cwd');
  });

  it('throws InputError for an argument with a NUL byte', async () => {
    await expect(runner.run(node, [CHILD, 'args', 'a\0b'])).rejects.toBeInstanceOf(InputError);
  });

  it('rejects a non-positive timeout', async () => {
    await expect(runner.run(node, [CHILD, 'cwd'], { timeoutMs: 0 })).rejects.toBeInstanceOf(InputError);
  });
});

posixOnly('NodeCommandRunner: timeouts, caps and aborts', () => {
  it('kills the child and its grandchild on timeout and names the argv and the duration', async () => {
    const pidFile = path.join(scratch, 'tree.json');
    const error = await runner.run(node, [CHILD, 'tree', pidFile], { timeoutMs: 2_000 }).catch((e) => e);
    expect(error).toBeInstanceOf(CommandTimeoutError);
    expect((error as CommandTimeoutError).argv).toEqual([node, CHILD, 'tree', pidFile]);
    expect((error as Error).message).toContain('tree');
    expect((error as Error).message).toContain('2.0 s');
    expect(existsSync(pidFile)).toBe(true);
    const { child, grandchild } = JSON.parse(readFileSync(pidFile, 'utf8')) as { child: number; grandchild: number };
    leftovers.push(child, grandchild);
    expect(await waitUntilGone(child)).toBe(true);
    expect(await waitUntilGone(grandchild)).toBe(true);
  });

  it('escalates to SIGKILL when the child ignores SIGTERM', async () => {
    const pidFile = path.join(scratch, 'stubborn.pid');
    const started = runner.run(node, [CHILD, 'stubborn', pidFile], { timeoutMs: 1_000 });
    await expect(started).rejects.toBeInstanceOf(CommandTimeoutError);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    leftovers.push(pid);
    expect(await waitUntilGone(pid)).toBe(true);
  });

  it('stops collecting at the output cap, kills the child and marks the result truncated', async () => {
    const result = await runner.run(node, [CHILD, 'flood'], { maxOutputBytes: 100_000 });
    expect(result.truncated).toBe(true);
    expect(result.stdout.length).toBe(100_000);
    expect(result.rawExitCode).toBeNull();
    expect(result.exitCode).toBe(128 + 15);
  });

  it('reports a child killed by a signal with rawExitCode null and 128 + signal', async () => {
    const result = await runner.run(node, [CHILD, 'signal']);
    expect(result.rawExitCode).toBeNull();
    expect(result.exitCode).toBe(137);
  });

  it('stops the call when the AbortSignal fires', async () => {
    const controller = new AbortController();
    const call = runner.run(node, [CHILD, 'sleep'], { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('user pressed Ctrl+C')), 200);
    const error = await call.catch((e) => e);
    expect(error).toBeInstanceOf(CommandAbortedError);
    expect((error as CommandAbortedError).argv).toEqual([node, CHILD, 'sleep']);
  });

  it('does not start anything when the signal is already aborted', async () => {
    const pidFile = path.join(scratch, 'never.json');
    await expect(runner.run(node, [CHILD, 'tree', pidFile], { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      CommandAbortedError,
    );
    expect(existsSync(pidFile)).toBe(false);
  });
});

posixOnly('NodeCommandRunner: wsl.exe specifics', () => {
  it.each([
    ['wsl', 255, -1],
    ['WSL.EXE', 255, -1],
    ['wsl', 0, 0],
    ['wsl', 1, 1],
    ['notwsl', 255, 255],
  ])('normalises the exit code of %s exiting %i to %i and keeps the raw one', async (name, raw, normalised) => {
    const result = await runner.run(path.join(scratch, name), [String(raw)]);
    expect(result.exitCode).toBe(normalised);
    expect(result.rawExitCode).toBe(raw);
  });

  it('adds WSL_UTF8=1 for wsl.exe only', async () => {
    const wsl = await runner.run(path.join(scratch, 'wsl'), []);
    expect(wsl.stdout.toString().split('|')[0]).toBe('1');
    const other = await new NodeCommandRunner({ env: { PATH: process.env.PATH } }).run(
      path.join(scratch, 'notwsl'),
      [],
    );
    expect(other.stdout.toString().split('|')[0]).toBe('<unset>');
  });

  it("keeps the caller's WSL_UTF8", async () => {
    const result = await runner.run(path.join(scratch, 'wsl'), [], { env: { WSL_UTF8: '0' } });
    expect(result.stdout.toString().split('|')[0]).toBe('0');
  });

  it('lists WSL_UTF8 in WSLENV when running inside WSL, without duplicates', async () => {
    const insideWsl = new NodeCommandRunner({
      env: { PATH: process.env.PATH, WSL_DISTRO_NAME: 'Ubuntu', WSLENV: 'FOO/p:WSL_UTF8' },
    });
    const result = await insideWsl.run(path.join(scratch, 'wsl'), []);
    expect(result.stdout.toString()).toBe('1|FOO/p:WSL_UTF8');
    const fresh = new NodeCommandRunner({ env: { PATH: process.env.PATH, WSL_INTEROP: '/run/WSL/1_interop' } });
    expect((await fresh.run(path.join(scratch, 'wsl'), [])).stdout.toString()).toBe('1|WSL_UTF8');
  });
});
