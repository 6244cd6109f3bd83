// The two actions as shipped (their committed dist bundles) under Node 24, run by the twin's runner harness the
// way the Actions runner runs them (issues 6 and 7, docs/budgets.md): bundle sizes, cold start, and their work in the
// twin's latency model.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  type ActionRunResult,
  buildBusyboxRootfs,
  buildTwin,
  createTwinWsl,
  type RunnerDirs,
  resolveNode24,
  runAction,
  startActionsServices,
  startDockerEngines,
  type TwinWsl,
} from '@wsl-ready/twin';
import { type Metric, median, round, withBudget } from './measure.js';
import { sampleProcess, timeProcess } from './process-timing.js';
import { cleanup, DOCKER_LATENCY_FAULT, LATENCY, scratchDir } from './twin-lab.js';

const root = `${process.cwd()}/`;
const SETUP = `${root}packages/setup-wsl2`;
const CHECK = `${root}packages/docker-backend-check`;
/** Vampire/setup-wsl's committed bundle, build/distributions/index.mjs on its v7 branch. */
const REFERENCE_BYTES = 3_676_445;
const COLD_RUNS = 10;

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function expectConclusion(result: ActionRunResult, wanted: 'success' | 'failure', what: string): void {
  if (result.conclusion !== wanted) {
    throw new Error(`${what}: expected ${wanted}, got ${result.conclusion}\n${result.log.slice(-2000)}`);
  }
}

/** A committed dist module's imports of its sibling chunks: static (`import … from "./x.mjs"`) and `import("./x.mjs")`. */
function chunkImports(file: string): { static: string[]; dynamic: string[] } {
  const text = readFileSync(file, 'utf8');
  const names = (pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!);
  return {
    static: names(/^(?:import|\} from|import .* from)\s*"\.\/([^"/]+\.mjs)";?$/gm),
    dynamic: names(/\bimport\("\.\/([^"/]+\.mjs)"\)/g),
  };
}

/**
 * An action's code as it is loaded: bytes of the entry and its static imports (what every step pays before it
 * decides anything), and bytes of everything it can import (the entry and every chunk, what a real setup loads).
 */
function actionBytes(dist: string): { atStart: number; total: number } {
  const sizes = (files: Set<string>) => [...files].reduce((sum, f) => sum + statSync(join(dist, f)).size, 0);
  const closure = (withDynamic: boolean) => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const imports = chunkImports(join(dist, file));
      for (const next of [...imports.static, ...(withDynamic ? imports.dynamic : [])]) visit(next);
    };
    visit('index.mjs');
    return seen;
  };
  return { atStart: sizes(closure(false)), total: sizes(closure(true)) };
}

function bundleMetrics(): Metric[] {
  const setup = actionBytes(`${SETUP}/dist`);
  const check = actionBytes(`${CHECK}/dist`);
  return [
    withBudget({
      name: 'setup-wsl2: bundle size (dist/index.mjs and every chunk it imports)',
      value: round(setup.total / 1000, 0),
      unit: 'kB',
      budget: 1000,
    }),
    {
      name: 'setup-wsl2: loaded at start (index.mjs and its static imports)',
      value: round(setup.atStart / 1000, 0),
      unit: 'kB',
    },
    {
      name: 'setup-wsl2: reference action (3,676,445 B) / bundle',
      value: round(REFERENCE_BYTES / setup.total, 2),
      unit: '×',
    },
    {
      name: 'setup-wsl2: step shell (dist/wsl-bash.mjs)',
      value: round(statSync(`${SETUP}/dist/wsl-bash.mjs`).size / 1000, 0),
      unit: 'kB',
    },
    withBudget({
      name: 'docker-backend-check: bundle size (dist/index.mjs and every chunk it imports)',
      value: round(check.total / 1000, 0),
      unit: 'kB',
      budget: 600,
    }),
    {
      name: 'docker-backend-check: loaded at start (index.mjs and its static imports)',
      value: round(check.atStart / 1000, 0),
      unit: 'kB',
    },
    {
      name: 'docker-backend-check: reference action / bundle',
      value: round(REFERENCE_BYTES / check.total, 2),
      unit: '×',
    },
  ];
}

/** Cold start of each bundle on a path that does no work: setup-wsl2 on a Linux runner, the check on bad input. */
async function coldStartMetrics(node24: string): Promise<Metric[]> {
  // Interleaved with the actions, so a burst of background load hits the reference and the actions alike.
  const bareRuns: number[] = [];
  const setup: number[] = [];
  const check: number[] = [];
  for (let i = 0; i <= COLD_RUNS; i++) {
    bareRuns.push(...(await sampleProcess(1, node24, ['-e', '0'], { warmup: i === 0 ? 1 : 0, expectCode: 0 })));
    const noop = await runAction({ actionDir: SETUP, runnerOs: 'Linux', inputs: {}, env: { PATH: process.env.PATH } });
    expectConclusion(noop, 'success', 'setup-wsl2 on a Linux runner');
    if (noop.outputs.distribution !== '') throw new Error('setup-wsl2 on Linux should set an empty distribution');
    const invalid = await runAction({
      actionDir: CHECK,
      runnerOs: 'Windows',
      inputs: { 'expect-backend': 'no-such-backend' },
      env: { PATH: process.env.PATH },
    });
    expectConclusion(invalid, 'failure', 'docker-backend-check with an invalid input');
    if (i === 0) continue; // warm-up (file cache)
    setup.push(noop.durationMs);
    check.push(invalid.durationMs);
  }
  const bare = median(bareRuns.slice(1));
  const setupMs = median(setup);
  const checkMs = median(check);
  return [
    {
      name: `node24 -e 0 (${spawnSync(node24, ['--version'], { encoding: 'utf8' }).stdout.trim()}), median of ${COLD_RUNS}`,
      value: round(bare),
      unit: 'ms',
    },
    { name: `setup-wsl2: cold start, Linux no-op, median of ${COLD_RUNS}`, value: round(setupMs), unit: 'ms' },
    withBudget({ name: 'setup-wsl2: cold start / node -e 0', value: round(setupMs / bare, 2), unit: '×', budget: 2.5 }),
    {
      name: `docker-backend-check: cold start, bad input, median of ${COLD_RUNS}`,
      value: round(checkMs),
      unit: 'ms',
    },
    withBudget({
      name: 'docker-backend-check: cold start / node -e 0',
      value: round(checkMs / bare, 2),
      unit: '×',
      budget: 2.5,
    }),
  ];
}

/** `docker calls: N, wsl calls: M, K other endpoints asked, T ms` from the check's debug log. */
function detectionFigures(result: ActionRunResult): { docker: number; wsl: number; ms: number } {
  const line = result.debug.find((d) => d.startsWith('docker calls:')) ?? '';
  const match = /docker calls: (\d+), wsl calls: (\d+).*?(\d+) ms/.exec(line);
  if (!match) throw new Error(`docker-backend-check logged no call counts:\n${result.debug.join('\n')}`);
  return { docker: Number(match[1]), wsl: Number(match[2]), ms: Number(match[3]) };
}

/** A windows-2025 hosted runner: Moby with Windows containers on docker_engine, WSL present without distros. */
async function dockerCheckMetrics(): Promise<Metric[]> {
  const dir = scratchDir('dbc');
  const engines = await startDockerEngines({
    'npipe:////./pipe/docker_engine': { profile: 'moby-windows-server', faults: [DOCKER_LATENCY_FAULT] },
  });
  const shim = await engines.shim();
  const config = join(dir, 'docker-config');
  mkdirSync(config, { recursive: true });
  writeFileSync(join(config, 'config.json'), '{}\n');
  const wsl = createTwinWsl({ dir: join(dir, 'wsl'), state: { latencyMs: { ...LATENCY.wsl } } });
  const env = { ...wsl.env, WSL_READY_DOCKER: shim.dockerPath, DOCKER_CONFIG: config, PATH: process.env.PATH };
  const RUNS = 5;
  const metrics: Metric[] = [];
  try {
    for (const probeAll of ['true', 'false']) {
      const walls: number[] = [];
      const detections: number[] = [];
      let figures = { docker: 0, wsl: 0, ms: 0 };
      for (let i = 0; i <= RUNS; i++) {
        const result = await runAction({
          actionDir: CHECK,
          inputs: { 'probe-all-endpoints': probeAll, report: 'false' },
          env,
          runnerOs: 'Windows',
          imageOs: 'win25',
        });
        expectConclusion(result, 'success', `docker-backend-check (probe-all-endpoints: ${probeAll})`);
        if (result.outputs.backend !== 'moby-windows-server') {
          throw new Error(`docker-backend-check classified ${result.outputs.backend}, expected moby-windows-server`);
        }
        figures = detectionFigures(result);
        if (i === 0) continue;
        walls.push(result.durationMs);
        detections.push(figures.ms);
      }
      const label = `docker-backend-check, ${probeAll === 'true' ? 'all endpoints' : 'own endpoint only'}`;
      metrics.push(
        { name: `${label}: action wall, median of ${RUNS}`, value: round(median(walls), 0), unit: 'ms' },
        { name: `${label}: detection, median of ${RUNS}`, value: round(median(detections), 0), unit: 'ms' },
        { name: `${label}: docker calls per run`, value: figures.docker, unit: '' },
        { name: `${label}: wsl.exe calls per run`, value: figures.wsl, unit: '' },
      );
    }
  } finally {
    await engines.close();
  }
  return metrics;
}

interface SetupLab {
  twin: TwinWsl;
  dirs: RunnerDirs;
  mntRoot: string;
  run(inputs: Record<string, string>, env?: Record<string, string | undefined>): Promise<ActionRunResult>;
}

/**
 * The distribution image: the twin's busybox root file system plus a stand-in `bash` (busybox has none) that
 * drops bash's own flags and runs the script with sh, as the setup-wsl2 tests do.
 */
function distroImage(dir: string): string {
  const image = join(dir, 'twin-distro.tar');
  copyFileSync(buildBusyboxRootfs(), image);
  const extra = join(dir, 'extra');
  mkdirSync(join(extra, 'bin'), { recursive: true });
  writeFileSync(
    join(extra, 'bin', 'bash'),
    '#!/bin/sh\nwhile [ "$1" = --noprofile ] || [ "$1" = --norc ]; do shift; done\nexec /bin/sh "$@"\n',
    { mode: 0o755 },
  );
  const tar = spawnSync('tar', ['--append', '-f', image, '-C', extra, './bin/bash'], { timeout: 30_000 });
  if (tar.status !== 0) throw new Error(`tar --append failed: ${tar.stderr}`);
  return image;
}

/** A fresh Windows machine (the twin, no distros) with runner folders on its C: drive, as on a hosted runner. */
function setupLab(dir: string, catalogue: string): SetupLab {
  const twin = createTwinWsl({ dir, state: { latencyMs: { ...LATENCY.wsl } } });
  const mntRoot = twin.state.mntRoot;
  const runnerRoot = join(mntRoot, 'c', 'runner');
  const dirs: RunnerDirs = {
    root: runnerRoot,
    temp: join(runnerRoot, 'temp'),
    toolCache: join(runnerRoot, 'tool-cache'),
    workspace: join(runnerRoot, 'work', 'repo'),
  };
  for (const d of [dirs.temp, dirs.toolCache, dirs.workspace]) mkdirSync(d, { recursive: true });
  return {
    twin,
    dirs,
    mntRoot,
    run: (inputs, env = {}) =>
      runAction({
        actionDir: SETUP,
        inputs,
        dirs,
        timeoutMs: 120_000,
        runnerOs: 'Windows',
        imageOs: 'win25',
        env: {
          ...twin.env,
          WSL_READY_MNT_ROOT: mntRoot,
          WSL_READY_CATALOGUE: catalogue,
          USERPROFILE: join(mntRoot, 'c', 'Users', 'runneradmin'),
          PATH: process.env.PATH,
          ...env,
        },
      }),
  };
}

async function setupMetrics(): Promise<Metric[]> {
  const dir = scratchDir('setup');
  const image = distroImage(dir);
  // The pinned catalogue points at a local download server (every download is counted).
  let downloads = 0;
  const server = createServer((req, res) => {
    downloads++;
    if (req.url !== '/twin.wsl') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(readFileSync(image));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/twin.wsl`;
  const catalogue = join(dir, 'catalogue.json');
  writeFileSync(
    catalogue,
    JSON.stringify({
      source: 'bench',
      distributions: [
        {
          name: 'Twin-24.04',
          aliases: [],
          friendlyName: 'Twin',
          family: 'other',
          arch: { x64: { url, sha256: sha256(image) } },
        },
      ],
    }),
  );
  const inputs = { distribution: 'Twin-24.04', user: 'builder' };
  const RUNS = 3;
  let labs = 0;
  const newLab = () => setupLab(join(dir, `lab-${labs++}`), catalogue);
  const probe = await startActionsServices();
  try {
    const calls = (lab: SetupLab) => lab.twin.readLog().length;
    const timed = async (
      lab: SetupLab,
      extra: Record<string, string>,
      env: Record<string, string | undefined> = {},
    ) => {
      const result = await lab.run({ ...inputs, ...extra }, env);
      expectConclusion(result, 'success', `setup-wsl2 ${JSON.stringify(extra)}`);
      return { result, wall: result.durationMs, calls: calls(lab) };
    };

    // Which cache store works today: the hosted Actions cache (the services twin), else a runner directory.
    await timed(newLab(), {}, { ...probe.env });
    const hosted = (await timed(newLab(), {}, { ...probe.envFor() })).result.outputs['cache-hit'] === 'true';
    const storeName = hosted ? 'Actions cache' : 'directory store';

    const noCache: { wall: number; calls: number }[] = [];
    const miss: { wall: number; calls: number }[] = [];
    const hit: { wall: number; calls: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Each round is a new repository: its own services (artifacts, cache) and cache folder.
      const services = await startActionsServices();
      try {
        const cacheDir = join(dir, `cache-${i}`);
        const jobEnv = (first: boolean) => ({
          ...(first ? services.env : services.envFor()),
          ...(hosted ? {} : { WSL_READY_CACHE_DIR: cacheDir }),
        });
        noCache.push(await timed(newLab(), { cache: 'false' }, jobEnv(false)));
        const first = await timed(newLab(), {}, jobEnv(true));
        if (first.result.outputs['cache-hit'] !== 'false') throw new Error('the first setup with a cache should miss');
        miss.push(first);
        const before = downloads;
        const second = await timed(newLab(), {}, jobEnv(false));
        if (second.result.outputs['cache-hit'] !== 'true') throw new Error(`no cache hit from the ${storeName} store`);
        if (downloads !== before) throw new Error('a cache hit downloaded the distribution again');
        hit.push(second);
      } finally {
        await services.close();
      }
    }

    // wsl-bash steps after a setup: wsl.exe calls and wall time per step.
    const lab = newLab();
    const setup = await lab.run(inputs);
    expectConclusion(setup, 'success', 'setup-wsl2 before the wsl-bash steps');
    const wrapper = join(setup.addedPath[0] ?? '', 'wsl-bash');
    const script = join(lab.dirs.temp, 'step.sh');
    writeFileSync(script, 'echo "step in $WSL_DISTRO_NAME"\r\ntest "$(id -un)" = builder\r\n');
    const stepCalls: number[] = [];
    const stepWalls: number[] = [];
    const directWalls: number[] = [];
    const stepEnv = { ...lab.twin.env, PATH: process.env.PATH, WSL_READY_MNT_ROOT: lab.mntRoot };
    for (let i = 0; i <= 7; i++) {
      const before = calls(lab);
      const step = await timeProcess(wrapper, [script], { cwd: lab.dirs.workspace, env: stepEnv, timeoutMs: 30_000 });
      if (step.code !== 0) throw new Error(`wsl-bash step failed (${step.code}): ${step.stderr}${step.stdout}`);
      // The same wsl.exe call on its own (argv, forwarded variables and WSLENV as the step made it), right after:
      // what a step costs beyond it is the wrapper and the shell bundle.
      const call = lab.twin.readLog().at(-1);
      if (!call) throw new Error('the wsl-bash step left no wsl.exe call in the twin log');
      const direct = await timeProcess(lab.twin.wslPath, call.argv, {
        cwd: lab.dirs.workspace,
        env: { ...stepEnv, ...call.env },
        timeoutMs: 30_000,
      });
      if (direct.code !== 0) throw new Error(`the direct wsl.exe call failed (${direct.code}): ${direct.stderr}`);
      if (i < 2) continue;
      stepCalls.push(calls(lab) - before - 1);
      stepWalls.push(step.ms);
      directWalls.push(direct.ms);
    }
    const perStep = median(stepCalls);
    const fresh = median(noCache.map((r) => r.wall));
    const hitWall = median(hit.map((r) => r.wall));
    return [
      { name: `setup-wsl2: wall, cache: false, median of ${RUNS}`, value: round(fresh, 0), unit: 'ms' },
      {
        name: `setup-wsl2: wall, cache miss + save (${storeName}), median of ${RUNS}`,
        value: round(median(miss.map((r) => r.wall)), 0),
        unit: 'ms',
      },
      {
        name: `setup-wsl2: wall, cache hit (${storeName}), median of ${RUNS}`,
        value: round(hitWall, 0),
        unit: 'ms',
      },
      { name: 'setup-wsl2: cache: false / cache hit', value: round(fresh / hitWall, 2), unit: '×' },
      {
        name: 'setup-wsl2: wsl.exe calls per setup, cache: false',
        value: median(noCache.map((r) => r.calls)),
        unit: '',
      },
      {
        name: 'setup-wsl2: wsl.exe calls per setup, cache miss + save',
        value: median(miss.map((r) => r.calls)),
        unit: '',
      },
      { name: 'setup-wsl2: wsl.exe calls per setup, cache hit', value: median(hit.map((r) => r.calls)), unit: '' },
      {
        name: `setup-wsl2: cache hit from the hosted Actions cache (1 yes, 0 not yet)`,
        value: hosted ? 1 : 0,
        unit: '',
      },
      { name: 'setup-wsl2: wsl.exe calls per wsl-bash step (reference: 3)', value: perStep, unit: '' },
      { name: 'setup-wsl2: reference (3) / our calls per step', value: round(3 / perStep, 2), unit: '×' },
      {
        name: 'setup-wsl2: wsl-bash step wall (exec 350 ms), median of 6',
        value: round(median(stepWalls), 0),
        unit: 'ms',
      },
      {
        name: 'setup-wsl2: the same wsl.exe call alone, wall, median of 6',
        value: round(median(directWalls), 0),
        unit: 'ms',
      },
      withBudget({
        name: 'setup-wsl2: wsl-bash step cost over its wsl.exe call (median of paired differences)',
        value: round(median(stepWalls.map((wall, i) => wall - (directWalls[i] ?? 0))), 0),
        unit: 'ms',
        budget: 150,
      }),
    ];
  } finally {
    await probe.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** Runs every action measure and returns the metrics (bundled by actions.bench.ts with source URLs kept). */
export async function measureActions(): Promise<Metric[]> {
  await buildTwin();
  const node24 = resolveNode24();
  try {
    return [
      ...bundleMetrics(),
      ...(await coldStartMetrics(node24)),
      ...(await dockerCheckMetrics()),
      ...(await setupMetrics()),
    ];
  } finally {
    cleanup();
  }
}
