import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { EnvRecord } from '../env.js';
import { CommandNotFoundError, CommandTimeoutError, formatArgv, InputError, WslReadyError } from '../errors.js';
import { mergeEnv, withWslDefaults } from './env.js';
import { CommandAbortedError } from './errors.js';
import { normalizeExitCode } from './exit-code.js';
import { killProcessTree } from './kill-tree.js';
import { validateStdio } from './streaming.js';
import type { CommandResult, CommandRunner, RunOptions } from './types.js';

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_OUTPUT_BYTES = 16 * 1024 * 1024;
/** Node fires a longer timer at once (after 1 ms); a longer timeout is held at this (about 24.8 days). */
export const MAX_TIMER_MS = 2 ** 31 - 1;
/** Signals passed on to the child's tree while a call with `stdio: 'inherit'` runs. */
export const FORWARDED_SIGNALS: readonly ('SIGINT' | 'SIGTERM')[] = ['SIGINT', 'SIGTERM'];

export interface NodeCommandRunnerOptions {
  /** Timeout of a call that does not pass its own `timeoutMs`. Default 60 s. */
  defaultTimeoutMs?: number;
  /** Output cap (stdout + stderr) of a call that does not pass its own. Default 16 MiB. */
  maxOutputBytes?: number;
  /** Time between SIGTERM and SIGKILL when a call is stopped. Default 2 s. */
  killGraceMs?: number;
  /**
   * After the child exits, how long to wait for its output pipes to close. A background process it started
   * (`wsl.exe -e sh -c 'dockerd &'`) may hold them open for good; it is left running. Default 1 s.
   */
  exitDrainMs?: number;
  /** The environment calls inherit (default `process.env`). */
  env?: EnvRecord;
}

/**
 * Runs processes with Node's child_process: argv arrays only (never a shell), one timeout per call that stops
 * the whole process tree, an output cap, AbortSignal support and raw byte output; output can also be streamed
 * (`onStdout`/`onStderr`) or handed straight to this process's stdout and stderr (`stdio: 'inherit'`).
 *
 * Exit codes: `exitCode` is normalised (wsl.exe's -1 / 4294967295 / 255 all become -1, see `normalizeExitCode`);
 * `rawExitCode` is what the OS reported. Calls to wsl.exe get `WSL_UTF8=1` unless the caller sets it.
 */
export class NodeCommandRunner implements CommandRunner {
  private readonly defaultTimeoutMs: number;
  private readonly maxOutputBytes: number;
  private readonly killGraceMs: number;
  private readonly exitDrainMs: number;
  private readonly baseEnv: EnvRecord;

  constructor(options: NodeCommandRunnerOptions = {}) {
    this.defaultTimeoutMs = positive(options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS, 'defaultTimeoutMs');
    this.maxOutputBytes = positive(options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES, 'maxOutputBytes');
    this.killGraceMs = positive(options.killGraceMs ?? 2_000, 'killGraceMs');
    this.exitDrainMs = positive(options.exitDrainMs ?? 1_000, 'exitDrainMs');
    this.baseEnv = options.env ?? process.env;
  }

  async run(file: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    const argv = [file, ...args];
    const timeoutMs = positive(options.timeoutMs ?? this.defaultTimeoutMs, 'timeoutMs');
    const maxOutputBytes = positive(options.maxOutputBytes ?? this.maxOutputBytes, 'maxOutputBytes');
    validateStdio(options);
    const inherit = options.stdio === 'inherit';
    if (options.signal?.aborted) throw new CommandAbortedError(argv, options.signal.reason);
    const env = withWslDefaults(file, mergeEnv(this.baseEnv, options.env), options.env);
    const windows = process.platform === 'win32';
    const output = inherit ? 'inherit' : 'pipe';

    return new Promise<CommandResult>((resolve, reject) => {
      const started = performance.now();
      let child: ChildProcess;
      try {
        child = spawn(file, [...args], {
          cwd: options.cwd,
          env,
          stdio: [options.input === undefined ? 'ignore' : 'pipe', output, output],
          // POSIX: the child leads a new process group, so a timeout can stop its grandchildren too. Windows:
          // a detached child has no console, so the console's Ctrl+C and Ctrl+Break pass it by.
          detached: !windows || options.interrupts === 'caller',
          windowsHide: true,
          shell: false,
        });
      } catch (error) {
        reject(spawnError(error, file, argv, options.cwd));
        return;
      }

      const stdout: Buffer[] = [];
      const stderr: Buffer[] = [];
      let collected = 0;
      let truncated = false;
      let stopReason: 'timeout' | 'abort' | 'cap' | 'callback' | undefined;
      let callbackError: unknown;
      let rawExitCode: number | null = null;
      let exitSignal: NodeJS.Signals | null = null;
      let exited = false;
      let settled = false;
      const timers: NodeJS.Timeout[] = [];
      let escalate: NodeJS.Timeout | undefined;

      const finish = (failure?: unknown) => {
        if (settled) return;
        settled = true;
        for (const timer of timers) clearTimeout(timer);
        // Keep the SIGKILL follow-up only while some member of a stopped tree is still alive.
        if (escalate && (windows || !groupAlive(child.pid))) clearTimeout(escalate);
        options.signal?.removeEventListener('abort', onAbort);
        for (const [signal, handler] of forwarders) process.off(signal, handler);
        child.stdout?.destroy();
        child.stderr?.destroy();
        child.stdin?.destroy();
        if (failure) return reject(failure);
        if (stopReason === 'callback') return reject(callbackError);
        if (stopReason === 'timeout') return reject(new CommandTimeoutError(argv, timeoutMs));
        if (stopReason === 'abort') return reject(new CommandAbortedError(argv, options.signal?.reason));
        const result: CommandResult = {
          exitCode: normalizeExitCode(file, rawExitCode, exitSignal),
          rawExitCode,
          stdout: Buffer.concat(stdout),
          stderr: Buffer.concat(stderr),
          durationMs: Math.round(performance.now() - started),
        };
        if (truncated) result.truncated = true;
        resolve(result);
      };

      const stop = (reason: 'timeout' | 'abort' | 'cap' | 'callback') => {
        if (stopReason || settled) return;
        stopReason = reason;
        const pid = child.pid;
        if (pid === undefined) return finish();
        killProcessTree(pid, 'SIGTERM');
        escalate = setTimeout(() => killProcessTree(pid, 'SIGKILL'), this.killGraceMs);
        timers.push(setTimeout(() => finish(), this.killGraceMs + 1_000));
      };

      const onAbort = () => stop('abort');
      options.signal?.addEventListener('abort', onAbort, { once: true });
      timers.push(setTimeout(() => stop('timeout'), Math.min(timeoutMs, MAX_TIMER_MS)));

      // Inherited output never passes through here, so the terminal's Ctrl+C (or the Actions runner's cancel)
      // must be passed on to the child's own process group. Windows delivers console Ctrl+C to the child itself.
      const forwarders: [NodeJS.Signals, () => void][] = [];
      if (inherit && !windows && options.interrupts !== 'caller') {
        for (const signal of FORWARDED_SIGNALS) {
          const handler = () => {
            if (child.pid !== undefined && !exited) killProcessTree(child.pid, signal);
          };
          forwarders.push([signal, handler]);
          process.on(signal, handler);
        }
      }

      // A streamed call is watched live, so the cap only bounds the copy kept for the result; an unwatched call
      // that floods is stopped (its output would only be thrown away).
      const streamed = Boolean(options.onStdout || options.onStderr);
      const collect = (sink: Buffer[], listener: ((chunk: Buffer) => void) | undefined) => (chunk: Buffer) => {
        if (settled) return;
        if (listener) {
          try {
            listener(chunk);
          } catch (error) {
            callbackError = error;
            stop('callback');
            return;
          }
        }
        if (truncated) return;
        const room = maxOutputBytes - collected;
        if (chunk.length > room) {
          if (room > 0) sink.push(chunk.subarray(0, room));
          collected = maxOutputBytes;
          truncated = true;
          if (!streamed) stop('cap');
          return;
        }
        sink.push(chunk);
        collected += chunk.length;
      };
      child.stdout?.on('data', collect(stdout, options.onStdout));
      child.stderr?.on('data', collect(stderr, options.onStderr));

      if (child.stdin) {
        // A child that exits without reading its input closes the pipe; that is not an error of the call.
        child.stdin.on('error', () => {});
        child.stdin.end(options.input);
      }

      child.on('error', (error) => {
        if (child.pid === undefined && !exited) finish(spawnError(error, file, argv, options.cwd));
      });
      child.on('exit', (code, signal) => {
        exited = true;
        rawExitCode = code;
        exitSignal = signal;
        if (!stopReason) timers.push(setTimeout(() => finish(), this.exitDrainMs));
      });
      child.on('close', (code, signal) => {
        if (!exited) {
          rawExitCode = code;
          exitSignal = signal;
          exited = true;
        }
        finish();
      });
    });
  }
}

function groupAlive(pid: number | undefined): boolean {
  if (pid === undefined) return false;
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

function positive(value: number, name: string): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new InputError(name, `${name} must be a positive number of ${name.endsWith('Bytes') ? 'bytes' : 'ms'}.`);
  }
  return value;
}

function spawnError(error: unknown, file: string, argv: readonly string[], cwd: string | undefined): Error {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if ((code === 'ENOENT' || code === 'ENOTDIR') && cwd !== undefined && !existsSync(cwd)) {
    return new InputError(
      'cwd',
      `The working directory ${JSON.stringify(cwd)} does not exist; create it or pass another.`,
    );
  }
  if (code === 'ENOENT' || code === 'EACCES' || code === 'ENOTDIR' || code === 'EPERM') {
    return new CommandNotFoundError(file, error);
  }
  if (code === 'ERR_INVALID_ARG_VALUE' || code === 'ERR_INVALID_ARG_TYPE') {
    return new InputError(
      'argv',
      `\`${formatArgv(argv)}\` cannot be run: an argument or variable holds a NUL byte or is not text.`,
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new WslReadyError('command-start-failed', `Could not start \`${formatArgv(argv)}\`: ${detail}`, {
    cause: error,
  });
}
