// The twin's own protocol rules: bearer auth and run isolation on Twirp, SAS rules on blob storage, and the checks
// finalize makes. Clients must not get away with what the real services refuse.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The official version function, from its file (the package exports only its entry point).
import { getCacheVersion } from '../../../../node_modules/@actions/cache/lib/internal/cacheUtils.js';
import { type ActionsServices, startActionsServices } from '../../src/actions-services/index.js';
import { cacheVersion } from './helpers.js';

let services: ActionsServices;
beforeAll(async () => {
  services = await startActionsServices();
});
afterAll(() => services.close());

const CACHE = 'twirp/github.actions.results.api.v1.CacheService';
const ARTIFACT = 'twirp/github.actions.results.api.v1.ArtifactService';

async function twirp(
  path: string,
  body: unknown,
  token: string | undefined = services.env.ACTIONS_RUNTIME_TOKEN,
  type = 'application/json',
) {
  const headers: Record<string, string> = { 'content-type': type };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${services.url}/${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const ids = () => ({ workflow_run_backend_id: services.run.runId, workflow_job_run_backend_id: services.run.jobId });

describe('Twirp endpoints', () => {
  it('require a bearer token the service issued', async () => {
    expect(await twirp(`${CACHE}/GetCacheEntryDownloadURL`, { key: 'k', version: 'v' }, '')).toMatchObject({
      status: 401,
      body: { code: 'unauthenticated' },
    });
    const forged = `${services.env.ACTIONS_RUNTIME_TOKEN.split('.').slice(0, 2).join('.')}.AAAA`;
    expect((await twirp(`${CACHE}/GetCacheEntryDownloadURL`, { key: 'k', version: 'v' }, forged)).status).toBe(401);
  });

  it('speak JSON only and answer unknown routes with bad_route', async () => {
    expect((await twirp(`${CACHE}/GetCacheEntryDownloadURL`, {}, '', 'application/protobuf')).body.code).toBe(
      'bad_route',
    );
    expect((await twirp(`${CACHE}/DeleteEverything`, {})).body).toMatchObject({ code: 'bad_route' });
  });

  it('keep artifacts to their run: other ids are refused', async () => {
    const other = { workflow_run_backend_id: 'someone-else', workflow_job_run_backend_id: services.run.jobId };
    expect(await twirp(`${ARTIFACT}/ListArtifacts`, other)).toMatchObject({
      status: 403,
      body: { code: 'permission_denied' },
    });
  });

  it('check the size and hash an artifact is finalized with, and refuse bad names', async () => {
    expect((await twirp(`${ARTIFACT}/CreateArtifact`, { ...ids(), name: 'a:b', version: 7 })).status).toBe(400);
    const created = await twirp(`${ARTIFACT}/CreateArtifact`, { ...ids(), name: 'checked', version: 7 });
    const url = String(created.body.signed_upload_url);
    const put = await fetch(url, { method: 'PUT', headers: { 'x-ms-blob-type': 'BlockBlob' }, body: 'zip bytes' });
    expect(put.status).toBe(201);
    expect((await twirp(`${ARTIFACT}/FinalizeArtifact`, { ...ids(), name: 'checked', size: '3' })).body.msg).toMatch(
      /size mismatch/,
    );
    expect(
      (await twirp(`${ARTIFACT}/FinalizeArtifact`, { ...ids(), name: 'checked', size: '9', hash: 'sha256:00' })).body
        .msg,
    ).toBe('hash mismatch');
    const hash = `sha256:${createHash('sha256').update('zip bytes').digest('hex')}`;
    expect(
      (await twirp(`${ARTIFACT}/FinalizeArtifact`, { ...ids(), name: 'checked', size: '9', hash })).body,
    ).toMatchObject({ ok: true });
  });

  it('finalize a cache entry only with the size that was uploaded', async () => {
    const created = await twirp(`${CACHE}/CreateCacheEntry`, { key: 'sized', version: 'v1' });
    await fetch(String(created.body.signed_upload_url), {
      method: 'PUT',
      headers: { 'x-ms-blob-type': 'BlockBlob' },
      body: '12345',
    });
    expect(
      (await twirp(`${CACHE}/FinalizeCacheEntryUpload`, { key: 'sized', version: 'v1', size_bytes: '4' })).body,
    ).toMatchObject({
      ok: false,
      message: expect.stringContaining('size mismatch'),
    });
    expect(
      (await twirp(`${CACHE}/FinalizeCacheEntryUpload`, { key: 'sized', version: 'v1', size_bytes: '5' })).body,
    ).toMatchObject({
      ok: true,
    });
  });
});

describe('blob storage', () => {
  async function entryUrls() {
    const key = `blob-${Math.random()}`;
    const created = await twirp(`${CACHE}/CreateCacheEntry`, { key, version: 'v' });
    const upload = String(created.body.signed_upload_url);
    await fetch(upload, { method: 'PUT', headers: { 'x-ms-blob-type': 'BlockBlob' }, body: '0123456789' });
    await twirp(`${CACHE}/FinalizeCacheEntryUpload`, { key, version: 'v', size_bytes: '10' });
    const found = await twirp(`${CACHE}/GetCacheEntryDownloadURL`, { key, version: 'v' });
    return { upload, download: String(found.body.signed_download_url) };
  }

  it('serves ranges and refuses impossible ones', async () => {
    const { download } = await entryUrls();
    const part = await fetch(download, { headers: { 'x-ms-range': 'bytes=2-5' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 2-5/10');
    expect(await part.text()).toBe('2345');
    expect((await fetch(download, { headers: { range: 'bytes=20-' } })).status).toBe(416);
  });

  it('enforces the SAS: signature, permission, and no Authorization header', async () => {
    const { upload, download } = await entryUrls();
    const tampered = download.replace(/sig=[^&]+/, 'sig=AAAA');
    expect((await fetch(tampered)).headers.get('x-ms-error-code')).toBe('AuthenticationFailed');
    expect((await fetch(upload)).status).toBe(403);
    const before = services.violations.length;
    expect((await fetch(download, { headers: { authorization: 'Bearer leaked' } })).status).toBe(403);
    expect(services.violations.slice(before)).toEqual([expect.stringContaining('Authorization header')]);
    services.violations.length = before;
  });

  it('requires the blob type on Put Blob and staged blocks in a block list', async () => {
    const { upload } = await entryUrls();
    expect((await fetch(upload, { method: 'PUT', body: 'x' })).status).toBe(400);
    const list = new URL(upload);
    list.searchParams.set('comp', 'blocklist');
    const response = await fetch(list, { method: 'PUT', body: '<BlockList><Latest>bm9wZQ==</Latest></BlockList>' });
    expect(response.headers.get('x-ms-error-code')).toBe('InvalidBlockList');
  });
});

describe('cache versions', () => {
  it('ours equal the official getCacheVersion', () => {
    for (const [paths, method, cross] of [
      [['~/.cache/wsl'], 'zstd-without-long', false],
      [['a', 'b/c'], 'gzip', true],
      [['x'], undefined, false],
    ] as const) {
      expect(cacheVersion({ paths, compressionMethod: method, enableCrossOsArchive: cross })).toBe(
        getCacheVersion([...paths], method as never, cross),
      );
    }
  });
});
