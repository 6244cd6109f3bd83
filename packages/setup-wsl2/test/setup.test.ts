// setup(inputs, deps) from the SOURCE (src/main.ts), with the core's FakeRunner standing in for wsl.exe and a
// recording I/O seam: a source edit is tested without a rebundle. The bundle runs stay in action.test.ts.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeRunner } from '@wsl-ready/core/testing';
import { afterAll, describe, expect, test } from 'vitest';
import type { ActionIo } from '../src/action-io.js';
import type { CacheStore } from '../src/cache.js';
import { PreflightError } from '../src/errors.js';
import { parseInputs } from '../src/inputs.js';
import { run, type SetupDeps, setup } from '../src/main.js';
import { PROBE_SCRIPT } from '../src/provision.js';

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Everything the setup did to the runner, as a runner would see it. */
interface Recorder extends ActionIo {
  outputs: Record<string, string>;
  warnings: string[];
  infos: string[];
  paths: string[];
  state: Record<string, string>;
  variables: Record<string, string>;
}

function recorder(given: Record<string, string> = {}): Recorder & { failed: string[] } {
  const io: Recorder & { failed: string[] } = {
    failed: [],
    outputs: {},
    warnings: [],
    infos: [],
    paths: [],
    state: {},
    variables: {},
    exportVariable: (name, value) => {
      io.variables[name] = value;
    },
    getInput: (name) => given[name] ?? '',
    setOutput: (name, value) => {
      io.outputs[name] = value;
    },
    info: (message) => void io.infos.push(message),
    debug: () => undefined,
    notice: (message) => void io.infos.push(message),
    warning: (message) => void io.warnings.push(message),
    setFailed: (message) => void io.failed.push(message),
    startGroup: () => undefined,
    endGroup: () => undefined,
    addPath: (dir) => void io.paths.push(dir),
    getState: (name) => io.state[name] ?? '',
    saveState: (name, value) => {
      io.state[name] = value;
    },
    write: () => undefined,
  };
  return io;
}

const WSL = '/fake/bin/wsl.exe';
const VERSION = [
  'WSL version: 2.5.10.0',
  'Kernel version: 6.6.87.2-1',
  'WSLg version: 1.0.66',
  'MSRDC version: 1.2.6074',
  'Direct3D version: 1.611.1-81528511',
  'DXCore version: 10.0.26100.1-240331-1435.ge-release',
  'Windows version: 10.0.26100.4652',
  '',
].join('\n');
const PROBE = [
  '',
  '@@wsl-ready@@ os-release',
  'NAME="Ubuntu"',
  'VERSION_ID="24.04"',
  'ID=ubuntu',
  '@@wsl-ready@@ wsl.conf',
  '@@wsl-ready@@ bash',
  '/usr/bin/bash',
  '@@wsl-ready@@ user',
  '0',
  '@@wsl-ready@@ kernel',
  '6.6.87.2-microsoft-standard-WSL2',
  '@@wsl-ready@@ ip',
  '172.20.1.2',
  '@@wsl-ready@@ manager',
  'apt-get',
  '@@wsl-ready@@ end',
  '',
].join('\n');

function listing(rows: [name: string, isDefault: boolean][]): string {
  const lines = rows.map(([name, isDefault]) => `${isDefault ? '*' : ' '} ${name.padEnd(16)}Stopped         2`);
  return `  NAME              STATE           VERSION\n${lines.join('\n')}\n`;
}

/** A runner world under a fake `C:` drive (WSL_READY_MNT_ROOT), so host paths have a Windows form. */
function world(runner: FakeRunner, extra: Partial<SetupDeps> = {}, env: Record<string, string> = {}) {
  const mnt = mkdtempSync(join(tmpdir(), 'setup-wsl2-unit-'));
  scratch.push(mnt);
  const temp = join(mnt, 'c', 'runner', 'temp');
  mkdirSync(temp, { recursive: true });
  const io = recorder();
  const deps: SetupDeps = {
    io,
    env: {
      WSL_READY_WSL: WSL,
      WSL_READY_MNT_ROOT: mnt,
      RUNNER_TEMP: temp,
      LOCALAPPDATA: join(mnt, 'c', 'Users', 'runneradmin', 'AppData', 'Local'),
      USERPROFILE: join(mnt, 'c', 'Users', 'runneradmin'),
      ...env,
    },
    platform: 'linux',
    arch: 'x64',
    runner,
    node: process.execPath,
    bundle: '/action/dist/index.mjs',
    backoffMs: 1,
    ...extra,
  };
  return { io, deps, temp };
}

const inputs = (values: Record<string, string>) => parseInputs((name) => values[name] ?? '');
const isProbe = (args: readonly string[]) => args.includes(PROBE_SCRIPT);

describe('setup(inputs, deps) with the FakeRunner', () => {
  test('an installed distribution: probe, list, one configure probe; outputs, wrappers and the report', async () => {
    const runner = new FakeRunner()
      .on(WSL, ['--version'])
      .reply({ stdout: VERSION })
      .on(WSL, ['--list', '--verbose'])
      .reply({ stdout: listing([['Ubuntu-24.04', true]]) })
      .on(WSL, isProbe)
      .reply({ stdout: PROBE, encoding: 'utf-8' });
    const { io, deps, temp } = world(runner);
    await setup(inputs({ cache: 'false' }), deps);

    expect(runner.calls.map((c) => c.args[0])).toEqual(['--version', '--list', '--distribution']);
    expect(io.outputs).toMatchObject({
      distribution: 'Ubuntu-24.04',
      'wsl-version': '2',
      'kernel-version': '6.6.87.2-microsoft-standard-WSL2',
      shell: 'wsl-bash {0}',
      'wsl-ip': '172.20.1.2',
      'cache-hit': 'false',
    });
    expect(io.paths).toEqual([join(temp, 'wsl-ready', 'bin')]);
    expect(readFileSync(join(temp, 'wsl-ready', 'bin', 'wsl-bash'), 'utf8')).toContain('/action/dist/index.mjs');
    const report = JSON.parse(readFileSync(io.outputs['report-path']!, 'utf8'));
    expect(report.summary.status).toBe('ready');
    expect(report.wsl).toMatchObject({ installed: true, kind: 'store', version: '2.5.10.0' });
    expect(report.distros).toEqual([expect.objectContaining({ name: 'Ubuntu-24.04', version: 2 })]);
    expect(report.phases.map((p: { name: string; status: string }) => `${p.name}:${p.status}`)).toEqual([
      'probe:ok',
      'platform-update:skipped',
      'download:skipped',
      'install:skipped',
      'configure:ok',
      'packages:skipped',
    ]);
    expect(report.checks.find((c: { id: string }) => c.id === 'setup.cache')).toMatchObject({
      status: 'skip',
      summary: 'Turned off (cache: false).',
    });
  });

  test('a cache hit is imported; the cache outcome says so and the packages are not run again', async () => {
    const restored: string[] = [];
    const store: CacheStore = {
      description: 'test store',
      unavailableReason: undefined,
      async restore(key, file) {
        restored.push(key);
        writeFileSync(file, 'a tar');
        return { hit: true, sizeBytes: 5 };
      },
      async save() {
        throw new Error('a hit is never saved again');
      },
    };
    const runner = new FakeRunner()
      .on(WSL, ['--version'])
      .reply({ stdout: VERSION })
      .on(WSL, ['--list', '--verbose'])
      .reply({ stdout: listing([['Debian', true]]) })
      .on(WSL, (args) => args[0] === '--import')
      .reply({ stdout: 'The operation completed successfully. \n' })
      .on(WSL, isProbe)
      .reply({ stdout: PROBE, encoding: 'utf-8' })
      .on(WSL, ['--set-default', 'Twin-24.04'])
      .reply({ stdout: 'The operation completed successfully. \n' });
    const { io, deps } = world(runner, { cache: store });
    await setup(inputs({ distribution: 'Twin-24.04', packages: 'git' }), deps);

    expect(restored).toHaveLength(1);
    const imported = runner.calls.find((c) => c.args[0] === '--import')!;
    expect(imported.args[3]).toMatch(/^C:\\runner\\temp\\wsl-ready\\Twin-24\.04\.cache\.tar$/);
    expect(io.outputs['cache-hit']).toBe('true');
    const report = JSON.parse(readFileSync(io.outputs['report-path']!, 'utf8'));
    expect(report.checks.find((c: { id: string }) => c.id === 'setup.cache')).toMatchObject({
      status: 'pass',
      summary: `Hit: ${restored[0]} (test store).`,
    });
    const phases = Object.fromEntries(report.phases.map((p: { name: string; status: string }) => [p.name, p.status]));
    expect(phases).toMatchObject({ 'cache-restore': 'cached', install: 'cached', packages: 'cached' });
    expect(phases['cache-save']).toBeUndefined();
  });

  test('a dead end stops before any process starts; the report says why and how to get out', async () => {
    const runner = new FakeRunner();
    const { io, deps } = world(runner, { arch: 'arm64' }, { RUNNER_ENVIRONMENT: 'github-hosted' });
    const error = await setup(inputs({}), deps).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(PreflightError);
    expect((error as Error).message).toContain('windows-11-arm');
    expect(runner.calls).toEqual([]);
    const report = JSON.parse(readFileSync(io.outputs['report-path']!, 'utf8'));
    expect(report.checks.find((c: { id: string }) => c.id === 'setup.failed')).toMatchObject({
      status: 'fail',
      remediation: expect.stringContaining('windows-2025'),
    });
    expect(io.outputs.distribution).toBeUndefined();
    expect(io.outputs['duration-ms']).toMatch(/^\d+$/);
  });
});

describe('run()', () => {
  test('the main step fails once, naming every bad input, before anything runs', async () => {
    const io = recorder({ 'wsl-version': '3', docker: 'maybe', 'timeout-minutes': 'downlaod=5' });
    await run([], io);
    expect(io.failed).toHaveLength(1);
    expect(io.failed[0]).toMatch(/^3 inputs are invalid:/);
    expect(io.failed[0]).toContain('Did you mean `download`?');
    // The kit routes the post step of this action here: main records it.
    expect(io.state).toEqual({ isPost: 'true' });
  });

  test('the post step stops nothing when docker did not keep the VM running', async () => {
    const io = recorder();
    io.state.isPost = 'true';
    await run([], io);
    expect(io.failed).toEqual([]);
    expect(io.infos).toEqual([]);
  });
});
