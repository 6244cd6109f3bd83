import type { CommandResult, CommandRunner, RunOptions } from '../runner/types.js';

export interface ProbeRunnerOptions {
  /** Upper bound of commands running at once. */
  concurrency: number;
  /** Timeout of calls that do not set their own. */
  timeoutMs: number;
}

/** One command the doctor ran, for evidence and for the benchmark's critical-path figures. */
export interface ProbeRecord {
  argv: string[];
  startedAt: number;
  durationMs: number;
  outcome: 'ok' | 'error';
}

/**
 * The doctor's view of the runner: identical calls (same executable, arguments, directory, variables and input)
 * share one execution, so `wsl --list --verbose` runs once however many checks read it; at most `concurrency`
 * commands run at once; every call has a timeout. Callers queue for a slot only while their command waits, never
 * while they themselves hold one, so nested use cannot deadlock.
 */
export class ProbeRunner implements CommandRunner {
  readonly records: ProbeRecord[] = [];
  readonly #inner: CommandRunner;
  readonly #options: ProbeRunnerOptions;
  readonly #cache = new Map<string, Promise<CommandResult>>();
  readonly #waiting: Array<() => void> = [];
  #active = 0;

  constructor(inner: CommandRunner, options: ProbeRunnerOptions) {
    this.#inner = inner;
    this.#options = { concurrency: Math.max(1, Math.floor(options.concurrency)), timeoutMs: options.timeoutMs };
  }

  run(file: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    const key = JSON.stringify([
      file,
      args,
      options.cwd ?? null,
      options.env ? Object.entries(options.env).sort(([a], [b]) => (a < b ? -1 : 1)) : null,
      options.input === undefined ? null : Buffer.from(options.input).toString('base64'),
      options.maxOutputBytes ?? null,
    ]);
    const cached = this.#cache.get(key);
    if (cached) return cached;
    const pending = this.#execute(file, args, { ...options, timeoutMs: options.timeoutMs ?? this.#options.timeoutMs });
    this.#cache.set(key, pending);
    return pending;
  }

  /** Number of distinct commands started so far. */
  get executions(): number {
    return this.records.length;
  }

  async #execute(file: string, args: readonly string[], options: RunOptions): Promise<CommandResult> {
    await this.#acquire();
    const startedAt = performance.now();
    const record: ProbeRecord = { argv: [file, ...args], startedAt, durationMs: 0, outcome: 'ok' };
    this.records.push(record);
    try {
      return await this.#inner.run(file, args, options);
    } catch (error) {
      record.outcome = 'error';
      throw error;
    } finally {
      record.durationMs = performance.now() - startedAt;
      this.#release();
    }
  }

  #acquire(): Promise<void> {
    if (this.#active < this.#options.concurrency) {
      this.#active++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  #release(): void {
    const next = this.#waiting.shift();
    // The slot passes straight to the next waiter, so `#active` stays the same.
    if (next) next();
    else this.#active--;
  }
}
