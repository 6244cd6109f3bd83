// Starts a scenario: writes the wsl.exe twin's state (with its distributions unpacked), the powershell.exe
// stand-in, the Docker CLI config with the scenario's contexts, and one engine per live endpoint behind the
// docker shim; returns the environment that points a child process at all of it.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { buildTwin, TWIN_ROOT } from '../build.js';
import { setCurrentDockerContext, writeDockerContext } from '../docker/contexts.js';
import { DOCKER_CLIENT_VARIABLES } from '../docker/engine.js';
import { type DockerEngines, startDockerEngines } from '../docker/engines.js';
import type { DockerShim } from '../docker/shim.js';
import { probeIsolation } from '../wsl/distro-exec.js';
import { defaultTwinState, type TwinWslState } from '../wsl/state.js';
import { buildBusyboxRootfs, createTwinWsl, type TwinWsl } from '../wsl/twin.js';
import { getScenario, scenarioNames } from './catalogue.js';
import { prepareDistros } from './distros.js';
import { windowsPathOnTwin, writePowerShellStandIn } from './host-probe.js';
import type { ScenarioDefinition } from './types.js';

export interface StartScenarioOptions {
  /** A directory the scenario owns (removed by `close()` only when the scenario created it). */
  dir?: string;
  /** Overrides of the wsl.exe twin state after the scenario's (e.g. a locale or a fault). */
  wsl?: Partial<TwinWslState>;
  /** `PATH` the environment starts from (default: this process's). */
  basePath?: string;
}

export interface RunningScenario {
  name: string;
  definition: ScenarioDefinition;
  dir: string;
  /**
   * Variables to set for a child process: `WSL_READY_WSL`, `WSL_TWIN_STATE`, `WSL_TWIN_LOG`, `WSL_READY_DOCKER`,
   * `DOCKER_CONFIG`, and `PATH` with the twin's `wsl.exe`, the `powershell.exe` stand-in and the `docker` shim.
   */
  env: Record<string, string>;
  /** Variables to remove from an inherited environment (they would override the scenario's Docker target). */
  unsetEnv: readonly string[];
  wsl: TwinWsl;
  /** The engines by endpoint; null when the scenario has no Docker. */
  docker: DockerEngines | null;
  /** Things that work differently here than on the machine (e.g. no isolation for in-distro commands). */
  notes: string[];
  close(): Promise<void>;
}

export class UnknownScenarioError extends Error {
  constructor(name: string) {
    super(`There is no twin scenario "${name}". Known scenarios: ${scenarioNames().join(', ')}.`);
    this.name = 'UnknownScenarioError';
  }
}

/** The busybox root file system tarball, or null (with a note) where it cannot be built here. */
function rootfsOrNull(notes: string[]): string | null {
  try {
    return buildBusyboxRootfs();
  } catch (error) {
    notes.push(`Distributions are empty directories: ${(error as Error).message}`);
    return null;
  }
}

export async function startScenario(
  nameOrDefinition: string | ScenarioDefinition,
  options: StartScenarioOptions = {},
): Promise<RunningScenario> {
  const definition = typeof nameOrDefinition === 'string' ? getScenario(nameOrDefinition) : nameOrDefinition;
  if (!definition) throw new UnknownScenarioError(String(nameOrDefinition));
  await buildTwin();
  const ownsDir = options.dir === undefined;
  // Absolute: the stand-ins and the state file are used from other working directories.
  const dir = resolve(options.dir ?? mkdtempSync(join(tmpdir(), `wsl-twin-${definition.name}-`)));
  mkdirSync(dir, { recursive: true });
  const notes: string[] = [];
  let docker: DockerEngines | null = null;
  try {
    const base = defaultTwinState(dir);
    const spec = definition.wsl;
    const distros = spec.distros ?? [];
    const rootfs = distros.length > 0 || (spec.online ?? []).length > 0 ? rootfsOrNull(notes) : null;
    const isolation = distros.length > 0 ? probeIsolation() : { ok: true };
    if (!isolation.ok) notes.push(`Commands inside distributions cannot run here: ${isolation.reason}.`);
    const state: TwinWslState = {
      ...base,
      kind: spec.kind,
      locale: spec.locale ?? 'en-US',
      versions: { ...base.versions, ...spec.versions },
      defaultVersion: spec.defaultVersion ?? 2,
      distros: await prepareDistros(distros, base.distroHome, rootfs),
      features: spec.features ?? base.features,
      virtualization: spec.virtualization ?? true,
      // wsl.exe reads this user's .wslconfig and puts distributions under their %LOCALAPPDATA%\wsl.
      userProfile: definition.host.env.USERPROFILE ?? base.userProfile,
      vmRunning: distros.some((d) => d.state === 'Running' && d.version === 2),
      online: rootfs
        ? (spec.online ?? []).map((entry) => ({ name: entry.name, friendlyName: entry.friendlyName, rootfs }))
        : [],
      latencyMs: spec.latencyMs ?? {},
      faults: spec.faults ?? {},
      ...(spec.latestWsl ? { latestWsl: spec.latestWsl } : {}),
      ...(spec.inbox ? { inbox: spec.inbox } : {}),
      ...(spec.kernelInstalled !== undefined ? { kernelInstalled: spec.kernelInstalled } : {}),
      ...options.wsl,
    };
    const defaultDistro = distros.find((d) => d.default)?.name;
    if (defaultDistro && options.wsl?.defaultDistro === undefined) state.defaultDistro = defaultDistro;
    const wsl = createTwinWsl({ dir, state });

    for (const [path, content] of Object.entries(definition.windowsFiles ?? {})) {
      const target = windowsPathOnTwin(state.mntRoot, `C:\\${path}`);
      if (!target) continue;
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
    const binDir = join(dir, 'bin');
    writePowerShellStandIn(binDir, definition.host, state.mntRoot);

    const configDir = join(dir, 'docker-config');
    mkdirSync(configDir, { recursive: true });
    writeFileSync(join(configDir, 'config.json'), '{}\n');
    const pathParts = [binDir, join(TWIN_ROOT, 'bin')];
    let dockerPath: string;
    if (definition.docker === 'missing') {
      // A name that does not exist: the doctor's spawn fails with ENOENT, as on a machine without docker.exe.
      dockerPath = join(binDir, 'docker.exe');
      notes.push('No Docker CLI on this machine: WSL_READY_DOCKER names a file that does not exist.');
    } else {
      for (const context of definition.docker.contexts) {
        writeDockerContext(configDir, { name: context.name, host: context.endpoint, description: context.description });
      }
      if (definition.docker.context !== 'default') setCurrentDockerContext(configDir, definition.docker.context);
      docker = await startDockerEngines(definition.docker.engines);
      const shim: DockerShim = await docker.shim();
      dockerPath = shim.dockerPath;
      pathParts.unshift(shim.binDir);
    }
    const env: Record<string, string> = {
      ...wsl.env,
      WSL_READY_DOCKER: dockerPath,
      DOCKER_CONFIG: configDir,
      PATH: [...pathParts, options.basePath ?? process.env.PATH ?? '/usr/bin:/bin'].join(delimiter),
    };
    const running: RunningScenario = {
      name: definition.name,
      definition,
      dir,
      env,
      unsetEnv: ['DOCKER_HOST', ...DOCKER_CLIENT_VARIABLES],
      wsl,
      docker,
      notes,
      async close() {
        // Instances and the VM are processes of their own: end them with the scenario.
        await wsl.shutdown();
        await docker?.close();
        if (ownsDir && existsSync(dir)) rmSync(dir, { recursive: true, force: true });
      },
    };
    return running;
  } catch (error) {
    await docker?.close();
    if (ownsDir) rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
