import { describe, expect, it } from 'vitest';
import { COMMENT_CACHE_MAX_BYTES, memoryCommentCache } from '../src/caches.js';

describe('memory comment cache', () => {
  it('is bounded by bytes: 2,000 full-size bodies keep at most the budget, newest first', async () => {
    const cache = memoryCommentCache();
    const body = 'x'.repeat(65_000);
    for (let i = 0; i < 2_000; i++) await cache.set(`repo#${i}`, { id: i, body: `${i}${body}` });
    const held = cache.held();
    expect(held.bytes).toBeLessThanOrEqual(COMMENT_CACHE_MAX_BYTES);
    expect(held.items).toBeLessThan(300);
    expect((await cache.get('repo#1999'))?.id).toBe(1999);
    expect(await cache.get('repo#0')).toBeUndefined();
  });

  it('replacing or deleting a body gives its bytes back', async () => {
    const cache = memoryCommentCache(60_000, 10_000);
    await cache.set('a', { id: 1, body: 'x'.repeat(1_000) });
    await cache.set('a', { id: 1, body: 'y'.repeat(2_000) });
    expect(cache.held()).toEqual({ items: 1, bytes: 2 * 2_000 + 64 });
    await cache.delete('a');
    expect(cache.held()).toEqual({ items: 0, bytes: 0 });
    // A body larger than the whole budget is not cached at all (the next event lists comments instead).
    await cache.set('big', { id: 2, body: 'z'.repeat(6_000) });
    expect(await cache.get('big')).toBeUndefined();
  });
});
