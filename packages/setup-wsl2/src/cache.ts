import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type CacheClient,
  type CacheEntrySpec,
  type CacheLogLevel,
  createCacheClient,
  type HttpRetryOptions,
} from '@wsl-ready/core/actions';

type Env = Readonly<Record<string, string | undefined>>;

/** A restore that found nothing (or could not look): `warning` when the store failed, `info` for a plain miss. */
export type CacheRestoreOutcome =
  | { hit: true; sizeBytes: number | undefined }
  | { hit: false; message: string; level: CacheLogLevel; failed: boolean };

export type CacheSaveOutcome =
  | { saved: true; sizeBytes: number }
  | { saved: false; message: string; level: CacheLogLevel };

/**
 * Where provisioned distributions are kept between jobs: the Actions cache service (through the core's actions
 * kit) on GitHub, or a folder for self-hosted runners (`WSL_READY_CACHE_DIR`). A cache never fails a job: every
 * problem comes back as an outcome with a log level.
 */
export interface CacheStore {
  readonly description: string;
  /** Why this store cannot work at all here (then it is not used), or undefined. */
  readonly unavailableReason: string | undefined;
  /** Write the entry for `key` to `file`. `signal` stops a transfer in flight (the phase's time is up). */
  restore(key: string, file: string, signal?: AbortSignal): Promise<CacheRestoreOutcome>;
  save(key: string, file: string, signal?: AbortSignal): Promise<CacheSaveOutcome>;
}

/**
 * What an entry stands for besides its key, versioned exactly like actions/cache versions its entries (`paths`,
 * compression, `windows-only` on Windows): one uncompressed `wsl --export` tar of the provisioned distribution.
 * Entries sit beside the repository's other caches and are listed and deleted the same way (`gh cache`).
 */
export const CACHE_ENTRY: CacheEntrySpec = { paths: ['wsl-ready/provisioned-distribution.tar'] };

/** The Actions cache service v2, through the kit's client. */
export class ActionsCacheStore implements CacheStore {
  readonly description = 'GitHub Actions cache';
  constructor(private readonly client: CacheClient) {}

  get unavailableReason(): string | undefined {
    return this.client.unavailableReason;
  }

  async restore(key: string, file: string, signal?: AbortSignal): Promise<CacheRestoreOutcome> {
    const result = await this.client.restore({ ...CACHE_ENTRY, key, archivePath: file, signal });
    if (result.hit) return { hit: true, sizeBytes: result.sizeBytes };
    return { hit: false, message: result.message, level: result.level, failed: result.reason !== 'miss' };
  }

  async save(key: string, file: string, signal?: AbortSignal): Promise<CacheSaveOutcome> {
    const result = await this.client.save({ ...CACHE_ENTRY, key, archivePath: file, signal });
    if (result.saved) return { saved: true, sizeBytes: result.sizeBytes };
    return { saved: false, message: result.message, level: result.level };
  }
}

/** A folder that outlives the job (self-hosted runners): `<dir>/<key>.tar`, written atomically. */
export class DirectoryCacheStore implements CacheStore {
  readonly description: string;
  readonly unavailableReason = undefined;
  constructor(private readonly dir: string) {
    this.description = `directory ${dir}`;
  }

  async restore(key: string, file: string): Promise<CacheRestoreOutcome> {
    const entry = join(this.dir, `${key}.tar`);
    try {
      await stat(entry);
    } catch {
      return { hit: false, message: `No cache entry ${entry}.`, level: 'info', failed: false };
    }
    try {
      await copyFile(entry, file);
      return { hit: true, sizeBytes: (await stat(file)).size };
    } catch (error) {
      await rm(file, { force: true }).catch(() => undefined);
      return {
        hit: false,
        message: `Cache not restored: copying ${entry} failed (${(error as Error).message}).`,
        level: 'warning',
        failed: true,
      };
    }
  }

  async save(key: string, file: string): Promise<CacheSaveOutcome> {
    const tmp = join(this.dir, `.${key}.${process.pid}.tmp`);
    try {
      await mkdir(this.dir, { recursive: true });
      await copyFile(file, tmp);
      await rename(tmp, join(this.dir, `${key}.tar`));
      return { saved: true, sizeBytes: (await stat(file)).size };
    } catch (error) {
      return {
        saved: false,
        message: `Cache not saved in ${this.dir}: ${(error as Error).message}.`,
        level: 'warning',
      };
    } finally {
      await rm(tmp, { force: true }).catch(() => undefined);
    }
  }
}

/**
 * The store this job uses: `WSL_READY_CACHE_DIR` when set (a local folder beats a network round trip on a
 * self-hosted runner), else the Actions cache service.
 */
export function selectCacheStore(
  env: Env,
  options: { retry?: HttpRetryOptions; debug?: (message: string) => void } = {},
): CacheStore {
  const dir = env.WSL_READY_CACHE_DIR?.trim();
  if (dir) return new DirectoryCacheStore(dir);
  return new ActionsCacheStore(
    createCacheClient({
      env,
      ...(options.retry ? { retry: options.retry } : {}),
      ...(options.debug ? { debug: options.debug } : {}),
    }),
  );
}
