// Streaming and inherited output: real processes through NodeCommandRunner, and the same options through the
// record, replay and fake runners.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommandTimeoutError, InputError } from '../../src/errors.js';
import {
  deliverOutput,
  NodeCommandRunner,
  RecordingRunner,
  ReplayRunner,
  type RunOptions,
} from '../../src/runner/index.js';
import { FakeRunner } from '../../src/testing/index.js';

const posixOnly = process.platform === 'win32' ? describe.skip : describe;
const CHILD = fileURLToPath(new URL('./scripts/child.mjs', import.meta.url));
const HOST_SOURCE = fileURLToPath(new URL('./scripts/inherit-host.ts', import.meta.url));
const node = process.execPath;
const runner = new NodeCommandRunner({ defaultTimeoutMs: 10_000, killGraceMs: 300 });

let scratch: string;
let host: string;

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'wsl-ready-streaming-'));
  host = path.join(scratch, 'inherit-host.mjs');
  await build({
    entryPoints: [HOST_SOURCE],
    outfile: host,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
  });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface HostRun {
  code: number | null;
  stdout: string;
  stderr: string;
  result: { exitCode?: number; stdout?: number; stderr?: number; error?: string };
}

/** Start the host (a real parent using stdio: 'inherit'); `whenReady` runs once the child printed `ready`. */
function runHost(
  args: string[],
  timeoutMs: number,
  whenReady?: (hostPid: number) => void,
  env?: Record<string, string>,
): Promise<HostRun> {
  const resultFile = path.join(scratch, `result-${Math.random().toString(36).slice(2)}.json`);
  return new Promise((resolve, reject) => {
    const child = spawn(node, [host, resultFile, String(timeoutMs), node, CHILD, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(env ? { env: { ...process.env, ...env } } : {}),
    });
    let stdout = '';
    let stderr = '';
    let ready = false;
    const guard = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!ready && stdout.includes('ready\n')) {
        ready = true;
        whenReady?.(child.pid!);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(guard);
      const result = existsSync(resultFile) ? JSON.parse(readFileSync(resultFile, 'utf8')) : {};
      resolve({ code, stdout, stderr, result });
    });
  });
}

describe('NodeCommandRunner: streamed output', () => {
  it('hands every chunk to onStdout/onStderr and still collects the output', async () => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const result = await runner.run(node, [CHILD, 'chatty'], {
      onStdout: (chunk) => out.push(chunk),
      onStderr: (chunk) => err.push(chunk),
    });
    expect(Buffer.concat(out).toString()).toBe('out line\n');
    expect(Buffer.concat(err).toString()).toBe('err line\n');
    expect(result.stdout.toString()).toBe('out line\n');
    expect(result.stderr.toString()).toBe('err line\n');
    expect(result.exitCode).toBe(5);
  });

  it('does not stop a streamed call at the cap: the stream gets everything, the collected copy is cut', async () => {
    let streamed = 0;
    const result = await runner.run(node, [CHILD, 'bulk', String(300_000)], {
      maxOutputBytes: 50_000,
      onStdout: (chunk) => {
        streamed += chunk.length;
      },
    });
    expect(streamed).toBe(300_000);
    expect(result.stdout.length).toBe(50_000);
    expect(result.truncated).toBe(true);
    expect(result.exitCode).toBe(0);
  });

  it('stops the child and rejects with the error when a chunk callback throws', async () => {
    const boom = new Error('the log sink is gone');
    const error = await runner
      .run(node, [CHILD, 'bulk', String(10_000_000)], {
        onStdout: () => {
          throw boom;
        },
      })
      .catch((e: unknown) => e);
    expect(error).toBe(boom);
  });

  it('refuses callbacks with inherited output, and unknown stdio values', async () => {
    await expect(runner.run(node, [CHILD, 'chatty'], { stdio: 'inherit', onStdout: () => {} })).rejects.toThrow(
      InputError,
    );
    await expect(
      runner.run(node, [CHILD, 'chatty'], { stdio: 'ignore' as unknown as RunOptions['stdio'] }),
    ).rejects.toThrow(InputError);
  });

  it('holds a timeout longer than a timer can wait instead of firing it at once', async () => {
    const result = await runner.run(node, [CHILD, 'chatty'], { timeoutMs: 30 * 24 * 60 * 60 * 1000 });
    expect(result.exitCode).toBe(5);
  });
});

posixOnly('NodeCommandRunner: inherited output (a real parent process)', () => {
  it("writes the child's output to the parent's own stdout and stderr, live; the result buffers are empty", async () => {
    const run = await runHost(['chatty'], 10_000);
    expect(run.stdout).toBe('out line\n');
    expect(run.stderr).toBe('err line\n');
    expect(run.result).toEqual({ exitCode: 5, stdout: 0, stderr: 0 });
    expect(run.code).toBe(0);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('passes %s the parent receives on to the child, and returns its exit code', async (signal, code) => {
    const run = await runHost(['trap'], 10_000, (pid) => process.kill(pid, signal));
    expect(run.stdout).toBe(`ready\ngot ${signal}\n`);
    expect(run.result.exitCode).toBe(code);
    // The parent lived on until its child finished, then exited normally.
    expect(run.code).toBe(0);
  });

  it("with interrupts: 'caller' passes nothing on: the parent answers its SIGINT, the child runs until the timeout", async () => {
    const run = await runHost(['trap'], 1_500, (pid) => process.kill(pid, 'SIGINT'), {
      INHERIT_HOST_INTERRUPTS: 'caller',
    });
    expect(run.stderr).toContain('host: SIGINT\n');
    // No SIGINT reached the child; the only signal it saw is the timeout's SIGTERM.
    expect(run.stdout).toBe('ready\ngot SIGTERM\n');
    expect(run.result.error).toBe(CommandTimeoutError.name);
  });

  it('still stops the whole tree at the timeout', async () => {
    const run = await runHost(['sleep'], 500);
    expect(run.result.error).toBe(CommandTimeoutError.name);
  });
});

describe('streaming options through the other runners', () => {
  it('FakeRunner streams scripted output to callbacks, and writes it to its sinks when inheriting', async () => {
    const written: string[] = [];
    const sink = { write: (chunk: Uint8Array) => written.push(Buffer.from(chunk).toString()) };
    const fake = new FakeRunner({ sinks: { stdout: sink, stderr: sink } });
    fake.on('make').reply({ stdout: 'built\n', stderr: 'warning\n', exitCode: 2 });
    const chunks: string[] = [];
    const piped = await fake.run('make', [], { onStdout: (c) => chunks.push(c.toString()), maxOutputBytes: 3 });
    expect(chunks).toEqual(['built\n']);
    expect(piped.stdout.toString()).toBe('bui');
    const inherited = await fake.run('make', [], { stdio: 'inherit' });
    expect(written).toEqual(['built\n', 'warning\n']);
    expect([inherited.stdout.length, inherited.stderr.length, inherited.exitCode]).toEqual([0, 0, 2]);
    await expect(fake.run('make', [], { stdio: 'inherit', onStderr: () => {} })).rejects.toThrow(InputError);
  });

  it('RecordingRunner marks inherited calls; ReplayRunner replays recorded output to callbacks', async () => {
    const fake = new FakeRunner({ sinks: { stdout: { write: () => true }, stderr: { write: () => true } } });
    fake.on('tool', ['a']).reply({ stdout: 'recorded\n' });
    fake.on('tool', ['b']).reply({ stdout: 'live\n' });
    const recorder = new RecordingRunner(fake);
    await recorder.run('tool', ['a']);
    await recorder.run('tool', ['b'], { stdio: 'inherit' });
    const transcript = recorder.transcript();
    expect(transcript.calls.map((c) => c.stdio)).toEqual([undefined, 'inherit']);
    expect(transcript.calls[1]!.stdout).toBe('');
    const replay = new ReplayRunner(transcript);
    const seen: string[] = [];
    const result = await replay.run('tool', ['a'], { onStdout: (c) => seen.push(c.toString()) });
    expect(seen).toEqual(['recorded\n']);
    expect(result.stdout.toString()).toBe('recorded\n');
  });

  it('deliverOutput writes inherited output out and drops the truncation mark with the buffers', () => {
    const written: Buffer[] = [];
    const sink = { write: (chunk: Uint8Array) => written.push(Buffer.from(chunk)) };
    const result = deliverOutput(
      {
        exitCode: 0,
        rawExitCode: 0,
        stdout: Buffer.from('x'),
        stderr: Buffer.alloc(0),
        durationMs: 1,
        truncated: true,
      },
      { stdio: 'inherit' },
      { stdout: sink, stderr: sink },
    );
    expect(written.map(String)).toEqual(['x']);
    expect(result).toMatchObject({ stdout: Buffer.alloc(0), stderr: Buffer.alloc(0) });
    expect(result.truncated).toBeUndefined();
  });
});
