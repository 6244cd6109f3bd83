import { DOCKER_BACKEND_DESCRIPTIONS, type DockerBackend, type DockerBackendClassification } from '@wsl-ready/core';

/** The action's view of the engine: the core's classification plus what the outputs and messages need. */
export interface EngineVerdict {
  backend: DockerBackend;
  /** An engine answered the CLI. */
  engineAnswered: boolean;
  linuxContainers: boolean | null;
  engineOs: 'linux' | 'windows' | null;
  serverVersion: string | null;
  context: string | null;
  endpoint: string | null;
  desktopVersion: string | null;
  isolation: 'hyperv' | 'process' | null;
  cliVersion: string | null;
  /** Short human name of what answers, e.g. `Docker Desktop 4.69.0 with the WSL 2 engine`. */
  description: string;
}

/**
 * `cliAnswered`: whether the engine the CLI targets answered (the probe's own finding). A backend name alone does not
 * say so: Rancher Desktop in containerd mode is named while nothing answers the docker CLI.
 */
export function engineVerdict(classification: DockerBackendClassification, cliAnswered?: boolean): EngineVerdict {
  const backend = classification.backend;
  const engineAnswered =
    classification.serverVersion !== null || (cliAnswered ?? !['stopped', 'none'].includes(backend));
  const base = DOCKER_BACKEND_DESCRIPTIONS[backend];
  const description =
    classification.desktopVersion && backend.startsWith('desktop-')
      ? base.replace('Docker Desktop', `Docker Desktop ${classification.desktopVersion}`)
      : base;
  return {
    backend,
    engineAnswered,
    linuxContainers: classification.linuxContainers,
    engineOs: classification.engineOs,
    serverVersion: classification.serverVersion,
    context: classification.context,
    endpoint: classification.endpoint,
    desktopVersion: classification.desktopVersion,
    isolation: classification.isolation ?? null,
    cliVersion: classification.cliVersion,
    description,
  };
}
