// Install (or reuse) the distribution: from the cache, the pinned catalogue, a source file, or the online list.
import { mkdirSync, rmSync } from 'node:fs';
import { join, posix, win32 } from 'node:path';
import {
  compareVersions,
  parseListOnline,
  parseListVerbose,
  wslListOnlineArgs,
  wslListVerboseArgs,
  wslSetVersionArgs,
} from '@wsl-ready/core';
import { downloadVerified, sha256OfFile } from '../download.js';
import { DownloadError, LegacyDistributionError, RebootRequiredError } from '../errors.js';
import { type InstallPlan, installRootFor, planInstall } from '../plan.js';
import type { SetupContext } from '../setup-context.js';
import type { ProvisionCache } from './cache.js';
import type { Preflight } from './preflight.js';

const HOW_INSTALLED: Record<InstallPlan['method'], string> = {
  existing: 'was already installed',
  cache: 'was imported from the cache',
  import: 'was downloaded (SHA-256 verified) and imported',
  'import-file': 'was imported from the source file (SHA-256 verified)',
  'web-install': 'was installed by wsl --install --web-download',
};

/** The `download` and `install` phases; returns the plan that ran. */
export async function runInstall(setup: SetupContext, found: Preflight, cache: ProvisionCache): Promise<InstallPlan> {
  const { inputs, env, paths } = setup;
  const installRoot = installRootFor(
    env,
    inputs.distribution,
    inputs.installLocation,
    setup.deps.platform === 'win32' ? win32 : posix,
  );
  const version = found.wsl.info?.wslVersion;
  const downloadFile = join(setup.temp, `${inputs.distribution}.download`);
  const planWith = (pinned: Preflight['pinned']) =>
    planInstall({
      inputs,
      alreadyInstalled: Boolean(found.existing),
      ...(cache.hit ? { cacheFile: paths.requireWindows(cache.tarFile, 'cache file') } : {}),
      ...(pinned ? { catalogueFile: pinned.file } : {}),
      installLocation: paths.requireWindows(installRoot, 'install location'),
      installLocationFlag: found.wsl.kind === 'store' && version != null && compareVersions(version, '2.4.4') >= 0,
      downloadFile: paths.requireWindows(downloadFile, 'download file'),
      ...(inputs.source?.kind === 'path' ? { sourceFile: paths.requireWindows(inputs.source.location, 'source') } : {}),
    });
  let plan = planWith(found.pinned);
  try {
    await download(setup, plan, downloadFile);
  } catch (error) {
    // A pin goes stale when the publisher moves or replaces the file (404, another checksum). Microsoft's own
    // manifest still knows the distribution, so the job installs from it instead of failing; the warning names the
    // pin so that the catalogue gets fixed (the scheduled catalogue-urls workflow checks every pin too).
    if (!(error instanceof DownloadError) || plan.method !== 'import' || !found.pinned) throw error;
    setup.io.warning(
      `The pinned image of ${inputs.distribution} (${found.pinned.file.url}, SHA-256 ${found.pinned.file.sha256}) ` +
        "could not be downloaded and verified; the pin may be stale. Installing from Microsoft's manifest instead " +
        `(wsl --install --web-download).\n${error.message}`,
    );
    plan = planWith(undefined);
  }
  await install(setup, plan, found, installRoot);
  if (plan.method !== 'existing') {
    rmSync(downloadFile, { force: true });
    rmSync(cache.tarFile, { force: true });
  }
  setup.check({
    id: 'setup.distribution',
    area: 'setup',
    title: 'Distribution installed',
    status: 'pass',
    summary: `${inputs.distribution} (WSL ${inputs.wslVersion}) ${HOW_INSTALLED[plan.method]}.`,
  });
  return plan;
}

/** The `download` phase: a pinned file fetched and verified, or a source file verified where it lies. */
async function download(setup: SetupContext, plan: InstallPlan, dest: string): Promise<void> {
  const { io, phases, deps } = setup;
  const bound = { timeoutMs: setup.timeout('download'), inputKey: 'download' };
  if (plan.method === 'import') {
    await phases.run('download', bound, async (ctx) => {
      const result = await downloadVerified({
        urls: plan.urls,
        sha256: plan.sha256,
        ...(plan.sizeBytes !== undefined ? { sizeBytes: plan.sizeBytes } : {}),
        dest,
        signal: ctx.signal,
        baseDelayMs: deps.backoffMs,
        log: (message) => io.info(message),
      });
      io.info(`Downloaded ${result.bytes} bytes from ${result.url}; SHA-256 verified.`);
    });
  } else if (plan.method === 'import-file') {
    await phases.run('download', bound, async () => {
      const sha = await sha256OfFile(plan.path);
      if (sha !== plan.sha256)
        throw new DownloadError(
          `The source file ${plan.path} has SHA-256 ${sha}, not ${plan.sha256} from source-sha256.`,
        );
      io.info(`Source file ${plan.path}: SHA-256 verified.`);
    });
  } else if (plan.method === 'cache') {
    phases.skip('download', 'restored from the cache', 'cached');
  } else {
    phases.skip('download', plan.method === 'existing' ? 'already installed' : 'wsl.exe downloads it');
  }
}

/** The `install` phase: import or install, or convert an installed distribution to the wanted WSL version. */
async function install(setup: SetupContext, plan: InstallPlan, found: Preflight, installRoot: string): Promise<void> {
  const { inputs, io, phases, wsl } = setup;
  const bound = { timeoutMs: setup.timeout('install'), inputKey: 'install' };
  if (plan.method !== 'existing') {
    await phases.run('install', bound, async (ctx) => {
      mkdirSync(installRoot, { recursive: true });
      const answer = await wsl.attempt(ctx, { args: plan.args });
      if (answer.result.exitCode !== 0) {
        // The argv is built and validated here, so "invalid usage" from a web install means the name is a legacy
        // one: the error code is ASCII in every display language, the message is not.
        if (plan.method === 'web-install' && /WSL_E_INVALID_USAGE/i.test(`${answer.stdout}\n${answer.stderr}`)) {
          const online = await wsl.attempt(ctx, { args: wslListOnlineArgs() }).catch(() => undefined);
          const names = online ? parseListOnline(online.stdout).value.distributions.map((d) => d.name) : [];
          throw new LegacyDistributionError(legacyNameMessage(inputs.distribution, names));
        }
        throw wsl.failure(plan.args, answer);
      }
      if (plan.method === 'cache') ctx.markCached();
      if (plan.method === 'web-install') {
        // `wsl --install` exits 0 without registering anything when a component needs a reboot first
        // (microsoft/WSL WslInstall.cpp CheckForMissingOptionalComponents): look before anything relies on it.
        const listed = parseListVerbose((await wsl.attempt(ctx, { args: wslListVerboseArgs() })).stdout).value.distros;
        if (!listed.some((d) => d.name.toLowerCase() === inputs.distribution.toLowerCase())) {
          const said = answer.stdout.trim().split('\n').slice(-3).join(' ').trim();
          throw new RebootRequiredError(
            `\`wsl --install\` ended without registering ${inputs.distribution}${said ? ` (it said: ${said})` : ''}: Windows`,
          );
        }
      }
    });
    return;
  }
  const existing = found.existing;
  if (!existing || existing.version === inputs.wslVersion) {
    phases.skip('install', `${inputs.distribution} is already installed`);
    return;
  }
  await phases.run('install', bound, async (ctx) => {
    io.info(`${inputs.distribution} is WSL ${existing.version}; converting to WSL ${inputs.wslVersion}.`);
    await wsl.run(ctx, { args: wslSetVersionArgs(inputs.distribution, inputs.wslVersion) });
  });
}

function legacyNameMessage(name: string, online: readonly string[]): string {
  const names = online.length ? ` Names that install unattended: ${online.join(', ')}.` : '';
  return (
    `${name} is a legacy distribution of Microsoft's manifest: \`wsl --install\` refuses --version and --location ` +
    `for it, and with --no-launch it installs the app without registering the distribution.${names} ` +
    'Choose one of those, or pin an image of your own with the `source` and `source-sha256` inputs.'
  );
}
