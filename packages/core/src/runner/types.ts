/** What a caller asks of one process call. Every field is optional except where a caller needs it. */
export interface RunOptions {
  /** Working directory of the child. */
  cwd?: string;
  /** Variables merged over the parent's environment; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  /** Bytes or text written to the child's stdin, which is then closed. */
  input?: string | Uint8Array;
  /** Kill the whole process tree after this many milliseconds. Every call has one (default from the runner). */
  timeoutMs?: number;
  /** Stop collecting (and kill the child) past this many bytes of stdout + stderr. */
  maxOutputBytes?: number;
  /** Aborts the call like a timeout. */
  signal?: AbortSignal;
}

/** What a process call gives back. Output stays raw: decoding is the caller's (see `decodeOutput`). */
export interface CommandResult {
  /**
   * Normalised exit code: `-1` for wsl.exe's failure codes (-1, 4294967295, 255), 128 + the signal number for a
   * child killed by a signal (as shells report it), else the code.
   */
  exitCode: number;
  /** The exit code exactly as the OS reported it, or `null` when the child died from a signal. */
  rawExitCode: number | null;
  stdout: Buffer;
  stderr: Buffer;
  durationMs: number;
  /** True when output was cut at `maxOutputBytes`. */
  truncated?: boolean;
}

/** The one way any package of wsl-ready runs a process: argv arrays, never shell strings. */
export interface CommandRunner {
  run(file: string, args: readonly string[], options?: RunOptions): Promise<CommandResult>;
}
