// An Azure Blob Storage stand-in behind SAS URLs, speaking the requests @azure/storage-blob and our clients send:
// Put Blob, Put Block, Put Block List, Get Blob (with Range / x-ms-range) and Get Blob Properties.
import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const BLOB_ACCOUNT = 'devstoreaccount1';
const STORAGE_VERSION = '2024-11-04';

export interface StoredBlob {
  data: Buffer;
  contentType: string;
  etag: string;
  lastModified: Date;
  createdAt: Date;
}

/** One blob request, as recorded in the services' request log. */
export type BlobOperation = 'PutBlob' | 'PutBlock' | 'PutBlockList' | 'GetBlob' | 'GetBlobProperties' | 'Unsupported';

export class BlobStore {
  readonly #blobs = new Map<string, StoredBlob>();
  /** Staged blocks per blob path, by block id. */
  readonly #staged = new Map<string, Map<string, Buffer>>();
  readonly #secret: Buffer;
  #inFlightBlocks = 0;
  /** The most `Put Block` requests that were in progress at once. */
  maxConcurrentBlocks = 0;

  constructor(secret: Buffer) {
    this.#secret = secret;
  }

  /** A SAS URL for `container/name` allowing `permissions` (`r`, `cw`) until `expiresAt`. */
  sign(origin: string, container: string, name: string, permissions: string, ttlMs = 3_600_000): string {
    const path = `/${BLOB_ACCOUNT}/${container}/${name}`;
    const se = new Date(Date.now() + ttlMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const query = new URLSearchParams({ sv: STORAGE_VERSION, sr: 'b', sp: permissions, se });
    query.set('sig', this.#signature(path, permissions, se));
    return `${origin}${path}?${query}`;
  }

  get(container: string, name: string): StoredBlob | undefined {
    return this.#blobs.get(`/${BLOB_ACCOUNT}/${container}/${name}`);
  }

  delete(container: string, name: string): void {
    const path = `/${BLOB_ACCOUNT}/${container}/${name}`;
    this.#blobs.delete(path);
    this.#staged.delete(path);
  }

  /** The operation a blob request asks for (for the request log and fault matching). */
  static operationOf(method: string, query: URLSearchParams): BlobOperation {
    const comp = query.get('comp');
    if (method === 'PUT' && !comp) return 'PutBlob';
    if (method === 'PUT' && comp === 'block') return 'PutBlock';
    if (method === 'PUT' && comp === 'blocklist') return 'PutBlockList';
    if (method === 'GET' && !comp) return 'GetBlob';
    if (method === 'HEAD' && !comp) return 'GetBlobProperties';
    return 'Unsupported';
  }

  /**
   * Answer one blob request. `body` is the request body (already read). `dropAfter` cuts a download after that many
   * body bytes (a fault).
   */
  handle(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    body: Buffer,
    dropAfter?: number,
  ): { violation?: string } {
    const path = decodeURIComponent(url.pathname);
    const operation = BlobStore.operationOf(request.method ?? '', url.searchParams);
    const common = { 'x-ms-request-id': randomUUID(), 'x-ms-version': STORAGE_VERSION, date: new Date().toUTCString() };
    const fail = (status: number, code: string, message: string) => {
      const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;
      response.writeHead(status, { ...common, 'x-ms-error-code': code, 'content-type': 'application/xml' });
      response.end(request.method === 'HEAD' ? undefined : xml);
    };
    if (request.headers.authorization) {
      // A client that sends the job's bearer token to storage leaks it to a third party.
      fail(403, 'AuthenticationFailed', 'Requests with a SAS must not carry an Authorization header.');
      return { violation: `${operation} on ${path} carried an Authorization header` };
    }
    const auth = this.#checkSas(path, url.searchParams, operation.startsWith('Get') ? 'r' : 'w');
    if (auth) {
      fail(403, 'AuthenticationFailed', auth);
      return {};
    }
    switch (operation) {
      case 'PutBlob': {
        if (request.headers['x-ms-blob-type'] !== 'BlockBlob') {
          fail(400, 'MissingRequiredHeader', 'x-ms-blob-type: BlockBlob is required.');
          return {};
        }
        const blob = this.#store(path, body, contentTypeOf(request));
        this.#staged.delete(path);
        response.writeHead(201, {
          ...common,
          ...blobHeaders(blob),
          'content-md5': md5(body),
          'x-ms-request-server-encrypted': 'true',
        });
        response.end();
        return {};
      }
      case 'PutBlock': {
        const id = url.searchParams.get('blockid') ?? '';
        const decoded = Buffer.from(id, 'base64');
        if (!id || decoded.length === 0 || decoded.length > 64 || decoded.toString('base64') !== id) {
          fail(400, 'InvalidQueryParameterValue', 'blockid must be base64 of at most 64 bytes.');
          return {};
        }
        const staged = this.#staged.get(path) ?? new Map<string, Buffer>();
        const other = staged.keys().next();
        if (!other.done && Buffer.from(other.value, 'base64').length !== decoded.length) {
          fail(400, 'InvalidBlobOrBlock', 'All block ids of a blob must have the same length.');
          return {};
        }
        staged.set(id, body);
        this.#staged.set(path, staged);
        response.writeHead(201, { ...common, 'content-md5': md5(body), 'x-ms-request-server-encrypted': 'true' });
        response.end();
        return {};
      }
      case 'PutBlockList': {
        const ids = parseBlockList(body.toString('utf8'));
        const staged = this.#staged.get(path);
        if (!ids || ids.some((id) => !staged?.has(id))) {
          fail(400, 'InvalidBlockList', 'The block list names a block that was not staged.');
          return {};
        }
        const blob = this.#store(path, Buffer.concat(ids.map((id) => staged!.get(id)!)), contentTypeOf(request));
        this.#staged.delete(path);
        response.writeHead(201, { ...common, ...blobHeaders(blob), 'x-ms-request-server-encrypted': 'true' });
        response.end();
        return {};
      }
      case 'GetBlob':
      case 'GetBlobProperties': {
        const blob = this.#blobs.get(path);
        if (!blob) {
          fail(404, 'BlobNotFound', 'The specified blob does not exist.');
          return {};
        }
        const headers = { ...common, ...blobHeaders(blob), 'accept-ranges': 'bytes', 'x-ms-blob-type': 'BlockBlob' };
        const rangeHeader = request.headers['x-ms-range'] ?? request.headers.range;
        const range =
          operation === 'GetBlob' && typeof rangeHeader === 'string' ? parseRange(rangeHeader, blob.data.length) : null;
        if (range === 'invalid') {
          fail(416, 'InvalidRange', 'The range specified is invalid for the current size of the resource.');
          return {};
        }
        const slice = range ? blob.data.subarray(range.start, range.end + 1) : blob.data;
        response.writeHead(range ? 206 : 200, {
          ...headers,
          'content-length': String(slice.length),
          ...(range ? { 'content-range': `bytes ${range.start}-${range.end}/${blob.data.length}` } : {}),
        });
        if (operation === 'GetBlobProperties') {
          response.end();
        } else if (dropAfter !== undefined && dropAfter < slice.length) {
          response.write(slice.subarray(0, dropAfter), () => response.socket?.destroy());
        } else {
          response.end(slice);
        }
        return {};
      }
      default:
        fail(400, 'UnsupportedHttpVerb', `The twin does not implement ${request.method} ${url.search}.`);
        return {};
    }
  }

  /** Count concurrent block uploads (call around reading a Put Block body). */
  blockStarted(): void {
    this.#inFlightBlocks++;
    this.maxConcurrentBlocks = Math.max(this.maxConcurrentBlocks, this.#inFlightBlocks);
  }

  blockEnded(): void {
    this.#inFlightBlocks--;
  }

  #store(path: string, data: Buffer, contentType: string | undefined): StoredBlob {
    const now = new Date();
    const blob: StoredBlob = {
      data,
      contentType: contentType ?? 'application/octet-stream',
      etag: `"0x${createHash('sha1').update(data).update(now.toISOString()).digest('hex').slice(0, 15).toUpperCase()}"`,
      lastModified: now,
      createdAt: this.#blobs.get(path)?.createdAt ?? now,
    };
    this.#blobs.set(path, blob);
    return blob;
  }

  #signature(path: string, permissions: string, expiry: string): string {
    return createHmac('sha256', this.#secret).update(`${permissions}\n${expiry}\n${path}`).digest('base64');
  }

  #checkSas(path: string, query: URLSearchParams, needed: 'r' | 'w'): string | undefined {
    const sp = query.get('sp') ?? '';
    const se = query.get('se') ?? '';
    const sig = query.get('sig') ?? '';
    if (!sig) return 'Server failed to authenticate the request: no SAS signature.';
    const expected = Buffer.from(this.#signature(path, sp, se));
    const given = Buffer.from(sig);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      return 'Signature did not match.';
    }
    if (!(Date.parse(se) > Date.now())) return 'Signed expiry time has passed.';
    if (!sp.includes(needed)) return 'This request is not authorized to perform this operation using this permission.';
    return undefined;
  }
}

function contentTypeOf(request: IncomingMessage): string | undefined {
  const header = request.headers['x-ms-blob-content-type'];
  return typeof header === 'string' && header ? header : undefined;
}

function blobHeaders(blob: StoredBlob): Record<string, string> {
  return {
    etag: blob.etag,
    'last-modified': blob.lastModified.toUTCString(),
    'x-ms-creation-time': blob.createdAt.toUTCString(),
    'content-type': blob.contentType,
  };
}

function md5(data: Buffer): string {
  return createHash('md5').update(data).digest('base64');
}

/** The ids of `<BlockList><Latest|Uncommitted>id</…></BlockList>` (committed blocks are not kept by the twin). */
function parseBlockList(xml: string): string[] | undefined {
  if (!/<BlockList>/.test(xml)) return undefined;
  const ids: string[] = [];
  for (const match of xml.matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)) {
    if (match[1] === 'Committed') return undefined;
    ids.push(match[2]!.trim());
  }
  return ids;
}

/** `bytes=a-b`, `bytes=a-` → inclusive range within `size`; null when absent; 'invalid' when unsatisfiable. */
function parseRange(header: string, size: number): { start: number; end: number } | 'invalid' | null {
  const match = /^bytes=(\d+)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const start = Number(match[1]);
  const end = match[2] ? Math.min(Number(match[2]), size - 1) : size - 1;
  if (start >= size || end < start) return 'invalid';
  return { start, end };
}
