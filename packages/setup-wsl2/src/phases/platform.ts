// Platform: install or update the WSL package only when the plan says so (pinned MSI first, then wsl --update).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { retry, WslReadyError, wslUpdateArgs } from '@wsl-ready/core';
import { pinnedWslPackage, type WslPackage } from '../catalogue/index.js';
import { downloadVerified } from '../download.js';
import { RebootRequiredError } from '../errors.js';
import type { PhaseContext } from '../phase-runner.js';
import { planPlatform, type WslProbe } from '../plan.js';
import type { SetupContext } from '../setup-context.js';
import { type Preflight, probeWsl, recordWsl } from './preflight.js';

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
      // A reboot is needed whichever way WSL is installed: no other strategy can help.
      if (ctx.signal.aborted || error instanceof RebootRequiredError) throw error;
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
  try {
    for (let attempt = 1; ; attempt++) {
      const result = await deps.runner.run(msiexec, ['/i', msi, '/qn', '/norestart'], {
        timeoutMs: ctx.remainingMs(),
        signal: ctx.signal,
      });
      const outcome = msiOutcome(result.exitCode);
      if (outcome === 'installed') return;
      if (outcome === 'reboot')
        throw new RebootRequiredError(`The WSL package installed, but msiexec (exit code ${result.exitCode})`);
      if (outcome === 'busy' && attempt < MSI_BUSY_ATTEMPTS) {
        const delay = deps.backoffMs * attempt;
        setup.io.info(`msiexec: another installation is running (1618); retrying in ${Math.round(delay / 1000)} s.`);
        await new Promise((resolve) => setTimeout(resolve, delay));
        continue;
      }
      throw new WslReadyError(
        'msi',
        outcome === 'busy'
          ? `msiexec kept answering 1618 (another installation is in progress) after ${MSI_BUSY_ATTEMPTS} attempts installing the WSL package. Retry the job when the machine's other installation has finished.`
          : `msiexec failed with exit code ${result.exitCode} installing the WSL package.`,
      );
    }
  } finally {
    rmSync(msi, { force: true });
  }
}

const MSI_BUSY_ATTEMPTS = 5;

/**
 * What an msiexec exit code means here (Windows Installer error codes): 0 installed; 3010
 * (ERROR_SUCCESS_REBOOT_REQUIRED) and 1641 (ERROR_SUCCESS_REBOOT_INITIATED) need a reboot a runner cannot do;
 * 1618 (ERROR_INSTALL_ALREADY_RUNNING) is worth waiting for; anything else failed. Pure.
 */
export function msiOutcome(exitCode: number): 'installed' | 'reboot' | 'busy' | 'failed' {
  if (exitCode === 0) return 'installed';
  if (exitCode === 3010 || exitCode === 1641) return 'reboot';
  if (exitCode === 1618) return 'busy';
  return 'failed';
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
