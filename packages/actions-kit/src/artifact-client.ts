// A client of the GitHub Actions artifact service v4 for small artifacts: the file is zipped in memory (as
// upload-artifact would zip it), uploaded to the signed blob URL, and finalized with its size and sha256.

import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { EnvRecord } from '@wsl-ready/core';
import { artifactNameProblem } from '@wsl-ready/core';
import { uploadBytesToBlob } from './blob.js';
import { ActionsServiceError, ActionsServiceUnavailableError } from './errors.js';
import { type FetchLike, type HttpRetryOptions, withRetryLog } from './http.js';
import { backendIdsFromToken } from './runtime-token.js';
import { artifactUnavailableReason, readServiceEnv } from './service-env.js';
import { createTwirpClient, type TwirpClient, twirpBool, twirpString } from './twirp.js';
import { createZip } from './zip.js';

/** The artifact version upload-artifact@v4 and later declare. */
const ARTIFACT_VERSION = 7;
/** This client zips in memory; bigger files belong to upload-artifact. */
const MAX_IN_MEMORY_ARTIFACT_BYTES = 64 * 1024 * 1024;

export interface ArtifactClientOptions {
  readonly env: EnvRecord;
  readonly fetch?: FetchLike;
  readonly retry?: HttpRetryOptions;
  /** Clock for the expiry date. */
  readonly now?: () => Date;
  readonly debug?: (message: string) => void;
}

type ArtifactSource = string | { readonly fileName: string; readonly bytes: Uint8Array };

export interface UploadArtifactOptions {
  /** Days to keep the artifact; capped by the repository's limit (`GITHUB_RETENTION_DAYS`). */
  readonly retentionDays?: number;
  /** zlib level of the zip. Default 6. */
  readonly compressionLevel?: number;
}

export interface UploadedArtifact {
  readonly id: number;
  readonly name: string;
  /** Size of the zip as stored. */
  readonly sizeBytes: number;
  /** `sha256:<hex>` of the zip, as the service records it. */
  readonly digest: string;
  /** The retention actually asked for, after the repository's cap. */
  readonly retentionDays: number | undefined;
}

export interface ArtifactClient {
  readonly unavailableReason: string | undefined;
  /** Zip one file (from disk, or bytes with a file name) into the artifact `name`. Throws typed errors. */
  uploadFile(name: string, source: ArtifactSource, options?: UploadArtifactOptions): Promise<UploadedArtifact>;
}

export function createArtifactClient(options: ArtifactClientOptions): ArtifactClient {
  const service = readServiceEnv(options.env);
  const unavailableReason = artifactUnavailableReason(service);
  const fetchFn = options.fetch ?? globalThis.fetch;
  const debug = options.debug ?? (() => {});
  const retry = withRetryLog(options.retry, debug, 'artifact');
  let twirp: TwirpClient | undefined;

  return {
    unavailableReason,
    async uploadFile(name, source, uploadOptions = {}) {
      if (unavailableReason) throw new ActionsServiceUnavailableError('artifact', unavailableReason);
      const problem = artifactNameProblem(name);
      if (problem) throw new ActionsServiceError('artifact', 'CreateArtifact', { message: `${problem}.` });
      const ids = backendIdsFromToken(service.runtimeToken!);
      const entry = await readSource(source);
      const zip = createZip([{ name: entry.fileName, data: entry.bytes, modified: entry.modified }], {
        level: uploadOptions.compressionLevel,
      });
      const digest = createHash('sha256').update(zip).digest('hex');
      twirp ??= createTwirpClient({
        service: 'artifact',
        baseUrl: new URL(service.resultsUrl!).origin,
        token: service.runtimeToken!,
        fetch: fetchFn,
        retry,
      });

      const retentionDays = capRetention(uploadOptions.retentionDays, service.maxRetentionDays);
      const create: Record<string, unknown> = {
        workflow_run_backend_id: ids.workflowRunBackendId,
        workflow_job_run_backend_id: ids.workflowJobRunBackendId,
        name,
        mime_type: 'application/zip',
        version: ARTIFACT_VERSION,
      };
      if (retentionDays) {
        const expires = options.now?.() ?? new Date();
        expires.setDate(expires.getDate() + retentionDays);
        create.expires_at = expires.toISOString();
      }
      const created = await twirp.call('CreateArtifact', create);
      const uploadUrl = twirpString(created, 'signed_upload_url');
      if (!twirpBool(created, 'ok') || !uploadUrl) {
        throw new ActionsServiceError('artifact', 'CreateArtifact', {
          message: 'the service did not accept the artifact',
        });
      }
      debug(`artifact: uploading ${name} (${zip.length} bytes zipped)`);
      await uploadBytesToBlob(uploadUrl, zip, { fetch: fetchFn, retry, contentType: 'application/zip' });
      const finalized = await twirp.call('FinalizeArtifact', {
        workflow_run_backend_id: ids.workflowRunBackendId,
        workflow_job_run_backend_id: ids.workflowJobRunBackendId,
        name,
        size: String(zip.length),
        hash: `sha256:${digest}`,
      });
      const id = Number(twirpString(finalized, 'artifact_id'));
      if (!twirpBool(finalized, 'ok') || !Number.isSafeInteger(id)) {
        throw new ActionsServiceError('artifact', 'FinalizeArtifact', {
          message: 'the service did not finalize the artifact',
        });
      }
      return { id, name, sizeBytes: zip.length, digest: `sha256:${digest}`, retentionDays };
    },
  };
}

async function readSource(source: ArtifactSource): Promise<{ fileName: string; bytes: Uint8Array; modified: Date }> {
  if (typeof source !== 'string') {
    if (source.bytes.byteLength > MAX_IN_MEMORY_ARTIFACT_BYTES)
      throw tooLarge(source.fileName, source.bytes.byteLength);
    return { fileName: source.fileName, bytes: source.bytes, modified: new Date() };
  }
  const info = await stat(source);
  if (info.size > MAX_IN_MEMORY_ARTIFACT_BYTES) throw tooLarge(source, info.size);
  return { fileName: basename(source), bytes: await readFile(source), modified: info.mtime };
}

function tooLarge(what: string, size: number): ActionsServiceError {
  return new ActionsServiceError('artifact', 'CreateArtifact', {
    message: `${what} is ${size} bytes; this client uploads files up to ${MAX_IN_MEMORY_ARTIFACT_BYTES} bytes. Use actions/upload-artifact for big files.`,
  });
}

/** Whole days ≥ 1, at most the repository's maximum; undefined leaves the repository default. */
function capRetention(days: number | undefined, max: number | undefined): number | undefined {
  if (days === undefined || !Number.isFinite(days) || days <= 0) return undefined;
  const whole = Math.max(1, Math.floor(days));
  return max !== undefined ? Math.min(whole, max) : whole;
}
