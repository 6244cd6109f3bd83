// Entry of the bundled action (dist/index.mjs).
import { run } from './main.js';

await run();
