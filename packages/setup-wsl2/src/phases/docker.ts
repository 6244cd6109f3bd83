// Docker: configure the engine's listeners and start it; instance and VM stay up (instanceIdleTimeout and
// vmIdleTimeout -1, written before the VM started: wslconfig.ts) until the post step shuts the VM down.

import type { EnvRecord } from '@wsl-ready/core';
import { type CommandRunner, resolveWslExecutable, wslExecArgs, wslShutdownArgs } from '@wsl-ready/core';
import type { ActionIo } from '../action-io.js';
import type { SetupInputs } from '../inputs.js';
import { DOCKER_START_SCRIPT, scriptCommand } from '../provision.js';
import { MINUTE, type SetupContext } from '../setup-context.js';

/** The state that tells the post step to stop the VM Docker kept running. */
export const STATE_SHUTDOWN = 'shutdownVm';

export const DOCKER_SOCKET = 'unix:///var/run/docker.sock';
export const DOCKER_TCP = 'tcp://127.0.0.1:2375';

/**
 * Where the engine listens. TCP without authentication reaches root in the distribution (and, through interop,
 * the runner's account), so it is only the default on GitHub-hosted runners, which are ephemeral and used by one
 * job (RUNNER_ENVIRONMENT=github-hosted, set by the runner for hosted jobs); elsewhere the Unix socket inside the
 * distribution (root and the docker group) unless `docker-tcp: true`. Pure.
 */
export function dockerListeners(
  inputs: Pick<SetupInputs, 'dockerTcp'>,
  env: EnvRecord,
): { hosts: string[]; dockerHost: string; tcp: boolean } {
  const tcp = inputs.dockerTcp === 'auto' ? env.RUNNER_ENVIRONMENT === 'github-hosted' : inputs.dockerTcp;
  return tcp
    ? { hosts: [DOCKER_SOCKET, DOCKER_TCP], dockerHost: DOCKER_TCP, tcp }
    : { hosts: [DOCKER_SOCKET], dockerHost: DOCKER_SOCKET, tcp };
}

/** The `docker` phase (only with `docker: true`): listeners configured, engine started, DOCKER_HOST exported. */
export async function runDocker(setup: SetupContext): Promise<void> {
  const { inputs, io, env } = setup;
  if (!inputs.docker) return;
  const listen = dockerListeners(inputs, env);
  await setup.phases.run('docker', { timeoutMs: 5 * MINUTE }, async (ctx) => {
    const command = scriptCommand(DOCKER_START_SCRIPT, listen.hosts);
    await setup.wsl.run(ctx, {
      args: wslExecArgs({ distribution: inputs.distribution, user: 'root', command }).args,
    });
  });
  io.saveState(STATE_SHUTDOWN, 'true');
  io.setOutput('docker-host', listen.dockerHost);
  if (!listen.tcp) {
    io.notice(
      `Docker Engine listens only on ${DOCKER_SOCKET} inside ${inputs.distribution} (not a hosted runner: no unauthenticated TCP). Use docker in wsl-bash steps, or set docker-tcp: true on a machine only this job uses.`,
    );
  } else if (inputs.dockerHostEnv) {
    // The runner's own docker CLI (Moby's Windows engine on windows-2025) now talks to the WSL engine.
    io.exportVariable('DOCKER_HOST', listen.dockerHost);
    io.info(`DOCKER_HOST=${listen.dockerHost} for the job's later steps (docker-host-env: false keeps it unset).`);
  }
}

/** Post step: nothing destructive, except stopping the VM that `docker: true` kept alive. */
export async function stopDockerVm(
  io: ActionIo,
  world: { env: EnvRecord; platform: NodeJS.Platform; runner: CommandRunner },
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
