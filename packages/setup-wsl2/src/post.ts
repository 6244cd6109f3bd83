// The post step's work, imported by main.ts only when the post step runs.
import { NodeCommandRunner } from '@wsl-ready/core';
import type { ActionIo } from './action-io.js';
import { stopDockerVm } from './phases/docker.js';
import { restoreWslconfig } from './phases/wslconfig.js';

/** Stops the VM that `docker: true` kept running, then puts the user's .wslconfig back. */
export async function cleanUp(io: ActionIo): Promise<void> {
  await stopDockerVm(io, { env: process.env, platform: process.platform, runner: new NodeCommandRunner() });
  restoreWslconfig(io);
}
