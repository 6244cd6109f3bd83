import type { RunEvent } from '../run-event.js';

export type EnqueueResult = 'queued' | 'duplicate';

/**
 * Webhooks are acknowledged at once and the work runs from a queue. A job is one run attempt of one repository;
 * deliveries of the same attempt (GitHub redeliveries, duplicates) are de-duplicated by the job id.
 */
export interface RunQueue {
  enqueue(event: RunEvent): Promise<EnqueueResult>;
  /** Start workers that call `process` for each job; a throw retries the job with back-off. */
  start(process: (event: RunEvent) => Promise<void>): void;
  /** Stop taking jobs, let in-flight ones finish (or hand them back), then release resources. */
  close(): Promise<void>;
  /** False once closing, or while the backing store is unreachable. */
  isReady(): boolean;
}

export function jobIdOf(event: RunEvent): string {
  return `${event.repository.id}-${event.run.id}-${event.run.attempt}`;
}
