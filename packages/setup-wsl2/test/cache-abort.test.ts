// A cache transfer the phase gives up on stops: the restore and the save pass the phase's abort signal to the kit's
// cache client, which sends no further block or ranged download after it (the twin's services record each request).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCacheClient, type FetchLike } from '@wsl-ready/core/actions';
import { type ActionsServices, startActionsServices } from '@wsl-ready/twin';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ActionsCacheStore } from '../src/cache.js';
import { PhaseTimeoutError } from '../src/errors.js';
import { PhaseRunner } from '../src/phase-runner.js';

const BLOCK = 16 * 1024;
const ENTRY_BYTES = 16 * BLOCK;

let services: ActionsServices;
let dir: string;
beforeAll(async () => {
  services = await startActionsServices();
  dir = mkdtempSync(join(tmpdir(), 'setup-wsl2-abort-'));
});
afterAll(async () => {
  await services.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The store as main builds it, on a fetch that runs `onRequest` before each blob request leaves. */
function storeWith(onRequest: (operation: string) => void): ActionsCacheStore {
  const fetch: FetchLike = (input, init) => {
    const url = new URL(String(input));
    if (!url.pathname.startsWith('/twirp/')) {
      const comp = url.searchParams.get('comp');
      onRequest(init?.method === 'GET' ? 'GetBlob' : comp === 'block' ? 'PutBlock' : comp ? 'PutBlockList' : 'PutBlob');
    }
    return globalThis.fetch(input, init);
  };
  const client = createCacheClient({
    env: services.env,
    fetch,
    blockSizeBytes: BLOCK,
    concurrency: 2,
    retry: { baseDelayMs: 1 },
  });
  return new ActionsCacheStore(client);
}

const requests = (operation: string) => services.requests.filter((r) => r.operation === operation).length;

function archive(name: string): string {
  const file = join(dir, name);
  writeFileSync(file, randomBytes(ENTRY_BYTES));
  return file;
}

describe('cache transfers stop when the phase aborts them', () => {
  test('an aborted save stages no block after the abort, and no entry is committed', async () => {
    const stop = new AbortController();
    let staged = 0;
    const store = storeWith((operation) => {
      if (operation === 'PutBlock' && ++staged === 3) stop.abort(new Error('the cache-save phase timed out'));
    });
    const outcome = await store.save('abort-save', archive('save.tar'), stop.signal);
    expect(outcome).toMatchObject({ saved: false, level: 'warning' });
    expect(!outcome.saved && outcome.message).toMatch(/stopped \(the cache-save phase timed out\)/);
    // 16 blocks to send; the two workers stop at the abort (the block already on its way may land).
    expect(requests('PutBlock')).toBeLessThanOrEqual(3);
    expect(requests('PutBlockList')).toBe(0);
    expect(services.requests.some((r) => r.operation === 'FinalizeCacheEntryUpload')).toBe(false);
    expect(services.caches.find('abort-save')).toBeUndefined();
  });

  test('an aborted restore asks for no further range of the entry and leaves no partial archive', async () => {
    const saved = await storeWith(() => {}).save('abort-restore', archive('entry.tar'), undefined);
    expect(saved).toMatchObject({ saved: true, sizeBytes: ENTRY_BYTES });
    // Every download is cut after 4 KiB, so the client resumes with a Range again and again (up to its 5 attempts)
    // unless it is stopped: the abort comes as the first resume is about to leave.
    services.faults.dropConnection({ operation: 'GetBlob', afterBytes: 4096, times: 10 });
    try {
      const before = requests('GetBlob');
      const stop = new AbortController();
      let downloads = 0;
      const store = storeWith((operation) => {
        if (operation === 'GetBlob' && ++downloads === 2) stop.abort(new Error('the cache-restore phase timed out'));
      });
      const target = join(dir, 'restored.tar');
      const outcome = await store.restore('abort-restore', target, stop.signal);
      expect(outcome).toMatchObject({ hit: false, failed: true, level: 'warning' });
      expect(!outcome.hit && outcome.message).toMatch(/stopped \(the cache-restore phase timed out\)/);
      expect(requests('GetBlob') - before).toBe(1);
      expect(existsSync(target)).toBe(false);
      expect(existsSync(`${target}.gz`)).toBe(false);
    } finally {
      services.faults.clear();
    }
  });

  test("the cache-restore phase's timeout reaches the client: the restore ends as stopped, not as a late hit", async () => {
    await storeWith(() => {}).save('phase-restore', archive('phase.tar'), undefined);
    // The blob answers only after 3 s; the phase allows 200 ms.
    services.faults.slow({ kind: 'blob', operation: 'GetBlob', delayMs: 3_000 });
    try {
      const phases = new PhaseRunner({ startGroup: () => {}, endGroup: () => {}, info: () => {} });
      const store = storeWith(() => {});
      const target = join(dir, 'phase-restored.tar');
      let restore: ReturnType<ActionsCacheStore['restore']> | undefined;
      await expect(
        phases.run('cache-restore', { timeoutMs: 200, inputKey: 'download' }, (ctx) => {
          restore = store.restore('phase-restore', target, ctx.signal);
          return restore;
        }),
      ).rejects.toBeInstanceOf(PhaseTimeoutError);
      const outcome = await restore!;
      expect(outcome).toMatchObject({ hit: false, failed: true });
      expect(!outcome.hit && outcome.message).toMatch(/stopped \(The cache-restore phase did not finish/);
      expect(existsSync(target)).toBe(false);
      expect(phases.records).toEqual([expect.objectContaining({ name: 'cache-restore', status: 'timed-out' })]);
    } finally {
      services.faults.clear();
    }
  });
});
