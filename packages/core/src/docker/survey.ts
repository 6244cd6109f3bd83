import type { EnvRecord } from '../env.js';
import type { CommandRunner } from '../runner/types.js';
import { classifyDockerBackend } from './classify.js';
import { type DesktopFacts, NO_DESKTOP } from './desktop-files.js';
import { type DockerCollectOptions, DockerProbe } from './probe.js';
import type { DockerBackendClassification, DockerEvidence, DockerHostFacts } from './types.js';
import { dockerDesktopDistro, type WslDistroListing } from './wsl-distros.js';

export interface DockerSurveyOptions {
  runner: CommandRunner;
  /** Path (or name) of the docker executable. */
  docker: string;
  host: DockerHostFacts;
  /** The environment the calls inherit (DOCKER_HOST, DOCKER_CONTEXT are read from it). */
  parentEnv: EnvRecord;
  /** Bound of each call to the CLI's own engine. */
  timeoutMs: number;
  /** Ask every other known endpoint of the host too, as soon as the CLI's own endpoint is known. */
  otherEndpoints: boolean;
  /** Bound of each call to another endpoint; default `timeoutMs`. */
  otherEndpointTimeoutMs?: number;
  /** Endpoint probes running at once. Default 8 (the Windows list has six). */
  concurrency?: number;
  linuxProof?: DockerCollectOptions['linuxProof'];
  /** Docker Desktop's files (Windows), read by whoever can: the file system, or the doctor's host probe. */
  desktop?: Promise<DesktopFacts>;
  /** `wsl --list --verbose` as the classifier reads it (Windows with WSL). */
  wslDistros?: Promise<WslDistroListing | null>;
  /** Host facts learnt elsewhere while the probes run (edition, WSL generation); they refine `host`. */
  hostRefinements?: Promise<Partial<DockerHostFacts>>;
}

export interface DockerSurvey {
  evidence: DockerEvidence;
  classification: DockerBackendClassification;
  /** Odd outputs and failed calls of the probes, Desktop's files and the WSL listing (not the classifier's). */
  warnings: string[];
  /** Desktop's facts, `installed` also true when its distribution is listed; `version` prefers the engine's. */
  desktop: DesktopFacts;
}

/**
 * Everything known about Docker on this host, gathered at once and classified: the CLI's engine and contexts,
 * every other known endpoint, Docker Desktop's settings and install, the WSL distributions, refined host facts.
 * The doctor and the docker-backend-check action both stand on this; each only says where the files come from.
 */
export async function surveyDocker(options: DockerSurveyOptions): Promise<DockerSurvey> {
  const probe = new DockerProbe({
    runner: options.runner,
    docker: options.docker,
    timeoutMs: options.timeoutMs,
    parentEnv: options.parentEnv,
    concurrency: options.concurrency ?? 8,
  });
  const [collected, desktopFacts, listing, refinements] = await Promise.all([
    probe.collect({
      host: options.host,
      otherEndpoints: options.otherEndpoints,
      ...(options.otherEndpointTimeoutMs !== undefined
        ? { otherEndpointTimeoutMs: options.otherEndpointTimeoutMs }
        : {}),
      linuxProof: options.linuxProof ?? false,
    }),
    options.desktop ?? Promise.resolve(NO_DESKTOP),
    options.wslDistros ?? Promise.resolve(null),
    options.hostRefinements ?? Promise.resolve({}),
  ]);
  const evidence = collected.evidence;
  evidence.host = { ...evidence.host, ...refinements };
  const distros = listing?.distros ?? null;
  if (distros) evidence.wslDistros = distros;
  if (desktopFacts.settings?.recognized) evidence.desktopSettings = desktopFacts.settings.value;
  const installed = desktopFacts.installed === true || dockerDesktopDistro(distros) ? true : desktopFacts.installed;
  if (installed !== null) evidence.desktopInstalled = installed;

  const warnings = [
    ...collected.warnings,
    ...(desktopFacts.settings?.warnings ?? []).map((w) => `Docker Desktop settings: ${w}`),
    ...(listing?.warnings ?? []),
  ];
  const classification = classifyDockerBackend(evidence);
  return {
    evidence,
    classification,
    warnings: [...new Set(warnings)],
    desktop: { ...desktopFacts, installed, version: classification.desktopVersion ?? desktopFacts.version },
  };
}
