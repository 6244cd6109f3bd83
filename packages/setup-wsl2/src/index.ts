// Entry of the bundled action: a `wsl-bash` step, or main / post routed by the kit's runAction.
import * as core from '@actions/core';
import { runAction } from '@wsl-ready/actions-kit';
import { main, post } from './main.js';
import { runStep } from './shell/step.js';

if (process.argv[2] === 'wsl-bash') {
  process.exitCode = await runStep(process.argv.slice(3));
} else {
  await runAction({ io: core, main, post });
}
