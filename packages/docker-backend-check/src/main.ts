// The action's entry: `run()` reads and checks the inputs, then imports the check (check.ts) only when there is
// something to check, so a step that fails on its inputs costs little more than Node's start-up (docs/budgets.md,
// "an action's cold start").
import { runAction } from '@wsl-ready/actions-kit';
import { type ActionIo, actionsCoreIo } from './action-io.js';
import type { ActionDeps, RunOutcome } from './check.js';
import { type CheckInputs, parseInputs } from './inputs.js';

export type { ActionDeps, RunOutcome } from './check.js';

/**
 * The action's one entry (actions/typescript-action's convention; `src/index.ts` only calls it): the check with
 * the real runner, files and artifact service, under the kit's runAction (every throw becomes one failure
 * annotation). `@github/local-action` calls it too.
 */
export async function run(io: ActionIo = actionsCoreIo): Promise<void> {
  await runAction({
    io,
    async main() {
      const inputs = parseInputs((name) => io.getInput(name));
      const check = await import('./check.js');
      await check.checkDockerBackend(check.runnerDeps(io), inputs);
    },
  });
}

/**
 * The action's main step with the given world (check.ts, loaded on first use): inputs, the core's Docker survey,
 * outputs, job summary, report artifact, then the requirements.
 */
export async function checkDockerBackend(deps: ActionDeps, inputs?: CheckInputs): Promise<RunOutcome> {
  const check = await import('./check.js');
  return check.checkDockerBackend(deps, inputs);
}
