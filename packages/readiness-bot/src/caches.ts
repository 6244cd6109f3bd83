import type { Redis } from 'ioredis';
import type { CommentCache } from './comment/sticky.js';
import type { BotConfig } from './config.js';
import type { ConfigCache } from './handlers/process-run.js';

/** A small time-bounded map: repository configurations, comment ids. */
export class TtlMap<V> {
  readonly #items = new Map<string, { value: V; expires: number }>();
  constructor(
    private readonly ttlMs: number,
    private readonly maxItems = 10_000,
  ) {}

  get(key: string): V | undefined {
    const item = this.#items.get(key);
    if (!item) return undefined;
    if (item.expires < Date.now()) {
      this.#items.delete(key);
      return undefined;
    }
    return item.value;
  }

  set(key: string, value: V): void {
    this.#items.delete(key);
    this.#items.set(key, { value, expires: Date.now() + this.ttlMs });
    if (this.#items.size > this.maxItems) this.#items.delete(this.#items.keys().next().value as string);
  }

  delete(key: string): void {
    this.#items.delete(key);
  }
}

export function memoryConfigCache(ttlMs = 5 * 60 * 1000): ConfigCache {
  const map = new TtlMap<BotConfig>(ttlMs);
  return { get: (repoId) => map.get(String(repoId)), set: (repoId, config) => map.set(String(repoId), config) };
}

export function memoryCommentCache(ttlMs = 24 * 60 * 60 * 1000): CommentCache {
  const map = new TtlMap<{ id: number; body: string }>(ttlMs);
  return {
    get: async (key) => map.get(key),
    set: async (key, value) => map.set(key, value),
    delete: async (key) => map.delete(key),
  };
}

/** Shared by every replica, so one replica's write is the next one's "previous comment" without a listing call. */
export function redisCommentCache(redis: Redis, ttlSeconds = 24 * 60 * 60): CommentCache {
  const name = (key: string) => `wsl-ready:comment:${key}`;
  return {
    async get(key) {
      const raw = await redis.get(name(key));
      if (!raw) return undefined;
      try {
        const value = JSON.parse(raw) as { id?: unknown; body?: unknown };
        return typeof value.id === 'number' && typeof value.body === 'string'
          ? { id: value.id, body: value.body }
          : undefined;
      } catch {
        return undefined;
      }
    },
    async set(key, value) {
      await redis.set(name(key), JSON.stringify(value), 'EX', ttlSeconds);
    },
    async delete(key) {
      await redis.del(name(key));
    },
  };
}
