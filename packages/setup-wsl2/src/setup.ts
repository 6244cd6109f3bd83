// The provisioning of the main step: `setup()` is the list of phases, `runnerDeps()` the runner's real world. The
// entry (main.ts) imports this module only on a Windows runner with valid inputs, so a step that does no work never
// loads the phases, the cache and artifact clients or the report schema.
import { release } from 'node:os';
import { createArtifactClient } from '@wsl-ready/actions-kit';
import { NodeCommandRunner } from '@wsl-ready/core';
import type { ActionIo } from './action-io.js';
import { selectCacheStore } from './cache.js';
import { PreflightError } from './errors.js';
import type { SetupInputs } from './inputs.js';
import { ProvisionCache } from './phases/cache.js';
import { runConfigure } from './phases/configure.js';
import { runDocker } from './phases/docker.js';
import { runInstall } from './phases/install.js';
import { runPackages } from './phases/packages.js';
import { runPlatform } from './phases/platform.js';
import { runPreflight } from './phases/preflight.js';
import { installShell } from './phases/shell.js';
import { applyWslconfig } from './phases/wslconfig.js';
import type { ProbeFacts } from './provision.js';
import { publishReport, reportDistros } from './report.js';
import { createSetupContext, MINUTE, type SetupContext, type SetupDeps } from './setup-context.js';

/**
 * The provisioning: the phases in order, each bounded; then outputs, the summary and the report. A failure is
 * reported (a `setup.failed` check) before it is thrown.
 */
export async function setup(inputs: SetupInputs, deps: SetupDeps, started = performance.now()): Promise<void> {
  const ctx = createSetupContext(inputs, deps);
  const failure = await provision(ctx).then(
    (done) => setOutputs(ctx, done),
    (error: unknown) => {
      ctx.check(failedCheck(error));
      return error;
    },
  );
  deps.io.info(`wsl.exe calls during setup: ${ctx.wsl.calls}`);
  deps.io.setOutput('duration-ms', String(Math.round(performance.now() - started)));
  if (inputs.report) {
    await publishReport(ctx.facts, { env: deps.env, matrix: inputs.matrix, io: deps.io, artifacts: deps.artifacts });
  }
  if (failure !== undefined) throw failure;
}

interface Provisioned {
  probe: ProbeFacts;
  cacheHit: boolean;
}

async function provision(ctx: SetupContext): Promise<Provisioned> {
  const found = await runPreflight(ctx);
  // Before anything can start this job's VM: WSL reads .wslconfig only when it creates the VM.
  await applyWslconfig(ctx, found.listed);
  const wsl = await runPlatform(ctx, found);
  const cache = new ProvisionCache(ctx, found, wsl);
  await cache.restore(found);
  const plan = await runInstall(ctx, found, cache);
  const configured = await runConfigure(ctx, found, cache.hit);
  const probe = await runPackages(ctx, configured.probe, cache.hit);
  await cache.save(plan);
  cache.record();
  await runDocker(ctx);
  installShell(ctx, { ...configured, probe });
  return { probe, cacheHit: cache.hit };
}

function setOutputs(ctx: SetupContext, { probe, cacheHit }: Provisioned): undefined {
  const { inputs, io } = ctx;
  ctx.facts.distros = reportDistros(inputs, probe);
  io.setOutput('distribution', inputs.distribution);
  io.setOutput('wsl-version', String(probe.wslGeneration ?? inputs.wslVersion));
  io.setOutput('kernel-version', probe.kernelRelease ?? '');
  io.setOutput('shell', 'wsl-bash {0}');
  io.setOutput('wsl-ip', probe.ip ?? '');
  io.setOutput('cache-hit', String(cacheHit));
  return undefined;
}

function failedCheck(error: unknown): Parameters<SetupContext['check']>[0] {
  return {
    id: 'setup.failed',
    area: 'setup',
    title: 'setup-wsl2 finished',
    status: 'fail',
    summary: (error instanceof Error ? error.message : String(error)).slice(0, 2000),
    ...(error instanceof PreflightError ? { remediation: error.remediation } : {}),
  };
}

/**
 * The real world of a runner: process env, Node's runner, the kit's cache and artifact clients; `bundle` is the
 * committed action bundle the `wsl-bash` wrappers start when the small shell bundle is missing.
 */
export function runnerDeps(io: ActionIo, bundle: string): SetupDeps {
  const env = process.env;
  const backoff = Number(env.WSL_READY_BACKOFF_MS);
  const backoffMs = Number.isFinite(backoff) && backoff >= 0 ? backoff : 15_000;
  // Service calls retry on their own, faster than a WSL update: the kit's 1 s unless the hook asks for less.
  const retry = { baseDelayMs: Math.min(backoffMs, 1_000) };
  const debug = (message: string) => io.debug(message);
  return {
    io,
    env,
    platform: process.platform,
    arch: env.RUNNER_ARCH || process.arch,
    ...(process.platform === 'win32' ? { windowsRelease: release() } : {}),
    runner: new NodeCommandRunner({ defaultTimeoutMs: 2 * MINUTE }),
    cache: selectCacheStore(env, { retry, debug }),
    artifacts: createArtifactClient({ env, retry, debug }),
    node: process.execPath,
    bundle,
    backoffMs,
  };
}
