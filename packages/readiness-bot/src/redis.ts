import { Redis } from 'ioredis';
import { redisCommentCache } from './caches.js';
import { type BullQueueOptions, BullRunQueue } from './queue/bullmq.js';
import { RedisLocks } from './queue/locks.js';

/** Everything replicas share through one Redis: the BullMQ queue, per-PR locks and the comment cache. */
export function connectShared(url: string) {
  const redis = new Redis(url, { maxRetriesPerRequest: null });
  return {
    redis,
    comments: redisCommentCache(redis),
    locks: new RedisLocks(redis),
    queue: (options: Omit<BullQueueOptions, 'connection'>) => new BullRunQueue({ ...options, connection: redis }),
  };
}
