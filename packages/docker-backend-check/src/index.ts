// Entry of the bundled action: wires the real runner, files and @actions/core into main, and nothing else.
import { NodeCommandRunner } from '@wsl-ready/core';
import { actionsCoreIo } from './action-io.js';
import { nodeHostFiles } from './desktop.js';
import { run } from './main.js';

await run({
  io: actionsCoreIo,
  runner: new NodeCommandRunner(),
  env: process.env,
  platform: process.platform,
  arch: process.arch,
  files: nodeHostFiles,
  uploadReport: null,
});
