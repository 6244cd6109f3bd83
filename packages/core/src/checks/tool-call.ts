import { CommandNotFoundError, CommandTimeoutError, formatArgv } from '../errors.js';
import type { CommandResult, CommandRunner, RunOptions } from '../runner/types.js';
import { decodeOutput } from '../text/decode.js';

/** Why a command gave no answer: not installed, stopped at its timeout, or could not run at all. */
export interface ToolError {
  kind: 'missing' | 'timeout' | 'failed';
  message: string;
}

/** One command's answer, decoded; `error` when it threw instead of exiting (a non-zero exit is not an error). */
export interface ToolCall {
  argv: string[];
  result: CommandResult | null;
  error: ToolError | null;
  stdout: string;
  stderr: string;
}

export async function callTool(
  runner: CommandRunner,
  file: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<ToolCall> {
  const argv = [file, ...args];
  try {
    const result = await runner.run(file, args, options);
    return { argv, result, error: null, stdout: decodeOutput(result.stdout), stderr: decodeOutput(result.stderr) };
  } catch (error) {
    return { argv, result: null, error: toolError(error, argv), stdout: '', stderr: '' };
  }
}

function toolError(error: unknown, argv: readonly string[]): ToolError {
  if (error instanceof CommandNotFoundError || (error as { code?: unknown } | null)?.code === 'ENOENT') {
    return { kind: 'missing', message: `\`${argv[0]}\` is not installed or not on PATH.` };
  }
  if (error instanceof CommandTimeoutError) {
    return {
      kind: 'timeout',
      message: `\`${formatArgv(shortArgv(argv))}\` gave no answer within ${error.timeoutMs} ms.`,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'failed', message: `\`${formatArgv(shortArgv(argv))}\` could not run: ${message.split('\n')[0]}` };
}

/** argv for messages: long encoded scripts shortened so evidence stays readable. */
export function shortArgv(argv: readonly string[]): string[] {
  return argv.map((arg) => (arg.length > 60 ? `${arg.slice(0, 24)}…(${arg.length} chars)` : arg));
}

/** The first non-empty line of a command's output, for summaries. */
export function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line !== '')
      ?.slice(0, 300) ?? ''
  );
}
