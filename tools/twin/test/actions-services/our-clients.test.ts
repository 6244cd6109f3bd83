// Our fetch-based clients (@wsl-ready/core actions kit) pass the same round trips as the official clients against
// the same twin, interoperate with them both ways, and survive the twin's faults.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import { restoreCache, saveCache } from '@actions/cache';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ActionsServices, startActionsServices } from '../../src/actions-services/index.js';
import {
  ActionsServiceUnavailableError,
  captureStdout,
  createArtifactClient,
  createCacheClient,
  exec,
  noiseBytes,
  tempDir,
  withProcessEnv,
  writeReportArtifact,
} from './helpers.js';

let services: ActionsServices;
let temp: { dir: string; cleanup: () => void };
let restoreEnv: (() => void) | undefined;
const fastRetry = { baseDelayMs: 1, maxDelayMs: 20 };
// The official client compresses with zstd when it is installed, else gzip; the interop tests follow it.
const hasZstd = ['/usr/bin/zstd', '/usr/local/bin/zstd'].some((p) => existsSync(p));
const compressionMethod = hasZstd ? 'zstd-without-long' : 'gzip';
const tarCompress = hasZstd ? ['--use-compress-program', 'zstd -T0'] : ['-z'];
const tarDecompress = hasZstd ? ['--use-compress-program', 'zstd -d'] : ['-z'];

beforeAll(async () => {
  services = await startActionsServices();
  temp = tempDir('our-clients');
  mkdirSync(join(temp.dir, 'workspace'));
  mkdirSync(join(temp.dir, 'runner-temp'));
});

afterAll(async () => {
  await services.close();
  temp.cleanup();
});

beforeEach(() => services.faults.clear());

afterEach(() => {
  restoreEnv?.();
  restoreEnv = undefined;
  expect(services.violations).toEqual([]);
});

const workspace = () => join(temp.dir, 'workspace');
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const requestsSince = (start: number) => services.requests.slice(start);

function writeFile(name: string, bytes: Buffer): string {
  const path = join(temp.dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('our cache client', () => {
  it('saves an archive file and restores it byte for byte, by key and by restore-key prefix', async () => {
    const cache = createCacheClient({ env: services.env, retry: fastRetry });
    const archive = writeFile('distro.tar', noiseBytes(300_000, 7));
    const spec = { paths: ['wsl-ready/distro/Ubuntu'], compressionMethod: 'gzip' };
    const saved = await cache.save({ ...spec, key: 'distro-Ubuntu-1', archivePath: archive });
    expect(saved).toMatchObject({ saved: true, sizeBytes: 300_000, blocks: 0 });
    expect(services.caches.find('distro-Ubuntu-1')?.version).toBe(cache.version(spec));

    const exact = await cache.restore({ ...spec, key: 'distro-Ubuntu-1', archivePath: join(temp.dir, 'r1.tar') });
    expect(exact).toMatchObject({ hit: true, matchedKey: 'distro-Ubuntu-1', exactMatch: true, sizeBytes: 300_000 });
    expect(sha(readFileSync(join(temp.dir, 'r1.tar')))).toBe(sha(readFileSync(archive)));

    const prefix = await cache.restore({
      ...spec,
      key: 'distro-Ubuntu-2',
      restoreKeys: ['distro-Ubuntu-'],
      archivePath: join(temp.dir, 'r2.tar'),
    });
    expect(prefix).toMatchObject({ hit: true, matchedKey: 'distro-Ubuntu-1', exactMatch: false });

    const lookup = await cache.restore({
      ...spec,
      key: 'distro-Ubuntu-1',
      archivePath: join(temp.dir, 'no.tar'),
      lookupOnly: true,
    });
    expect(lookup).toMatchObject({ hit: true, sizeBytes: undefined });
  });

  it('reports a miss, an entry that already exists and a missing archive as results, not throws', async () => {
    const cache = createCacheClient({ env: services.env, retry: fastRetry });
    const miss = await cache.restore({ paths: ['nothing'], key: 'never-saved', archivePath: join(temp.dir, 'm.tar') });
    expect(miss).toMatchObject({ hit: false, reason: 'miss', level: 'info' });

    const archive = writeFile('dup.tar', Buffer.from('dup'));
    await cache.save({ paths: ['dup'], key: 'dup', archivePath: archive });
    expect(await cache.save({ paths: ['dup'], key: 'dup', archivePath: archive })).toMatchObject({
      saved: false,
      reason: 'exists',
      level: 'info',
    });
    expect(await cache.save({ paths: ['dup'], key: 'x', archivePath: join(temp.dir, 'absent.tar') })).toMatchObject({
      saved: false,
      reason: 'missing-archive',
      level: 'warning',
    });
    expect(await cache.save({ paths: ['dup'], key: 'a,b', archivePath: archive })).toMatchObject({
      reason: 'invalid-key',
    });
  });

  it('streams a 64 MB archive in bounded blocks with at most 4 in flight, and downloads it back intact', async () => {
    const cache = createCacheClient({ env: services.env, retry: fastRetry });
    const big = randomBytes(64 * 1024 * 1024);
    const archive = writeFile('big.tar', big);
    const start = services.requests.length;
    const saved = await cache.save({ paths: ['big'], key: 'big-1', archivePath: archive });
    expect(saved).toMatchObject({ saved: true, sizeBytes: big.length, blocks: 8 });
    const sent = requestsSince(start).filter((r) => r.kind === 'blob');
    const blocks = sent.filter((r) => r.operation === 'PutBlock');
    expect(blocks).toHaveLength(8);
    expect(Math.max(...blocks.map((r) => r.requestBytes))).toBe(8 * 1024 * 1024);
    expect(sent.filter((r) => r.operation === 'PutBlob')).toHaveLength(0);
    expect(sent.at(-1)?.operation).toBe('PutBlockList');
    expect(services.maxConcurrentBlockUploads()).toBeLessThanOrEqual(4);
    expect(services.maxConcurrentBlockUploads()).toBeGreaterThan(1);

    const restored = join(temp.dir, 'big-restored.tar');
    expect(await cache.restore({ paths: ['big'], key: 'big-1', archivePath: restored })).toMatchObject({
      hit: true,
      sizeBytes: big.length,
    });
    expect(sha(readFileSync(restored))).toBe(sha(big));
    rmSync(restored);
    rmSync(archive);
  });

  it('retries 5xx and 429 answers of the service and of blob storage, with back-off', async () => {
    const retries: string[] = [];
    const cache = createCacheClient({
      env: services.env,
      retry: { ...fastRetry, onRetry: (e) => retries.push(e.reason) },
      blockSizeBytes: 64 * 1024,
    });
    services.faults.fail({ operation: 'CreateCacheEntry', status: 503, times: 2 });
    services.faults.rateLimit({ operation: 'FinalizeCacheEntryUpload', retryAfterSeconds: 0 });
    services.faults.fail({ operation: 'PutBlock', status: 500 });
    const archive = writeFile('flaky.tar', noiseBytes(200_000, 3));
    const start = services.requests.length;
    expect(await cache.save({ paths: ['flaky'], key: 'flaky', archivePath: archive })).toMatchObject({ saved: true });
    expect(retries).toEqual(['HTTP 503', 'HTTP 503', 'HTTP 500', 'HTTP 429']);
    const ops = requestsSince(start).map((r) => `${r.operation}:${r.status}`);
    expect(ops.filter((o) => o.startsWith('CreateCacheEntry'))).toEqual([
      'CreateCacheEntry:503',
      'CreateCacheEntry:503',
      'CreateCacheEntry:200',
    ]);
    expect(ops.filter((o) => o === 'PutBlock:201')).toHaveLength(4);
  });

  it('resumes a download cut mid-stream with a Range request', async () => {
    const cache = createCacheClient({ env: services.env, retry: fastRetry });
    const bytes = noiseBytes(1_000_000, 9);
    await cache.save({ paths: ['cut'], key: 'cut', archivePath: writeFile('cut.tar', bytes) });
    services.faults.dropConnection({ operation: 'GetBlob', afterBytes: 400_000 });
    const start = services.requests.length;
    const target = join(temp.dir, 'cut-restored.tar');
    expect(await cache.restore({ paths: ['cut'], key: 'cut', archivePath: target })).toMatchObject({ hit: true });
    expect(sha(readFileSync(target))).toBe(sha(bytes));
    const gets = requestsSince(start).filter((r) => r.operation === 'GetBlob');
    expect(gets).toHaveLength(2);
    expect(gets[0]?.range).toBeUndefined();
    expect(gets[1]?.range).toMatch(/^bytes=\d+-$/);
  });

  it('times out a slow answer and asks again', async () => {
    const sent: string[] = [];
    const counting: typeof fetch = (input, init) => {
      sent.push(String(input).split('/').pop() ?? '');
      return fetch(input, init);
    };
    const cache = createCacheClient({ env: services.env, fetch: counting, retry: { ...fastRetry, timeoutMs: 150 } });
    services.faults.slow({ operation: 'GetCacheEntryDownloadURL', delayMs: 1_000 });
    const result = await cache.restore({ paths: ['slow'], key: 'slow', archivePath: join(temp.dir, 's.tar') });
    expect(result).toMatchObject({ hit: false, reason: 'miss' });
    expect(sent).toEqual(['GetCacheEntryDownloadURL', 'GetCacheEntryDownloadURL']);
  });

  it('turns a service that stays down into a warning result after a bounded number of attempts', async () => {
    services.faults.unavailable = true;
    const cache = createCacheClient({ env: services.env, retry: { ...fastRetry, attempts: 3 } });
    const start = services.requests.length;
    const saved = await cache.save({
      paths: ['down'],
      key: 'down',
      archivePath: writeFile('down.tar', Buffer.from('x')),
    });
    expect(saved).toMatchObject({ saved: false, reason: 'failed', level: 'warning' });
    expect(saved.saved === false && saved.message).toMatch(/CreateCacheEntry.*HTTP 503/);
    const restored = await cache.restore({ paths: ['down'], key: 'down', archivePath: join(temp.dir, 'd.tar') });
    expect(restored).toMatchObject({ hit: false, reason: 'failed', level: 'warning' });
    expect(requestsSince(start)).toHaveLength(6);
  });

  it('says why without a request when the job has no cache service (outside GitHub, GHES, v1 only)', async () => {
    const start = services.requests.length;
    const outside = createCacheClient({ env: {} });
    expect(await outside.restore({ paths: ['x'], key: 'x', archivePath: join(temp.dir, 'x') })).toMatchObject({
      hit: false,
      reason: 'unavailable',
      message: expect.stringContaining('ACTIONS_RESULTS_URL'),
    });
    const ghes = createCacheClient({ env: { ...services.env, GITHUB_SERVER_URL: 'https://ghes.example.com' } });
    expect(ghes.unavailableReason).toMatch(/Enterprise Server/);
    const v1 = createCacheClient({
      env: { ...services.env, ACTIONS_CACHE_SERVICE_V2: undefined, ACTIONS_CACHE_URL: 'https://cache.example/' },
    });
    expect(await v1.save({ paths: ['x'], key: 'x', archivePath: join(temp.dir, 'x') })).toMatchObject({
      saved: false,
      reason: 'unavailable',
      message: expect.stringContaining('legacy cache service'),
    });
    expect(services.requests.length).toBe(start);
  });

  it('honours a read-only cache mode and a read-only token', async () => {
    const cache = createCacheClient({ env: { ...services.env, ACTIONS_CACHE_MODE: 'read' } });
    expect(
      await cache.save({ paths: ['m'], key: 'm', archivePath: writeFile('m.tar', Buffer.from('m')) }),
    ).toMatchObject({
      saved: false,
      reason: 'disabled',
    });
    const readOnly = createCacheClient({
      env: services.envFor({ cacheScopes: [{ scope: 'refs/heads/main', permission: 1 }] }),
    });
    expect(await readOnly.save({ paths: ['m'], key: 'm', archivePath: join(temp.dir, 'm.tar') })).toMatchObject({
      saved: false,
      reason: 'disabled',
      message: expect.stringContaining('cache write denied'),
    });
  });
});

describe('cache entries interoperate with @actions/cache', () => {
  const officialEnv = () => ({
    ...services.env,
    GITHUB_WORKSPACE: workspace(),
    RUNNER_TEMP: join(temp.dir, 'runner-temp'),
    GITHUB_SERVER_URL: undefined,
  });

  it('restores with our client what the official client saved', async () => {
    restoreEnv = withProcessEnv(officialEnv());
    const folder = join(workspace(), 'official-saved');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'hello.txt'), 'from the official client');
    const { result: id } = await captureStdout(() => saveCache([folder], 'interop-official'));
    expect(id).toBeGreaterThan(0);

    const cache = createCacheClient({ env: services.env, retry: fastRetry });
    const archive = join(temp.dir, 'interop.tzst');
    // Same paths and compression as the official client used.
    const result = await cache.restore({
      paths: [folder],
      compressionMethod,
      key: 'interop-official',
      archivePath: archive,
    });
    expect(result).toMatchObject({ hit: true, matchedKey: 'interop-official' });
    const out = join(temp.dir, 'extract-official');
    mkdirSync(out);
    await exec('tar', ['-x', ...tarDecompress, '-f', archive, '-C', out], { timeout: 10_000 });
    const relative = folder.slice(workspace().length + 1);
    expect(readFileSync(join(out, relative, 'hello.txt'), 'utf8')).toBe('from the official client');
  });

  it('lets the official client restore what our client saved', async () => {
    const folder = join(workspace(), 'ours-saved');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'hi.txt'), 'from our client');
    writeFileSync(join(folder, 'noise.bin'), noiseBytes(20_000, 5));
    const archive = join(temp.dir, 'ours.tzst');
    const relative = folder.slice(workspace().length + 1);
    await exec('tar', ['--posix', '-c', ...tarCompress, '-f', archive, '-C', workspace(), relative], {
      timeout: 10_000,
    });
    const cache = createCacheClient({ env: services.env, retry: fastRetry, blockSizeBytes: 4096 });
    const saved = await cache.save({
      paths: [folder],
      compressionMethod,
      key: 'interop-ours',
      archivePath: archive,
    });
    expect(saved).toMatchObject({ saved: true });
    expect(saved.saved && saved.blocks).toBeGreaterThan(1);
    rmSync(folder, { recursive: true });

    restoreEnv = withProcessEnv(officialEnv());
    const { result: key } = await captureStdout(() => restoreCache([folder], 'interop-ours'));
    expect(key).toBe('interop-ours');
    expect(readFileSync(join(folder, 'hi.txt'), 'utf8')).toBe('from our client');
  });
});

describe('our artifact client', () => {
  it('uploads one file as a zip that the official client downloads and unzips', async () => {
    const artifacts = createArtifactClient({ env: services.env, retry: fastRetry });
    const report = `${JSON.stringify({ schemaVersion: 1, text: 'é✓'.repeat(1000) })}\n`;
    const file = writeFile('wsl-ready-report.json', Buffer.from(report));
    const uploaded = await artifacts.uploadFile('wsl-ready-report-build-win22', file, { retentionDays: 5 });
    const stored = services.artifacts.find('wsl-ready-report-build-win22');
    expect(stored).toMatchObject({ id: uploaded.id, version: 7, mimeType: 'application/zip', digest: uploaded.digest });
    expect(stored?.sizeBytes).toBe(uploaded.sizeBytes);
    expect(stored?.files().get('wsl-ready-report.json')?.toString()).toBe(report);
    expect(stored?.expiresAt && Math.round((stored.expiresAt.getTime() - Date.now()) / 86_400_000)).toBe(5);

    if (existsSync('/usr/bin/unzip')) {
      // Info-ZIP, when the machine has it, is a third reader of the archive.
      const zipPath = writeFile('downloaded.zip', stored!.bytes);
      const { stdout } = await exec('unzip', ['-p', zipPath, 'wsl-ready-report.json'], { timeout: 10_000 });
      expect(stdout).toBe(report);
    }

    restoreEnv = withProcessEnv({ ...services.env, GITHUB_WORKSPACE: temp.dir, GITHUB_SERVER_URL: undefined });
    const target = join(temp.dir, 'official-download');
    const { result } = await captureStdout(() =>
      new DefaultArtifactClient().downloadArtifact(uploaded.id, { path: target, expectedHash: uploaded.digest }),
    );
    expect(result.digestMismatch).toBe(false);
    expect(readFileSync(join(target, 'wsl-ready-report.json'), 'utf8')).toBe(report);
  });

  it('uploads bytes under a file name, retrying a failed finalize', async () => {
    const artifacts = createArtifactClient({ env: services.env, retry: fastRetry });
    services.faults.fail({ operation: 'FinalizeArtifact', status: 502 });
    const uploaded = await artifacts.uploadFile('bytes-artifact', { fileName: 'r.json', bytes: Buffer.from('{}') });
    expect(services.artifacts.find('bytes-artifact')?.files().get('r.json')?.toString()).toBe('{}');
    expect(uploaded.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('throws typed errors: unavailable outside GitHub, a conflict for a repeated name', async () => {
    await expect(
      createArtifactClient({ env: {} }).uploadFile('x', { fileName: 'x', bytes: Buffer.from('') }),
    ).rejects.toBeInstanceOf(ActionsServiceUnavailableError);
    const artifacts = createArtifactClient({ env: services.env, retry: fastRetry });
    await artifacts.uploadFile('twice', { fileName: 'a', bytes: Buffer.from('a') });
    await expect(artifacts.uploadFile('twice', { fileName: 'a', bytes: Buffer.from('a') })).rejects.toThrow(
      /CreateArtifact.*409 already_exists/,
    );
  });

  it('writeReportArtifact writes the file, uploads it, and turns an upload failure into a warning', async () => {
    const warnings: string[] = [];
    const io = { info: () => {}, warning: (m: string) => warnings.push(m) };
    const client = createArtifactClient({ env: services.env, retry: { ...fastRetry, attempts: 2 } });
    const json = '{"schemaVersion":1}\n';
    const ok = await writeReportArtifact(json, { dir: join(temp.dir, 'rep'), upload: { client, name: 'rep-ok' }, io });
    expect(readFileSync(ok.path, 'utf8')).toBe(json);
    expect(ok.artifact?.name).toBe('rep-ok');
    expect(services.artifacts.find('rep-ok')?.files().get('wsl-ready-report.json')?.toString()).toBe(json);

    services.faults.unavailable = true;
    const down = await writeReportArtifact(json, {
      dir: join(temp.dir, 'rep2'),
      upload: { client, name: 'rep-down' },
      io,
    });
    expect(down.artifact).toBeUndefined();
    expect(readFileSync(down.path, 'utf8')).toBe(json);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/not uploaded.*HTTP 503/);
  });
});
