// The wsl.exe command layer: argv builders, input validators, WSLENV and path translation, executable discovery.

export * from '../runner/wslenv.js';
export * from './argv.js';
export * from './executables.js';
export * from './validate.js';
