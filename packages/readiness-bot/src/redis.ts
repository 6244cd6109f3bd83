import type { Redis } from 'ioredis';
import { redisCommentCache } from './caches.js';
import { type BullQueueOptions, BullRunQueue } from './queue/bullmq.js';
import { RedisLocks } from './queue/locks.js';

/**
 * Everything replicas share through one Redis: the BullMQ queue, per-PR locks and the comment cache. ioredis and
 * BullMQ are loaded here, on demand, so a single replica without Redis does not pay for them.
 */
export async function connectShared(url: string) {
  const [{ Redis: RedisClient }, bullmq] = await Promise.all([import('ioredis'), import('bullmq')]);
  const redis: Redis = new RedisClient(url, { maxRetriesPerRequest: null });
  return {
    redis,
    comments: redisCommentCache(redis),
    locks: new RedisLocks(redis),
    queue: (options: Omit<BullQueueOptions, 'connection'>) =>
      new BullRunQueue(bullmq, { ...options, connection: redis }),
  };
}
