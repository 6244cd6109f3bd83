import { InputError } from '../errors.js';
import type { CommandResult, RunOptions } from './types.js';

/** Throws InputError for `stdio` values and combinations no runner can honour. */
export function validateStdio(options: RunOptions): void {
  const { stdio } = options;
  if (stdio !== undefined && stdio !== 'pipe' && stdio !== 'inherit') {
    throw new InputError('stdio', `stdio must be 'pipe' or 'inherit', not ${JSON.stringify(stdio)}.`);
  }
  if (stdio === 'inherit' && (options.onStdout || options.onStderr)) {
    throw new InputError(
      'stdio',
      "onStdout/onStderr need stdio: 'pipe' (with 'inherit' the output never passes through this process).",
    );
  }
}

export interface OutputSinks {
  stdout: { write(chunk: Uint8Array): unknown };
  stderr: { write(chunk: Uint8Array): unknown };
}

/**
 * For runners that hold a call's whole output at once (replay, fake): hand it over the way NodeCommandRunner
 * streams it. `inherit` writes it to this process's stdout/stderr and leaves the result's buffers empty;
 * `onStdout`/`onStderr` get it as one chunk each. Returns the result the caller sees.
 */
export function deliverOutput(
  result: CommandResult,
  options: RunOptions,
  sinks: OutputSinks = { stdout: process.stdout, stderr: process.stderr },
): CommandResult {
  if (options.stdio === 'inherit') {
    if (result.stdout.length) sinks.stdout.write(result.stdout);
    if (result.stderr.length) sinks.stderr.write(result.stderr);
    const { truncated: _dropped, ...rest } = result;
    return { ...rest, stdout: Buffer.alloc(0), stderr: Buffer.alloc(0) };
  }
  if (options.onStdout && result.stdout.length) options.onStdout(result.stdout);
  if (options.onStderr && result.stderr.length) options.onStderr(result.stderr);
  return result;
}
