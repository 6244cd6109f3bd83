import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { downloadBlobToFile, uploadFileToBlob } from '../src/blob.js';
import { BlobTransferError } from '../src/errors.js';
import type { FetchLike } from '../src/http.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'blob-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const noWait = { sleep: async () => {}, baseDelayMs: 0 };
const SAS = 'https://acct.blob.core.windows.net/c/b?sv=1&sig=abc%2B%3D';

describe('uploadFileToBlob', () => {
  it('sends a small file in one Put Blob with the blob type and content type', async () => {
    const file = join(dir, 'small');
    writeFileSync(file, 'hello');
    const seen: { url: string; init: RequestInit }[] = [];
    const fetch: FetchLike = async (url, init) => {
      seen.push({ url: String(url), init: init! });
      return new Response(null, { status: 201 });
    };
    expect(await uploadFileToBlob(SAS, file, { fetch, contentType: 'application/zip' })).toEqual({
      sizeBytes: 5,
      blocks: 0,
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url).toBe(SAS);
    expect(seen[0]!.init.headers).toMatchObject({
      'x-ms-blob-type': 'BlockBlob',
      'x-ms-blob-content-type': 'application/zip',
    });
  });

  it('stages equal-length block ids with bounded concurrency and commits them in order', async () => {
    const file = join(dir, 'big');
    const content = Buffer.alloc(10_000, 7);
    writeFileSync(file, content);
    let inFlight = 0;
    let maxInFlight = 0;
    const blocks = new Map<string, Buffer>();
    let committed: string[] = [];
    const fetch: FetchLike = async (url, init) => {
      const params = new URL(String(url)).searchParams;
      expect(params.get('sig')).toBe('abc+=');
      if (params.get('comp') === 'block') {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 2));
        blocks.set(params.get('blockid')!, Buffer.from(init!.body as Uint8Array));
        inFlight--;
      } else {
        expect(params.get('comp')).toBe('blocklist');
        committed = [...String(init!.body).matchAll(/<Latest>([^<]+)<\/Latest>/g)].map((m) => m[1]!);
      }
      return new Response(null, { status: 201 });
    };
    const result = await uploadFileToBlob(SAS, file, { fetch, blockSizeBytes: 1024, concurrency: 3 });
    expect(result).toEqual({ sizeBytes: 10_000, blocks: 10 });
    expect(maxInFlight).toBe(3);
    expect(new Set(committed.map((id) => id.length)).size).toBe(1);
    expect(Buffer.concat(committed.map((id) => blocks.get(id)!)).equals(content)).toBe(true);
    expect(Math.max(...[...blocks.values()].map((b) => b.length))).toBe(1024);
  });

  it('fails with the storage error code after retries', async () => {
    const file = join(dir, 'f');
    writeFileSync(file, 'x');
    const fetch: FetchLike = async () =>
      new Response('<Error><Code>AuthenticationFailed</Code></Error>', { status: 403 });
    const error = await uploadFileToBlob(SAS, file, { fetch, retry: noWait }).catch((e) => e);
    expect(error).toBeInstanceOf(BlobTransferError);
    expect(error.message).toMatch(/HTTP 403 \(AuthenticationFailed\)/);
    expect(error.message).not.toContain('sig=');
  });
});

describe('downloadBlobToFile', () => {
  const data = Buffer.from('0123456789'.repeat(100));

  /** A body that delivers `cut` bytes and then errors, like a dropped connection. */
  function brokenBody(bytes: Buffer, cut: number): ReadableStream<Uint8Array> {
    let sent = false;
    return new ReadableStream({
      pull(controller) {
        if (sent) controller.error(new TypeError('terminated'));
        else controller.enqueue(bytes.subarray(0, cut));
        sent = true;
      },
    });
  }

  it('resumes from the byte it stopped at', async () => {
    const ranges: (string | null)[] = [];
    const fetch: FetchLike = async (_, init) => {
      const range = new Headers(init!.headers).get('range');
      ranges.push(range);
      if (!range) return new Response(brokenBody(data, 300), { status: 200, headers: { 'content-length': '1000' } });
      const start = Number(/bytes=(\d+)-/.exec(range)![1]);
      return new Response(data.subarray(start), {
        status: 206,
        headers: { 'content-range': `bytes ${start}-999/1000`, 'content-length': String(1000 - start) },
      });
    };
    const target = join(dir, 'out');
    expect(await downloadBlobToFile(SAS, target, { fetch, retry: noWait })).toEqual({ sizeBytes: 1000 });
    expect(readFileSync(target).equals(data)).toBe(true);
    expect(ranges).toEqual([null, 'bytes=300-']);
  });

  it('starts over when the server ignores the Range', async () => {
    let calls = 0;
    const fetch: FetchLike = async () =>
      ++calls === 1
        ? new Response(brokenBody(data, 500), { status: 200, headers: { 'content-length': '1000' } })
        : new Response(data, { status: 200, headers: { 'content-length': '1000' } });
    const target = join(dir, 'out');
    await downloadBlobToFile(SAS, target, { fetch, retry: noWait });
    expect(readFileSync(target).equals(data)).toBe(true);
  });

  it('refuses a download that stays short of its Content-Length', async () => {
    const fetch: FetchLike = async () =>
      new Response(brokenBody(data, 10), { status: 200, headers: { 'content-length': '1000' } });
    await expect(downloadBlobToFile(SAS, join(dir, 'out'), { fetch, attempts: 2, retry: noWait })).rejects.toThrow(
      /incomplete after 2 attempts/,
    );
  });

  it('does not retry a 404', async () => {
    let calls = 0;
    const fetch: FetchLike = async () => {
      calls++;
      return new Response('<Error><Code>BlobNotFound</Code></Error>', { status: 404 });
    };
    await expect(downloadBlobToFile(SAS, join(dir, 'out'), { fetch, retry: noWait })).rejects.toThrow(
      /404 \(BlobNotFound\)/,
    );
    expect(calls).toBe(1);
  });
});

describe('transfers with a signal', () => {
  it('an aborted upload stages no block after the abort and never commits', async () => {
    const file = join(dir, 'big');
    writeFileSync(file, Buffer.alloc(64 * 1024, 1));
    const stop = new AbortController();
    const staged: string[] = [];
    let committed = false;
    const fetch: FetchLike = async (url, init) => {
      init?.signal?.throwIfAborted();
      const params = new URL(String(url)).searchParams;
      if (params.get('comp') === 'blocklist') committed = true;
      else staged.push(params.get('blockid')!);
      if (staged.length === 3) stop.abort(new Error('the phase timed out'));
      return new Response(null, { status: 201 });
    };
    await expect(
      uploadFileToBlob(SAS, file, { fetch, blockSizeBytes: 1024, concurrency: 2, signal: stop.signal }),
    ).rejects.toThrow('the phase timed out');
    // 64 blocks in all; the workers stop at the abort (the other worker's block in flight may still land).
    expect(staged.length).toBeLessThanOrEqual(4);
    expect(committed).toBe(false);
  });

  it('one failed block stops the other workers before they send more', async () => {
    const file = join(dir, 'big');
    writeFileSync(file, Buffer.alloc(64 * 1024, 1));
    let staged = 0;
    const fetch: FetchLike = async () => {
      staged++;
      return new Response('<Error><Code>AuthenticationFailed</Code></Error>', { status: staged === 2 ? 403 : 201 });
    };
    await expect(uploadFileToBlob(SAS, file, { fetch, blockSizeBytes: 1024, concurrency: 3 })).rejects.toThrow(
      /HTTP 403 \(AuthenticationFailed\)/,
    );
    expect(staged).toBeLessThanOrEqual(4);
  });

  it('an aborted download is not resumed', async () => {
    const stop = new AbortController();
    let requests = 0;
    const fetch: FetchLike = async (_url, init) => {
      requests++;
      const signal = init?.signal;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new Uint8Array(100));
        },
        pull(controller) {
          stop.abort(new Error('stopped by the caller'));
          if (signal?.aborted) controller.error(signal.reason);
        },
      });
      return new Response(body, { status: 200, headers: { 'content-length': '1000' } });
    };
    await expect(
      downloadBlobToFile(SAS, join(dir, 'out'), { fetch, retry: noWait, signal: stop.signal }),
    ).rejects.toThrow('stopped by the caller');
    expect(requests).toBe(1);
  });
});
