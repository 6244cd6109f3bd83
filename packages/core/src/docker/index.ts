// Docker layer of @wsl-ready/core: argv builders, parsers, endpoint catalogue, backend classifier, probe, and the
// survey (probes + Desktop's files + WSL listing + host facts) that the doctor and the action share.
export * from './argv.js';
export * from './classify.js';
export * from './connection-errors.js';
export * from './context.js';
export * from './desktop-files.js';
export * from './desktop-settings.js';
export * from './endpoints.js';
export * from './host-facts.js';
export { infoShowsAnswer, parseDockerInfo } from './info.js';
export * from './probe.js';
export * from './survey.js';
export * from './types.js';
export { parseDockerVersion } from './version.js';
export * from './wsl-distros.js';
