import type { ReadTextFile } from '../checks/options.js';
import type { EnvRecord } from '../env.js';
import type { CommandRunner } from '../runner/types.js';

/** What `ProgressStream` and a TTY check need of a stream (`process.stderr` fits). */
export interface CliStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): unknown;
}

/**
 * Everything the CLI touches of the outside world, injected so tests run it in-process.
 * Only `stdout`, `stderr` and `env` are required; the rest default to the real process.
 */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: EnvRecord;
  /** Raw stdin (`process.stdin`); absent means empty. */
  stdin?: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;
  /** stdin is a terminal: `parse` then tells the user how to end the pasted text. */
  stdinIsTTY?: boolean;
  /** stdout is a terminal (colour) and its width (terminal wrapping). */
  stdoutIsTTY?: boolean;
  stdoutColumns?: number;
  /** Where the live progress line goes (`process.stderr`); shown only when it is a TTY. */
  progress?: CliStream;
  cwd?: string;
  platform?: NodeJS.Platform;
  arch?: string;
  /** Makes the runner the doctor uses (default: a NodeCommandRunner). `--record` wraps it, `--replay` replaces it. */
  createRunner?: () => CommandRunner;
  /** Files of the machine for the doctor (default: the real file system). */
  readFile?: ReadTextFile;
  /** Clock of the report (tests). */
  now?: () => Date;
}
