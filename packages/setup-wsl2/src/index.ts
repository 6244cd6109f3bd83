// Entry of the bundled action: runs main (or post) and nothing else.
import { run } from './main.js';

await run();
