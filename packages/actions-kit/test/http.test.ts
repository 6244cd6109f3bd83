import { describe, expect, it } from 'vitest';
import { type FetchLike, fetchWithRetry, isRetryableStatus } from '../src/http.js';

/** A fetch that answers from a script: a status, or an Error to throw. */
function scripted(steps: (number | Error | Response)[]) {
  const seen: string[] = [];
  const fetch: FetchLike = async (url) => {
    seen.push(String(url));
    const step = steps.shift();
    if (step === undefined) throw new Error('script exhausted');
    if (step instanceof Error) throw step;
    return step instanceof Response ? step : new Response(`status ${step}`, { status: step });
  };
  return { fetch, seen };
}

const noWait = { sleep: async () => {}, random: () => 0.5 };

describe('fetchWithRetry', () => {
  it('retries 5xx, 408 and network errors, then returns the success', async () => {
    const { fetch, seen } = scripted([503, new TypeError('fetch failed'), 408, 500, 200]);
    const waits: number[] = [];
    const response = await fetchWithRetry(fetch, 'https://x/twirp', () => ({}), {
      ...noWait,
      attempts: 5,
      baseDelayMs: 100,
      onRetry: (e) => waits.push(e.delayMs),
    });
    expect(response.status).toBe(200);
    expect(seen).toHaveLength(5);
    expect(waits).toEqual([75, 150, 300, 600]);
  });

  it('returns a 4xx at once', async () => {
    const { fetch, seen } = scripted([404]);
    expect((await fetchWithRetry(fetch, 'https://x', () => ({}), noWait)).status).toBe(404);
    expect(seen).toHaveLength(1);
  });

  it('waits at least Retry-After on 429, and gives up on one longer than the cap', async () => {
    const waits: number[] = [];
    const limited = new Response('', { status: 429, headers: { 'retry-after': '2' } });
    const { fetch } = scripted([limited, 200]);
    await fetchWithRetry(fetch, 'https://x', () => ({}), {
      ...noWait,
      baseDelayMs: 10,
      onRetry: (e) => waits.push(e.delayMs),
    });
    expect(waits).toEqual([2000]);

    const tooLong = new Response('', { status: 429, headers: { 'retry-after': '3600' } });
    const second = scripted([tooLong, 200]);
    expect(
      (await fetchWithRetry(second.fetch, 'https://x', () => ({}), { ...noWait, maxDelayMs: 30_000 })).status,
    ).toBe(429);
    expect(second.seen).toHaveLength(1);
  });

  it('returns the last retryable answer, or throws the last network error, when attempts run out', async () => {
    expect(
      (await fetchWithRetry(scripted([503, 503]).fetch, 'https://x', () => ({}), { ...noWait, attempts: 2 })).status,
    ).toBe(503);
    await expect(
      fetchWithRetry(scripted([new TypeError('a'), new TypeError('b')]).fetch, 'https://x', () => ({}), {
        ...noWait,
        attempts: 2,
      }),
    ).rejects.toThrow('b');
  });

  it('never reports a signed URL query in retry events', async () => {
    const urls: string[] = [];
    await fetchWithRetry(scripted([503, 200]).fetch, 'https://blob/x?sig=SECRET&se=1', () => ({}), {
      ...noWait,
      onRetry: (e) => urls.push(e.url),
    });
    expect(urls).toEqual(['https://blob/x?…']);
  });
});

describe('fetchWithRetry with a signal', () => {
  it('an abort during the back-off ends the wait and sends no further attempt', async () => {
    const { fetch, seen } = scripted([503, 503, 200]);
    const stop = new AbortController();
    const pending = fetchWithRetry(fetch, 'https://x', () => ({}), {
      attempts: 5,
      random: () => 0.5,
      // The time runs out while the client waits before its second attempt; the wait itself would never end.
      sleep: () => {
        stop.abort(new Error('phase timed out'));
        return new Promise<void>(() => {});
      },
      signal: stop.signal,
    });
    await expect(pending).rejects.toThrow('phase timed out');
    expect(seen).toHaveLength(1);
  });

  it('an aborted signal sends nothing, and a failure after the abort is not retried', async () => {
    const before = scripted([200]);
    const stopped = new AbortController();
    stopped.abort(new Error('stopped'));
    await expect(
      fetchWithRetry(before.fetch, 'https://x', () => ({}), { ...noWait, signal: stopped.signal }),
    ).rejects.toThrow('stopped');
    expect(before.seen).toEqual([]);

    const stop = new AbortController();
    const seen: string[] = [];
    const fetch: FetchLike = async (url, init) => {
      seen.push(String(url));
      stop.abort(new Error('time is up'));
      throw init?.signal?.reason ?? new Error('no signal reached fetch');
    };
    await expect(fetchWithRetry(fetch, 'https://x', () => ({}), { ...noWait, signal: stop.signal })).rejects.toThrow(
      'time is up',
    );
    expect(seen).toHaveLength(1);
  });

  it('retries only statuses that can change on another attempt', () => {
    for (const status of [408, 425, 429, 500, 502, 503, 504]) expect(isRetryableStatus(status)).toBe(true);
    for (const status of [200, 304, 400, 401, 403, 404, 409, 422, 501]) expect(isRetryableStatus(status)).toBe(false);
  });
});
