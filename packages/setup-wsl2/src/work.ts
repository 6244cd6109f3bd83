// Everything a step does once main.ts has decided there is work: the provisioning (setup.ts), the post step
// (post.ts) and the step shell. One module, so the bundle holds one chunk of work beside the entry and a real setup
// loads three files (the entry, the code both share, the work) rather than a chunk per combination.
export { cleanUp } from './post.js';
export { runnerDeps, setup } from './setup.js';
export { runStep } from './shell/step.js';
