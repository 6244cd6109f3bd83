import type { ConnectionOptions, Queue, Worker } from 'bullmq';
import type { RunEvent } from '../run-event.js';
import { retryDelayMs } from './rate-limit.js';
import { type EnqueueResult, jobIdOf, type RunQueue } from './types.js';

export interface BullQueueOptions {
  connection: ConnectionOptions;
  name?: string;
  concurrency?: number;
  attempts?: number;
  backoffMs?: number;
  /** How long a worker's claim on a job lasts without renewal; a crashed replica's jobs return after it. */
  jobLockMs?: number;
  onError?: (event: RunEvent | undefined, error: unknown) => void;
}

/**
 * With `REDIS_URL`: BullMQ on Redis, so several replicas share the work. The job id de-duplicates deliveries
 * across replicas; a job whose worker crashes is found stalled and handed to another worker, so no event is lost.
 */
export class BullRunQueue implements RunQueue {
  readonly #queue: Queue<RunEvent>;
  #worker: Worker<RunEvent> | undefined;
  #closing = false;

  /** `bullmq` is passed in (loaded on demand) so a bot without Redis never loads it. */
  constructor(
    private readonly bullmq: typeof import('bullmq'),
    private readonly options: BullQueueOptions,
  ) {
    this.#queue = new bullmq.Queue<RunEvent>(options.name ?? 'wsl-ready-runs', {
      connection: options.connection,
      defaultJobOptions: {
        attempts: options.attempts ?? 5,
        // Exponential, but never sooner than a rate-limited answer asked (the worker's `backoffStrategy`).
        backoff: { type: 'github', delay: options.backoffMs ?? 1_000 },
        removeOnComplete: { age: 3600, count: 10_000 },
        removeOnFail: { age: 24 * 3600 },
      },
    });
  }

  async enqueue(event: RunEvent): Promise<EnqueueResult> {
    if (this.#closing) throw new Error('the queue is shutting down; GitHub will show the delivery as failed');
    // Adding an id that exists (from this or another replica) adds nothing and returns the existing job.
    const job = await this.#queue.add('workflow_run', event, { jobId: jobIdOf(event) });
    return job.data.deliveryId === event.deliveryId ? 'queued' : 'duplicate';
  }

  start(process: (event: RunEvent) => Promise<void>): void {
    this.#worker = new this.bullmq.Worker<RunEvent>(this.#queue.name, async (job) => process(job.data), {
      connection: this.options.connection,
      concurrency: this.options.concurrency ?? 4,
      lockDuration: this.options.jobLockMs ?? 30_000,
      stalledInterval: this.options.jobLockMs ?? 30_000,
      settings: {
        backoffStrategy: (attemptsMade, _type, error) =>
          retryDelayMs(attemptsMade, this.options.backoffMs ?? 1_000, error),
      },
    });
    this.#worker.on('failed', (job, error) => this.options.onError?.(job?.data, error));
    this.#worker.on('error', (error) => this.options.onError?.(undefined, error));
  }

  isReady(): boolean {
    return !this.#closing && (this.#worker?.isRunning() ?? true);
  }

  async close(): Promise<void> {
    this.#closing = true;
    await this.#worker?.close();
    await this.#queue.close();
  }

  /** Resolves when no job is waiting, delayed or active (tests and benchmarks). */
  async drained(pollMs = 50): Promise<void> {
    for (;;) {
      const counts = await this.#queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      if (Object.values(counts).every((n) => n === 0)) return;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }
}
