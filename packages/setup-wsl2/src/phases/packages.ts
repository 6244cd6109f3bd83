// Packages: index refresh, upgrade, extra packages, Docker Engine; baked into the cached image.
import { wslExecArgs } from '@wsl-ready/core';
import { ProvisionError } from '../errors.js';
import { PACKAGES_SCRIPT, type ProbeFacts, scriptCommand } from '../provision.js';
import type { SetupContext } from '../setup-context.js';

/** The `packages` phase; returns the probe facts as they are afterwards (bash installed on Alpine). */
export async function runPackages(setup: SetupContext, probe: ProbeFacts, cacheHit: boolean): Promise<ProbeFacts> {
  const { inputs, io, phases, wsl } = setup;
  const needBash = !probe.bash && probe.packageManager === 'apk';
  const wanted = inputs.packages.length > 0 || inputs.update || inputs.docker || needBash;
  if (!wanted || cacheHit) {
    phases.skip(
      'packages',
      cacheHit ? 'baked into the cached image' : 'nothing to install',
      cacheHit ? 'cached' : 'skipped',
    );
    return probe;
  }
  await phases.run('packages', { timeoutMs: setup.timeout('packages'), inputKey: 'packages' }, async (ctx) => {
    const command = scriptCommand(PACKAGES_SCRIPT, [
      inputs.docker ? '1' : '0',
      inputs.update ? '1' : '0',
      ...inputs.packages,
    ]);
    const answer = await wsl.attempt(ctx, {
      args: wslExecArgs({ distribution: inputs.distribution, user: 'root', command }).args,
    });
    io.write(answer.stdout);
    if (answer.result.exitCode !== 0) {
      throw new ProvisionError(
        `Installing packages failed with exit code ${answer.result.exitCode}:\n${answer.stderr.trim().split('\n').slice(-10).join('\n')}\nCheck the package names for this distribution, or raise timeout-minutes packages=<minutes> if the mirror is slow.`,
      );
    }
  });
  return needBash ? { ...probe, bash: '/bin/bash' } : probe;
}
