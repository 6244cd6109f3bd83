// Entry of the bundled action (dist/index.mjs): the main and post steps, and the `wsl-bash` steps of the job.
import { run } from './main.js';

await run(process.argv.slice(2));
