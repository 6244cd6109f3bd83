import type { RunEvent } from '../run-event.js';
import { retryDelayMs } from './rate-limit.js';
import { type EnqueueResult, jobIdOf, type RunQueue } from './types.js';

export interface InProcessQueueOptions {
  concurrency?: number;
  attempts?: number;
  backoffMs?: number;
  /** How long a finished job id keeps answering "duplicate". */
  dedupeTtlMs?: number;
  onError?: (event: RunEvent, error: unknown, willRetry: boolean) => void;
}

/** The embedded default: an in-memory queue with bounded concurrency, retries and delivery de-duplication. */
export class InProcessQueue implements RunQueue {
  readonly #pending: RunEvent[] = [];
  readonly #seen = new Map<string, number>();
  readonly #idle = new Set<() => void>();
  #process: ((event: RunEvent) => Promise<void>) | undefined;
  #active = 0;
  #closing = false;
  readonly #options: Required<Omit<InProcessQueueOptions, 'onError'>> & Pick<InProcessQueueOptions, 'onError'>;

  constructor(options: InProcessQueueOptions = {}) {
    this.#options = {
      concurrency: options.concurrency ?? 4,
      attempts: options.attempts ?? 5,
      backoffMs: options.backoffMs ?? 1_000,
      dedupeTtlMs: options.dedupeTtlMs ?? 60 * 60 * 1000,
      onError: options.onError,
    };
  }

  async enqueue(event: RunEvent): Promise<EnqueueResult> {
    if (this.#closing) throw new Error('the queue is shutting down; GitHub will show the delivery as failed');
    const id = jobIdOf(event);
    const now = Date.now();
    const seenAt = this.#seen.get(id);
    if (seenAt !== undefined && now - seenAt < this.#options.dedupeTtlMs) return 'duplicate';
    this.#seen.set(id, now);
    if (this.#seen.size > 50_000) this.#forgetOldest();
    this.#pending.push(event);
    this.#pump();
    return 'queued';
  }

  start(process: (event: RunEvent) => Promise<void>): void {
    this.#process = process;
    this.#pump();
  }

  isReady(): boolean {
    return !this.#closing;
  }

  async close(): Promise<void> {
    this.#closing = true;
    if (this.#active === 0 && (this.#pending.length === 0 || !this.#process)) return;
    await new Promise<void>((resolve) => this.#idle.add(resolve));
  }

  /** Resolves when nothing is queued or running (tests and benchmarks). */
  async drained(): Promise<void> {
    if (this.#active === 0 && this.#pending.length === 0) return;
    await new Promise<void>((resolve) => this.#idle.add(resolve));
  }

  #pump(): void {
    while (this.#process && this.#active < this.#options.concurrency && this.#pending.length > 0) {
      const event = this.#pending.shift()!;
      this.#active++;
      void this.#runWithRetries(event).finally(() => {
        this.#active--;
        this.#pump();
        if (this.#active === 0 && this.#pending.length === 0) {
          for (const resolve of this.#idle) resolve();
          this.#idle.clear();
        }
      });
    }
  }

  async #runWithRetries(event: RunEvent): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.#process!(event);
        return;
      } catch (error) {
        const willRetry = attempt < this.#options.attempts && !this.#closing;
        this.#options.onError?.(event, error, willRetry);
        if (!willRetry) {
          // Let a later redelivery of the same attempt try again.
          this.#seen.delete(jobIdOf(event));
          return;
        }
        // A rate-limited answer says how long to wait; retrying sooner only prolongs the limit.
        await new Promise((resolve) => setTimeout(resolve, retryDelayMs(attempt, this.#options.backoffMs, error)));
      }
    }
  }

  #forgetOldest(): void {
    const cutoff = Date.now() - this.#options.dedupeTtlMs;
    for (const [id, at] of this.#seen) if (at < cutoff) this.#seen.delete(id);
    while (this.#seen.size > 50_000) this.#seen.delete(this.#seen.keys().next().value as string);
  }
}
