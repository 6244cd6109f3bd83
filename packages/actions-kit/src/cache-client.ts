// A client of the GitHub Actions cache service v2 that moves one archive file the action made itself. Failures never
// throw: the result says what happened and whether it deserves a warning, because a cache must never fail a job.

import { rm, stat } from 'node:fs/promises';
import type { EnvRecord } from '@wsl-ready/core';
import {
  type BlobTransferOptions,
  DEFAULT_BLOB_CONCURRENCY,
  DEFAULT_BLOCK_SIZE,
  downloadBlobToFile,
  uploadFileToBlob,
} from './blob.js';
import { type CacheVersionSpec, cacheKeyProblem, cacheVersion } from './cache-version.js';
import { ActionsServiceError } from './errors.js';
import { type FetchLike, type HttpRetryOptions, withRetryLog } from './http.js';
import { cacheModeAllows, cacheUnavailableReason, readServiceEnv } from './service-env.js';
import { createTwirpClient, type TwirpClient, twirpBool, twirpString } from './twirp.js';

export interface CacheClientOptions {
  /** The job's environment (`process.env` in an action). */
  readonly env: EnvRecord;
  readonly fetch?: FetchLike;
  /** Retries of every request (service calls and blob transfers). */
  readonly retry?: HttpRetryOptions;
  /** Block size and parallel blocks of uploads. Defaults: 8 MiB, 4. */
  readonly blockSizeBytes?: number;
  readonly concurrency?: number;
  /** A download that delivers no byte for this long is resumed. Default 60 s. */
  readonly idleTimeoutMs?: number;
  /** Debug lines (retries, versions). Never given secrets or signed URLs. */
  readonly debug?: (message: string) => void;
}

/** What identifies an entry besides its key: see `cacheVersion`. */
export type CacheEntrySpec = Omit<CacheVersionSpec, 'platform'>;

interface CacheRestoreRequest extends CacheEntrySpec {
  readonly key: string;
  /** Prefixes tried in order when `key` has no entry; the newest matching entry wins. */
  readonly restoreKeys?: readonly string[];
  /** Where the archive is written. */
  readonly archivePath: string;
  /** Only ask whether an entry exists; download nothing. */
  readonly lookupOnly?: boolean;
  /** Stops the lookup and the download (no further request is sent); the result is then `aborted`. */
  readonly signal?: AbortSignal;
}

interface CacheSaveRequest extends CacheEntrySpec {
  readonly key: string;
  readonly archivePath: string;
  /** Stops the reservation and the upload (no further block is sent); the result is then `aborted`. */
  readonly signal?: AbortSignal;
}

/** `info` outcomes are normal (a miss, an entry another job already saved); `warning` ones deserve a warning. */
export type CacheLogLevel = 'info' | 'warning';

type CacheRestoreResult =
  | {
      readonly hit: true;
      readonly matchedKey: string;
      /** True when `matchedKey` is the primary key (not a restore-key match). */
      readonly exactMatch: boolean;
      /** Bytes written to `archivePath` (undefined for a lookup). */
      readonly sizeBytes: number | undefined;
    }
  | {
      readonly hit: false;
      readonly matchedKey: undefined;
      readonly reason: 'miss' | 'unavailable' | 'disabled' | 'invalid-key' | 'failed' | 'aborted';
      readonly message: string;
      readonly level: CacheLogLevel;
    };

type CacheSaveResult =
  | { readonly saved: true; readonly entryId: string; readonly sizeBytes: number; readonly blocks: number }
  | {
      readonly saved: false;
      readonly reason: 'exists' | 'unavailable' | 'disabled' | 'invalid-key' | 'missing-archive' | 'failed' | 'aborted';
      readonly message: string;
      readonly level: CacheLogLevel;
    };

export interface CacheClient {
  /** Why the service cannot be used here (then every call returns `unavailable`), or undefined. */
  readonly unavailableReason: string | undefined;
  /** The version our entries get (same inputs → same version as actions/cache). */
  version(spec: CacheEntrySpec): string;
  restore(request: CacheRestoreRequest): Promise<CacheRestoreResult>;
  save(request: CacheSaveRequest): Promise<CacheSaveResult>;
}

export function createCacheClient(options: CacheClientOptions): CacheClient {
  const service = readServiceEnv(options.env);
  const unavailableReason = cacheUnavailableReason(service);
  const fetchFn = options.fetch ?? globalThis.fetch;
  const debug = options.debug ?? (() => {});
  const retry = withRetryLog(options.retry, debug, 'cache');
  const twirp: TwirpClient | undefined = unavailableReason
    ? undefined
    : createTwirpClient({
        service: 'cache',
        baseUrl: service.resultsUrl!,
        token: service.runtimeToken!,
        fetch: fetchFn,
        retry,
      });
  const blobOptions: BlobTransferOptions = {
    fetch: fetchFn,
    retry,
    blockSizeBytes: options.blockSizeBytes ?? DEFAULT_BLOCK_SIZE,
    concurrency: options.concurrency ?? DEFAULT_BLOB_CONCURRENCY,
  };
  const version = (spec: CacheEntrySpec) => cacheVersion(spec);

  return {
    unavailableReason,
    version,

    async restore(request) {
      const miss = (
        reason: Exclude<CacheRestoreResult, { hit: true }>['reason'],
        message: string,
        level: CacheLogLevel,
      ) => ({ hit: false, matchedKey: undefined, reason, message, level }) as const;
      if (!twirp) return miss('unavailable', `Cache not restored: ${unavailableReason}`, 'warning');
      if (!cacheModeAllows(service.cacheMode, 'read')) {
        return miss(
          'disabled',
          `Cache not restored: the cache mode '${service.cacheMode}' does not allow reads.`,
          'info',
        );
      }
      const restoreKeys = request.restoreKeys ?? [];
      const problem = cacheKeyProblem([request.key, ...restoreKeys]);
      if (problem) return miss('invalid-key', `Cache not restored: ${problem}`, 'warning');
      const entryVersion = version(request);
      const { signal } = request;
      debug(`cache: looking up key ${request.key} (version ${entryVersion})`);
      try {
        signal?.throwIfAborted();
        const answer = await twirp.call(
          'GetCacheEntryDownloadURL',
          { key: request.key, restore_keys: restoreKeys, version: entryVersion },
          { signal },
        );
        const url = twirpString(answer, 'signed_download_url');
        const matchedKey = twirpString(answer, 'matched_key');
        if (!twirpBool(answer, 'ok') || !url || !matchedKey) {
          return miss('miss', `No cache entry for ${[request.key, ...restoreKeys].join(', ')}.`, 'info');
        }
        const exactMatch = matchedKey === request.key;
        if (request.lookupOnly) return { hit: true, matchedKey, exactMatch, sizeBytes: undefined };
        try {
          const { sizeBytes } = await downloadBlobToFile(url, request.archivePath, {
            fetch: fetchFn,
            retry,
            attempts: options.retry?.attempts,
            idleTimeoutMs: options.idleTimeoutMs,
            signal,
          });
          return { hit: true, matchedKey, exactMatch, sizeBytes };
        } catch (error) {
          await rm(request.archivePath, { force: true }).catch(() => undefined);
          throw error;
        }
      } catch (error) {
        if (signal?.aborted)
          return miss('aborted', `Cache not restored: stopped (${errorText(signal.reason)}).`, 'warning');
        return miss('failed', `Cache not restored: ${errorText(error)}`, 'warning');
      }
    },

    async save(request) {
      const skip = (
        reason: Exclude<CacheSaveResult, { saved: true }>['reason'],
        message: string,
        level: CacheLogLevel,
      ) => ({ saved: false, reason, message, level }) as const;
      if (!twirp) return skip('unavailable', `Cache not saved: ${unavailableReason}`, 'warning');
      if (!cacheModeAllows(service.cacheMode, 'write')) {
        return skip(
          'disabled',
          `Cache not saved: the cache mode '${service.cacheMode}' does not allow writes.`,
          'info',
        );
      }
      const problem = cacheKeyProblem([request.key]);
      if (problem) return skip('invalid-key', `Cache not saved: ${problem}`, 'warning');
      let sizeBytes: number;
      try {
        const info = await stat(request.archivePath);
        if (!info.isFile()) throw new Error('not a file');
        sizeBytes = info.size;
      } catch {
        return skip(
          'missing-archive',
          `Cache not saved: the archive ${request.archivePath} does not exist.`,
          'warning',
        );
      }
      const entryVersion = version(request);
      const { signal } = request;
      try {
        signal?.throwIfAborted();
        let reservation: Record<string, unknown>;
        try {
          reservation = await twirp.call('CreateCacheEntry', { key: request.key, version: entryVersion }, { signal });
        } catch (error) {
          if (error instanceof ActionsServiceError && error.status === 409) {
            return skip(
              'exists',
              `Cache not saved: an entry for ${request.key} already exists (or another job is saving it).`,
              'info',
            );
          }
          throw error;
        }
        const uploadUrl = twirpString(reservation, 'signed_upload_url');
        if (!twirpBool(reservation, 'ok') || !uploadUrl) {
          const why = twirpString(reservation, 'message');
          if (why?.startsWith('cache write denied:')) {
            return skip(
              'disabled',
              `Cache not saved: the service allows this job to read caches only (${why}).`,
              'info',
            );
          }
          return skip(
            'exists',
            `Cache not saved: the service did not reserve ${request.key}${why ? ` (${why})` : ''}.`,
            'info',
          );
        }
        const uploaded = await uploadFileToBlob(uploadUrl, request.archivePath, { ...blobOptions, signal });
        if (uploaded.sizeBytes !== sizeBytes) {
          throw new Error(`the archive changed size during the upload (${sizeBytes} → ${uploaded.sizeBytes} bytes)`);
        }
        const finalized = await twirp.call(
          'FinalizeCacheEntryUpload',
          { key: request.key, version: entryVersion, size_bytes: String(uploaded.sizeBytes) },
          { signal },
        );
        const entryId = twirpString(finalized, 'entry_id');
        if (!twirpBool(finalized, 'ok') || !entryId) {
          const why = twirpString(finalized, 'message');
          return skip(
            'failed',
            `Cache not saved: the service did not finalize ${request.key}${why ? `: ${why}` : '.'}`,
            'warning',
          );
        }
        return { saved: true, entryId, sizeBytes: uploaded.sizeBytes, blocks: uploaded.blocks };
      } catch (error) {
        if (signal?.aborted)
          return skip('aborted', `Cache not saved: stopped (${errorText(signal.reason)}).`, 'warning');
        return skip('failed', `Cache not saved: ${errorText(error)}`, 'warning');
      }
    },
  };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
