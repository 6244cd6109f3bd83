// Platform: install or update the WSL package only when the plan says so (pinned MSI first, then wsl --update).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { retry, WslReadyError, wslUpdateArgs } from '@wsl-ready/core';
import { pinnedWslPackage, type WslPackage } from '../catalogue/index.js';
import { downloadVerified } from '../download.js';
import type { PhaseContext } from '../phase-runner.js';
import { planPlatform } from '../plan.js';
import type { SetupContext } from '../setup-context.js';
import { type Preflight, probeWsl, recordWsl, type WslProbe } from './preflight.js';

/** The `platform-update` phase; returns what WSL answers afterwards (the same probe when nothing was needed). */
export async function runPlatform(setup: SetupContext, found: Preflight): Promise<WslProbe> {
  const { inputs, deps, io, phases } = setup;
  const wslPackage = pinnedWslPackage(found.arch);
  const plan = planPlatform({
    kind: found.wsl.kind,
    version: found.wsl.info?.wslVersion ?? null,
    inputs,
    needsInstallCommand: !found.pinned && !inputs.source,
    msiVersion: wslPackage?.version,
    canRunMsi: deps.platform === 'win32',
  });
  if (plan.action !== 'update') {
    phases.skip('platform-update', 'WSL is recent enough');
    return found.wsl;
  }
  const updated = await phases.run(
    'platform-update',
    { timeoutMs: setup.timeout('platform-update'), inputKey: 'platform-update' },
    async (ctx) => {
      io.info(`Updating WSL: ${plan.reason}.`);
      if (!(await updateByAnyStrategy(setup, ctx, plan.strategies, wslPackage)))
        throw new WslReadyError(
          'platform-update',
          'WSL could not be updated by any method. Retry the job; on self-hosted runners run `wsl --update` once by hand.',
        );
      const after = await probeWsl(setup.wsl, ctx);
      recordWsl(setup, after);
      if (after.kind !== 'store')
        throw new WslReadyError(
          'platform-update',
          'WSL still reports the inbox version after the update. A reboot may be pending: retry on a fresh runner.',
        );
      return after;
    },
  );
  setup.check({
    id: 'setup.platform',
    area: 'setup',
    title: 'WSL package',
    status: 'pass',
    summary: `Updated to WSL ${updated.info?.wslVersion} (${plan.reason}).`,
  });
  return updated;
}

/** Tries each strategy in turn; a failed one is a warning while another remains. True when one worked. */
async function updateByAnyStrategy(
  setup: SetupContext,
  ctx: PhaseContext,
  strategies: readonly ('msi' | 'web-update')[],
  wslPackage: WslPackage | undefined,
): Promise<boolean> {
  for (const strategy of strategies) {
    try {
      if (strategy === 'msi' && wslPackage) await installMsi(setup, ctx, wslPackage.file);
      else await webUpdate(setup, ctx);
      return true;
    } catch (error) {
      if (ctx.signal.aborted) throw error;
      setup.io.warning(`WSL update by ${strategy} failed: ${(error as Error).message}`);
    }
  }
  return false;
}

async function installMsi(setup: SetupContext, ctx: PhaseContext, file: WslPackage['file']): Promise<void> {
  const { deps } = setup;
  const msi = join(setup.temp, 'wsl.msi');
  await downloadVerified({
    urls: [file.url, ...(file.mirrors ?? [])],
    sha256: file.sha256,
    ...(file.sizeBytes !== undefined ? { sizeBytes: file.sizeBytes } : {}),
    dest: msi,
    signal: ctx.signal,
    baseDelayMs: deps.backoffMs,
    log: (message) => setup.io.info(message),
  });
  const msiexec = join(deps.env.SystemRoot || 'C:\\Windows', 'System32', 'msiexec.exe');
  const result = await deps.runner.run(msiexec, ['/i', msi, '/qn', '/norestart'], {
    timeoutMs: ctx.remainingMs(),
    signal: ctx.signal,
  });
  rmSync(msi, { force: true });
  // 3010 and 1641: installed, a reboot would finish it (WSL's package does not need one to run).
  if (![0, 1641, 3010].includes(result.exitCode)) {
    throw new WslReadyError('msi', `msiexec failed with exit code ${result.exitCode} installing the WSL package.`);
  }
}

async function webUpdate(setup: SetupContext, ctx: PhaseContext): Promise<void> {
  const { backoffMs } = setup.deps;
  await retry(
    async () => {
      await setup.wsl.run(ctx, { args: wslUpdateArgs({ webDownload: true }) });
    },
    {
      attempts: 3,
      baseDelayMs: backoffMs,
      maxDelayMs: Math.max(backoffMs * 4, 1),
      shouldRetry: () => !ctx.signal.aborted,
      onRetry: (error, attempt, delay) =>
        setup.io.info(
          `wsl --update attempt ${attempt} failed (${(error as Error).message.split('\n')[0]}); retrying in ${Math.round(delay / 1000)} s.`,
        ),
    },
  );
}
