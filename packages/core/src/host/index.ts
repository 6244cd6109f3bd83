// Windows host facts: build, edition, architecture, virtualization, optional features, runner environment.
export * from './build.js';
export * from './edition.js';
export * from './executables.js';
export * from './host-probe.js';
export * from './runner-env.js';
