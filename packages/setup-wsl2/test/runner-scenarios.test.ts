// The bundled action on the twin's hosted-runner scenarios, whose facts follow actions/runner-images (tools/twin
// README, "The runner scenarios against the real images"): windows-2022 has only the inbox WSL (WSL 1, no WSL 2
// kernel), so WSL 2 needs the package first while WSL 1 imports on the inbox wsl.exe as it is; windows-2025 has the
// 2.7.11.0 package and needs nothing. The pinned image is a stand-in served under the catalogue's name.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { buildBusyboxRootfs, type RunnerDirs, runAction, startScenario } from '@wsl-ready/twin';
import { afterAll, describe, expect, test } from 'vitest';
import { ACTION_DIR } from './helpers.js';

const closers: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const close of closers.splice(0).reverse()) await close().catch(() => undefined);
});

async function setupOn(scenarioName: string, imageOs: string, inputs: Record<string, string>) {
  const scenario = await startScenario(scenarioName);
  closers.push(() => scenario.close());
  const mntRoot = scenario.wsl.state.mntRoot;
  // Hosted images work in C:\a today (actions/runner-images #12647).
  const root = join(mntRoot, 'c', 'a');
  const dirs: RunnerDirs = {
    root,
    temp: join(root, '_temp'),
    toolCache: join(root, '_tool'),
    workspace: join(root, 'repo', 'repo'),
  };
  for (const d of [dirs.temp, dirs.toolCache, dirs.workspace]) mkdirSync(d, { recursive: true });
  const image = join(scenario.dir, 'ubuntu.wsl');
  copyFileSync(buildBusyboxRootfs(), image);
  const bytes = readFileSync(image);
  const server = createServer((_req, res) => res.end(bytes));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => server.close(resolve)));
  const catalogue = join(scenario.dir, 'catalogue.json');
  writeFileSync(
    catalogue,
    JSON.stringify({
      source: 'test',
      distributions: [
        {
          name: 'Ubuntu-24.04',
          aliases: ['Ubuntu'],
          friendlyName: 'Ubuntu 24.04 LTS',
          family: 'debian',
          arch: {
            x64: {
              url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/ubuntu.wsl`,
              sha256: createHash('sha256').update(bytes).digest('hex'),
            },
          },
        },
      ],
    }),
  );
  const result = await runAction({
    actionDir: ACTION_DIR,
    inputs,
    dirs,
    imageOs,
    timeoutMs: 120_000,
    env: {
      ...scenario.env,
      WSL_READY_MNT_ROOT: mntRoot,
      WSL_READY_CATALOGUE: catalogue,
      WSL_READY_BACKOFF_MS: '50',
      USERPROFILE: join(mntRoot, 'c', 'Users', 'runneradmin'),
    },
  });
  const calls = scenario.wsl.readLog();
  return { result, calls, state: scenario.wsl.state };
}

describe('setup-wsl2 on the hosted-runner scenarios', { timeout: 240_000 }, () => {
  test('windows-2022, WSL 2 (the default): the WSL package comes first, then the import as WSL 2', async () => {
    const { result, calls, state } = await setupOn('windows-2022-runner', 'win22', { cache: 'false' });
    expect(result.conclusion, result.log).toBe('success');
    expect(result.outputs['wsl-version']).toBe('2');
    const kinds = calls.map((call) => call.kind);
    expect(kinds.indexOf('update')).toBeGreaterThan(-1);
    expect(kinds.indexOf('update')).toBeLessThan(kinds.indexOf('import'));
    expect(calls.find((call) => call.kind === 'import')?.argv).toEqual(expect.arrayContaining(['--version', '2']));
    expect(state.kind).toBe('store');
    expect(state.distros.find((d) => d.name === 'Ubuntu-24.04')?.version).toBe(2);
  });

  test('windows-2022, WSL 1: the inbox wsl.exe imports as it is, no update', async () => {
    const { result, calls, state } = await setupOn('windows-2022-runner', 'win22', {
      'wsl-version': '1',
      cache: 'false',
    });
    expect(result.conclusion, result.log).toBe('success');
    expect(result.outputs['wsl-version']).toBe('1');
    expect(calls.map((call) => call.kind)).not.toContain('update');
    expect(calls.find((call) => call.kind === 'import')?.argv).toEqual(expect.arrayContaining(['--version', '1']));
    expect(state.kind).toBe('inbox');
  });

  test('windows-2025 (ImageOS win25-vs2026, what the label runs): the package is there, no update', async () => {
    const { result, calls } = await setupOn('windows-2025-runner', 'win25-vs2026', { cache: 'false' });
    expect(result.conclusion, result.log).toBe('success');
    expect(result.outputs['wsl-version']).toBe('2');
    expect(calls.map((call) => call.kind)).not.toContain('update');
  });
});
