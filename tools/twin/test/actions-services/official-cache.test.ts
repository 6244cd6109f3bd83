// Contract: the official @actions/cache client (v2 protocol) saves and restores through the twin unchanged.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { restoreCache, saveCache } from '@actions/cache';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type ActionsServices,
  CACHE_READ,
  CACHE_WRITE,
  startActionsServices,
} from '../../src/actions-services/index.js';
import { captureStdout, tempDir, withProcessEnv } from './helpers.js';

let services: ActionsServices;
let temp: { dir: string; cleanup: () => void };
let workspace: string;
let restoreEnv: () => void;

beforeAll(async () => {
  services = await startActionsServices();
  temp = tempDir('official-cache');
  workspace = join(temp.dir, 'workspace');
  mkdirSync(workspace);
  mkdirSync(join(temp.dir, 'runner-temp'));
});

afterAll(async () => {
  await services.close();
  temp.cleanup();
});

afterEach(() => restoreEnv?.());

function useJob(vars: Record<string, string>) {
  restoreEnv = withProcessEnv({
    ...vars,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: join(temp.dir, 'runner-temp'),
    GITHUB_SERVER_URL: undefined,
    ACTIONS_CACHE_URL: undefined,
    ACTIONS_CACHE_MODE: undefined,
  });
}

/** Absolute paths: the official client globs relative to the process's working directory. */
const ws = (name: string) => join(workspace, name);

function writeTree(name: string, files: Record<string, string>) {
  rmSync(join(workspace, name), { recursive: true, force: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(workspace, name, file, '..'), { recursive: true });
    writeFileSync(join(workspace, name, file), text);
  }
}

describe('@actions/cache against the cache service twin', () => {
  it('saves a folder and restores it by exact key', async () => {
    useJob(services.env);
    writeTree('deps', { 'a.txt': 'alpha', 'sub/b.txt': 'beta' });
    const { result: id, lines } = await captureStdout(() => saveCache([ws('deps')], 'deps-linux-v1'));
    expect(lines.filter((l) => l.startsWith('::warning') || l.startsWith('::error'))).toEqual([]);
    expect(id).toBeGreaterThan(0);
    const entry = services.caches.find('deps-linux-v1');
    expect(entry?.sizeBytes).toBe(entry?.bytes.length);
    expect(entry?.scope).toBe('refs/heads/main');

    rmSync(join(workspace, 'deps'), { recursive: true });
    const { result: key } = await captureStdout(() => restoreCache([ws('deps')], 'deps-linux-v1'));
    expect(key).toBe('deps-linux-v1');
    expect(readFileSync(join(workspace, 'deps/sub/b.txt'), 'utf8')).toBe('beta');
    expect(services.violations).toEqual([]);
  });

  it('falls back to the newest entry matching a restore-key prefix, and misses on another version', async () => {
    useJob(services.env);
    writeTree('tool', { 'v.txt': 'old' });
    await captureStdout(() => saveCache([ws('tool')], 'tool-1'));
    writeTree('tool', { 'v.txt': 'new' });
    await captureStdout(() => saveCache([ws('tool')], 'tool-2'));
    rmSync(join(workspace, 'tool'), { recursive: true });

    const { result: key } = await captureStdout(() => restoreCache([ws('tool')], 'tool-3', ['tool-']));
    expect(key).toBe('tool-2');
    expect(readFileSync(join(workspace, 'tool/v.txt'), 'utf8')).toBe('new');
    // Other paths → other version → no entry.
    const { result: none } = await captureStdout(() => restoreCache([ws('elsewhere')], 'tool-2'));
    expect(none).toBeUndefined();
  });

  it('refuses a second save of the same key and version (another job got there first)', async () => {
    useJob(services.env);
    writeTree('dup', { 'x.txt': '1' });
    await captureStdout(() => saveCache([ws('dup')], 'dup-key'));
    const { result: id, lines } = await captureStdout(() => saveCache([ws('dup')], 'dup-key'));
    expect(id).toBe(-1);
    expect(lines.join('\n')).toMatch(/another job may be creating this cache/);
  });

  it('restores from the default branch scope, but a pull request job cannot see another branch', async () => {
    useJob(services.env);
    writeTree('scoped', { 's.txt': 'main' });
    await captureStdout(() => saveCache([ws('scoped')], 'scoped-key'));
    rmSync(join(workspace, 'scoped'), { recursive: true });

    const pr = services.envFor({
      runId: services.run.runId,
      cacheScopes: [
        { scope: 'refs/pull/7/merge', permission: CACHE_READ | CACHE_WRITE },
        { scope: 'refs/heads/main', permission: CACHE_READ },
      ],
    });
    restoreEnv();
    useJob(pr);
    const { result: fromMain } = await captureStdout(() => restoreCache([ws('scoped')], 'scoped-key'));
    expect(fromMain).toBe('scoped-key');
    writeTree('scoped', { 's.txt': 'pr' });
    rmSync(join(workspace, 'scoped'), { recursive: true });
    writeTree('pr-only', { 'p.txt': 'pr' });
    await captureStdout(() => saveCache([ws('pr-only')], 'pr-key'));
    expect(services.caches.find('pr-key')?.scope).toBe('refs/pull/7/merge');

    const other = services.envFor({
      cacheScopes: [{ scope: 'refs/heads/feature', permission: CACHE_READ | CACHE_WRITE }],
    });
    restoreEnv();
    useJob(other);
    const { result: hidden } = await captureStdout(() => restoreCache([ws('pr-only')], 'pr-key'));
    expect(hidden).toBeUndefined();
  });

  it('a token without a writable scope gets the service denial as a warning, not a failure', async () => {
    useJob(services.envFor({ cacheScopes: [{ scope: 'refs/heads/main', permission: CACHE_READ }] }));
    writeTree('ro', { 'r.txt': 'r' });
    const { result: id, lines } = await captureStdout(() => saveCache([ws('ro')], 'ro-key'));
    expect(id).toBe(-1);
    expect(lines.some((l) => l.startsWith('::warning::') && l.includes('cache write denied'))).toBe(true);
  });
});
