import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

/** Mutual exclusion per key (a pull request): writes to one comment never interleave. */
export interface Locks {
  withLock<T>(key: string, work: () => Promise<T>): Promise<T>;
}

/** In-process: a promise chain per key; enough when one bot process does all the work. */
export class InProcessLocks implements Locks {
  readonly #tails = new Map<string, Promise<unknown>>();

  async withLock<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(work);
    const tail = run.catch(() => undefined);
    this.#tails.set(key, tail);
    try {
      return await run;
    } finally {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    }
  }
}

const RELEASE_SCRIPT = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;
const EXTEND_SCRIPT = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("pexpire", KEYS[1], ARGV[2]) else return 0 end`;

/**
 * Across replicas: a Redis lock (SET NX PX with a random token, released only by its holder, kept alive while the
 * work runs). A crashed holder's lock expires after `ttlMs`, so no pull request stays blocked.
 */
export class RedisLocks implements Locks {
  constructor(
    private readonly redis: Redis,
    private readonly options: { prefix?: string; ttlMs?: number; waitMs?: number } = {},
  ) {}

  async withLock<T>(key: string, work: () => Promise<T>): Promise<T> {
    const name = `${this.options.prefix ?? 'wsl-ready:lock:'}${key}`;
    const ttl = this.options.ttlMs ?? 30_000;
    const token = randomUUID();
    const deadline = Date.now() + (this.options.waitMs ?? 120_000);
    let delay = 20;
    while ((await this.redis.set(name, token, 'PX', ttl, 'NX')) !== 'OK') {
      if (Date.now() > deadline) throw new Error(`gave up waiting for the lock on ${key}; another replica holds it`);
      await new Promise((resolve) => setTimeout(resolve, delay + Math.random() * delay));
      delay = Math.min(delay * 2, 500);
    }
    const keepAlive = setInterval(() => {
      this.redis.eval(EXTEND_SCRIPT, 1, name, token, String(ttl)).catch(() => undefined);
    }, ttl / 3);
    keepAlive.unref();
    try {
      return await work();
    } finally {
      clearInterval(keepAlive);
      await this.redis.eval(RELEASE_SCRIPT, 1, name, token).catch(() => undefined);
    }
  }
}
