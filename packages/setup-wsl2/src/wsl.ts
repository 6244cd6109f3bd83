import {
  CommandFailedError,
  type CommandResult,
  type CommandRunner,
  classifyWslFailure,
  decodeOutput,
  WslCommandError,
} from '@wsl-ready/core';
import type { PhaseContext } from './phase-runner.js';

export interface WslCall {
  args: readonly string[];
  input?: string | Uint8Array;
  env?: Record<string, string | undefined>;
  /** Exit codes that are not failures (default: 0). */
  okCodes?: readonly number[];
}

export interface WslAnswer {
  result: CommandResult;
  /** stdout decoded (UTF-16LE or UTF-8), line breaks folded to LF (`result.stdout` has the bytes). */
  stdout: string;
  stderr: string;
}

/**
 * The action's one door to wsl.exe: every call goes through the CommandRunner with the phase's remaining time as
 * its timeout and the phase's abort signal, failures become WslCommandError (classified, with remediation) or
 * CommandFailedError, and every call is counted for the report.
 */
export class WslClient {
  calls = 0;
  readonly argvLog: string[][] = [];
  constructor(
    private readonly runner: CommandRunner,
    readonly file: string,
  ) {}

  async run(ctx: PhaseContext, call: WslCall): Promise<WslAnswer> {
    const answer = await this.attempt(ctx, call);
    const okCodes = call.okCodes ?? [0];
    if (!okCodes.includes(answer.result.exitCode)) throw this.failure(call.args, answer);
    return answer;
  }

  /** Run and hand back the answer whatever the exit code (for probes that branch on it). */
  async attempt(ctx: PhaseContext, call: WslCall): Promise<WslAnswer> {
    this.calls++;
    this.argvLog.push([...call.args]);
    const result = await this.runner.run(this.file, call.args, {
      timeoutMs: ctx.remainingMs(),
      signal: ctx.signal,
      ...(call.input !== undefined ? { input: call.input } : {}),
      ...(call.env ? { env: call.env } : {}),
    });
    return { result, stdout: decodeOutput(result.stdout), stderr: decodeOutput(result.stderr) };
  }

  failure(args: readonly string[], answer: WslAnswer): Error {
    const argv = ['wsl.exe', ...args];
    const classified = classifyWslFailure({
      exitCode: answer.result.exitCode,
      stdout: answer.result.stdout,
      stderr: answer.result.stderr,
    });
    if (classified) return new WslCommandError(argv, answer.result.exitCode, classified.value);
    return new CommandFailedError(argv, answer.result.exitCode, `${answer.stdout}\n${answer.stderr}`);
  }
}
