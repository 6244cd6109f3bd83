// Docker Engine API twin: engine profiles, the engine server, several engines by endpoint, and the docker shim.

export type { ContainerSummary } from './container-host.js';
export { normalizeImage, runCommand } from './container-model.js';
export type { DockerContextSpec } from './contexts.js';
export { setCurrentDockerContext, writeDockerContext } from './contexts.js';
export type { DockerEngine, DockerEngineOptions, RecordedRequest } from './engine.js';
export { DOCKER_CLIENT_VARIABLES, splitVersion, startDockerEngine } from './engine.js';
export type { DockerEngines, EndpointSpec } from './engines.js';
export { startDockerEngines } from './engines.js';
export type { EngineFault, FaultScope } from './faults.js';
export type { GlobalOptions, PipeMap } from './pipe-map.js';
export {
  pipeName,
  pipeUrl,
  readGlobalOptions,
  realignTable,
  rewriteHost,
  rewriteHostOptions,
  socketForPipe,
  translateOutput,
} from './pipe-map.js';
export type { EngineBuild, EngineHost } from './profiles/build.js';
export { buildInfo, buildVersion, GIB, WSL2_BLKIO_WARNINGS } from './profiles/build.js';
export { getProfile } from './profiles/catalogue.js';
export type { ContainerFacts, EndpointState, EngineProfile, PingFacts, ProfileName } from './profiles/types.js';
export { PROFILE_NAMES } from './profiles/types.js';
export type { DockerShim, DockerShimOptions } from './shim.js';
export { createDockerShim, DOCKER_SHIM_BUNDLE, ensureDockerShimBundle, realDockerPath } from './shim.js';
