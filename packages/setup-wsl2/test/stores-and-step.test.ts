// The cache stores and the wsl-bash step routine through their public functions (no bundle, no twin).
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandNotFoundError } from '@wsl-ready/core';
import { FakeRunner } from '@wsl-ready/core/testing';
import { afterAll, describe, expect, test } from 'vitest';
import { ActionsCacheStore, DirectoryCacheStore, scopeSegment, selectCacheStore } from '../src/cache.js';
import { runStep } from '../src/shell/step.js';
import { environmentBaseline, type StepConfig } from '../src/shell/wrapper.js';

const scratch = mkdtempSync(join(tmpdir(), 'setup-wsl2-unit-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('cache stores', () => {
  test('WSL_READY_CACHE_DIR picks a folder; otherwise the Actions service, which says why it cannot work here', () => {
    expect(selectCacheStore({ WSL_READY_CACHE_DIR: scratch })).toBeInstanceOf(DirectoryCacheStore);
    const service = selectCacheStore({});
    expect(service).toBeInstanceOf(ActionsCacheStore);
    expect(service.unavailableReason).toMatch(/ACTIONS_RESULTS_URL/);
    const ghes = selectCacheStore({
      ACTIONS_RESULTS_URL: 'https://results.example',
      ACTIONS_RUNTIME_TOKEN: 'x',
      ACTIONS_CACHE_SERVICE_V2: 'True',
      GITHUB_SERVER_URL: 'https://ghe.example.com',
    });
    expect(ghes.unavailableReason).toMatch(/Enterprise Server/);
  });

  test('a folder store round-trips an entry, misses quietly, and turns a broken folder into a warning', async () => {
    const store = new DirectoryCacheStore(join(scratch, 'cache'));
    const tar = join(scratch, 'export.tar');
    writeFileSync(tar, 'exported distro');
    expect(await store.restore('k1', join(scratch, 'restored.tar'))).toMatchObject({
      hit: false,
      level: 'info',
      failed: false,
    });
    expect(await store.save('k1', tar)).toEqual({ saved: true, sizeBytes: 15 });
    expect(await store.restore('k1', join(scratch, 'restored.tar'))).toEqual({ hit: true, sizeBytes: 15 });
    expect(readFileSync(join(scratch, 'restored.tar'), 'utf8')).toBe('exported distro');

    // A file where the folder should be: saving cannot work, and says so as a warning instead of throwing.
    writeFileSync(join(scratch, 'not-a-dir'), '');
    const broken = new DirectoryCacheStore(join(scratch, 'not-a-dir'));
    expect(await broken.save('k1', tar)).toMatchObject({ saved: false, level: 'warning' });
    expect(await store.save('k2', join(scratch, 'missing.tar'))).toMatchObject({ saved: false, level: 'warning' });
  });
});

describe('self-hosted folder store under attack (issue 14 item 11)', () => {
  const main = { repository: 'octo/app', ref: 'refs/heads/main' };
  const tar = join(scratch, 'good.tar');
  writeFileSync(tar, 'provisioned distro');

  test('a .tar dropped under the predictable key is never imported: wrong scope, or no manifest beside it', async () => {
    const dir = join(scratch, 'poison');
    const store = new DirectoryCacheStore(dir, main);
    // The old layout: <dir>/<key>.tar; and a planted entry in this scope with no manifest.
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'k.tar'), 'attacker');
    expect(await store.restore('k', join(scratch, 'r1.tar'))).toMatchObject({ hit: false, level: 'info' });
    const folder = join(dir, scopeSegment('octo/app'), scopeSegment('refs/heads/main'));
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'k.tar'), 'attacker');
    expect(await store.restore('k', join(scratch, 'r1.tar'))).toMatchObject({
      hit: false,
      level: 'warning',
      message: expect.stringMatching(/no readable manifest/),
    });
  });

  test('an entry whose bytes changed after it was saved fails its digest and is not used', async () => {
    const dir = join(scratch, 'tamper');
    const store = new DirectoryCacheStore(dir, main);
    expect(await store.save('k', tar)).toMatchObject({ saved: true });
    const folder = join(dir, scopeSegment('octo/app'), scopeSegment('refs/heads/main'));
    writeFileSync(join(folder, 'k.tar'), 'provisioned distrX');
    const restored = join(scratch, 'r2.tar');
    expect(await store.restore('k', restored)).toMatchObject({
      hit: false,
      level: 'warning',
      message: expect.stringMatching(/does not match its manifest/),
    });
    expect(existsSync(restored)).toBe(false);
  });

  test('scopes: another repository or a branch cannot feed main; a pull request may read its base branch', async () => {
    const dir = join(scratch, 'scopes');
    const fork = new DirectoryCacheStore(dir, { repository: 'octo/app', ref: 'refs/pull/7/merge', baseRef: 'main' });
    const other = new DirectoryCacheStore(dir, { repository: 'evil/app', ref: 'refs/heads/main' });
    expect(await fork.save('k', tar)).toMatchObject({ saved: true });
    expect(await other.save('k', tar)).toMatchObject({ saved: true });
    const mainStore = new DirectoryCacheStore(dir, main);
    expect(await mainStore.restore('k', join(scratch, 'r3.tar'))).toMatchObject({ hit: false, level: 'info' });
    expect(await mainStore.save('k', tar)).toMatchObject({ saved: true });
    expect(await fork.restore('k', join(scratch, 'r3.tar'))).toMatchObject({ hit: true });
    // A manifest copied from another scope does not make an entry this scope's.
    const otherFolder = join(dir, scopeSegment('evil/app'), scopeSegment('refs/heads/main'));
    const mainFolder = join(dir, scopeSegment('octo/app'), scopeSegment('refs/heads/main'));
    writeFileSync(join(mainFolder, 'k2.tar'), readFileSync(join(otherFolder, 'k.tar')));
    writeFileSync(join(mainFolder, 'k2.json'), readFileSync(join(otherFolder, 'k.json')));
    expect(await mainStore.restore('k2', join(scratch, 'r4.tar'))).toMatchObject({ hit: false, level: 'warning' });
  });

  test('entries are created exclusively: a second save keeps the first entry and its manifest', async () => {
    const dir = join(scratch, 'exclusive');
    const store = new DirectoryCacheStore(dir, main);
    expect(await store.save('k', tar)).toMatchObject({ saved: true });
    const other = join(scratch, 'other.tar');
    writeFileSync(other, 'something else');
    expect(await store.save('k', other)).toMatchObject({ saved: false, level: 'info' });
    expect(await store.restore('k', join(scratch, 'r5.tar'))).toMatchObject({ hit: true });
    expect(readFileSync(join(scratch, 'r5.tar'), 'utf8')).toBe('provisioned distro');
  });
});

describe('wsl-bash step routine', () => {
  const configPath = join(scratch, 'wsl-bash-Twin.json');
  const config: StepConfig = {
    wsl: 'C:\\Windows\\System32\\wsl.exe',
    distribution: 'Twin',
    user: 'dev',
    shell: ['/bin/bash', '--noprofile', '--norc', '-euo', 'pipefail'],
    automountRoot: '/mnt/',
    envPassthrough: true,
    baseline: environmentBaseline({}),
    mntRoot: join(scratch, 'mnt'),
  };
  mkdirSync(join(scratch, 'mnt', 'd', 'a'), { recursive: true });
  writeFileSync(configPath, JSON.stringify(config));
  const script = join(scratch, 'mnt', 'd', 'a', 'step.sh');
  const cwd = join(scratch, 'mnt', 'd', 'a');

  test('one call through the runner with inherited output and no time limit of its own; the raw code comes back', async () => {
    writeFileSync(script, 'echo hi\r\nexit 255\r\n');
    chmodSync(script, 0o644);
    const fake = new FakeRunner();
    // wsl.exe's own failure code and a script's `exit 255` look alike to the runner (-1); the step keeps 255.
    fake.on('wsl.exe').reply({ exitCode: 255 });
    const code = await runStep([configPath, script], fake, { STEP: 'v' }, cwd);
    expect(code).toBe(255);
    expect(fake.calls).toHaveLength(1);
    const [call] = fake.calls;
    expect(call!.args).toEqual([
      '--distribution',
      'Twin',
      '--user',
      'dev',
      '--cd',
      '/mnt/d/a',
      '--exec',
      '/bin/bash',
      '--noprofile',
      '--norc',
      '-euo',
      'pipefail',
      '/mnt/d/a/step.sh',
    ]);
    expect(call!.options).toMatchObject({ stdio: 'inherit', env: { STEP: 'v', WSLENV: 'STEP' } });
    expect(call!.options.timeoutMs).toBeGreaterThan(24 * 24 * 3_600_000);
    expect(readFileSync(script, 'utf8')).toBe('echo hi\nexit 255\n');
  });

  test('a missing wsl.exe is 127 with the reason; a call without a script is a usage error', async () => {
    const fake = new FakeRunner();
    fake.on('wsl.exe').throws(new CommandNotFoundError('C:\\Windows\\System32\\wsl.exe'));
    expect(await runStep([configPath, script], fake, {}, cwd)).toBe(127);
    expect(await runStep([configPath], fake, {}, cwd)).toBe(2);
  });
});
