// Docker layer of @wsl-ready/core: argv builders, parsers, endpoint catalogue, backend classifier, probe.
export * from './argv.js';
export * from './classify.js';
export * from './connection-errors.js';
export * from './context.js';
export * from './desktop-settings.js';
export * from './endpoints.js';
export { infoShowsAnswer, parseDockerInfo } from './info.js';
export * from './probe.js';
export * from './types.js';
export { parseDockerVersion } from './version.js';
