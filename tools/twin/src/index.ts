export * from './build.js';
export * from './wsl/index.js';
