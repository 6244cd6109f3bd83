import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { backoffDelay, retry } from '../../src/runner/index.js';

function recorder() {
  const sleeps: number[] = [];
  return { sleeps, sleep: async (ms: number) => void sleeps.push(ms) };
}

describe('retry', () => {
  it('returns the first success and waits with exponential back-off between failures', async () => {
    const { sleeps, sleep } = recorder();
    let calls = 0;
    const result = await retry(
      async (attempt) => {
        calls++;
        if (attempt < 4) throw new Error(`flaky ${attempt}`);
        return 'ok';
      },
      { attempts: 5, baseDelayMs: 100, maxDelayMs: 10_000, sleep, random: () => 1 },
    );
    expect(result).toBe('ok');
    expect(calls).toBe(4);
    expect(sleeps).toEqual([100, 200, 400]);
  });

  it('throws the last error after the last attempt', async () => {
    const { sleeps, sleep } = recorder();
    const error = await retry(
      async (attempt) => {
        throw new Error(`failure ${attempt}`);
      },
      { attempts: 3, sleep },
    ).catch((e) => e);
    expect(error.message).toBe('failure 3');
    expect(sleeps).toHaveLength(2);
  });

  it('stops at once when shouldRetry says no', async () => {
    const { sleeps, sleep } = recorder();
    let calls = 0;
    const fatal = new Error('fatal');
    await expect(
      retry(
        async () => {
          calls++;
          throw fatal;
        },
        { attempts: 5, sleep, shouldRetry: (error) => error !== fatal },
      ),
    ).rejects.toBe(fatal);
    expect(calls).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it('caps each delay and reports retries', async () => {
    const { sleeps, sleep } = recorder();
    const seen: Array<[number, number]> = [];
    await retry(
      async (attempt) => {
        if (attempt < 6) throw new Error('x');
      },
      {
        attempts: 6,
        baseDelayMs: 1_000,
        maxDelayMs: 3_000,
        sleep,
        random: () => 1,
        onRetry: (_e, a, d) => seen.push([a, d]),
      },
    );
    expect(sleeps).toEqual([1_000, 2_000, 3_000, 3_000, 3_000]);
    expect(seen.map(([attempt]) => attempt)).toEqual([1, 2, 3, 4, 5]);
  });

  it('puts jitter in the upper half of each step', () => {
    expect(backoffDelay(3, 100, 10_000, () => 0)).toBe(200);
    expect(backoffDelay(3, 100, 10_000, () => 0.5)).toBe(300);
    expect(backoffDelay(3, 100, 10_000, () => 0.999999)).toBe(400);
    expect(backoffDelay(1, 100, 50, () => 1)).toBe(50);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses %d attempts', async (attempts) => {
    await expect(retry(async () => 1, { attempts })).rejects.toBeInstanceOf(InputError);
  });
});
