// Docker: start the engine detached; the VM stays up (vmIdleTimeout=-1) until the post step shuts it down.
import { type CommandRunner, resolveWslExecutable, wslExecArgs, wslShutdownArgs } from '@wsl-ready/core';
import type { ActionIo } from '../action-io.js';
import { DOCKER_START_SCRIPT, scriptCommand } from '../provision.js';
import { type Env, MINUTE, type SetupContext } from '../setup-context.js';

/** The state that tells the post step to stop the VM Docker kept running. */
export const STATE_SHUTDOWN = 'shutdownVm';

/** The `docker` phase (only with `docker: true`): the engine listens on tcp://127.0.0.1:2375. */
export async function runDocker(setup: SetupContext): Promise<void> {
  const { inputs, io } = setup;
  if (!inputs.docker) return;
  await setup.phases.run('docker', { timeoutMs: 5 * MINUTE }, async (ctx) => {
    const command = scriptCommand(DOCKER_START_SCRIPT, []);
    await setup.wsl.run(ctx, {
      args: wslExecArgs({ distribution: inputs.distribution, user: 'root', command }).args,
    });
  });
  io.saveState(STATE_SHUTDOWN, 'true');
  io.setOutput('docker-host', 'tcp://127.0.0.1:2375');
}

/** Post step: nothing destructive, except stopping the VM that `docker: true` kept alive. */
export async function stopDockerVm(
  io: ActionIo,
  world: { env: Env; platform: NodeJS.Platform; runner: CommandRunner },
): Promise<void> {
  if (io.getState(STATE_SHUTDOWN) !== 'true') return;
  const wslChoice = resolveWslExecutable(world.env, world.platform);
  if (!wslChoice) return;
  try {
    const result = await world.runner.run(wslChoice.file, wslShutdownArgs(), { timeoutMs: 2 * MINUTE });
    io.info(
      result.exitCode === 0
        ? 'Stopped the WSL VM that Docker kept running.'
        : `wsl --shutdown exited with ${result.exitCode}.`,
    );
  } catch (error) {
    io.warning(`Post step: ${(error as Error).message}`);
  }
}
