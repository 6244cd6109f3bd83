// The artifact service v4 (github.actions.results.api.v1.ArtifactService): artifacts belong to a workflow run; a
// job creates one (names unique per run), uploads the zip to the signed URL and finalizes it with size and hash.
// Listing and download URLs only cover the token's own run.
import { createHash, randomUUID } from 'node:crypto';
import type { BlobStore } from './blob-store.js';
import type { RuntimeClaims } from './token.js';
import { int64Field, ok, stringField, type TwirpAnswer, type TwirpBody, twirpError, wrapperField } from './twirp.js';
import { readZipEntries } from './zip-reader.js';

export const ARTIFACT_CONTAINER = 'actions-results';
const FORBIDDEN_NAME_CHARS = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/'];

interface TwinArtifactRecord {
  readonly id: number;
  readonly runId: string;
  readonly jobId: string;
  readonly name: string;
  readonly blobName: string;
  readonly createdAt: Date;
  readonly expiresAt: Date | undefined;
  readonly mimeType: string | undefined;
  readonly version: number;
  sizeBytes: number;
  digest: string | undefined;
  finalized: boolean;
}

/** What tests see of an uploaded artifact. */
export interface ArtifactView {
  readonly id: number;
  readonly name: string;
  readonly runId: string;
  readonly jobId: string;
  readonly sizeBytes: number;
  /** `sha256:<hex>` as finalized. */
  readonly digest: string | undefined;
  readonly createdAt: Date;
  readonly expiresAt: Date | undefined;
  readonly mimeType: string | undefined;
  /** The declared artifact version (7 for upload-artifact v4+). */
  readonly version: number;
  /** The uploaded blob (a zip unless it was uploaded unarchived). */
  readonly bytes: Buffer;
  /** The files inside the zip, by path. */
  files(): Map<string, Buffer>;
}

export class ArtifactService {
  readonly #artifacts: TwinArtifactRecord[] = [];
  #nextId = 1001;
  constructor(
    private readonly blobs: BlobStore,
    private readonly origin: () => string,
  ) {}

  handle(method: string, claims: RuntimeClaims, body: TwirpBody): TwirpAnswer {
    const runId = stringField(body, 'workflow_run_backend_id');
    const jobId = stringField(body, 'workflow_job_run_backend_id');
    // Any job of the run may list and download the run's artifacts; only the job itself may write its own.
    const writes = method === 'CreateArtifact' || method === 'FinalizeArtifact' || method === 'DeleteArtifact';
    if (runId !== claims.runId || (writes && jobId !== claims.jobId)) {
      return twirpError('permission_denied', 'the backend ids do not match the runtime token');
    }
    switch (method) {
      case 'CreateArtifact':
        return this.#create(claims, body);
      case 'FinalizeArtifact':
        return this.#finalize(claims, body);
      case 'ListArtifacts':
        return this.#list(claims, body);
      case 'GetSignedArtifactURL':
        return this.#signedUrl(claims, body);
      case 'DeleteArtifact':
        return this.#delete(claims, body);
      default:
        return twirpError(
          'bad_route',
          `no handler for path "/twirp/github.actions.results.api.v1.ArtifactService/${method}"`,
        );
    }
  }

  /** Finalized artifacts of every run, oldest first. */
  list(): ArtifactView[] {
    return this.#artifacts.filter((a) => a.finalized).map((a) => this.#view(a));
  }

  find(name: string, runId?: string): ArtifactView | undefined {
    return this.list().find((a) => a.name === name && (runId === undefined || a.runId === runId));
  }

  #view(record: TwinArtifactRecord): ArtifactView {
    const bytes = this.blobs.get(ARTIFACT_CONTAINER, record.blobName)?.data ?? Buffer.alloc(0);
    return {
      id: record.id,
      name: record.name,
      runId: record.runId,
      jobId: record.jobId,
      sizeBytes: record.sizeBytes,
      digest: record.digest,
      createdAt: record.createdAt,
      expiresAt: record.expiresAt,
      mimeType: record.mimeType,
      version: record.version,
      bytes,
      files: () => readZipEntries(bytes),
    };
  }

  #create(claims: RuntimeClaims, body: TwirpBody): TwirpAnswer {
    const name = stringField(body, 'name');
    const bad = FORBIDDEN_NAME_CHARS.find((c) => name.includes(c));
    if (!name || bad)
      return twirpError('invalid_argument', `invalid artifact name${bad ? `: contains ${JSON.stringify(bad)}` : ''}`);
    const version = int64Field(body, 'version') ?? 0;
    if (version < 4) return twirpError('invalid_argument', 'artifact version 4 or later is required');
    const expiresRaw = stringField(body, 'expires_at');
    const expiresAt = expiresRaw ? new Date(expiresRaw) : undefined;
    if (expiresAt && Number.isNaN(expiresAt.getTime()))
      return twirpError('invalid_argument', 'expires_at is not a timestamp');
    if (this.#artifacts.some((a) => a.runId === claims.runId && a.name === name && a.finalized)) {
      return twirpError('already_exists', 'an artifact with this name already exists on the workflow run');
    }
    // An unfinished attempt of the same name is replaced (a retried upload).
    const pending = this.#artifacts.findIndex((a) => a.runId === claims.runId && a.name === name && !a.finalized);
    if (pending >= 0) this.#artifacts.splice(pending, 1);
    const record: TwinArtifactRecord = {
      id: this.#nextId++,
      runId: claims.runId,
      jobId: claims.jobId,
      name,
      blobName: `${claims.runId}/${randomUUID()}`,
      createdAt: new Date(),
      expiresAt,
      mimeType: wrapperField(body, 'mime_type'),
      version,
      sizeBytes: 0,
      digest: undefined,
      finalized: false,
    };
    this.#artifacts.push(record);
    return ok({
      ok: true,
      signed_upload_url: this.blobs.sign(this.origin(), ARTIFACT_CONTAINER, record.blobName, 'cw'),
    });
  }

  #finalize(claims: RuntimeClaims, body: TwirpBody): TwirpAnswer {
    const name = stringField(body, 'name');
    const record = this.#artifacts.find((a) => a.runId === claims.runId && a.name === name && !a.finalized);
    if (!record) return twirpError('not_found', `no artifact named ${name} is being uploaded`);
    const blob = this.blobs.get(ARTIFACT_CONTAINER, record.blobName);
    if (!blob) return twirpError('failed_precondition', 'the artifact content was not uploaded');
    const size = int64Field(body, 'size');
    if (size !== blob.data.length) {
      return twirpError('invalid_argument', `size mismatch: declared ${size ?? 'none'}, uploaded ${blob.data.length}`);
    }
    const actual = `sha256:${createHash('sha256').update(blob.data).digest('hex')}`;
    const hash = wrapperField(body, 'hash');
    if (hash !== undefined && hash !== actual) return twirpError('invalid_argument', 'hash mismatch');
    record.sizeBytes = size;
    record.digest = actual;
    record.finalized = true;
    return ok({ ok: true, artifact_id: String(record.id) });
  }

  #list(claims: RuntimeClaims, body: TwirpBody): TwirpAnswer {
    const nameFilter = wrapperField(body, 'name_filter');
    const idFilter = wrapperField(body, 'id_filter');
    const now = Date.now();
    const artifacts = this.#artifacts
      .filter((a) => a.finalized && a.runId === claims.runId && !(a.expiresAt && a.expiresAt.getTime() < now))
      .filter((a) => nameFilter === undefined || a.name === nameFilter)
      .filter((a) => idFilter === undefined || String(a.id) === idFilter)
      .map((a) => ({
        workflow_run_backend_id: a.runId,
        workflow_job_run_backend_id: a.jobId,
        database_id: String(a.id),
        name: a.name,
        size: String(a.sizeBytes),
        created_at: a.createdAt.toISOString(),
        ...(a.digest ? { digest: a.digest } : {}),
      }));
    return ok({ artifacts });
  }

  #signedUrl(claims: RuntimeClaims, body: TwirpBody): TwirpAnswer {
    const name = stringField(body, 'name');
    const record = this.#artifacts.find((a) => a.finalized && a.runId === claims.runId && a.name === name);
    if (!record) return twirpError('not_found', `artifact ${name} not found`);
    return ok({ signed_url: this.blobs.sign(this.origin(), ARTIFACT_CONTAINER, record.blobName, 'r') });
  }

  #delete(claims: RuntimeClaims, body: TwirpBody): TwirpAnswer {
    const name = stringField(body, 'name');
    const index = this.#artifacts.findIndex((a) => a.finalized && a.runId === claims.runId && a.name === name);
    const record = this.#artifacts[index];
    if (!record) return twirpError('not_found', `artifact ${name} not found`);
    this.#artifacts.splice(index, 1);
    this.blobs.delete(ARTIFACT_CONTAINER, record.blobName);
    return ok({ ok: true, artifact_id: String(record.id) });
  }
}
