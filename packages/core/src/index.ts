// Public API of @wsl-ready/core. Named exports only; the CLI (src/cli) is not part of it.
export * from './checks/index.js';
export { compareVersions } from './checks/outcome.js';
export * from './config/index.js';
export * from './docker/index.js';
export * from './errors.js';
export * from './report/index.js';
export * from './runner/index.js';
export * from './text/decode.js';
export { type EditDistanceOptions, editDistance } from './text/edit-distance.js';
export * from './text/parse-result.js';
export { didYouMean, suggest } from './text/suggest.js';
export { TOOL_NAME, VERSION } from './version.js';
export * from './windows/index.js';
export * from './wsl/commands.js';
export * from './wsl/errors/index.js';
export * from './wsl/parsers/index.js';
