// The requests our clients send, field by field, as the official clients send them (proto field names, int64 as
// strings, the bearer token to the service only).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPORT_FILE_NAME, reportArtifactName } from '@wsl-ready/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ActionsServiceError,
  cacheVersion,
  createArtifactClient,
  createCacheClient,
  type FetchLike,
  publishReportArtifact,
  writeReportArtifact,
} from '../src/index.js';

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

describe('publishReportArtifact', () => {
  const taken = {
    unavailableReason: undefined,
    uploadFile: async () => {
      throw new ActionsServiceError('artifact', 'CreateArtifact', {
        status: 409,
        twirpCode: 'already_exists',
        message: 'HTTP 409 already_exists: an artifact with this name already exists on the workflow run',
      });
    },
  };

  it("writes the report in the step's own folder under RUNNER_TEMP and uploads it under the kit's name", async () => {
    const uploads: { name: string; path: string }[] = [];
    const stepEnv = { RUNNER_TEMP: dir, GITHUB_JOB: 'build', GITHUB_ACTION: 'wsl' };
    const result = await publishReportArtifact('{"a":1}\n', {
      env: stepEnv,
      matrix: { os: 'windows-2025' },
      artifacts: {
        unavailableReason: undefined,
        uploadFile: async (name, source) => {
          uploads.push({ name, path: String(source) });
          return { id: 7, name, sizeBytes: 1, digest: 'sha256:x', retentionDays: undefined };
        },
      },
    });
    expect(result.name).toBe(reportArtifactName(stepEnv, { os: 'windows-2025' }));
    expect(result.path).toBe(join(dir, 'wsl-ready', result.name, REPORT_FILE_NAME));
    expect(readFileSync(result.path, 'utf8')).toBe('{"a":1}\n');
    expect(uploads).toEqual([{ name: result.name, path: result.path }]);
    expect(result.artifact?.id).toBe(7);
  });

  it('a taken name is a warning saying how to fix the workflow (the matrix input first)', async () => {
    const warnings: string[] = [];
    const io = { info: () => {}, warning: (m: string) => warnings.push(m) };
    const stepEnv = { RUNNER_TEMP: dir, GITHUB_JOB: 'build' };
    await publishReportArtifact('{}\n', { env: stepEnv, matrix: null, artifacts: taken, io });
    await publishReportArtifact('{}\n', { env: stepEnv, matrix: { os: 'x' }, artifacts: taken, io });
    expect(warnings).toHaveLength(2);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the GitHub expression the message shows.
    expect(warnings[0]).toContain('give the step `matrix: ${{ toJSON(matrix) }}`');
    expect(warnings[1]).toContain('its own `id`');
    expect(warnings[1]).not.toContain('toJSON');
  });

  it('other upload failures get no hint; without a client the file is only written', async () => {
    const warnings: string[] = [];
    const failing = {
      unavailableReason: undefined,
      uploadFile: async () => {
        throw new ActionsServiceError('artifact', 'CreateArtifact', { status: 503, message: 'HTTP 503' });
      },
    };
    const io = { info: () => {}, warning: (m: string) => warnings.push(m) };
    await publishReportArtifact('{}\n', { env: { RUNNER_TEMP: dir }, matrix: null, artifacts: failing, io });
    expect(warnings).toEqual([expect.not.stringContaining('unique')]);
    const onlyFile = await publishReportArtifact('{}\n', { env: {}, matrix: null });
    expect(onlyFile.notUploaded).toBeUndefined();
    expect(readFileSync(onlyFile.path, 'utf8')).toBe('{}\n');
    rmSync(join(onlyFile.path, '..'), { recursive: true, force: true });
  });
});

describe('cache client abort', () => {
  it('an aborted restore sends nothing more, leaves no archive and says it was stopped', async () => {
    const archive = join(dir, 'restored.tar');
    const stop = new AbortController();
    const sent: string[] = [];
    const fetch: FetchLike = async (input, init) => {
      const url = String(input);
      sent.push(url);
      if (url.includes('/twirp/')) {
        return Response.json({ ok: true, signed_download_url: 'https://blob.example/c/x?sig=s', matched_key: 'k' });
      }
      // The download starts and delivers a first chunk; then the phase's time runs out, and (as with fetch) the
      // aborted request errors its body.
      const signal = init?.signal;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new Uint8Array(1024));
        },
        pull(controller) {
          stop.abort(new Error('the cache-restore phase timed out'));
          if (signal?.aborted) controller.error(signal.reason);
          else signal?.addEventListener('abort', () => controller.error(signal.reason), { once: true });
        },
      });
      return new Response(body, { status: 200, headers: { 'content-length': String(1024 * 1024) } });
    };
    const client = createCacheClient({ env, fetch, retry: { sleep: async () => {} } });
    const result = await client.restore({ paths: ['p'], key: 'k', archivePath: archive, signal: stop.signal });
    expect(result).toMatchObject({ hit: false, reason: 'aborted', level: 'warning' });
    expect(!result.hit && result.message).toMatch(/stopped \(the cache-restore phase timed out\)/);
    // One lookup and one download: no resume with a Range after the abort.
    expect(sent).toHaveLength(2);
    expect(existsSync(archive)).toBe(false);
  });

  it('a save aborted before it starts sends no request', async () => {
    const archive = join(dir, 'a.tar');
    writeFileSync(archive, 'abc');
    const { fetch, sent } = fakeService({});
    const stop = new AbortController();
    stop.abort(new Error('time is up'));
    const result = await createCacheClient({ env, fetch }).save({
      paths: ['p'],
      key: 'k',
      archivePath: archive,
      signal: stop.signal,
    });
    expect(result).toMatchObject({ saved: false, reason: 'aborted' });
    expect(sent).toEqual([]);
  });
});
