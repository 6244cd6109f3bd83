import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import {
  type CacheClient,
  type CacheEntrySpec,
  type CacheLogLevel,
  createCacheClient,
  type HttpRetryOptions,
} from '@wsl-ready/actions-kit';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * A restore that found nothing (or could not look): `warning` when the store failed, `info` for a plain miss.
 * `sizeBytes` is the tar's size; `storedBytes` what the store moved when it keeps the tar compressed.
 */
export type CacheRestoreOutcome =
  | { hit: true; sizeBytes: number | undefined; storedBytes?: number | undefined }
  | { hit: false; message: string; level: CacheLogLevel; failed: boolean };

export type CacheSaveOutcome =
  | { saved: true; sizeBytes: number; storedBytes?: number }
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
  /**
   * Write the entry for `key` to `file` as the uncompressed tar `wsl --import` reads (`save` takes the same tar);
   * how the store keeps it is its own business. `signal` stops a transfer in flight (the phase's time is up).
   */
  restore(key: string, file: string, signal?: AbortSignal): Promise<CacheRestoreOutcome>;
  save(key: string, file: string, signal?: AbortSignal): Promise<CacheSaveOutcome>;
}

/**
 * What an entry stands for besides its key, versioned exactly like actions/cache versions its entries (`paths`,
 * compression, `windows-only` on Windows): the `wsl --export` tar of the provisioned distribution, gzip-compressed.
 * The compression method is part of the version, so entries saved uncompressed (before compression) never match.
 * Entries sit beside the repository's other caches and are listed and deleted the same way (`gh cache`).
 */
export const CACHE_ENTRY: CacheEntrySpec = {
  paths: ['wsl-ready/provisioned-distribution.tar'],
  compressionMethod: 'gzip',
};

/**
 * gzip level 3: an export (~1.2 GB for Ubuntu) shrinks to about a third at well over the network's speed on a
 * runner's core, while higher levels cost much more CPU for a few percent. zstd would be faster still, but Node's
 * zstd streams are experimental; gzip works on every Node the runner may bring.
 */
const GZIP_LEVEL = 3;

/** File to file through a stream, so memory stays bounded whatever the export's size. */
export async function compressArchive(source: string, target: string, signal?: AbortSignal): Promise<void> {
  await pipeline(createReadStream(source), createGzip({ level: GZIP_LEVEL }), createWriteStream(target), {
    ...(signal ? { signal } : {}),
  });
}

/** The reverse of `compressArchive`; rejects on input that is not gzip, or is truncated or damaged (CRC). */
export async function decompressArchive(source: string, target: string, signal?: AbortSignal): Promise<void> {
  await pipeline(createReadStream(source), createGunzip(), createWriteStream(target), {
    ...(signal ? { signal } : {}),
  });
}

/** Why a stream stopped: the phase's abort reason when it was aborted, else the error. */
function stopReason(error: unknown, signal: AbortSignal | undefined): string {
  const cause: unknown = signal?.aborted ? signal.reason : error;
  return cause instanceof Error ? cause.message : String(cause);
}

/**
 * The Actions cache service v2, through the kit's client. The tar travels gzip-compressed (a third of the bytes
 * to upload, download and count against the repository's cache quota); `<file>.gz` beside the tar holds the
 * compressed form only while it is needed.
 */
export class ActionsCacheStore implements CacheStore {
  readonly description = 'GitHub Actions cache';
  constructor(private readonly client: CacheClient) {}

  get unavailableReason(): string | undefined {
    return this.client.unavailableReason;
  }

  async restore(key: string, file: string, signal?: AbortSignal): Promise<CacheRestoreOutcome> {
    const packed = `${file}.gz`;
    try {
      const result = await this.client.restore({ ...CACHE_ENTRY, key, archivePath: packed, signal });
      if (!result.hit) {
        return { hit: false, message: result.message, level: result.level, failed: result.reason !== 'miss' };
      }
      try {
        await decompressArchive(packed, file, signal);
      } catch (error) {
        await rm(file, { force: true }).catch(() => undefined);
        const message = signal?.aborted
          ? `Cache not restored: decompressing ${key} stopped (${stopReason(error, signal)}).`
          : // An entry is immutable: a broken one stays until deleted, so say how to get rid of it.
            `Cache not restored: the cached archive of ${key} could not be decompressed (${stopReason(error, signal)}); installing without it. If this repeats, delete the entry (gh cache delete ${key}) so a later run saves a good one.`;
        return { hit: false, message, level: 'warning', failed: true };
      }
      return { hit: true, sizeBytes: (await stat(file)).size, storedBytes: result.sizeBytes };
    } finally {
      await rm(packed, { force: true }).catch(() => undefined);
    }
  }

  async save(key: string, file: string, signal?: AbortSignal): Promise<CacheSaveOutcome> {
    const packed = `${file}.gz`;
    try {
      try {
        await compressArchive(file, packed, signal);
      } catch (error) {
        return {
          saved: false,
          message: `Cache not saved: compressing ${file} ${signal?.aborted ? 'stopped' : 'failed'} (${stopReason(error, signal)}).`,
          level: 'warning',
        };
      }
      const result = await this.client.save({ ...CACHE_ENTRY, key, archivePath: packed, signal });
      if (result.saved) return { saved: true, sizeBytes: (await stat(file)).size, storedBytes: result.sizeBytes };
      return { saved: false, message: result.message, level: result.level };
    } finally {
      await rm(packed, { force: true }).catch(() => undefined);
    }
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
