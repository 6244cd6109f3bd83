import {
  CommandAbortedError,
  CommandTimeoutError,
  formatDuration,
  type PhaseStatus,
  type ReportPhase,
} from '@wsl-ready/core';
import { PhaseTimeoutError } from './errors.js';

export interface PhaseLog {
  startGroup(name: string): void;
  endGroup(): void;
  info(message: string): void;
}

/** What a phase body gets: an abort signal and the time it has left (hand it to every process call). */
export interface PhaseContext {
  signal: AbortSignal;
  remainingMs(): number;
  /** Mark the phase as served from the cache (status `cached`). */
  markCached(): void;
}

export interface PhaseOptions {
  timeoutMs: number;
  /** The `timeout-minutes` key that bounds this phase, named in the timeout message. */
  inputKey?: string;
}

/**
 * Runs the setup's phases one after another, each in its own log group with its duration, each bounded by its
 * own timeout: when the time is up the phase's processes are stopped (through the abort signal) and a
 * PhaseTimeoutError names the phase. Keeps the timing table for the report.
 */
export class PhaseRunner {
  readonly records: ReportPhase[] = [];
  constructor(
    private readonly log: PhaseLog,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async run<T>(name: string, options: PhaseOptions, body: (ctx: PhaseContext) => Promise<T>): Promise<T> {
    const started = this.now();
    const deadline = started + options.timeoutMs;
    const controller = new AbortController();
    let status: PhaseStatus = 'ok';
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const error = new PhaseTimeoutError(name, options.timeoutMs, options.inputKey);
        controller.abort(error);
        reject(error);
      }, options.timeoutMs);
    });
    this.log.startGroup(name);
    try {
      const ctx: PhaseContext = {
        signal: controller.signal,
        remainingMs: () => Math.max(1, Math.round(deadline - this.now())),
        markCached: () => {
          status = 'cached';
        },
      };
      return await Promise.race([body(ctx), timedOut]);
    } catch (error) {
      // A process stopped by the phase's own deadline reports a timeout or an abort: both mean the phase timed out.
      const expired = controller.signal.aborted || this.now() >= deadline - 5;
      if (error instanceof PhaseTimeoutError || (expired && isStopped(error))) {
        status = 'timed-out';
        throw error instanceof PhaseTimeoutError
          ? error
          : new PhaseTimeoutError(name, options.timeoutMs, options.inputKey, error);
      }
      status = 'failed';
      throw error;
    } finally {
      clearTimeout(timer);
      if (!controller.signal.aborted) controller.abort(new Error(`${name} finished`));
      const durationMs = Math.round(this.now() - started);
      this.records.push({ name, durationMs, status });
      this.log.info(`${name}: ${status === 'ok' ? 'done' : status} in ${formatDuration(durationMs)}`);
      this.log.endGroup();
    }
  }

  /** Record a phase that did not need to run (shown in the timing table). */
  skip(name: string, reason: string, status: Extract<PhaseStatus, 'skipped' | 'cached'> = 'skipped'): void {
    this.records.push({ name, durationMs: 0, status });
    this.log.info(`${name}: ${status} (${reason})`);
  }
}

function isStopped(error: unknown): boolean {
  return error instanceof CommandTimeoutError || error instanceof CommandAbortedError;
}
