import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { link, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
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

/** Whose entries a directory store reads and writes: the repository and the ref (GITHUB_REPOSITORY, GITHUB_REF). */
export interface CacheScope {
  repository: string;
  ref: string;
  /** A pull request's base branch (GITHUB_BASE_REF): its entries may be read too, never written. */
  baseRef?: string | undefined;
}

/** The manifest kept beside an entry (never inside it): what the entry must hash to, and whose it is. */
interface EntryManifest {
  key: string;
  repository: string;
  ref: string;
  sha256: string;
  sizeBytes: number;
}

/** A folder name for a scope part: readable, file-name safe, and unique by a hash of the exact text. Pure. */
export function scopeSegment(value: string): string {
  const readable = value.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 40);
  return `${readable}-${createHash('sha256').update(value).digest('hex').slice(0, 12)}`;
}

async function copyHashing(from: string, to: string, flags: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  const source = createReadStream(from);
  source.on('data', (chunk) => {
    hash.update(chunk);
    size += (chunk as Buffer).length;
  });
  await pipeline(source, createWriteStream(to, { flags }));
  return { sha256: hash.digest('hex'), size };
}

/**
 * Exports kept in a folder that outlives jobs (self-hosted runners): `<dir>/<repository>/<ref>/<key>.tar`, so a
 * job reads only its own repository's and ref's entries (and, in a pull request, its base branch's). An entry is
 * written under a temporary name created exclusively (`wx`, no following of a planted file) and published with
 * link(), which fails instead of replacing an entry that exists; its SHA-256, size, repository and ref go into
 * `<key>.json` beside it, written exclusively as well. A restore hashes what it copies and accepts it only when
 * it matches that manifest. Keys are predictable, so on a machine where untrusted jobs run as the same account
 * this is defence in depth, not a boundary: the account is.
 */
export class DirectoryCacheStore implements CacheStore {
  readonly description: string;
  readonly unavailableReason = undefined;
  constructor(
    private readonly dir: string,
    private readonly scope: CacheScope = { repository: 'local', ref: 'local' },
  ) {
    this.description = `directory ${dir}`;
  }

  private folder(ref: string): string {
    return join(this.dir, scopeSegment(this.scope.repository), scopeSegment(ref));
  }

  async restore(key: string, file: string): Promise<CacheRestoreOutcome> {
    const refs = [this.scope.ref, ...(this.scope.baseRef ? [`refs/heads/${this.scope.baseRef}`] : [])];
    for (const ref of refs) {
      const folder = this.folder(ref);
      const entry = join(folder, `${key}.tar`);
      let manifest: EntryManifest;
      try {
        await stat(entry);
      } catch {
        continue;
      }
      try {
        manifest = JSON.parse(await readFile(join(folder, `${key}.json`), 'utf8')) as EntryManifest;
      } catch {
        return {
          hit: false,
          message: `Cache entry ${entry} has no readable manifest (${key}.json); it is not used. Delete it.`,
          level: 'warning',
          failed: false,
        };
      }
      try {
        const copied = await copyHashing(entry, file, 'w');
        const owner = manifest.repository === this.scope.repository && manifest.ref === ref && manifest.key === key;
        if (!owner || copied.sha256 !== manifest.sha256 || copied.size !== manifest.sizeBytes) {
          await rm(file, { force: true });
          return {
            hit: false,
            message: `Cache entry ${entry} does not match its manifest (SHA-256, size, repository or ref); it is not used. Delete ${folder}.`,
            level: 'warning',
            failed: false,
          };
        }
        return { hit: true, sizeBytes: copied.size };
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
    return {
      hit: false,
      message: `No cache entry ${key} for this repository and ref in ${this.dir}.`,
      level: 'info',
      failed: false,
    };
  }

  async save(key: string, file: string): Promise<CacheSaveOutcome> {
    const folder = this.folder(this.scope.ref);
    const entry = join(folder, `${key}.tar`);
    const tmp = join(folder, `.${key}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      await mkdir(folder, { recursive: true });
      const copied = await copyHashing(file, tmp, 'wx');
      const manifest: EntryManifest = {
        key,
        repository: this.scope.repository,
        ref: this.scope.ref,
        sha256: copied.sha256,
        sizeBytes: copied.size,
      };
      try {
        await link(tmp, entry);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        return { saved: false, message: `Cache entry ${entry} exists already; it is kept.`, level: 'info' };
      }
      await writeFile(join(folder, `${key}.json`), `${JSON.stringify(manifest)}\n`, { flag: 'wx' });
      return { saved: true, sizeBytes: copied.size };
    } catch (error) {
      return {
        saved: false,
        message: `Cache not saved in ${folder}: ${(error as Error).message}.`,
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
  if (dir) {
    return new DirectoryCacheStore(dir, {
      repository: env.GITHUB_REPOSITORY || 'local',
      ref: env.GITHUB_REF || 'local',
      baseRef: env.GITHUB_BASE_REF || undefined,
    });
  }
  return new ActionsCacheStore(
    createCacheClient({
      env,
      ...(options.retry ? { retry: options.retry } : {}),
      ...(options.debug ? { debug: options.debug } : {}),
    }),
  );
}
