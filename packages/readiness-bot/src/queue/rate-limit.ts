/**
 * How long GitHub asked us to wait after a rate-limited answer, in ms, or undefined when the error is no rate
 * limit. GitHub Docs, "Rate limits for the REST API" (exceeding the primary / a secondary rate limit) and "Best
 * practices for using the REST API": after a 403 or 429, wait `retry-after` seconds when the header is there;
 * else, when `x-ratelimit-remaining` is 0, until `x-ratelimit-reset` (epoch seconds); else at least one minute.
 * Retrying sooner prolongs the limit and may get the integration banned.
 */
export function rateLimitWaitMs(error: unknown, now = Date.now()): number | undefined {
  const { status, message, response } = (error ?? {}) as {
    status?: unknown;
    message?: unknown;
    response?: { headers?: Record<string, unknown> };
  };
  if (status !== 403 && status !== 429) return undefined;
  const headers = response?.headers ?? {};
  const retryAfter = Number(headers['retry-after']);
  if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter) && retryAfter >= 0)
    return Math.min(retryAfter * 1000, MAX_WAIT_MS);
  if (String(headers['x-ratelimit-remaining']) === '0') {
    const reset = Number(headers['x-ratelimit-reset']);
    if (Number.isFinite(reset)) return Math.min(Math.max(0, reset * 1000 - now) + 1000, MAX_WAIT_MS);
  }
  if (status === 429 || (typeof message === 'string' && /rate limit/i.test(message))) return 60_000;
  return undefined;
}

/** Longer than GitHub's hourly window is never asked; a bogus header must not park a job for days. */
const MAX_WAIT_MS = 65 * 60 * 1000;

/** The delay before retry `attempt` (1-based): exponential back-off, but never sooner than GitHub asked. */
export function retryDelayMs(attempt: number, backoffMs: number, error: unknown, jitter = Math.random()): number {
  const backoff = backoffMs * 2 ** (attempt - 1) * (0.5 + jitter / 2);
  return Math.max(backoff, rateLimitWaitMs(error) ?? 0);
}
