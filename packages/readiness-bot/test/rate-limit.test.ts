import { describe, expect, it } from 'vitest';
import { rateLimitWaitMs, retryDelayMs } from '../src/queue/rate-limit.js';

const answer = (status: number, headers: Record<string, string>, message = 'x') => ({
  status,
  message,
  response: { headers },
});

describe('rate-limit waits (GitHub Docs, "Rate limits for the REST API")', () => {
  const now = 1_700_000_000_000;
  it('honours retry-after, then x-ratelimit-reset when the quota is used up, else one minute', () => {
    expect(rateLimitWaitMs(answer(403, { 'retry-after': '30' }, 'You have exceeded a secondary rate limit'), now)).toBe(
      30_000,
    );
    expect(rateLimitWaitMs(answer(429, { 'retry-after': '2' }), now)).toBe(2_000);
    const reset = String(now / 1000 + 120);
    expect(rateLimitWaitMs(answer(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }), now)).toBe(
      121_000,
    );
    expect(rateLimitWaitMs(answer(403, {}, 'You have exceeded a secondary rate limit.'), now)).toBe(60_000);
    expect(rateLimitWaitMs(answer(429, {}), now)).toBe(60_000);
  });

  it('is no rate limit for other refusals, and caps absurd headers', () => {
    expect(rateLimitWaitMs(answer(403, {}, 'Resource not accessible by integration'), now)).toBeUndefined();
    expect(rateLimitWaitMs(answer(403, {}, 'Unable to create comment because issue is locked.'), now)).toBeUndefined();
    expect(rateLimitWaitMs(answer(502, { 'retry-after': '5' }), now)).toBeUndefined();
    expect(rateLimitWaitMs(new Error('boom'), now)).toBeUndefined();
    expect(rateLimitWaitMs(answer(403, { 'retry-after': '999999999' }), now)).toBe(65 * 60 * 1000);
  });

  it('never retries sooner than GitHub asked, else backs off exponentially', () => {
    expect(retryDelayMs(1, 20, answer(403, { 'retry-after': '1' }), 1)).toBe(1_000);
    expect(retryDelayMs(3, 1_000, new Error('502'), 1)).toBe(4_000);
  });
});
