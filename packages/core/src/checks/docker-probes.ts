import {
  type DesktopFacts,
  type DockerHostFacts,
  type DockerSurvey,
  desktopFactsFromFiles,
  dockerHostFacts,
  NO_DESKTOP,
  readDesktopFiles,
  surveyDocker,
  type WslDistroListing,
  wslDistroFacts,
} from '../docker/index.js';
import type { EnvRecord } from '../env.js';
import { editionFamily, type HostMode } from '../host/index.js';
import type { Lazy } from './lazy.js';
import type { ReadTextFile } from './options.js';
import type { HostProbe } from './probe-results.js';
import type { ProbeRunner } from './probe-runner.js';
import type { LinuxFacts, WslProbes } from './wsl-probes.js';

/** What the Docker probes need of the doctor's context (the `DoctorContext` gives it). */
export interface DockerProbeHost {
  readonly options: { readonly platform: NodeJS.Platform };
  readonly env: EnvRecord;
  readonly mode: HostMode;
  readonly isWindows: boolean;
  readonly reachesWindows: boolean;
  readonly deep: boolean;
  readonly runner: ProbeRunner;
  readonly timeoutMs: number;
  readonly dockerExe: string;
  readonly wslExe: string | null;
  readonly readFile: ReadTextFile;
  readonly hostProbe: Lazy<HostProbe>;
  readonly wsl: Pick<WslProbes, 'list'>;
  readonly local: Lazy<LinuxFacts | null>;
}

/** Other engines get a short leash: a dead pipe answers at once, a hung one must not hold up the report. */
export const OTHER_ENDPOINT_TIMEOUT_MS = 5_000;
const DOCKER_TIMEOUT_MS = 15_000;

/** The survey, with the classifier's warnings added (the report lists both). */
export type DockerFacts = DockerSurvey;

/**
 * The core's Docker survey fed by the doctor's shared probes: Docker Desktop's files and install come from the
 * PowerShell host probe (so they travel in a recorded transcript), the distributions from the one `wsl -l -v`,
 * the edition and the WSL generation from the host and distribution probes. The Linux-container proof (`docker
 * run`) pulls an image, so only `deep` runs it.
 */
export async function collectDocker(ctx: DockerProbeHost): Promise<DockerFacts> {
  const survey = await surveyDocker({
    runner: ctx.runner,
    docker: ctx.dockerExe,
    host: dockerHostFacts(ctx.mode, ctx.env),
    parentEnv: ctx.env,
    timeoutMs: Math.min(ctx.timeoutMs, DOCKER_TIMEOUT_MS),
    otherEndpoints: true,
    otherEndpointTimeoutMs: Math.min(ctx.timeoutMs, OTHER_ENDPOINT_TIMEOUT_MS),
    linuxProof: ctx.deep,
    desktop: desktopFacts(ctx),
    wslDistros: wslListing(ctx),
    hostRefinements: hostRefinements(ctx),
  });
  return { ...survey, warnings: [...new Set([...survey.warnings, ...survey.classification.warnings])] };
}

/** Desktop's files as the host probe read them; read directly only natively on Windows when PowerShell failed. */
async function desktopFacts(ctx: DockerProbeHost): Promise<DesktopFacts> {
  if (!ctx.reachesWindows) return NO_DESKTOP;
  const probe = await ctx.hostProbe.get();
  if (probe.answered) {
    const { files, dockerDesktop } = probe.facts;
    return desktopFactsFromFiles(
      { settingsStore: files.dockerSettingsStore ?? null, settings: files.dockerSettings ?? null },
      { installed: dockerDesktop.installed, version: dockerDesktop.version },
    );
  }
  if (ctx.options.platform === 'win32') return readDesktopFiles(ctx.env, 'win32', { read: ctx.readFile });
  return NO_DESKTOP;
}

async function wslListing(ctx: DockerProbeHost): Promise<WslDistroListing | null> {
  if (!ctx.reachesWindows || ctx.wslExe === null) return null;
  const list = await ctx.wsl.list.get();
  return { distros: list.distros ? wslDistroFacts(list.distros) : null, warnings: [] };
}

async function hostRefinements(ctx: DockerProbeHost): Promise<Partial<DockerHostFacts>> {
  if (ctx.mode === 'wsl') {
    const local = await ctx.local.get();
    return { wslVersion: local?.kernel?.wslGeneration ?? null };
  }
  if (!ctx.isWindows) return {};
  const probe = await ctx.hostProbe.get();
  if (!probe.answered) return {};
  const family = editionFamily(probe.facts.editionId, probe.facts.caption, probe.facts.productType);
  return family === 'unknown' ? {} : { windowsServer: family === 'server', windowsHome: family === 'home' };
}
