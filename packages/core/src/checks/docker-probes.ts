import {
  classifyDockerBackend,
  type DesktopSettings,
  type DockerBackendClassification,
  type DockerEndpointProbe,
  type DockerEvidence,
  type DockerHostFacts,
  DockerProbe,
  knownEndpoints,
  sameEndpoint,
} from '../docker/index.js';
import type { Parsed } from '../text/parse-result.js';
import { editionFamily } from '../windows/index.js';
import type { DoctorContext } from './context.js';

/** Other engines get a short leash: a dead pipe answers at once, a hung one must not hold up the report. */
export const OTHER_ENDPOINT_TIMEOUT_MS = 5_000;
const DOCKER_TIMEOUT_MS = 15_000;

export interface DockerFacts {
  classification: DockerBackendClassification;
  evidence: DockerEvidence;
  warnings: string[];
  desktop: {
    installed: boolean | null;
    version: string | null;
    settings: Parsed<DesktopSettings> | null;
    settingsFiles: string[];
  };
}

/**
 * Every Docker probe at once: contexts and the CLI's engine (`DockerProbe.collect`), every other known endpoint
 * (each with a short timeout), the Windows host facts (edition) and Docker Desktop's settings. The classifier
 * then decides with all the evidence. The Linux-container proof (`docker run`) pulls an image, so only `deep`
 * runs it.
 */
export async function collectDocker(ctx: DoctorContext): Promise<DockerFacts> {
  const host = baseHostFacts(ctx);
  const probe = new DockerProbe({
    runner: ctx.runner,
    docker: ctx.dockerExe,
    timeoutMs: Math.min(ctx.timeoutMs, DOCKER_TIMEOUT_MS),
    parentEnv: ctx.env,
  });
  const quick = new DockerProbe({
    runner: ctx.runner,
    docker: ctx.dockerExe,
    timeoutMs: Math.min(ctx.timeoutMs, OTHER_ENDPOINT_TIMEOUT_MS),
    parentEnv: ctx.env,
  });
  const endpoints = knownEndpoints(host).map((known) => known.endpoint);
  const [collected, others, hostProbe, desktop, distros] = await Promise.all([
    probe.collect({ host, linuxProof: ctx.deep }),
    Promise.all(endpoints.map((endpoint) => quick.probeEndpoint(endpoint))),
    ctx.hostProbe.get(),
    ctx.desktopSettings.get(),
    ctx.reachesWindows && ctx.wslExe !== null ? ctx.wsl.list.get() : Promise.resolve(null),
  ]);
  const evidence = collected.evidence;
  const warnings = [...collected.warnings];
  const cliPresent = evidence.cli.present;
  const contextEndpoint = evidence.context?.endpoint ?? null;
  evidence.others = cliPresent ? others.filter((other) => !sameEndpoint(other.endpoint, contextEndpoint)) : [];
  for (const other of evidence.others) warnings.push(...quietWarnings(other));

  if (ctx.isWindows && hostProbe.answered) {
    const family = editionFamily(hostProbe.facts.editionId, hostProbe.facts.caption, hostProbe.facts.productType);
    if (family !== 'unknown') {
      evidence.host = { ...evidence.host, windowsServer: family === 'server', windowsHome: family === 'home' };
    }
  }
  if (ctx.mode === 'wsl') {
    const local = await ctx.local.get();
    const generation = local?.kernel?.wslGeneration ?? null;
    evidence.host = { ...evidence.host, wslVersion: generation };
  }
  if (desktop.settings?.recognized) evidence.desktopSettings = desktop.settings.value;
  const desktopInstalled =
    hostProbe.facts.dockerDesktop.installed === true || desktop.files.length > 0
      ? true
      : hostProbe.answered
        ? hostProbe.facts.dockerDesktop.installed
        : null;
  if (desktopInstalled !== null) evidence.desktopInstalled = desktopInstalled;
  if (distros?.distros) {
    evidence.wslDistros = distros.distros.map((d) => ({
      name: d.name,
      state: d.state,
      version: d.version === 1 || d.version === 2 ? d.version : null,
    }));
  }
  for (const warning of desktop.settings?.warnings ?? []) warnings.push(`Docker Desktop settings: ${warning}`);

  const classification = classifyDockerBackend(evidence);
  return {
    classification,
    evidence,
    warnings: [...new Set([...warnings, ...classification.warnings])],
    desktop: {
      installed: desktopInstalled,
      version: classification.desktopVersion ?? (hostProbe.facts.dockerDesktop.version || null),
      settings: desktop.settings,
      settingsFiles: desktop.files,
    },
  };
}

function baseHostFacts(ctx: DoctorContext): DockerHostFacts {
  const home = ctx.env.HOME;
  const runtime = ctx.env.XDG_RUNTIME_DIR;
  switch (ctx.mode) {
    case 'windows':
      return { os: 'windows' };
    case 'wsl':
      return {
        os: 'linux',
        isWsl: true,
        wslDistroName: ctx.env.WSL_DISTRO_NAME ?? null,
        ...(home ? { homeDir: home } : {}),
        ...(runtime ? { xdgRuntimeDir: runtime } : {}),
      };
    case 'linux':
    case 'darwin':
      return { os: ctx.mode, ...(home ? { homeDir: home } : {}), ...(runtime ? { xdgRuntimeDir: runtime } : {}) };
    default:
      return { os: 'unknown' };
  }
}

/** A silent endpoint is the normal case for most of the list; only odd answers are worth a warning. */
function quietWarnings(probe: DockerEndpointProbe): string[] {
  return probe.answered ? probe.warnings : [];
}
