// The cache service v2 (github.actions.results.api.v1.CacheService): entries live in cache scopes (refs); a job saves
// into its writable scope and restores from its readable scopes in order (its branch, then the default branch):
// an exact key first, then each restore key as a prefix, newest entry first. Only finalized entries are found.
import { randomUUID } from 'node:crypto';
import type { BlobStore } from './blob-store.js';
import { CACHE_READ, CACHE_WRITE, type RuntimeClaims } from './token.js';
import { int64Field, ok, stringField, type TwirpAnswer, type TwirpBody, twirpError } from './twirp.js';

export const CACHE_CONTAINER = 'actions-cache';

export interface TwinCacheEntry {
  readonly id: number;
  readonly key: string;
  readonly version: string;
  readonly scope: string;
  readonly blobName: string;
  readonly createdAt: Date;
  /** Set by FinalizeCacheEntryUpload. */
  sizeBytes: number | undefined;
  finalized: boolean;
}

/** What tests see of a saved entry. */
export interface CacheEntryView {
  readonly id: number;
  readonly key: string;
  readonly version: string;
  readonly scope: string;
  readonly sizeBytes: number;
  readonly createdAt: Date;
  /** The archive as stored. */
  readonly bytes: Buffer;
}

export class CacheService {
  readonly #entries: TwinCacheEntry[] = [];
  #nextId = 1;
  constructor(
    private readonly blobs: BlobStore,
    private readonly origin: () => string,
  ) {}

  handle(method: string, claims: RuntimeClaims, body: TwirpBody): TwirpAnswer {
    switch (method) {
      case 'CreateCacheEntry':
        return this.#create(claims, body);
      case 'FinalizeCacheEntryUpload':
        return this.#finalize(claims, body);
      case 'GetCacheEntryDownloadURL':
        return this.#lookup(claims, body);
      default:
        return twirpError(
          'bad_route',
          `no handler for path "/twirp/github.actions.results.api.v1.CacheService/${method}"`,
        );
    }
  }

  /** Finalized entries, oldest first. */
  list(): CacheEntryView[] {
    return this.#entries
      .filter((e) => e.finalized)
      .map((e) => ({
        id: e.id,
        key: e.key,
        version: e.version,
        scope: e.scope,
        sizeBytes: e.sizeBytes ?? 0,
        createdAt: e.createdAt,
        bytes: this.blobs.get(CACHE_CONTAINER, e.blobName)?.data ?? Buffer.alloc(0),
      }));
  }

  find(key: string): CacheEntryView | undefined {
    return this.list().find((e) => e.key === key);
  }

  #create(claims: RuntimeClaims, body: TwirpBody): TwirpAnswer {
    const key = stringField(body, 'key');
    const version = stringField(body, 'version');
    const scope = claims.cacheScopes.find((s) => s.permission & CACHE_WRITE)?.scope;
    // A read-only token (an untrusted event) is refused in the answer, with the prefix clients dispatch on.
    if (!scope) return ok({ ok: false, signed_upload_url: '', message: 'cache write denied: the token is read-only' });
    if (!key || key.length > 512)
      return twirpError('invalid_argument', 'key is required and must be at most 512 characters');
    if (!version) return twirpError('invalid_argument', 'version is required');
    if (this.#entries.some((e) => e.key === key && e.version === version && e.scope === scope)) {
      return twirpError('already_exists', 'cache entry with the same key, version, and scope already exists');
    }
    const entry: TwinCacheEntry = {
      id: this.#nextId++,
      key,
      version,
      scope,
      blobName: `${randomUUID()}`,
      createdAt: new Date(),
      sizeBytes: undefined,
      finalized: false,
    };
    this.#entries.push(entry);
    return ok({ ok: true, signed_upload_url: this.blobs.sign(this.origin(), CACHE_CONTAINER, entry.blobName, 'cw') });
  }

  #finalize(claims: RuntimeClaims, body: TwirpBody): TwirpAnswer {
    const key = stringField(body, 'key');
    const version = stringField(body, 'version');
    const size = int64Field(body, 'size_bytes');
    const scope = claims.cacheScopes.find((s) => s.permission & CACHE_WRITE)?.scope;
    if (!scope) return twirpError('permission_denied', 'cache write denied: the token grants no writable cache scope');
    const entry = this.#entries.find(
      (e) => e.key === key && e.version === version && e.scope === scope && !e.finalized,
    );
    if (!entry) return twirpError('not_found', 'cache entry not found');
    const blob = this.blobs.get(CACHE_CONTAINER, entry.blobName);
    if (!blob) return ok({ ok: false, entry_id: '0', message: 'the cache archive was not uploaded' });
    if (size === undefined || size !== blob.data.length) {
      return ok({
        ok: false,
        entry_id: '0',
        message: `size mismatch: declared ${size ?? 'none'}, uploaded ${blob.data.length}`,
      });
    }
    entry.sizeBytes = size;
    entry.finalized = true;
    return ok({ ok: true, entry_id: String(entry.id) });
  }

  #lookup(claims: RuntimeClaims, body: TwirpBody): TwirpAnswer {
    const key = stringField(body, 'key');
    const version = stringField(body, 'version');
    const restoreKeys = ((body.restore_keys ?? body.restoreKeys ?? []) as unknown[]).filter(
      (k): k is string => typeof k === 'string',
    );
    const scopes = claims.cacheScopes.filter((s) => s.permission & CACHE_READ).map((s) => s.scope);
    if (scopes.length === 0)
      return twirpError('permission_denied', 'cache read denied: the token grants no readable cache scope');
    if (!key) return twirpError('invalid_argument', 'key is required');
    for (const scope of scopes) {
      const candidates = this.#entries
        .filter((e) => e.finalized && e.scope === scope && e.version === version)
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id);
      const match =
        candidates.find((e) => e.key === key) ??
        restoreKeys.map((prefix) => candidates.find((e) => e.key.startsWith(prefix))).find(Boolean);
      if (match) {
        return ok({
          ok: true,
          signed_download_url: this.blobs.sign(this.origin(), CACHE_CONTAINER, match.blobName, 'r'),
          matched_key: match.key,
        });
      }
    }
    return ok({ ok: false, signed_download_url: '', matched_key: '' });
  }
}
