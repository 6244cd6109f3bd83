// Wall time of one child process, from spawn to exit, with a timeout that kills it.
import { spawn } from 'node:child_process';

export interface TimedProcess {
  ms: number;
  code: number | null;
  stdout: Buffer;
  stderr: Buffer;
}

export interface TimeProcessOptions {
  input?: Buffer | string;
  env?: Record<string, string | undefined>;
  cwd?: string;
  timeoutMs?: number;
}

export function timeProcess(
  file: string,
  args: readonly string[],
  options: TimeProcessOptions = {},
): Promise<TimedProcess> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, [...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000);
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ ms: performance.now() - started, code, stdout: Buffer.concat(out), stderr: Buffer.concat(err) });
    });
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

/** Runs `times` spawns one after another (after `warmup` unmeasured ones) and returns their wall times. */
export async function sampleProcess(
  times: number,
  file: string,
  args: readonly string[],
  options: TimeProcessOptions & { warmup?: number; expectCode?: number } = {},
): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < (options.warmup ?? 1) + times; i++) {
    const run = await timeProcess(file, args, options);
    if (options.expectCode !== undefined && run.code !== options.expectCode) {
      throw new Error(
        `${[file, ...args].join(' ')} exited ${run.code}, expected ${options.expectCode}: ${run.stderr.toString().slice(0, 400)}`,
      );
    }
    if (i >= (options.warmup ?? 1)) samples.push(run.ms);
  }
  return samples;
}
