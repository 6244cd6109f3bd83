/**
 * Typed errors of wsl-ready. Every message says what happened and what to do next;
 * `code` is stable for programs (the CLI maps it to exit codes, the actions to annotations).
 */
export class WslReadyError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Invalid user input (CLI argument, action input, config value): nothing has been run yet. */
export class InputError extends WslReadyError {
  readonly input: string;
  constructor(input: string, message: string) {
    super('input', message);
    this.input = input;
  }
}

/** A process could not be started (missing executable, permission). */
export class CommandNotFoundError extends WslReadyError {
  readonly file: string;
  constructor(file: string, cause?: unknown) {
    super(
      'command-not-found',
      `Could not start \`${file}\`: it is not installed or not on PATH. Install it, or point wsl-ready at it.`,
      { cause },
    );
    this.file = file;
  }
}

/** A process ran past its timeout and was killed with its whole tree. */
export class CommandTimeoutError extends WslReadyError {
  readonly argv: readonly string[];
  readonly timeoutMs: number;
  constructor(argv: readonly string[], timeoutMs: number) {
    super(
      'command-timeout',
      `\`${formatArgv(argv)}\` did not finish within ${formatDuration(timeoutMs)} and was stopped. ` +
        'The tool may be waiting for input or a hung service; retry, or raise the timeout.',
    );
    this.argv = argv;
    this.timeoutMs = timeoutMs;
  }
}

/** A process ended with a failure code the caller did not accept. */
export class CommandFailedError extends WslReadyError {
  readonly argv: readonly string[];
  readonly exitCode: number;
  readonly output: string;
  constructor(argv: readonly string[], exitCode: number, output: string, hint?: string) {
    const shown = output.trim().split('\n').slice(-8).join('\n');
    super(
      'command-failed',
      `\`${formatArgv(argv)}\` failed with exit code ${exitCode}.${shown ? `\n${shown}` : ''}${hint ? `\n${hint}` : ''}`,
    );
    this.argv = argv;
    this.exitCode = exitCode;
    this.output = output;
  }
}

/** Quote an argv for messages only (never for execution). */
export function formatArgv(argv: readonly string[]): string {
  return argv.map((a) => (a === '' || /[\s"'$`\\|&;<>()*?!]/.test(a) ? JSON.stringify(a) : a)).join(' ');
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 120_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
  return `${Math.round(ms / 60_000)} min`;
}
