// The action: `run()` routes the main step, the post step and `wsl-bash` steps. This module is the bundle's entry
// and stays small: it reads and checks the inputs and decides what to do, and imports the rest (work.ts: the phases
// in setup.ts, the post step, the step shell) only when a step needs it, so a step that does no work costs
// little more than Node's start-up (docs/budgets.md, "an action's cold start").
import { fileURLToPath } from 'node:url';
import { runAction } from '@wsl-ready/actions-kit';
import { isWindowsHost } from '@wsl-ready/core';
import { type ActionIo, actionsCoreIo } from './action-io.js';
import { parseInputs, type SetupInputs } from './inputs.js';
import type { SetupDeps } from './setup-context.js';

export type { SetupDeps } from './setup-context.js';

/**
 * The action's one entry (actions/typescript-action's convention; `src/index.ts` only calls it). With no
 * arguments: the main or post step, routed by the kit's runAction, which turns a throw into the one failure
 * annotation. `['wsl-bash', script]`: a `shell: wsl-bash {0}` step, run by the wrappers the setup wrote.
 */
export async function run(argv: readonly string[] = [], io: ActionIo = actionsCoreIo): Promise<void> {
  if (argv[0] === 'wsl-bash') {
    const { runStep } = await import('./work.js');
    process.exitCode = await runStep(argv.slice(1));
    return;
  }
  await runAction({ io, main: () => main(io), post: () => post(io) });
}

/** The main step: inputs, then (on Windows) the setup with the real runner, cache store and artifact client. */
export async function main(io: ActionIo): Promise<void> {
  const started = performance.now();
  const inputs = parseInputs((name) => io.getInput(name));
  if (!isWindowsHost(process.env)) {
    io.notice(`setup-wsl2 does nothing on ${process.platform}: WSL exists only on Windows runners.`);
    io.setOutput('distribution', '');
    io.setOutput('duration-ms', String(Math.round(performance.now() - started)));
    return;
  }
  const work = await import('./work.js');
  // The committed bundle, whether this runs bundled (dist/index.mjs) or from the sources (src/main.ts).
  const bundle = fileURLToPath(new URL('../dist/index.mjs', import.meta.url));
  await work.setup(inputs, work.runnerDeps(io, bundle), started);
}

/** The post step: stops the VM that `docker: true` kept running, then puts the user's .wslconfig back. */
export async function post(io: ActionIo): Promise<void> {
  const { cleanUp } = await import('./work.js');
  await cleanUp(io);
}

/**
 * The provisioning: the phases in order, each bounded; then outputs, the summary and the report (setup.ts,
 * loaded with work.ts on first use). A failure is reported (a `setup.failed` check) before it is thrown.
 */
export async function setup(inputs: SetupInputs, deps: SetupDeps, started = performance.now()): Promise<void> {
  const work = await import('./work.js');
  await work.setup(inputs, deps, started);
}
