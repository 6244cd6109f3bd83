import { CommandNotFoundError, CommandTimeoutError, formatArgv, InputError, WslReadyError } from '../errors.js';
import { CommandAbortedError, ReplayMissError } from './errors.js';
import { executableBaseName } from './executable-name.js';
import { deliverOutput, validateStdio } from './streaming.js';
import { readTranscript, type Transcript, type TranscriptCall } from './transcript.js';
import type { CommandResult, CommandRunner, RunOptions } from './types.js';

export interface ReplayRunnerOptions {
  /** How the transcript is named in error messages (its file path). */
  source?: string;
}

function callKey(file: string, args: readonly string[]): string {
  return `${executableBaseName(file)}\u0000${JSON.stringify(args)}`;
}

/**
 * Serves a recorded transcript instead of running processes. A call matches by executable name (any directory,
 * any case, `.exe` optional) and exact arguments. Repeated identical calls get the recorded answers in order,
 * and the last one again once they run out (polling loops keep working). Recorded failures are thrown again as
 * the same error classes; a call the transcript does not hold throws ReplayMissError. Streaming options are
 * honoured with the recorded output (`onStdout` gets it as one chunk, `stdio: 'inherit'` writes it out).
 */
export class ReplayRunner implements CommandRunner {
  private readonly queues = new Map<string, { calls: TranscriptCall[]; served: number }>();
  private readonly source: string;

  constructor(transcript: Transcript, options: ReplayRunnerOptions = {}) {
    this.source = options.source ?? 'the transcript';
    for (const call of transcript.calls) {
      const key = callKey(call.file, call.args);
      const queue = this.queues.get(key) ?? { calls: [], served: 0 };
      queue.calls.push(call);
      this.queues.set(key, queue);
    }
  }

  /** Load and validate a transcript file. */
  static async fromFile(file: string): Promise<ReplayRunner> {
    return new ReplayRunner(await readTranscript(file), { source: file });
  }

  async run(file: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    const argv = [file, ...args];
    validateStdio(options);
    if (options.signal?.aborted) throw new CommandAbortedError(argv, options.signal.reason);
    const queue = this.queues.get(callKey(file, args));
    if (!queue) {
      const recorded = [...this.queues.values()].map(({ calls }) => {
        const first = calls[0]!;
        return formatArgv([first.file, ...first.args]);
      });
      throw new ReplayMissError(argv, this.source, recorded);
    }
    const call = queue.calls[Math.min(queue.served, queue.calls.length - 1)]!;
    queue.served++;
    if (call.error) throw replayedError(call, argv, options);
    const result: CommandResult = {
      exitCode: call.exitCode,
      rawExitCode: call.rawExitCode,
      stdout: Buffer.from(call.stdout, 'base64'),
      stderr: Buffer.from(call.stderr, 'base64'),
      durationMs: call.durationMs,
    };
    if (call.truncated) result.truncated = true;
    // A call recorded with inherited output has none on record: it replays as silent.
    return deliverOutput(result, options);
  }

  /** Recorded calls that were never served (to spot a transcript that no longer matches the code). */
  unusedCalls(): TranscriptCall[] {
    const unused: TranscriptCall[] = [];
    for (const { calls, served } of this.queues.values()) unused.push(...calls.slice(served));
    return unused;
  }
}

function replayedError(call: TranscriptCall, argv: readonly string[], options: RunOptions): Error {
  const recorded = call.error!;
  switch (recorded.code) {
    case 'command-not-found':
      return new CommandNotFoundError(call.file);
    case 'command-timeout':
      return new CommandTimeoutError(argv, recorded.timeoutMs ?? options.timeoutMs ?? call.durationMs);
    case 'command-aborted':
      return new CommandAbortedError(argv);
    case 'input':
      return new InputError('replayed call', recorded.message);
    default:
      return new WslReadyError(recorded.code, recorded.message);
  }
}
