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

/**
 * Several inputs are invalid; nothing has been run. The message lists every problem at once, so one run of a
 * workflow shows all of them. `input` names them all (comma-separated); `problems` has each one.
 */
export class InvalidInputsError extends InputError {
  readonly problems: readonly InputError[];
  constructor(problems: readonly InputError[]) {
    // Readers that name the input in their message keep it; the others get it as a prefix.
    const text = (p: InputError) => (p.message.includes(`\`${p.input}\``) ? p.message : `${p.input}: ${p.message}`);
    super(
      problems.map((p) => p.input).join(', '),
      problems.length === 1
        ? `Invalid input: ${text(problems[0]!)}`
        : `${problems.length} inputs are invalid:\n${problems.map((p) => `- ${text(p)}`).join('\n')}`,
    );
    this.problems = problems;
  }
}

/** Reads inputs without stopping at the first bad one: each InputError is noted, and `throwIfAny` throws them all. */
export class InputProblems {
  readonly #problems: InputError[] = [];

  /** What `read` returns, or `fallback` when it throws an InputError (noted). Any other error passes through. */
  attempt<T>(fallback: T, read: () => T): T {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      this.#problems.push(...(error instanceof InvalidInputsError ? error.problems : [error]));
      return fallback;
    }
  }

  add(problem: InputError): void {
    this.#problems.push(problem);
  }

  get count(): number {
    return this.#problems.length;
  }

  /** Throws an InvalidInputsError naming every problem noted so far; does nothing when there is none. */
  throwIfAny(): void {
    if (this.#problems.length > 0) throw new InvalidInputsError([...this.#problems]);
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
