import {
  type CommandRunner,
  classifyDockerBackend,
  type DockerBackendClassification,
  type DockerEvidence,
  type DockerHostFacts,
  DockerProbe,
  knownEndpoints,
  resolveDockerExecutable,
} from '@wsl-ready/core';
import { CountingRunner } from './counting-runner.js';
import { type DesktopFacts, type HostFiles, listWslDistros, readDesktopFacts } from './desktop.js';
import { dockerHostFacts, type Env } from './host.js';

export interface DetectOptions {
  runner: CommandRunner;
  env: Env;
  platform: NodeJS.Platform;
  files: HostFiles;
  /** The `docker-path` input; null = discovery (`WSL_READY_DOCKER`, then PATH). */
  dockerPath: string | null;
  /** Bound of each probe call. */
  timeoutMs: number;
  probeAllEndpoints: boolean;
  runContainer: boolean;
  /** Bound of the `docker run` proof (pulling an image takes longer than a probe). */
  proofTimeoutMs: number;
}

export interface Detection {
  host: DockerHostFacts;
  docker: string;
  evidence: DockerEvidence;
  classification: DockerBackendClassification;
  desktop: DesktopFacts;
  /** Odd outputs and failed calls from every probe, in words. */
  probeWarnings: string[];
  /** Endpoints asked besides the CLI's own (empty without `probe-all-endpoints`). */
  probedEndpoints: string[];
  calls: { docker: number; wsl: number };
  durationMs: number;
}

/**
 * Everything the action knows about Docker on this host: the engine the CLI targets, optionally every other known
 * endpoint and a Linux-container proof, Docker Desktop's settings and the WSL distributions, all gathered
 * concurrently, then classified by the core.
 */
export async function detectDocker(options: DetectOptions): Promise<Detection> {
  const started = performance.now();
  const runner = new CountingRunner(options.runner);
  const host = dockerHostFacts(options.env, options.platform);
  const docker = options.dockerPath ?? resolveDockerExecutable(options.env, options.platform).file;
  const probe = new DockerProbe({
    runner,
    docker,
    timeoutMs: options.timeoutMs,
    parentEnv: options.env,
    // Each probe of another endpoint is one call (two when it answers): ask them all at once.
    concurrency: 8,
  });
  const windows = host.os === 'windows';
  const [collected, desktop, listing] = await Promise.all([
    probe.collect({
      host,
      otherEndpoints: options.probeAllEndpoints,
      linuxProof: options.runContainer ? { image: 'hello-world', timeoutMs: options.proofTimeoutMs } : false,
    }),
    windows
      ? readDesktopFacts(options.env, options.platform, options.files)
      : Promise.resolve<DesktopFacts>({ settings: null, settingsFiles: [], installed: false, warnings: [] }),
    windows
      ? listWslDistros(runner, options.env, options.platform, options.timeoutMs)
      : Promise.resolve({ distros: null, warnings: [], wsl: null }),
  ]);
  const wslDistros = listing.distros ?? undefined;
  const desktopInstalled =
    desktop.installed || (wslDistros?.some((d) => d.name.toLowerCase() === 'docker-desktop') ?? false);
  const evidence: DockerEvidence = {
    ...collected.evidence,
    ...(windows ? { desktopSettings: desktop.settings, desktopInstalled } : {}),
    ...(wslDistros ? { wslDistros } : {}),
  };
  const classification = classifyDockerBackend(evidence);
  const probedEndpoints = options.probeAllEndpoints
    ? (evidence.others ?? []).map((o) => o.endpoint).filter((e): e is string => e !== null)
    : [];
  return {
    host,
    docker,
    evidence,
    classification,
    desktop: { ...desktop, installed: desktopInstalled },
    probeWarnings: [...collected.warnings, ...desktop.warnings, ...listing.warnings],
    probedEndpoints,
    calls: { docker: runner.count(docker), wsl: listing.wsl ? runner.count(listing.wsl) : 0 },
    durationMs: Math.round(performance.now() - started),
  };
}

/** How many endpoints `probe-all-endpoints` asks on this host (for the docs and the measures). */
export function knownEndpointCount(host: DockerHostFacts): number {
  return knownEndpoints(host).length;
}
