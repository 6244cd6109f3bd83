export * from './actions-services/index.js';
export * from './build.js';
export * from './docker/index.js';
export * from './github/index.js';
export * from './harness/index.js';
export * from './scenarios/index.js';
export * from './wsl/index.js';
