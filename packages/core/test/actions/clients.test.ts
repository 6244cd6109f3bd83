// The requests our clients send, field by field, as the official clients send them (proto field names, int64 as
// strings, the bearer token to the service only).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  cacheVersion,
  createArtifactClient,
  createCacheClient,
  type FetchLike,
  writeReportArtifact,
} from '../../src/actions/index.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clients-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const token = `h.${Buffer.from(JSON.stringify({ scp: 'Actions.Results:run-1:job-2' })).toString('base64url')}.s`;
const env = {
  ACTIONS_RESULTS_URL: 'https://results.example/abc/',
  ACTIONS_RUNTIME_TOKEN: token,
  ACTIONS_CACHE_SERVICE_V2: 'true',
};

interface Sent {
  url: string;
  method: string;
  headers: Headers;
  body: unknown;
}

/** A fake results service + blob storage that records every request. */
function fakeService(answers: Record<string, unknown>) {
  const sent: Sent[] = [];
  const fetch: FetchLike = async (input, init) => {
    const url = String(input);
    const headers = new Headers(init?.headers);
    const body =
      typeof init?.body === 'string' && headers.get('content-type') === 'application/json'
        ? JSON.parse(init.body)
        : init?.body;
    sent.push({ url, method: init?.method ?? 'GET', headers, body });
    const method = url.startsWith('https://results.example/twirp/') ? url.split('/').pop()! : undefined;
    if (method) return Response.json(answers[method] ?? {});
    return new Response(null, { status: 201 });
  };
  return { fetch, sent };
}

describe('cache client requests', () => {
  it('reserves, uploads and finalizes with the official field names', async () => {
    const archive = join(dir, 'a.tzst');
    writeFileSync(archive, 'abc');
    const { fetch, sent } = fakeService({
      CreateCacheEntry: { ok: true, signedUploadUrl: 'https://blob.example/c/x?sig=s' },
      FinalizeCacheEntryUpload: { ok: true, entry_id: '42' },
    });
    const client = createCacheClient({ env, fetch });
    const spec = { paths: ['wsl-ready/Ubuntu'], compressionMethod: 'zstd-without-long' };
    expect(await client.save({ ...spec, key: 'k1', archivePath: archive })).toEqual({
      saved: true,
      entryId: '42',
      sizeBytes: 3,
      blocks: 0,
    });
    const version = cacheVersion(spec);
    expect(sent.map((s) => s.url)).toEqual([
      'https://results.example/twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry',
      'https://blob.example/c/x?sig=s',
      'https://results.example/twirp/github.actions.results.api.v1.CacheService/FinalizeCacheEntryUpload',
    ]);
    expect(sent[0]!.body).toEqual({ key: 'k1', version });
    expect(sent[2]!.body).toEqual({ key: 'k1', version, size_bytes: '3' });
    expect(sent[0]!.headers.get('authorization')).toBe(`Bearer ${token}`);
    expect(sent[1]!.headers.get('authorization')).toBeNull();
  });

  it('looks up with restore_keys and reports the matched key', async () => {
    const { fetch, sent } = fakeService({
      GetCacheEntryDownloadURL: {
        ok: true,
        signed_download_url: 'https://blob.example/c/x?sig=r',
        matched_key: 'k-old',
      },
    });
    const client = createCacheClient({ env, fetch });
    const result = await client.restore({
      paths: ['p'],
      key: 'k-new',
      restoreKeys: ['k-'],
      archivePath: join(dir, 'r'),
      lookupOnly: true,
    });
    expect(result).toEqual({ hit: true, matchedKey: 'k-old', exactMatch: false, sizeBytes: undefined });
    expect(sent[0]!.body).toEqual({ key: 'k-new', restore_keys: ['k-'], version: cacheVersion({ paths: ['p'] }) });
  });
});

describe('artifact client requests', () => {
  it('creates, uploads the zip and finalizes with size and sha256', async () => {
    const { fetch, sent } = fakeService({
      CreateArtifact: { ok: true, signed_upload_url: 'https://blob.example/r/y?sig=w' },
      FinalizeArtifact: { ok: true, artifact_id: '9001' },
    });
    const client = createArtifactClient({
      env: { ...env, GITHUB_RETENTION_DAYS: '7' },
      fetch,
      now: () => new Date('2025-03-01T12:00:00Z'),
    });
    const uploaded = await client.uploadFile(
      'wsl-ready-report-a',
      { fileName: 'r.json', bytes: Buffer.from('{}') },
      { retentionDays: 30 },
    );
    expect(uploaded).toMatchObject({ id: 9001, name: 'wsl-ready-report-a', retentionDays: 7 });
    expect(sent.map((s) => s.url.split('/').pop())).toEqual(['CreateArtifact', 'y?sig=w', 'FinalizeArtifact']);
    expect(sent[0]!.body).toEqual({
      workflow_run_backend_id: 'run-1',
      workflow_job_run_backend_id: 'job-2',
      name: 'wsl-ready-report-a',
      mime_type: 'application/zip',
      version: 7,
      expires_at: '2025-03-08T12:00:00.000Z',
    });
    const zip = sent[1]!.body as Uint8Array;
    expect(sent[1]!.headers.get('x-ms-blob-content-type')).toBe('application/zip');
    expect(sent[2]!.body).toEqual({
      workflow_run_backend_id: 'run-1',
      workflow_job_run_backend_id: 'job-2',
      name: 'wsl-ready-report-a',
      size: String(zip.byteLength),
      hash: uploaded.digest,
    });
    // The results origin, whatever path ACTIONS_RESULTS_URL has (as the official client does).
    expect(sent[0]!.url.startsWith('https://results.example/twirp/')).toBe(true);
  });

  it('refuses a name the service would refuse before any request', async () => {
    const { fetch, sent } = fakeService({});
    const client = createArtifactClient({ env, fetch });
    await expect(client.uploadFile('a/b', { fileName: 'x', bytes: Buffer.from('') })).rejects.toThrow(/forward slash/);
    expect(sent).toEqual([]);
  });
});

describe('writeReportArtifact', () => {
  it('only writes the file, and says why, when the artifact service is missing', async () => {
    const infos: string[] = [];
    const result = await writeReportArtifact('{}\n', {
      dir: join(dir, 'out'),
      upload: { client: createArtifactClient({ env: {} }), name: 'n' },
      io: { info: (m) => infos.push(m), warning: () => expect.unreachable() },
    });
    expect(result.artifact).toBeUndefined();
    expect(result.notUploaded).toMatch(/ACTIONS_RESULTS_URL/);
    expect(infos).toEqual([result.notUploaded]);
  });
});
