// Public API of @wsl-ready/core. Named exports only; the CLI (src/cli) is not part of it.
export * from './errors.js';
export * from './runner/types.js';
export * from './text/decode.js';
export * from './text/parse-result.js';
export { TOOL_NAME, VERSION } from './version.js';
