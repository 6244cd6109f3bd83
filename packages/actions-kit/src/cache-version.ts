import { createHash } from 'node:crypto';

export interface CacheVersionSpec {
  /** The paths the entry stands for, in order (they identify it; they are not read). */
  readonly paths: readonly string[];
  /** `gzip`, `zstd-without-long`, `zstd`, or any name of our own; omitted when the archive is not compressed. */
  readonly compressionMethod?: string;
  /** Let an entry saved on Windows be restored on other systems (and back). Default false, as in the official client. */
  readonly enableCrossOsArchive?: boolean;
  /** Defaults to this process's platform. */
  readonly platform?: NodeJS.Platform;
}

/**
 * The cache entry version, computed exactly like `getCacheVersion` of @actions/cache: sha256 of the paths, the
 * compression method, `windows-only` on Windows without cross-OS archives, and the salt `1.0`, joined by `|`.
 * Entries only match when versions match, so equal inputs interoperate with actions/cache.
 */
export function cacheVersion(spec: CacheVersionSpec): string {
  const components = [...spec.paths];
  if (spec.compressionMethod) components.push(spec.compressionMethod);
  if ((spec.platform ?? process.platform) === 'win32' && !spec.enableCrossOsArchive) components.push('windows-only');
  components.push('1.0');
  return createHash('sha256').update(components.join('|')).digest('hex');
}

const MAX_CACHE_KEY_LENGTH = 512;
const MAX_CACHE_KEYS = 10;

/** Why the service would refuse these keys (the official client's rules), or undefined when they are fine. */
export function cacheKeyProblem(keys: readonly string[]): string | undefined {
  if (keys.length > MAX_CACHE_KEYS) return `at most ${MAX_CACHE_KEYS} keys (key + restore keys) are allowed.`;
  for (const key of keys) {
    if (!key) return 'a cache key is empty.';
    if (key.length > MAX_CACHE_KEY_LENGTH) return `the key "${key.slice(0, 40)}…" is longer than 512 characters.`;
    if (key.includes(',')) return `the key "${key}" contains a comma, which the cache service does not accept.`;
  }
  return undefined;
}
