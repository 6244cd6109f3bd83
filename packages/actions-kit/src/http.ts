// One HTTP request with bounded retries: network errors, per-attempt timeouts, 408, 429 and 5xx are retried with
// exponential back-off and jitter; everything else is the caller's to judge.
import { backoffDelay } from '@wsl-ready/core';

export type FetchLike = (input: string | URL, init?: RequestInit) => Promise<Response>;

export interface HttpRetryOptions {
  /** Total attempts, the first included. Default 5 (as the official clients). */
  attempts?: number;
  /** Back-off before the second attempt; doubles after each failure. Default 1 s. */
  baseDelayMs?: number;
  /** Upper bound of one wait, including a server's `Retry-After`. Default 30 s. */
  maxDelayMs?: number;
  /** An attempt whose answer (status and headers) has not arrived after this long is aborted. Default 60 s. */
  timeoutMs?: number;
  /** Injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Called before each wait, for debug logs. */
  onRetry?: (event: RetryEvent) => void;
  /** Stops the request, its retries and the waits between them; the call rejects with the signal's reason. */
  signal?: AbortSignal;
}

interface RetryEvent {
  readonly url: string;
  readonly attempt: number;
  readonly delayMs: number;
  /** `HTTP 503`, `timeout after 60000 ms`, or the network error's message. */
  readonly reason: string;
}

/**
 * The HTTP statuses worth another attempt, for every HTTP call of the actions: a timeout (408), too early (425),
 * rate limited (429) and the server-side failures a proxy or a busy service answers (500, 502, 503, 504). Others
 * (4xx) say the request itself is wrong, and repeat the same answer.
 */
export const RETRYABLE_HTTP_STATUSES: ReadonlySet<number> = new Set([408, 425, 429, 500, 502, 503, 504]);

/** True when a response with this status is worth retrying (see RETRYABLE_HTTP_STATUSES). */
export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_HTTP_STATUSES.has(status);
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `sleep` that ends early (rejecting with the reason) when `signal` aborts. */
function sleepUnlessAborted(sleep: (ms: number) => Promise<void>, ms: number, signal: AbortSignal | undefined) {
  if (!signal) return sleep(ms);
  signal.throwIfAborted();
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    sleep(ms).then(
      () => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * Fetch `url` with the init `makeInit` builds for each attempt (so a body is fresh every time). Resolves with the
 * first answer that is not worth retrying, or with the last answer once attempts run out; rejects with the last
 * network error or timeout. A `Retry-After` longer than `maxDelayMs` is not waited for. An aborted
 * `options.signal` ends everything at once, rejecting with its reason, and is never retried.
 */
export async function fetchWithRetry(
  fetchFn: FetchLike,
  url: string,
  makeInit: () => RequestInit,
  options: HttpRetryOptions = {},
): Promise<Response> {
  const attempts = Math.max(1, Math.floor(options.attempts ?? 5));
  const baseDelayMs = options.baseDelayMs ?? 1_000;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const { signal } = options;
  for (let attempt = 1; ; attempt++) {
    signal?.throwIfAborted();
    let reason: string;
    let retryAfterMs = 0;
    try {
      const init = makeInit();
      const response = await fetchBeforeDeadline(
        fetchFn,
        url,
        signal ? { ...init, signal: init.signal ? AbortSignal.any([init.signal, signal]) : signal } : init,
        timeoutMs,
      );
      if (!isRetryableStatus(response.status) || attempt >= attempts) return response;
      retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
      if (retryAfterMs > maxDelayMs) return response;
      await response.body?.cancel().catch(() => undefined);
      reason = `HTTP ${response.status}`;
    } catch (error) {
      signal?.throwIfAborted();
      if (attempt >= attempts) throw error;
      reason = isTimeout(error) ? `timeout after ${timeoutMs} ms` : describeNetworkError(error);
    }
    const delayMs = Math.max(backoffDelay(attempt, baseDelayMs, maxDelayMs, random), retryAfterMs);
    options.onRetry?.({ url: redactUrl(url), attempt, delayMs, reason });
    await sleepUnlessAborted(sleep, delayMs, signal);
  }
}

/**
 * The deadline covers sending the request and receiving the answer's head; the body is the caller's to time (a
 * multi-GB download must not be cut by a fixed deadline). A signal in `init` still aborts everything.
 */
async function fetchBeforeDeadline(
  fetchFn: FetchLike,
  url: string,
  init: RequestInit,
  timeoutMs: number,
): Promise<Response> {
  const deadline = new AbortController();
  const timer = setTimeout(
    () => deadline.abort(new DOMException(`no answer within ${timeoutMs} ms`, 'TimeoutError')),
    timeoutMs,
  );
  const signal = init.signal ? AbortSignal.any([init.signal, deadline.signal]) : deadline.signal;
  try {
    return await fetchFn(url, { ...init, signal });
  } finally {
    clearTimeout(timer);
  }
}

/** `retry` whose every retry is also written to `debug` (prefixed with the service), besides its own `onRetry`. */
export function withRetryLog(
  retry: HttpRetryOptions | undefined,
  debug: (message: string) => void,
  prefix: string,
): HttpRetryOptions {
  return {
    ...retry,
    onRetry: (event) => {
      debug(
        `${prefix}: attempt ${event.attempt} on ${event.url} failed (${event.reason}); retrying in ${event.delayMs} ms`,
      );
      retry?.onRetry?.(event);
    },
  };
}

/** `Retry-After` in seconds or as an HTTP date, in milliseconds (0 when absent or unreadable). */
function parseRetryAfter(value: string | null, now = Date.now()): number {
  if (!value) return 0;
  const seconds = Number(value.trim());
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? 0 : Math.max(0, date - now);
}

/** A URL without its query: signed blob URLs carry their credential (`sig`) there. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}${parsed.search ? '?…' : ''}`;
  } catch {
    return '(unparsable URL)';
  }
}

export function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

/** fetch hides the socket error in `cause`; surface its code (ECONNREFUSED…) for humans. */
export function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  const code = typeof cause?.code === 'string' ? cause.code : undefined;
  const detail = typeof cause?.message === 'string' ? cause.message : undefined;
  return [error.message, code && !detail?.includes(code) ? code : undefined, detail].filter(Boolean).join(': ');
}
