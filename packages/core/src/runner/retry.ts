import { InputError } from '../errors.js';

export interface RetryOptions {
  /** Total attempts, the first included (≥ 1). Default 3. */
  attempts?: number;
  /** Delay before the second attempt; it doubles after each failure. Default 250 ms. */
  baseDelayMs?: number;
  /** Upper bound of one delay. Default 5 s. */
  maxDelayMs?: number;
  /** Whether a failure is worth another attempt (default: every failure). */
  shouldRetry?: (error: unknown, attempt: number) => boolean;
  /** Called before each wait (for logs). */
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
  /** Injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
  /** Injectable for tests: a number in [0, 1). */
  random?: () => number;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The delay before attempt `attempt + 1`: exponential back-off capped at `maxDelayMs`, with "equal jitter" (half
 * fixed, half random) so parallel callers hitting the same flaky WSL service spread out but never retry at once.
 */
export function backoffDelay(attempt: number, baseDelayMs: number, maxDelayMs: number, random: () => number): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * Math.min(Math.max(random(), 0), 1));
}

/**
 * Run `fn` until it succeeds, at most `attempts` times. WSL is flaky right after boot or an update (the service
 * restarts, RPC calls fail), so a few spaced-out retries turn spurious failures into answers. The last error is
 * thrown unchanged; an error `shouldRetry` rejects is thrown at once.
 */
export async function retry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 3;
  const baseDelayMs = options.baseDelayMs ?? 250;
  const maxDelayMs = options.maxDelayMs ?? 5_000;
  if (!Number.isInteger(attempts) || attempts < 1) {
    throw new InputError('attempts', `retry attempts must be a whole number of at least 1, not ${attempts}.`);
  }
  if (!(baseDelayMs >= 0) || !(maxDelayMs >= 0)) {
    throw new InputError('delay', 'retry delays must be zero or more milliseconds.');
  }
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (error) {
      if (attempt >= attempts || (options.shouldRetry && !options.shouldRetry(error, attempt))) throw error;
      const delay = backoffDelay(attempt, baseDelayMs, maxDelayMs, random);
      options.onRetry?.(error, attempt, delay);
      await sleep(delay);
    }
  }
}
