import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { TWIN_ROOT } from '../../src/build.js';
import { type CreateTwinWslOptions, createTwinWsl, type TwinWsl } from '../../src/wsl/twin.js';

export const ROOTFS = join(TWIN_ROOT, 'dist', 'rootfs', 'busybox-rootfs.tar');
export const FIXTURES = join(TWIN_ROOT, 'test', 'wsl', 'fixtures');

export interface WslRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  stderr: Buffer;
  timedOut: boolean;
}

// Removed after the whole file: tests of a file may run concurrently, each with its own directory.
const dirs: string[] = [];
const twins: TwinWsl[] = [];
afterAll(async () => {
  // Instances and VMs outlive their calls (as in WSL): end them before their folders go.
  for (const twin of twins.splice(0)) await twin.shutdown();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A twin in a fresh temporary directory, removed after the test. */
export function makeTwin(state: CreateTwinWslOptions['state'] = {}): TwinWsl {
  const dir = mkdtempSync(join(tmpdir(), 'wsl-twin-test-'));
  dirs.push(dir);
  const twin = createTwinWsl({ dir, state });
  twins.push(twin);
  return twin;
}

/** Run the twin's wsl.exe like a caller would: argv, a clean environment, a timeout that kills it. */
export function runWsl(
  twin: TwinWsl,
  args: readonly string[],
  options: { env?: Record<string, string>; cwd?: string; timeoutMs?: number; input?: Buffer | string } = {},
): Promise<WslRun> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '/usr/bin:/bin', ...twin.env, ...options.env };
  return new Promise((resolve, reject) => {
    const child = spawn(twin.wslPath, [...args], { env, cwd: options.cwd ?? tmpdir(), stdio: 'pipe' });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 60_000);
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: Buffer.concat(out), stderr: Buffer.concat(err), timedOut });
    });
    child.stdin.end(options.input ?? '');
  });
}

export const utf16 = (text: string) => Buffer.from(text.replace(/\n/g, '\r\n'), 'utf16le');
export const utf8 = (text: string) => Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8');

/**
 * Waits for an event (a process's end, a line in a file, an answer), polling; the bound only turns a hang into a
 * failure on a loaded machine. Returns how long it took.
 */
export async function until(what: string, done: () => boolean | Promise<boolean>, boundMs = 40_000): Promise<number> {
  const start = Date.now();
  while (!(await done())) {
    if (Date.now() - start > boundMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Date.now() - start;
}
