import { formatArgv, WslReadyError } from '../errors.js';

/** The caller's AbortSignal fired while a process was running; the process tree was stopped. */
export class CommandAbortedError extends WslReadyError {
  readonly argv: readonly string[];
  constructor(argv: readonly string[], cause?: unknown) {
    super(
      'command-aborted',
      `\`${formatArgv(argv)}\` was cancelled before it finished, and its processes were stopped.`,
      {
        cause,
      },
    );
    this.argv = argv;
  }
}

/** A replayed session asked for a command that the transcript does not hold. */
export class ReplayMissError extends WslReadyError {
  readonly argv: readonly string[];
  readonly transcript: string;
  constructor(argv: readonly string[], transcript: string, recorded: readonly string[]) {
    const known = recorded.length
      ? `\nRecorded commands:\n${recorded
          .slice(0, 12)
          .map((line) => `  ${line}`)
          .join('\n')}${recorded.length > 12 ? `\n  … and ${recorded.length - 12} more` : ''}`
      : '\nThe transcript holds no commands.';
    super(
      'replay-miss',
      `No recorded call matches \`${formatArgv(argv)}\` in ${transcript}. The code now runs a command the ` +
        'transcript was not recorded with: re-record it on a real machine with `--record <file>` (the CLI) or a ' +
        `RecordingRunner, then replay again.${known}`,
    );
    this.argv = argv;
    this.transcript = transcript;
  }
}

/** A transcript file could not be read or does not have the expected shape. */
export class TranscriptError extends WslReadyError {
  readonly source: string;
  constructor(source: string, problem: string, cause?: unknown) {
    super(
      'transcript-invalid',
      `The transcript ${source} cannot be used: ${problem}. Re-record it with \`--record <file>\`, or fix the file ` +
        "(schema 'wsl-ready-transcript/1').",
      { cause },
    );
    this.source = source;
  }
}
