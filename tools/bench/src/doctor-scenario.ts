// The doctor under the twin's latency model (docs/budgets.md, issue 5): wall time against the critical path of its
// probes and against the same probes run one after another, and proof that a default run boots nothing.
//
// Real processes throughout, as in production: the wsl.exe twin (latency per call kind), the real docker CLI
// against the twin's Docker engines (through the pipe shim, every API request delayed), and stand-in
// powershell.exe / systeminfo.exe found on PATH the way the doctor finds them, answering after their latency
// with the host-probe document of the `desktop-wsl2-laptop` example transcript.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NodeCommandRunner, type ReportV1, runDoctor } from '@wsl-ready/core';
import {
  buildBusyboxRootfs,
  buildTwin,
  getProfile,
  startDockerEngines,
  type TwinWsl,
  writeDockerContext,
} from '@wsl-ready/twin';
import {
  criticalPath,
  learnDependencies,
  probeLabel,
  sequentialMs,
  type TimedCall,
  TimingRunner,
} from './critical-path.js';
import { type Metric, median, round, withBudget } from './measure.js';
import {
  bootsBetween,
  cleanup,
  DOCKER_LATENCY_FAULT,
  LATENCY,
  recordedAnswer,
  scratchDir,
  setMachineState,
  twinWithDistros,
  windowsToolStandIns,
} from './twin-lab.js';

const root = `${process.cwd()}/`;
const MEASURED_RUNS = 5;
const FAST_POWERSHELL_MS = 300;
/** Runs without a concurrency bound that learn which probe waits for which. */
const DEPENDENCY_RUNS = 3;
const LABEL = 'doctor (wsl twin, docker CLI + engines, PowerShell stand-in)';

const setupRunner = new NodeCommandRunner({ defaultTimeoutMs: 60_000 });

async function importDistro(twin: TwinWsl, name: string, location: string, tar: string): Promise<void> {
  const result = await setupRunner.run(twin.wslPath, ['--import', name, location, tar], { env: twin.env });
  if (result.exitCode !== 0) throw new Error(`twin import of ${name} failed: ${result.stdout.toString('utf16le')}`);
}

const chainText = (chain: readonly TimedCall[]) =>
  chain.map((c) => `${probeLabel(c.argv)} (${Math.round(c.end - c.start)} ms)`).join(' → ');

interface DoctorRun {
  wallMs: number;
  calls: TimedCall[];
  report: ReportV1;
  boots: string[];
}

/** Runs the doctor scenario and returns its metrics (bundled by doctor.bench.ts with source URLs kept). */
export async function measureDoctor(): Promise<Metric[]> {
  await buildTwin();
  const rootfs = buildBusyboxRootfs();
  const dir = scratchDir('doctor');
  const twin = await twinWithDistros(join(dir, 'wsl'), rootfs, importDistro);

  // Docker Desktop on the WSL 2 backend: its Linux engine pipe (the current context) and docker_engine.
  const desktop = { profile: getProfile('desktop-wsl2'), faults: [DOCKER_LATENCY_FAULT] };
  const engines = await startDockerEngines({
    'npipe:////./pipe/dockerDesktopLinuxEngine': desktop,
    'npipe:////./pipe/docker_engine': desktop,
  });
  const shim = await engines.shim();
  const dockerConfig = join(dir, 'docker-config');
  mkdirSync(dockerConfig, { recursive: true });
  writeFileSync(join(dockerConfig, 'config.json'), '{}\n');
  writeDockerContext(dockerConfig, {
    name: 'desktop-linux',
    host: 'npipe:////./pipe/dockerDesktopLinuxEngine',
    description: 'Docker Desktop',
    current: true,
  });

  const example = `${root}packages/core/examples/desktop-wsl2-laptop.json`;
  const answers = {
    powershell: recordedAnswer(example, 'powershell.exe'),
    systeminfo: readFileSync(`${root}packages/core/test/fixtures/wsl/systeminfo-hypervisor-en-US.txt`),
  };
  const tools = windowsToolStandIns(dir, answers);
  const env: Record<string, string | undefined> = {
    PATH: `${tools}:${process.env.PATH ?? '/usr/bin:/bin'}`,
    HOME: process.env.HOME,
    ...twin.env,
    WSL_READY_DOCKER: shim.dockerPath,
    DOCKER_CONFIG: dockerConfig,
  };
  const runner = new NodeCommandRunner({ env, defaultTimeoutMs: 30_000 });

  const runOnce = async (options: { concurrency?: number } = {}): Promise<DoctorRun> => {
    const timing = new TimingRunner(runner);
    const before = twin.state;
    const started = performance.now();
    const result = await runDoctor({
      runner: timing,
      env,
      platform: 'linux',
      arch: 'x64',
      cwd: dir,
      readFile: async () => null,
      ...options,
    });
    const wallMs = performance.now() - started;
    return { wallMs, calls: timing.calls, report: result, boots: bootsBetween(before, twin.state) };
  };

  try {
    // Ubuntu (the default) and the VM are up, Debian and docker-desktop are stopped.
    setMachineState(twin, true);
    const warm = await runOnce(); // warm-up: file caches, JIT
    // Dependencies come from a run whose concurrency bound never binds.
    const free: DoctorRun[] = [];
    for (let i = 0; i < DEPENDENCY_RUNS; i++) free.push(await runOnce({ concurrency: 64 }));
    const dependsOn = learnDependencies(free.map((r) => r.calls));

    const runs: DoctorRun[] = [];
    for (let i = 0; i < MEASURED_RUNS; i++) runs.push(await runOnce());
    const paths = runs.map((r) => criticalPath(r.calls, dependsOn));

    // A machine where everything is stopped: the default run must leave it that way.
    setMachineState(twin, false);
    const cold: DoctorRun[] = [];
    for (let i = 0; i < 2; i++) cold.push(await runOnce());

    // Sensitivity: a host probe that answers fast (a warm machine) leaves the WSL chain as the critical path,
    // which shows how the concurrency bound orders the other probes. Reported, not budgeted.
    setMachineState(twin, true);
    windowsToolStandIns(dir, answers, { powershell: FAST_POWERSHELL_MS });
    const fastFree: DoctorRun[] = [];
    for (let i = 0; i < DEPENDENCY_RUNS; i++) fastFree.push(await runOnce({ concurrency: 64 }));
    const fastDeps = learnDependencies(fastFree.map((r) => r.calls));
    const fast: DoctorRun[] = [];
    for (let i = 0; i < 3; i++) fast.push(await runOnce());
    const fastWall = median(fast.map((r) => r.wallMs));
    const fastPaths = fast.map((r) => criticalPath(r.calls, fastDeps));
    const fastPath = median(fastPaths.map((p) => p.ms));
    process.stdout.write(
      `  critical path with a ${FAST_POWERSHELL_MS} ms host probe: ${chainText(fastPaths[1]?.chain ?? [])}\n`,
    );

    const wall = median(runs.map((r) => r.wallMs));
    const sum = median(runs.map((r) => sequentialMs(r.calls)));
    const path = median(paths.map((p) => p.ms));
    const boots = [warm, ...free, ...runs, ...cold, ...fastFree, ...fast].flatMap((r) => r.boots);
    const exampleChain = paths[Math.floor(paths.length / 2)]?.chain ?? [];
    const last = runs.at(-1)!;

    process.stdout.write(
      `  probes per run: ${last.calls.length}; checks: ${last.report.checks.length} ` +
        `(${Object.entries(last.report.summary.counts)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')})\n`,
    );
    process.stdout.write(`  critical path: ${chainText(exampleChain)}\n`);
    if (process.env.BENCH_VERBOSE) {
      const t0 = Math.min(...last.calls.map((c) => c.start));
      for (const c of last.calls)
        process.stderr.write(`    ${Math.round(c.start - t0)}–${Math.round(c.end - t0)} ms  ${probeLabel(c.argv)}\n`);
      for (const c of last.report.checks) process.stderr.write(`    ${c.status} ${c.id}: ${c.summary}\n`);
    }
    if (boots.length > 0) process.stdout.write(`  BOOTED: ${boots.join(', ')}\n`);

    return [
      { name: `${LABEL}: wall, median of ${MEASURED_RUNS}`, value: round(wall, 0), unit: 'ms' },
      { name: 'doctor: probe processes per run', value: last.calls.length, unit: '' },
      { name: 'doctor: sum of probe durations (sequential time), median', value: round(sum, 0), unit: 'ms' },
      { name: 'doctor: critical path of dependent probes, median', value: round(path, 0), unit: 'ms' },
      withBudget({ name: 'doctor: wall / critical path', value: round(wall / path, 2), unit: '×', budget: 1.25 }),
      withBudget({ name: 'doctor: sequential / wall', value: round(sum / wall, 2), unit: '×', budget: 2.5 }, 'min'),
      {
        name: `doctor: wall with an unbounded concurrency, median of ${DEPENDENCY_RUNS}`,
        value: round(median(free.map((r) => r.wallMs)), 0),
        unit: 'ms',
      },
      {
        name: 'doctor: wall, everything stopped (VM off), median of 2',
        value: round(median(cold.map((r) => r.wallMs)), 0),
        unit: 'ms',
      },
      {
        name: `doctor, ${FAST_POWERSHELL_MS} ms host probe: wall / critical path (median of 3)`,
        value: round(fastWall / fastPath, 2),
        unit: '×',
      },
      { name: `doctor, ${FAST_POWERSHELL_MS} ms host probe: critical path`, value: round(fastPath, 0), unit: 'ms' },
      withBudget({
        name: `doctor: boots of a stopped distro or the VM (${runs.length + cold.length + fast.length + 2 * DEPENDENCY_RUNS + 1} runs)`,
        value: boots.length,
        unit: '',
        budget: 0,
      }),
      { name: 'doctor: latency model, PowerShell host probe', value: LATENCY.powershell, unit: 'ms' },
    ];
  } finally {
    await engines.close();
    cleanup();
  }
}
