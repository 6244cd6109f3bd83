// Entry of the bundled action: main, post (when main saved its state), or a `wsl-bash` step.
import * as core from '@actions/core';
import { post, run, STATE_IS_POST } from './main.js';
import { runStep } from './shell/step.js';

if (process.argv[2] === 'wsl-bash') {
  process.exitCode = await runStep(process.argv.slice(3));
} else if (core.getState(STATE_IS_POST) === 'true') {
  await post();
} else {
  await run();
}
