import type { EnvRecord } from '../env.js';
/** What a caller asks of one process call. Every field is optional except where a caller needs it. */
export interface RunOptions {
  /** Working directory of the child. */
  cwd?: string;
  /** Variables merged over the parent's environment; `undefined` removes a variable. */
  env?: EnvRecord;
  /** Bytes or text written to the child's stdin, which is then closed. */
  input?: string | Uint8Array;
  /** Kill the whole process tree after this many milliseconds. Every call has one (default from the runner). */
  timeoutMs?: number;
  /** Stop collecting (and kill the child) past this many bytes of stdout + stderr. */
  maxOutputBytes?: number;
  /** Aborts the call like a timeout. */
  signal?: AbortSignal;
  /**
   * Where the child's stdout and stderr go. `pipe` (default): collected into the result (up to the cap).
   * `inherit`: straight to this process's own stdout and stderr, live and unbuffered (a build log, a step's
   * output); the result's buffers are then empty, and SIGINT/SIGTERM this process receives during the call are
   * passed on to the child's process tree (it runs in its own process group, so a Ctrl+C or the Actions runner's
   * cancel would not reach it otherwise). stdin stays closed unless `input` is given.
   */
  stdio?: 'pipe' | 'inherit';
  /**
   * Who answers a Ctrl+C (or the Actions runner's cancel) while the call runs. `forward` (default): on POSIX this
   * process passes SIGINT/SIGTERM on to the child's tree (`inherit` calls), on Windows the child shares the console
   * and gets the console's Ctrl+C and Ctrl+Break itself. `caller`: the child gets neither. On Windows it is started
   * detached (libuv `UV_PROCESS_DETACHED`: `DETACHED_PROCESS | CREATE_NEW_PROCESS_GROUP`, so no console and no
   * console event), on POSIX it leads its own process group and nothing is forwarded; the caller decides what a
   * cancel means. A timeout still stops the child's tree.
   */
  interrupts?: 'forward' | 'caller';
  /**
   * Called with each chunk of stdout / stderr as it arrives (`pipe` only). The result still collects the output,
   * capped at `maxOutputBytes`; a streamed call is not stopped at the cap, its collected copy is cut instead.
   */
  onStdout?: (chunk: Buffer) => void;
  onStderr?: (chunk: Buffer) => void;
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
  /** True when the collected output was cut at `maxOutputBytes`. */
  truncated?: boolean;
}

/** The one way any package of wsl-ready runs a process: argv arrays, never shell strings. */
export interface CommandRunner {
  run(file: string, args: readonly string[], options?: RunOptions): Promise<CommandResult>;
}
