// Azure Blob Storage transfers through a signed (SAS) URL, as the official clients do with @azure/storage-blob:
// one `Put Blob` for small payloads, `Put Block` ×N + `Put Block List` for big files (read block by block, so memory
// stays at concurrency × block size), and a streamed `Get Blob` that resumes with a Range after a dropped connection.
import { type FileHandle, open, stat } from 'node:fs/promises';
import { BlobTransferError } from './errors.js';
import {
  describeNetworkError,
  type FetchLike,
  fetchWithRetry,
  type HttpRetryOptions,
  isTimeout,
  redactUrl,
} from './http.js';

/** The storage REST version we speak (any version since 2019 has everything used here). */
const BLOB_API_VERSION = '2024-11-04';
export const DEFAULT_BLOCK_SIZE = 8 * 1024 * 1024;
export const DEFAULT_BLOB_CONCURRENCY = 4;
/** Azure refuses more than 50,000 blocks in one blob. */
const MAX_BLOCKS = 50_000;

export interface BlobTransferOptions {
  readonly fetch: FetchLike;
  readonly retry?: HttpRetryOptions;
  /** Size of one staged block; files up to this size go up in one request. Default 8 MiB. */
  readonly blockSizeBytes?: number;
  /** Blocks in flight at once. Default 4. */
  readonly concurrency?: number;
  /** Stored as the blob's Content-Type (what a download later answers with). */
  readonly contentType?: string;
  /** Stops the transfer: no block is sent after it aborts, and the call rejects with its reason. */
  readonly signal?: AbortSignal;
}

interface BlobUploadResult {
  readonly sizeBytes: number;
  /** Staged blocks; 0 when the file went up in a single request. */
  readonly blocks: number;
}

/** Upload a file, streaming it from disk block by block when it is bigger than one block. */
export async function uploadFileToBlob(
  url: string,
  filePath: string,
  options: BlobTransferOptions,
): Promise<BlobUploadResult> {
  const blockSize = Math.max(1, Math.floor(options.blockSizeBytes ?? DEFAULT_BLOCK_SIZE));
  const { size } = await stat(filePath);
  const handle = await open(filePath, 'r');
  try {
    const readRange = async (offset: number, length: number): Promise<Buffer> => {
      const buffer = Buffer.allocUnsafe(length);
      let filled = 0;
      while (filled < length) {
        const { bytesRead } = await handle.read(buffer, filled, length - filled, offset + filled);
        if (bytesRead === 0) {
          throw new BlobTransferError(
            `${filePath} shrank while it was being uploaded (expected ${size} bytes); nothing was saved.`,
          );
        }
        filled += bytesRead;
      }
      return buffer;
    };
    if (size <= blockSize) {
      await putBlob(url, await readRange(0, size), options);
      return { sizeBytes: size, blocks: 0 };
    }
    const blockCount = Math.ceil(size / blockSize);
    if (blockCount > MAX_BLOCKS) {
      throw new BlobTransferError(
        `${filePath} needs ${blockCount} blocks of ${blockSize} bytes; blob storage accepts at most ${MAX_BLOCKS}. Use a larger block size.`,
      );
    }
    const ids = Array.from({ length: blockCount }, (_, index) => blockId(index));
    // The first failure (or the caller's abort) stops every worker before its next block; the file is closed only
    // once they have all stopped, so nothing is read or sent after this function returns.
    const stop = new AbortController();
    const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
    const blockOptions: BlobTransferOptions = { ...options, signal };
    let next = 0;
    const worker = async () => {
      try {
        while (next < blockCount) {
          signal.throwIfAborted();
          const index = next++;
          const offset = index * blockSize;
          const bytes = await readRange(offset, Math.min(blockSize, size - offset));
          signal.throwIfAborted();
          await putBlock(url, ids[index]!, bytes, blockOptions);
        }
      } catch (error) {
        if (!stop.signal.aborted) stop.abort(error);
        throw error;
      }
    };
    const workers = Math.max(1, Math.min(options.concurrency ?? DEFAULT_BLOB_CONCURRENCY, blockCount));
    await Promise.allSettled(Array.from({ length: workers }, worker));
    if (signal.aborted) throw signal.reason;
    await putBlockList(url, ids, options);
    const after = await stat(filePath);
    if (after.size !== size) {
      throw new BlobTransferError(`${filePath} changed size during the upload (${size} → ${after.size} bytes).`);
    }
    return { sizeBytes: size, blocks: blockCount };
  } finally {
    await handle.close();
  }
}

/** Upload bytes already in memory in one `Put Blob`. */
export async function uploadBytesToBlob(
  url: string,
  bytes: Uint8Array,
  options: BlobTransferOptions,
): Promise<BlobUploadResult> {
  await putBlob(url, bytes, options);
  return { sizeBytes: bytes.byteLength, blocks: 0 };
}

/** Block IDs must all have the same length within a blob; base64 of a zero-padded counter. */
function blockId(index: number): string {
  return Buffer.from(`wsl-ready-block-${String(index).padStart(8, '0')}`).toString('base64');
}

async function putBlob(url: string, bytes: Uint8Array, options: BlobTransferOptions): Promise<void> {
  const headers: Record<string, string> = {
    'x-ms-version': BLOB_API_VERSION,
    'x-ms-blob-type': 'BlockBlob',
    'content-type': 'application/octet-stream',
  };
  if (options.contentType) headers['x-ms-blob-content-type'] = options.contentType;
  await blobRequest('upload', url, () => ({ method: 'PUT', headers, body: bytes }), options);
}

async function putBlock(url: string, id: string, bytes: Uint8Array, options: BlobTransferOptions): Promise<void> {
  const target = withQuery(url, { comp: 'block', blockid: id });
  const headers = { 'x-ms-version': BLOB_API_VERSION, 'content-type': 'application/octet-stream' };
  await blobRequest('upload block', target, () => ({ method: 'PUT', headers, body: bytes }), options);
}

async function putBlockList(url: string, ids: readonly string[], options: BlobTransferOptions): Promise<void> {
  const xml = `<?xml version="1.0" encoding="utf-8"?>\n<BlockList>${ids.map((id) => `<Latest>${id}</Latest>`).join('')}</BlockList>`;
  const headers: Record<string, string> = {
    'x-ms-version': BLOB_API_VERSION,
    'content-type': 'application/xml; charset=utf-8',
  };
  if (options.contentType) headers['x-ms-blob-content-type'] = options.contentType;
  const target = withQuery(url, { comp: 'blocklist' });
  await blobRequest('commit blocks', target, () => ({ method: 'PUT', headers, body: xml }), options);
}

async function blobRequest(
  what: string,
  url: string,
  makeInit: () => RequestInit,
  options: BlobTransferOptions,
): Promise<void> {
  let response: Response;
  try {
    response = await fetchWithRetry(options.fetch, url, makeInit, {
      timeoutMs: 300_000,
      ...options.retry,
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    const reason = isTimeout(error) ? 'timed out' : describeNetworkError(error);
    throw new BlobTransferError(`Blob ${what} to ${redactUrl(url)} failed: ${reason}`, undefined, { cause: error });
  }
  if (response.ok) {
    await response.body?.cancel().catch(() => undefined);
    return;
  }
  throw new BlobTransferError(
    `Blob ${what} to ${redactUrl(url)} failed with HTTP ${response.status}${await storageErrorCode(response)}.`,
    response.status,
  );
}

interface BlobDownloadOptions {
  readonly fetch: FetchLike;
  /** Connection attempts, the first included (a resume after a dropped stream counts as one). Default 5. */
  readonly attempts?: number;
  readonly retry?: Omit<HttpRetryOptions, 'attempts'>;
  /** Abort a stream that delivers no byte for this long, then resume. Default 60 s. */
  readonly idleTimeoutMs?: number;
  /** Stops the download (no resume follows) and rejects with its reason; the partial file is left to the caller. */
  readonly signal?: AbortSignal;
}

/** Stream a blob into `filePath`, resuming with `Range` after a broken connection; checks the size that arrived. */
export async function downloadBlobToFile(
  url: string,
  filePath: string,
  options: BlobDownloadOptions,
): Promise<{ sizeBytes: number }> {
  const attempts = Math.max(1, options.attempts ?? 5);
  const idleTimeoutMs = options.idleTimeoutMs ?? 60_000;
  const handle = await open(filePath, 'w');
  const progress = { written: 0 };
  let total: number | undefined;
  let lastError: unknown;
  try {
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const headers: Record<string, string> = { 'x-ms-version': BLOB_API_VERSION };
      if (progress.written > 0) headers.range = `bytes=${progress.written}-`;
      const stream = new AbortController();
      let response: Response;
      try {
        response = await fetchWithRetry(options.fetch, url, () => ({ method: 'GET', headers, signal: stream.signal }), {
          timeoutMs: idleTimeoutMs,
          ...options.retry,
          attempts: attempts - attempt + 1,
          ...(options.signal ? { signal: options.signal } : {}),
        });
      } catch (error) {
        if (options.signal?.aborted) throw options.signal.reason;
        throw new BlobTransferError(
          `Download of ${redactUrl(url)} failed: ${isTimeout(error) ? 'timed out' : describeNetworkError(error)}`,
          undefined,
          { cause: error },
        );
      }
      if (response.status === 206) {
        const range = parseContentRange(response.headers.get('content-range'));
        if (!range || range.start !== progress.written) {
          await response.body?.cancel().catch(() => undefined);
          throw new BlobTransferError(`Download of ${redactUrl(url)}: the server resumed at the wrong offset.`, 206);
        }
        total = range.total ?? total;
      } else if (response.status === 200) {
        // A first answer, or a server that ignored the Range: (re)start from the beginning.
        if (progress.written > 0) await handle.truncate(0);
        progress.written = 0;
        total = contentLength(response);
      } else {
        throw new BlobTransferError(
          `Download of ${redactUrl(url)} failed with HTTP ${response.status}${await storageErrorCode(response)}.`,
          response.status,
        );
      }
      try {
        await streamInto(response, handle, progress, stream, idleTimeoutMs);
      } catch (error) {
        // A stream the caller stopped is not resumed.
        if (options.signal?.aborted) throw options.signal.reason;
        lastError = error;
        continue;
      }
      if (total === undefined || progress.written === total) return { sizeBytes: progress.written };
      lastError = new Error(`the connection closed after ${progress.written} of ${total} bytes`);
    }
    throw new BlobTransferError(
      `Download of ${redactUrl(url)} is incomplete after ${attempts} attempts` +
        `${total !== undefined ? ` (${progress.written} of ${total} bytes)` : ''}: ${describeNetworkError(lastError)}`,
      undefined,
      { cause: lastError },
    );
  } finally {
    await handle.close();
  }
}

/** Copy the body to the file at `progress.written`, advancing it as bytes land; an idle stream is aborted. */
async function streamInto(
  response: Response,
  handle: FileHandle,
  progress: { written: number },
  stream: AbortController,
  idleTimeoutMs: number,
): Promise<void> {
  if (!response.body) return;
  const reader = response.body.getReader();
  const onIdle = () => stream.abort(new DOMException(`no data for ${idleTimeoutMs} ms`, 'TimeoutError'));
  let timer = setTimeout(onIdle, idleTimeoutMs);
  try {
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) return;
      clearTimeout(timer);
      let offset = 0;
      while (offset < chunk.value.byteLength) {
        const { bytesWritten } = await handle.write(
          chunk.value,
          offset,
          chunk.value.byteLength - offset,
          progress.written,
        );
        offset += bytesWritten;
        progress.written += bytesWritten;
      }
      timer = setTimeout(onIdle, idleTimeoutMs);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

function contentLength(response: Response): number | undefined {
  const value = Number(response.headers.get('content-length'));
  return response.headers.has('content-length') && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/** `bytes 100-199/1000` → {start: 100, total: 1000}; total is undefined for `*`. */
function parseContentRange(value: string | null): { start: number; total: number | undefined } | undefined {
  const match = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(value?.trim() ?? '');
  if (!match) return undefined;
  return { start: Number(match[1]), total: match[2] === '*' ? undefined : Number(match[2]) };
}

function withQuery(url: string, params: Record<string, string>): string {
  const parsed = new URL(url);
  for (const [key, value] of Object.entries(params)) parsed.searchParams.set(key, value);
  return parsed.href;
}

async function storageErrorCode(response: Response): Promise<string> {
  const header = response.headers.get('x-ms-error-code');
  const text = await response.text().catch(() => '');
  const code = header ?? /<Code>([^<]{1,100})<\/Code>/.exec(text)?.[1];
  return code ? ` (${code})` : '';
}
