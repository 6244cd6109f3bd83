// Docker layer of @wsl-ready/core: argv builders, parsers, endpoint catalogue, backend classifier, probe, and the
// survey (probes + Desktop's files + WSL listing + host facts) that the doctor and the action share.

export * from '../host/docker-host.js';
export * from './argv.js';
export * from './classify.js';
export * from './desktop-files.js';
export * from './endpoints.js';
export * from './parsers/connection-errors.js';
export * from './parsers/context.js';
export * from './parsers/desktop-settings.js';
export { infoShowsAnswer, parseDockerInfo } from './parsers/info.js';
export { parseDockerVersion } from './parsers/version.js';
export * from './probe.js';
export * from './survey.js';
export * from './types.js';
export * from './wsl-distros.js';
