// Entry of the wsl-bash shell bundle (dist/wsl-bash.mjs): one small program per step.
import { runStep } from './step.js';

process.exitCode = await runStep(process.argv.slice(2));
