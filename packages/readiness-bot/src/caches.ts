import type { Redis } from 'ioredis';
import type { CommentCache } from './comment/sticky.js';
import type { BotConfig } from './config.js';
import type { ConfigCache } from './handlers/process-run.js';

/**
 * A time-bounded map with a bound on the number of items and, when `sizeOf` is given, on their total size:
 * the oldest items go first. Comment bodies are up to 65,536 characters, so a count alone bounds nothing useful.
 */
export class TtlMap<V> {
  readonly #items = new Map<string, { value: V; expires: number; size: number }>();
  #bytes = 0;
  constructor(
    private readonly ttlMs: number,
    private readonly maxItems = 10_000,
    private readonly sizeOf?: (value: V) => number,
    private readonly maxBytes = Number.POSITIVE_INFINITY,
  ) {}

  /** Total size of the items held (0 without `sizeOf`). */
  get bytes(): number {
    return this.#bytes;
  }

  get size(): number {
    return this.#items.size;
  }

  get(key: string): V | undefined {
    const item = this.#items.get(key);
    if (!item) return undefined;
    if (item.expires < Date.now()) {
      this.delete(key);
      return undefined;
    }
    return item.value;
  }

  set(key: string, value: V): void {
    this.delete(key);
    const size = this.sizeOf?.(value) ?? 0;
    if (size > this.maxBytes) return;
    this.#items.set(key, { value, expires: Date.now() + this.ttlMs, size });
    this.#bytes += size;
    while (this.#items.size > this.maxItems || this.#bytes > this.maxBytes) {
      this.delete(this.#items.keys().next().value as string);
    }
  }

  delete(key: string): void {
    const item = this.#items.get(key);
    if (!item) return;
    this.#bytes -= item.size;
    this.#items.delete(key);
  }
}

export function memoryConfigCache(ttlMs = 5 * 60 * 1000): ConfigCache {
  const map = new TtlMap<BotConfig>(ttlMs);
  return { get: (repoId) => map.get(String(repoId)), set: (repoId, config) => map.set(String(repoId), config) };
}

/** Most memory the in-process comment cache holds: about 280 full-size bodies, many more small ones. */
export const COMMENT_CACHE_MAX_BYTES = 32 * 1024 * 1024;

export function memoryCommentCache(
  ttlMs = 24 * 60 * 60 * 1000,
  maxBytes = COMMENT_CACHE_MAX_BYTES,
): CommentCache & { held(): { items: number; bytes: number } } {
  // A JS string may take 2 bytes per character; the id and map entry are small next to it.
  const map = new TtlMap<{ id: number; body: string }>(ttlMs, 10_000, (value) => 2 * value.body.length + 64, maxBytes);
  return {
    get: async (key) => map.get(key),
    set: async (key, value) => map.set(key, value),
    delete: async (key) => map.delete(key),
    held: () => ({ items: map.size, bytes: map.bytes }),
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
