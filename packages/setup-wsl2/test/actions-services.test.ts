// The bundled action with the Actions cache and artifact services (the twin's stand-ins): the provisioned
// distribution is saved by one job and imported by the next, the report lands as an artifact, and a service that
// is down costs the job a warning, never its result.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { cacheVersion, createCacheClient } from '@wsl-ready/actions-kit';
import { type ActionsServices, startActionsServices } from '@wsl-ready/twin';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CACHE_ENTRY } from '../src/cache.js';
import { callKinds, type ImageServer, type Lab, makeLab, startImageServer } from './helpers.js';

let images: ImageServer;
let services: ActionsServices;
beforeAll(async () => {
  [images, services] = await Promise.all([startImageServer(), startActionsServices()]);
});
afterAll(() => Promise.all([images.close(), services.close()]));

const inputs = { distribution: 'Twin-24.04', user: 'builder', packages: '' };

function jobEnv(lab: Lab, serviceEnv: Record<string, string>) {
  return { ...serviceEnv, WSL_READY_CATALOGUE: images.catalogueFile(lab) };
}

function warnings(run: { annotations: { level: string; message: string }[] }): string[] {
  return run.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
}

// Each test runs whole jobs (two or three setups under Node 24): the bound is for a loaded 2-core machine.
describe('setup-wsl2 with the Actions cache and artifact services', { timeout: 120_000 }, () => {
  test('the first job misses and saves; the next job imports from the cache without downloading', async () => {
    const first = await makeLab();
    const downloadsBefore = images.served.count;
    const miss = await first.run(inputs, jobEnv(first, services.env));
    expect(miss.conclusion, miss.log).toBe('success');
    expect(miss.outputs['cache-hit']).toBe('false');
    expect(warnings(miss)).toEqual([]);
    expect(images.served.count - downloadsBefore).toBe(1);
    expect(callKinds(first.twin)).toEqual(['version', 'list', 'import', 'exec', 'exec', 'terminate', 'export']);

    // One entry, under the key that hashes everything shaping the distribution, versioned like actions/cache.
    const entries = services.caches.list();
    expect(entries).toHaveLength(1);
    const entry = entries[0]!;
    expect(entry.key).toMatch(/^wsl-ready-distro-twin-24\.04-x64-wsl2-[0-9a-f]{32}$/);
    expect(entry.version).toBe(cacheVersion(CACHE_ENTRY));
    // The version names the compression, so entries saved uncompressed before it (same paths) never match.
    expect(entry.version).not.toBe(cacheVersion({ paths: CACHE_ENTRY.paths }));
    expect(miss.log).toMatch(
      new RegExp(`Saved ${entry.key} \\(GitHub Actions cache, [\\d.]+ MiB tar, [\\d.]+ MiB compressed\\)`),
    );
    // The entry is the export, gzip-compressed: a tar holding the provisioned user, stored in fewer bytes.
    expect([...entry.bytes.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    const tar = gunzipSync(entry.bytes);
    expect(entry.bytes.includes(Buffer.from('builder:x:1001:1001::/home/builder:/bin/bash'))).toBe(false);
    expect(tar.includes(Buffer.from('builder:x:1001:1001::/home/builder:/bin/bash'))).toBe(true);
    expect(tar.subarray(257, 262).toString('latin1')).toBe('ustar');
    expect(entry.bytes.length).toBeLessThan(tar.length);
    expect(entry.sizeBytes).toBe(entry.bytes.length);

    // The report artifact: one file, the Report v1 the job wrote, readable by another job of the run, named by the
    // kit's rule (job and step; the harness's step is `__run`).
    const artifact = services.artifacts.find('wsl-ready-report-check-run', services.run.runId);
    expect(artifact).toBeDefined();
    const files = artifact!.files();
    expect([...files.keys()]).toEqual(['wsl-ready-report.json']);
    const uploaded = JSON.parse(files.get('wsl-ready-report.json')!.toString('utf8'));
    expect(uploaded).toEqual(JSON.parse(readFileSync(miss.outputs['report-path']!, 'utf8')));
    expect(uploaded).toMatchObject({ source: { kind: 'action', name: 'setup-wsl2' }, summary: { status: 'ready' } });
    expect(uploaded.checks.find((c: { id: string }) => c.id === 'setup.cache')).toMatchObject({
      status: 'pass',
      summary: expect.stringMatching(/saved for the next run/),
    });

    // A new job on a fresh machine (another run's token, same repository cache scope).
    const second = await makeLab();
    const downloads = images.served.count;
    const hit = await second.run(inputs, jobEnv(second, services.envFor()));
    expect(hit.conclusion, hit.log).toBe('success');
    expect(hit.outputs['cache-hit']).toBe('true');
    expect(images.served.count).toBe(downloads);
    expect(callKinds(second.twin)).toEqual(['version', 'list', 'import', 'exec']);
    const imported = second.twin.readLog().find((call) => call.kind === 'import')!;
    // The tar wsl --import reads is the decompressed entry; neither it nor the compressed copy outlives the job.
    expect(imported.argv[3]).toMatch(/Twin-24\.04\.cache\.tar$/);
    expect(readdirSync(second.dirs.temp).filter((name) => name.includes('.cache.'))).toEqual([]);
    const passwd = readFileSync(join(second.twin.state.distros[0]!.root, 'etc/passwd'), 'utf8');
    expect(passwd).toContain('builder:x:1001:1001::/home/builder:/bin/bash');
    expect(services.caches.list()).toHaveLength(1);
    const report = JSON.parse(readFileSync(hit.outputs['report-path']!, 'utf8'));
    expect(report.phases.map((p: { name: string; status: string }) => `${p.name}:${p.status}`)).toEqual([
      'probe:ok',
      'platform-update:skipped',
      'cache-restore:cached',
      'download:cached',
      'install:cached',
      'configure:ok',
      'packages:cached',
    ]);
    expect(services.violations).toEqual([]);
  });

  test('a corrupt cached archive costs a warning and a fresh install, never the job', async () => {
    // A good entry from one job, then the same key and version holding half of it (an upload cut short, a
    // damaged blob) in another repository's cache service.
    const first = await makeLab();
    const before = new Set(services.caches.list().map((e) => e.id));
    const good = await first.run({ ...inputs, user: 'corrupt' }, jobEnv(first, services.envFor()));
    expect(good.conclusion, good.log).toBe('success');
    const entry = services.caches.list().find((e) => !before.has(e.id))!;
    const damaged = await startActionsServices();
    try {
      const truncated = join(first.dir, 'truncated.tar.gz');
      writeFileSync(truncated, entry.bytes.subarray(0, Math.floor(entry.bytes.length / 2)));
      const seeded = await createCacheClient({ env: damaged.env }).save({
        ...CACHE_ENTRY,
        key: entry.key,
        archivePath: truncated,
      });
      expect(seeded).toMatchObject({ saved: true });

      const lab = await makeLab();
      const downloads = images.served.count;
      const run = await lab.run({ ...inputs, user: 'corrupt' }, jobEnv(lab, damaged.envFor()));
      expect(run.conclusion, run.log).toBe('success');
      expect(run.outputs['cache-hit']).toBe('false');
      expect(warnings(run)).toEqual([
        expect.stringMatching(
          new RegExp(
            `^Cache not restored: the cached archive of ${entry.key} could not be decompressed .*gh cache delete`,
          ),
        ),
      ]);
      // Installed afresh from the catalogue: downloaded, imported, configured; the broken entry is not re-saved.
      expect(images.served.count - downloads).toBe(1);
      expect(callKinds(lab.twin)).toEqual(['version', 'list', 'import', 'exec', 'exec', 'terminate']);
      const imported = lab.twin.readLog().find((call) => call.kind === 'import')!;
      expect(imported.argv[3]).not.toMatch(/\.cache\.tar$/);
      const passwd = readFileSync(join(lab.twin.state.distros[0]!.root, 'etc/passwd'), 'utf8');
      expect(passwd).toContain('corrupt:x:1001:1001::/home/corrupt:/bin/bash');
      expect(readdirSync(lab.dirs.temp).filter((name) => name.includes('.cache.'))).toEqual([]);
      const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8'));
      expect(report.checks.find((c: { id: string }) => c.id === 'setup.cache')).toMatchObject({ status: 'warn' });
      expect(report.phases.find((p: { name: string }) => p.name === 'install')).toMatchObject({ status: 'ok' });
      expect(damaged.caches.list()).toHaveLength(1);
      expect(damaged.violations).toEqual([]);
    } finally {
      await damaged.close();
    }
  });

  test('a cache service that is down: the job succeeds with warnings, installs normally and skips the export', async () => {
    const lab = await makeLab();
    services.faults.unavailable = true;
    try {
      const run = await lab.run({ ...inputs, user: 'down' }, jobEnv(lab, services.envFor()));
      expect(run.conclusion, run.log).toBe('success');
      expect(run.outputs['cache-hit']).toBe('false');
      expect(callKinds(lab.twin)).toEqual(['version', 'list', 'import', 'exec', 'exec', 'terminate']);
      const seen = warnings(run);
      expect(seen).toEqual([
        expect.stringMatching(/^Cache not restored: .*503/),
        expect.stringMatching(/^The report was not uploaded as an artifact: /),
      ]);
      const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8'));
      expect(report.phases.find((p: { name: string }) => p.name === 'cache-save')).toMatchObject({ status: 'skipped' });
      expect(report.checks.find((c: { id: string }) => c.id === 'setup.cache')).toMatchObject({ status: 'warn' });
    } finally {
      services.faults.clear();
    }
  });

  test('cache: false touches neither the service nor the export; a matrix input names the artifact by its cell', async () => {
    const lab = await makeLab();
    const before = services.requests.filter((r) => r.path.includes('CacheService')).length;
    const serviceEnv = services.envFor({ runId: 'matrix-run' });
    const run = await lab.run(
      { ...inputs, user: 'nocache', cache: 'false', matrix: '{"wsl":2,"os":"windows-2025"}' },
      jobEnv(lab, serviceEnv),
    );
    expect(run.conclusion, run.log).toBe('success');
    expect(callKinds(lab.twin)).not.toContain('export');
    expect(services.requests.filter((r) => r.path.includes('CacheService')).length).toBe(before);
    expect(warnings(run)).toEqual([]);
    const names = services.artifacts
      .list()
      .filter((a) => a.runId === 'matrix-run')
      .map((a) => a.name);
    // The kit's rule, as docker-backend-check names its report: job, matrix cell (values in key order), step.
    expect(names).toEqual(['wsl-ready-report-check-windows-2025-2-run']);
    const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8'));
    expect(report.run).toMatchObject({ job: 'check', matrixKey: 'windows-2025-2' });
  });

  test('two wsl-ready steps in one job and cell get two artifact names', async () => {
    const serviceEnv = services.envFor({ runId: 'two-steps' });
    const matrix = '{"os":"windows-2025"}';
    for (const step of ['wsl', 'wsl_again']) {
      const lab = await makeLab();
      const run = await lab.run(
        { ...inputs, user: step.replace('_', ''), cache: 'false', matrix },
        { ...jobEnv(lab, serviceEnv), GITHUB_ACTION: step },
      );
      expect(run.conclusion, run.log).toBe('success');
      expect(warnings(run)).toEqual([]);
    }
    const names = services.artifacts
      .list()
      .filter((a) => a.runId === 'two-steps')
      .map((a) => a.name)
      .sort();
    expect(names).toEqual(['wsl-ready-report-check-windows-2025-wsl', 'wsl-ready-report-check-windows-2025-wsl_again']);
  });
});
