// The wsl-bash shell: wrappers on PATH, one wsl.exe per step (the step itself is shell/step.ts).
import { join } from 'node:path';
import type { SetupContext } from '../setup-context.js';
import { environmentBaseline, writeWrappers } from '../shell/wrapper.js';
import type { Configured } from './configure.js';

/** Writes `wsl-bash` and `wsl-bash-<distribution>` and puts them on PATH; returns the shell they start. */
export function installShell(setup: SetupContext, configured: Configured): string[] {
  const { inputs, io, deps, env } = setup;
  const { probe } = configured;
  const shell = probe.bash ? [probe.bash, '--noprofile', '--norc', '-euo', 'pipefail'] : ['/bin/sh', '-eu'];
  if (!probe.bash)
    io.warning(`${inputs.distribution} has no bash: wsl-bash steps run /bin/sh -eu instead. Add bash to packages.`);
  const binDir = join(setup.temp, 'bin');
  const baseline = environmentBaseline(env);
  // The docker phase exported DOCKER_HOST (which also sets it in this process): steps must forward it all the same.
  if (inputs.docker) delete baseline.DOCKER_HOST;
  writeWrappers({
    dir: binDir,
    node: deps.node,
    bundle: deps.bundle,
    windows: deps.platform === 'win32',
    config: {
      wsl: setup.wslFile,
      distribution: inputs.distribution,
      user: inputs.user,
      shell,
      automountRoot: configured.automountRoot,
      envPassthrough: inputs.envPassthrough,
      baseline,
      ...(deps.platform !== 'win32' && env.WSL_READY_MNT_ROOT ? { mntRoot: env.WSL_READY_MNT_ROOT } : {}),
    },
  });
  io.addPath(binDir);
  setup.check({
    id: 'setup.shell',
    area: 'setup',
    title: 'wsl-bash shell',
    status: 'pass',
    summary: `\`shell: wsl-bash {0}\` and \`wsl-bash-${inputs.distribution} {0}\` run as ${inputs.user} with ${shell.join(' ')}.`,
  });
  return shell;
}
