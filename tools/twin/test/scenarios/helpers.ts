import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { TWIN_ROOT } from '../../src/build.js';

export const REPO_ROOT = join(TWIN_ROOT, '..', '..');
export const CLI = join(REPO_ROOT, 'packages', 'core', 'bin', 'wsl-ready.mjs');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** Runs a program with exactly `env` (nothing inherited), killing it after `timeoutMs`. */
export function run(
  file: string,
  args: readonly string[],
  env: Record<string, string>,
  timeoutMs = 30_000,
  cwd = REPO_ROOT,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, [...args], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        timedOut,
      });
    });
  });
}

/** Bundles the CLI (packages/core/dist/cli.mjs) the way `npm start` does. */
export function buildCli(): void {
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'tools', 'scripts', 'build-cli.mjs')], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.status !== 0) throw new Error(`build-cli.mjs failed: ${result.stderr || result.error?.message}`);
}

/** A clean environment for a child: PATH and HOME only, plus the given variables. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', ...extra };
}

export interface CheckLite {
  id: string;
  status: string;
  summary: string;
  durationMs?: number;
}

export interface ReportLite {
  summary: { status: string };
  checks: CheckLite[];
  [key: string]: unknown;
}

export function parseReport(text: string, label: string): ReportLite {
  try {
    return JSON.parse(text) as ReportLite;
  } catch {
    throw new Error(`${label} did not print a JSON report: ${text.slice(0, 400)}`);
  }
}
