// Runners for the docker tests: a scripted fake (answers by argv) and a tiny real one for the docker CLI.
import { execFile } from 'node:child_process';
import { CommandNotFoundError, CommandTimeoutError } from '../../src/errors.js';
import type { CommandResult, CommandRunner, RunOptions } from '../../src/runner/types.js';

export type Scripted =
  | { exitCode?: number; stdout?: string | Buffer; stderr?: string | Buffer; truncated?: boolean }
  | { throws: Error };

/** Answers each call with the first rule whose `match` is contained in the joined argv; records every call. */
export class ScriptedRunner implements CommandRunner {
  readonly calls: { file: string; args: readonly string[]; options: RunOptions | undefined }[] = [];
  constructor(
    private readonly rules: { match: string | RegExp; reply: Scripted }[],
    private readonly fallback?: Scripted,
  ) {}

  async run(file: string, args: readonly string[], options?: RunOptions): Promise<CommandResult> {
    this.calls.push({ file, args, options });
    const joined = args.join(' ');
    const rule = this.rules.find((r) =>
      typeof r.match === 'string' ? joined.includes(r.match) : r.match.test(joined),
    );
    const reply = rule?.reply ?? this.fallback ?? { exitCode: 1, stderr: `unscripted call: ${joined}` };
    if ('throws' in reply) throw reply.throws;
    const exitCode = reply.exitCode ?? 0;
    return {
      exitCode,
      rawExitCode: exitCode,
      stdout: Buffer.from(reply.stdout ?? ''),
      stderr: Buffer.from(reply.stderr ?? ''),
      durationMs: 1,
      ...(reply.truncated ? { truncated: true } : {}),
    };
  }
}

/** Just enough of a real runner to drive the docker CLI in tests: execFile, no shell, timeout, env merge. */
export class ExecRunner implements CommandRunner {
  run(file: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries({ ...process.env, ...options.env })) if (v !== undefined) env[k] = v;
    const started = Date.now();
    const timeoutMs = options.timeoutMs ?? 10_000;
    return new Promise((resolve, reject) => {
      execFile(
        file,
        [...args],
        { env, timeout: timeoutMs, encoding: 'buffer', maxBuffer: options.maxOutputBytes ?? 1024 * 1024 },
        (error, stdout, stderr) => {
          const err = error as (NodeJS.ErrnoException & { killed?: boolean; code?: unknown }) | null;
          if (err?.code === 'ENOENT') return reject(new CommandNotFoundError(file, err));
          if (err?.killed) return reject(new CommandTimeoutError([file, ...args], timeoutMs));
          const exitCode = typeof err?.code === 'number' ? err.code : err ? 1 : 0;
          resolve({ exitCode, rawExitCode: exitCode, stdout, stderr, durationMs: Date.now() - started });
        },
      );
    });
  }
}
