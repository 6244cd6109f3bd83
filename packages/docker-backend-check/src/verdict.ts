import type { DockerBackendClassification, DockerHostFacts } from '@wsl-ready/core';
import { type ActionBackend, BACKEND_DESCRIPTIONS } from './backends.js';

/** The action's view of the engine: the core's classification with non-Windows engines named. */
export interface EngineVerdict {
  backend: ActionBackend;
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

export function engineVerdict(classification: DockerBackendClassification, host: DockerHostFacts): EngineVerdict {
  const backend = actionBackend(classification, host);
  const engineAnswered = classification.serverVersion !== null || !['stopped', 'none'].includes(backend);
  const base = BACKEND_DESCRIPTIONS[backend];
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

/**
 * The core reports engines outside design §4 as `none` plus `unlistedEngine`. An engine that answers is never
 * `none` in the action's outputs: it is named by where it runs.
 */
function actionBackend(classification: DockerBackendClassification, host: DockerHostFacts): ActionBackend {
  if (classification.backend !== 'none' || classification.unlistedEngine === undefined) return classification.backend;
  if (classification.serverVersion === null && classification.engineOs === null) return 'none';
  const unlisted = classification.unlistedEngine;
  if (/Docker Desktop/i.test(unlisted)) return host.os === 'darwin' ? 'desktop-mac' : 'desktop-linux';
  const local = classification.endpoint === null || classification.endpoint.startsWith('unix://');
  if (host.os === 'linux' && !host.isWsl && local && !/\.(colima|rd|lima)\//.test(classification.endpoint ?? '')) {
    return 'native-linux';
  }
  return 'other-linux';
}
