import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { isRetryableStatus } from '@wsl-ready/actions-kit';
import { formatDuration, retry } from '@wsl-ready/core';
import { DownloadError } from './errors.js';

export interface DownloadRequest {
  /** The address first, then mirrors of the same bytes. */
  urls: readonly string[];
  sha256: string;
  sizeBytes?: number;
  /** Where the verified file goes (written to `<dest>.partial` first). */
  dest: string;
  signal: AbortSignal;
  /** Attempts per address (network errors, HTTP 403/408/429/5xx). Default 3. */
  attempts?: number;
  baseDelayMs?: number;
  log?: (message: string) => void;
  fetch?: typeof fetch;
}

export interface DownloadResult {
  url: string;
  bytes: number;
  sha256: string;
  durationMs: number;
}

class HttpStatusError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
  ) {
    super(`${url} answered HTTP ${status}`);
  }
}

/** The kit's retryable statuses, and 403: download hosts answer it for a while when they throttle. */
function isRetryableDownloadStatus(status: number): boolean {
  return status === 403 || isRetryableStatus(status);
}

/** Plain http only to this machine (a test server or a local mirror); everything else must be https. */
export function isAllowedDownloadUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:') return true;
    return parsed.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
  } catch {
    return false;
  }
}

/**
 * Download one file, streaming it to disk while hashing it; keep it only when its SHA-256 (and size, when known)
 * match the pinned values. Transient failures are retried with back-off; a wrong checksum moves on to the next
 * mirror at once (the same address would serve the same wrong bytes).
 */
export async function downloadVerified(request: DownloadRequest): Promise<DownloadResult> {
  const doFetch = request.fetch ?? fetch;
  const failures: string[] = [];
  for (const url of request.urls) {
    if (!isAllowedDownloadUrl(url)) {
      failures.push(`${url}: not an https URL`);
      continue;
    }
    try {
      return await retry(() => fetchOnce(url, request, doFetch), {
        attempts: request.attempts ?? 3,
        baseDelayMs: request.baseDelayMs ?? 2_000,
        maxDelayMs: 30_000,
        shouldRetry: (error) =>
          !request.signal.aborted &&
          (!(error instanceof HttpStatusError) || isRetryableDownloadStatus(error.status)) &&
          !(error instanceof DownloadError),
        onRetry: (error, attempt, delay) =>
          request.log?.(
            `Download attempt ${attempt} failed (${(error as Error).message}); retrying in ${formatDuration(delay)}.`,
          ),
      });
    } catch (error) {
      if (request.signal.aborted) throw request.signal.reason ?? error;
      failures.push(`${url}: ${(error as Error).message}`);
      request.log?.(`Giving up on ${url}: ${(error as Error).message}`);
    }
  }
  throw new DownloadError(
    `Could not download a verified copy of the file:\n${failures.map((f) => `- ${f}`).join('\n')}\n` +
      'Check the runner can reach these addresses; pin another source with the `source` and `source-sha256` inputs if they moved.',
  );
}

async function fetchOnce(url: string, request: DownloadRequest, doFetch: typeof fetch): Promise<DownloadResult> {
  const started = performance.now();
  const partial = `${request.dest}.partial`;
  const response = await doFetch(url, { signal: request.signal, redirect: 'follow' });
  if (!response.ok || !response.body) {
    await response.body?.cancel().catch(() => undefined);
    throw new HttpStatusError(url, response.status);
  }
  const hash = createHash('sha256');
  let bytes = 0;
  const body = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>);
  body.on('data', (chunk: Buffer) => {
    hash.update(chunk);
    bytes += chunk.length;
  });
  try {
    await pipeline(body, createWriteStream(partial), { signal: request.signal });
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  const sha256 = hash.digest('hex');
  if (sha256 !== request.sha256.toLowerCase() || (request.sizeBytes !== undefined && bytes !== request.sizeBytes)) {
    await rm(partial, { force: true });
    throw new DownloadError(
      `${url} served ${bytes} bytes with SHA-256 ${sha256}, not the pinned ${request.sha256}${request.sizeBytes !== undefined ? ` (${request.sizeBytes} bytes)` : ''}. The file was discarded.`,
    );
  }
  await rename(partial, request.dest);
  return { url, bytes, sha256, durationMs: Math.round(performance.now() - started) };
}

/** SHA-256 of a local file (for a `source` path), streamed. */
export async function sha256OfFile(path: string): Promise<string> {
  const { createReadStream } = await import('node:fs');
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}
