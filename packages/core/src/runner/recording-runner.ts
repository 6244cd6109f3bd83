import { performance } from 'node:perf_hooks';
import type { EnvRecord } from '../env.js';
import { WslReadyError } from '../errors.js';
import { REDACTED, redactRecordedBytes, redactUrlCredentials } from './redact.js';
import { TRANSCRIPT_SCHEMA, type Transcript, type TranscriptCall, writeTranscript } from './transcript.js';
import type { CommandResult, CommandRunner, RunOptions } from './types.js';

/** Names whose values never reach a transcript. */
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|KEY|AUTH|CREDENTIAL/i;

export { REDACTED };

/** The variables a caller set for one call, with secret-looking values replaced. `undefined` (removal) → null. */
export function redactEnv(env: EnvRecord): Record<string, string | null> {
  const recorded: Record<string, string | null> = {};
  for (const [name, value] of Object.entries(env)) {
    recorded[name] = value === undefined ? null : SECRET_NAME.test(name) ? REDACTED : redactUrlCredentials(value);
  }
  return recorded;
}

export interface RecordingRunnerOptions {
  /** Write the transcript here after every call, so an interrupted session still leaves one. */
  path?: string;
  /** Clock for `recordedAt` (tests). */
  now?: () => Date;
}

/**
 * Wraps any runner and records every call it serves (results and thrown errors) as a transcript that a
 * ReplayRunner can serve later. Only what the caller passed is recorded, never the inherited environment, and
 * every recorded stream (arguments, stdin, stdout, stderr, error messages) has credentials in URLs redacted, like
 * the files a `--record` session copies: a host probe prints `.wslconfig` and Docker Desktop's settings, where
 * proxies carry passwords. The caller still gets the real output.
 */
export class RecordingRunner implements CommandRunner {
  private readonly calls: TranscriptCall[] = [];
  private readonly recordedAt: string;
  private pendingWrite: Promise<void> = Promise.resolve();

  constructor(
    private readonly inner: CommandRunner,
    private readonly options: RecordingRunnerOptions = {},
  ) {
    this.recordedAt = (options.now?.() ?? new Date()).toISOString();
  }

  async run(file: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    const started = performance.now();
    const call: Omit<TranscriptCall, 'exitCode' | 'rawExitCode' | 'stdout' | 'stderr' | 'durationMs'> = {
      file,
      args: args.map(redactUrlCredentials),
    };
    if (options.cwd !== undefined) call.cwd = options.cwd;
    if (options.env && Object.keys(options.env).length) call.env = redactEnv(options.env);
    if (options.input !== undefined) call.input = redactRecordedBytes(Buffer.from(options.input)).toString('base64');
    // Inherited output went to the terminal, not through the runner: the transcript says so instead of lying.
    if (options.stdio === 'inherit') call.stdio = 'inherit';
    try {
      const result = await this.inner.run(file, args, options);
      const entry: TranscriptCall = {
        ...call,
        exitCode: result.exitCode,
        rawExitCode: result.rawExitCode,
        stdout: redactRecordedBytes(result.stdout).toString('base64'),
        stderr: redactRecordedBytes(result.stderr).toString('base64'),
        durationMs: result.durationMs,
      };
      if (result.truncated) entry.truncated = true;
      await this.append(entry);
      return result;
    } catch (error) {
      const failure: TranscriptCall['error'] = {
        code: error instanceof WslReadyError ? error.code : 'unexpected',
        message: redactUrlCredentials(error instanceof Error ? error.message : String(error)),
      };
      const timeoutMs = (error as { timeoutMs?: unknown }).timeoutMs;
      if (typeof timeoutMs === 'number') failure.timeoutMs = timeoutMs;
      await this.append({
        ...call,
        exitCode: -1,
        rawExitCode: null,
        stdout: '',
        stderr: '',
        durationMs: Math.round(performance.now() - started),
        error: failure,
      });
      throw error;
    }
  }

  /** The transcript so far (a copy). */
  transcript(): Transcript {
    return {
      schema: TRANSCRIPT_SCHEMA,
      recordedAt: this.recordedAt,
      host: { platform: process.platform, arch: process.arch },
      calls: this.calls.map((call) => ({ ...call, args: [...call.args] })),
    };
  }

  /** Write the transcript to `file` (or the path given at construction). */
  async save(file = this.options.path): Promise<void> {
    if (!file) throw new WslReadyError('transcript-path', 'RecordingRunner.save() needs a file path.');
    await this.pendingWrite;
    await writeTranscript(file, this.transcript());
  }

  private async append(call: TranscriptCall): Promise<void> {
    this.calls.push(call);
    const file = this.options.path;
    if (!file) return;
    // Writes are chained so concurrent calls never interleave two writers on one file.
    this.pendingWrite = this.pendingWrite.catch(() => {}).then(() => writeTranscript(file, this.transcript()));
    await this.pendingWrite;
  }
}
