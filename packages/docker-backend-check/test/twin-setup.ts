// Test rig: the twin's Docker engines behind the real docker CLI (through the pipe shim), optionally the wsl.exe twin
// and Docker Desktop settings files, and the runner harness running the BUNDLED action under Node 24.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type ActionRunResult,
  buildTwin,
  createTwinWsl,
  type DockerEngines,
  type DockerShim,
  type EndpointSpec,
  type EngineProfile,
  getProfile,
  type RunnerOs,
  runAction,
  startDockerEngines,
  type TwinWslState,
  writeDockerContext,
} from '@wsl-ready/twin';

export const ACTION_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface RigOptions {
  /** Engines by endpoint (`npipe:////./pipe/...` for Windows pipes, or `tcp` for a loopback engine). */
  engines?: Record<string, EndpointSpec>;
  /** A docker context made current, e.g. `{ name: 'desktop-linux', host: 'npipe:////./pipe/dockerDesktopLinuxEngine' }`. */
  context?: { name: string; host: string };
  /** Start the wsl.exe twin (the host is then Windows, docs/architecture.md §5) with these distributions. */
  wsl?: Partial<TwinWslState> | false;
  /** Docker Desktop's `settings-store.json` under a stand-in `%APPDATA%`. */
  desktopSettings?: Record<string, unknown>;
}

export interface Rig {
  env: Record<string, string>;
  engines: DockerEngines;
  shim: DockerShim;
  run(inputs?: Record<string, string>, options?: RunOptions): Promise<ActionRunResult>;
  close(): Promise<void>;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  runnerOs?: RunnerOs;
  imageOs?: string;
}

let twinBuilt: Promise<unknown> | null = null;

export async function startRig(options: RigOptions = {}): Promise<Rig> {
  twinBuilt ??= buildTwin();
  await twinBuilt;
  const scratch = mkdtempSync(join(tmpdir(), 'wsl-ready-dbc-'));
  const config = join(scratch, 'docker-config');
  mkdirSync(config, { recursive: true });
  writeFileSync(join(config, 'config.json'), '{}\n');
  if (options.context) writeDockerContext(config, { ...options.context, current: true });
  const engines = await startDockerEngines(options.engines ?? {});
  const shim = await engines.shim();
  const env: Record<string, string> = { WSL_READY_DOCKER: shim.dockerPath, DOCKER_CONFIG: config };
  if (options.wsl !== false) {
    const wsl = createTwinWsl({ dir: join(scratch, 'wsl'), state: options.wsl ?? {} });
    Object.assign(env, wsl.env);
  }
  if (options.desktopSettings) {
    const appData = join(scratch, 'AppData', 'Roaming');
    mkdirSync(join(appData, 'Docker'), { recursive: true });
    writeFileSync(join(appData, 'Docker', 'settings-store.json'), JSON.stringify(options.desktopSettings));
    env.APPDATA = appData;
  }
  const runnerDirs: string[] = [];
  return {
    env,
    engines,
    shim,
    async run(inputs = {}, runOptions = {}) {
      const result = await runAction({
        actionDir: ACTION_DIR,
        inputs,
        env: { ...env, ...runOptions.env },
        runnerOs: runOptions.runnerOs ?? 'Windows',
        imageOs: runOptions.imageOs ?? 'win25',
        timeoutMs: 30_000,
        // Kept so the test can read the report file; removed by close().
        keepDirs: true,
      });
      if (result.dirs) runnerDirs.push(result.dirs.root);
      return result;
    },
    async close() {
      await engines.close();
      for (const dir of [scratch, ...runnerDirs]) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A docker-ce engine on a plain Linux host (ubuntu-latest): the wsl-dockerd profile with an Azure kernel. */
export function nativeLinuxProfile(): EngineProfile {
  const base = getProfile('wsl-dockerd');
  const kernel = '6.11.0-1018-azure';
  return {
    ...base,
    description: 'docker-ce on an Ubuntu 24.04 GitHub-hosted runner',
    version: { ...base.version, KernelVersion: kernel },
    info: { ...base.info, KernelVersion: kernel, OperatingSystem: 'Ubuntu 24.04.2 LTS', Warnings: [] },
  };
}

/** The messages of the step's error annotations, joined. */
export function errorText(result: ActionRunResult): string {
  return result.annotations
    .filter((a) => a.level === 'error')
    .map((a) => a.message)
    .join('\n');
}

export function warningText(result: ActionRunResult): string {
  return result.annotations
    .filter((a) => a.level === 'warning')
    .map((a) => a.message)
    .join('\n');
}

/** `docker calls: N` from the action's debug log. */
export function dockerCalls(result: ActionRunResult): number {
  const line = result.debug.find((d) => d.startsWith('docker calls:'));
  const match = line ? /docker calls: (\d+)/.exec(line) : null;
  if (!match) throw new Error(`No call count in the debug log:\n${result.debug.join('\n')}`);
  return Number(match[1]);
}
