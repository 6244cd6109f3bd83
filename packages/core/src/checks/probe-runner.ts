import type { CommandResult, CommandRunner, RunOptions } from '../runner/types.js';

/**
 * Which waiting command gets the next free slot. `critical` probes begin the doctor's longest dependent chains (the
 * host probe; `wsl --version` and `wsl --list --verbose`, then the look inside the running default distribution),
 * so they never queue behind `background` ones (the Docker endpoints, which are many and short).
 */
export type ProbePriority = 'critical' | 'normal' | 'background';

/** Best first: a priority's rank is its index. */
const PRIORITIES: readonly ProbePriority[] = ['critical', 'normal', 'background'];
const rankOf = (priority: ProbePriority) => PRIORITIES.indexOf(priority);

export interface ProbeRunnerOptions {
  /** Upper bound of commands running at once. */
  concurrency: number;
  /** Timeout of calls that do not set their own. */
  timeoutMs: number;
  /** Priority of calls made through `run` itself (views from `at()` set their own). Default `normal`. */
  defaultPriority?: ProbePriority;
}

/** One command the doctor ran, for evidence and for the benchmark's critical-path figures. */
export interface ProbeRecord {
  argv: string[];
  startedAt: number;
  durationMs: number;
  outcome: 'ok' | 'error';
  priority: ProbePriority;
}

interface Waiter {
  rank: number;
  seq: number;
  start: () => void;
}

/**
 * The doctor's view of the runner: identical calls (same executable, arguments, directory, variables and input)
 * share one execution, so `wsl --list --verbose` runs once however many checks read it; at most `concurrency`
 * commands run at once; every call has a timeout. Callers queue for a slot only while their command waits, never
 * while they themselves hold one, so nested use cannot deadlock.
 *
 * Slots go to the waiting command of the best priority, first come first served within one priority. Commands are
 * admitted on the next turn of the event loop rather than at once, so the requests that the checks make together
 * (and the follow-ups a finished command triggers) compete by priority instead of by who asked first.
 */
export class ProbeRunner implements CommandRunner {
  readonly records: ProbeRecord[] = [];
  readonly #inner: CommandRunner;
  readonly #concurrency: number;
  readonly #timeoutMs: number;
  readonly #defaultPriority: ProbePriority;
  readonly #cache = new Map<string, Promise<CommandResult>>();
  /** Waiters by cache key, so a later request of higher priority can move its command up. */
  readonly #queued = new Map<string, Waiter>();
  readonly #waiting: Waiter[] = [];
  #active = 0;
  #seq = 0;
  #drainScheduled = false;

  constructor(inner: CommandRunner, options: ProbeRunnerOptions) {
    this.#inner = inner;
    this.#concurrency = Math.max(1, Math.floor(options.concurrency));
    this.#timeoutMs = options.timeoutMs;
    this.#defaultPriority = options.defaultPriority ?? 'normal';
  }

  run(file: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    return this.#run(file, args, options, this.#defaultPriority);
  }

  /** The same runner (shared cache, slots and records) whose calls wait for a slot with `priority`. */
  at(priority: ProbePriority): CommandRunner {
    return { run: (file, args, options = {}) => this.#run(file, args, options, priority) };
  }

  /** Number of distinct commands started so far. */
  get executions(): number {
    return this.records.length;
  }

  #run(file: string, args: readonly string[], options: RunOptions, priority: ProbePriority): Promise<CommandResult> {
    const key = JSON.stringify([
      file,
      args,
      options.cwd ?? null,
      options.env ? Object.entries(options.env).sort(([a], [b]) => (a < b ? -1 : 1)) : null,
      options.input === undefined ? null : Buffer.from(options.input).toString('base64'),
      options.maxOutputBytes ?? null,
    ]);
    const cached = this.#cache.get(key);
    if (cached) {
      const waiter = this.#queued.get(key);
      if (waiter) waiter.rank = Math.min(waiter.rank, rankOf(priority));
      return cached;
    }
    const timeoutMs = options.timeoutMs ?? this.#timeoutMs;
    const pending = this.#execute(key, file, args, { ...options, timeoutMs }, priority);
    this.#cache.set(key, pending);
    return pending;
  }

  async #execute(
    key: string,
    file: string,
    args: readonly string[],
    options: RunOptions,
    asked: ProbePriority,
  ): Promise<CommandResult> {
    const priority = PRIORITIES[await this.#acquire(key, rankOf(asked))] ?? asked;
    const startedAt = performance.now();
    const record: ProbeRecord = { argv: [file, ...args], startedAt, durationMs: 0, outcome: 'ok', priority };
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

  /** Resolves with the rank the command held when it got its slot. */
  #acquire(key: string, rank: number): Promise<number> {
    return new Promise((resolve) => {
      const waiter: Waiter = {
        rank,
        seq: this.#seq++,
        start: () => {
          this.#queued.delete(key);
          resolve(waiter.rank);
        },
      };
      this.#waiting.push(waiter);
      this.#queued.set(key, waiter);
      this.#scheduleDrain();
    });
  }

  #release(): void {
    this.#active--;
    this.#scheduleDrain();
  }

  #scheduleDrain(): void {
    if (this.#drainScheduled) return;
    this.#drainScheduled = true;
    setImmediate(() => {
      this.#drainScheduled = false;
      this.#drain();
    });
  }

  #drain(): void {
    while (this.#active < this.#concurrency && this.#waiting.length > 0) {
      let best = 0;
      for (let i = 1; i < this.#waiting.length; i++) {
        const w = this.#waiting[i]!;
        const b = this.#waiting[best]!;
        if (w.rank < b.rank || (w.rank === b.rank && w.seq < b.seq)) best = i;
      }
      const [next] = this.#waiting.splice(best, 1);
      this.#active++;
      next!.start();
    }
  }
}
