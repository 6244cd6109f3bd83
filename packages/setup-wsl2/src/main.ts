import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, release, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as core from '@actions/core';
import {
  type ArtifactClient,
  createArtifactClient,
  publishReportArtifact,
  writeJobSummary,
} from '@wsl-ready/actions-kit';
import {
  type CommandRunner,
  type ConfigPatch,
  cannotRunWsl2,
  type DeadEnd,
  findDeadEnds,
  isWindowsHost,
  mergeConfig,
  NodeCommandRunner,
  parseConfigPatch,
  parseListVerbose,
  parseVersion,
  type ReportCheck,
  type ReportDistro,
  type ReportWsl,
  reportOsRelease,
  resolveWslExecutable,
  retry,
  splitWindowsVersion,
  WslCommandError,
  WslReadyError,
  wslExecArgs,
  wslExportArgs,
  wslListVerboseArgs,
  wslSetDefaultArgs,
  wslSetVersionArgs,
  wslShutdownArgs,
  wslTerminateArgs,
  wslUpdateArgs,
  wslVersionArgs,
} from '@wsl-ready/core';
import { type CacheStore, selectCacheStore } from './cache.js';
import { catalogueArch, findCatalogueFile, loadCatalogue, pinnedWslPackage } from './catalogue/index.js';
import { downloadVerified, sha256OfFile } from './download.js';
import { DownloadError, PreflightError, ProvisionError } from './errors.js';
import { createHostPaths } from './host-paths.js';
import { parseInputs, type SetupInputs } from './inputs.js';
import { type PhaseContext, PhaseRunner } from './phases.js';
import { cacheKey, planInstall, planPlatform, type WslKind } from './plan.js';
import {
  CONFIGURE_SCRIPT,
  DOCKER_START_SCRIPT,
  PACKAGES_SCRIPT,
  PROBE_SCRIPT,
  type ProbeFacts,
  parseProbe,
  scriptCommand,
} from './provision.js';
import { buildReport, renderSummary, type SetupFacts } from './report.js';
import { environmentBaseline, writeWrappers } from './shell/wrapper.js';
import { WslClient } from './wsl.js';

type Env = Readonly<Record<string, string | undefined>>;

/** Everything the setup reaches outside itself, injected so tests and the kit can supply their own. */
export interface SetupDeps {
  env: Env;
  platform: NodeJS.Platform;
  arch: string;
  /** `os.release()` on Windows (`10.0.26100`): the build, known before any process starts. */
  windowsRelease?: string;
  runner: CommandRunner;
  /** Where provisioned distributions are kept (used when the `cache` input is true). */
  cache?: CacheStore;
  /** Uploads the report artifact (the kit's artifact client); absent = write the file only. */
  artifacts?: Pick<ArtifactClient, 'uploadFile' | 'unavailableReason'>;
  /** Node binary and bundle the `wsl-bash` wrappers start. */
  node: string;
  bundle: string;
  /** First back-off delay of retried downloads and updates (tests shorten it). */
  backoffMs: number;
}

const MINUTE = 60_000;

export const STATE_SHUTDOWN = 'shutdownVm';

/** The main step (routed by the kit's runAction, which turns a throw into the one failure annotation). */
export async function main(): Promise<void> {
  const started = performance.now();
  const inputs = parseInputs((name) => core.getInput(name));
  if (!isWindowsHost(process.env)) {
    core.notice(`setup-wsl2 does nothing on ${process.platform}: WSL exists only on Windows runners.`);
    core.setOutput('distribution', '');
    core.setOutput('duration-ms', String(Math.round(performance.now() - started)));
    return;
  }
  const env = process.env;
  const backoff = Number(env.WSL_READY_BACKOFF_MS);
  const backoffMs = Number.isFinite(backoff) && backoff >= 0 ? backoff : 15_000;
  // Service calls retry on their own, faster than a WSL update: the kit's 1 s unless the hook asks for less.
  const retry = { baseDelayMs: Math.min(backoffMs, 1_000) };
  await setup(
    inputs,
    {
      env,
      platform: process.platform,
      arch: env.RUNNER_ARCH || process.arch,
      ...(process.platform === 'win32' ? { windowsRelease: release() } : {}),
      runner: new NodeCommandRunner({ defaultTimeoutMs: 2 * MINUTE }),
      cache: selectCacheStore(env, { retry, debug: core.debug }),
      artifacts: createArtifactClient({ env, retry, debug: core.debug }),
      node: process.execPath,
      bundle: fileURLToPath(import.meta.url),
      backoffMs,
    },
    started,
  );
}

/** The remediation for a dead end the core's runner facts found: what to change in the workflow or the runner. */
function deadEndError(end: DeadEnd): PreflightError {
  switch (end.kind) {
    case 'hosted-arm64':
      return new PreflightError(
        `WSL cannot run on GitHub's hosted Arm64 Windows runners (windows-11-arm). ${end.detail}`,
        'Run this job on windows-2025 or windows-2022 (x64), or on a self-hosted Arm64 machine with virtualization enabled.',
      );
    case 'service-account':
      return new PreflightError(
        `The runner runs as a service account. ${end.detail}`,
        'Run the self-hosted runner service as a normal user account (the one that uses WSL), or run the runner interactively (run.cmd).',
      );
    case 'azure-devops-hosted':
      return new PreflightError(
        end.detail,
        'Use a self-hosted agent on a machine with virtualization, or a GitHub-hosted windows-2025 runner.',
      );
  }
}

/** Dead ends found from the environment alone (the core's rules), before any process starts. */
export function preflight(env: Env, arch: string): void {
  const [end] = findDeadEnds(env, arch.toLowerCase());
  if (end) throw deadEndError(end);
}

/** WSL 2 on a build that can never run it: fail before installing anything, with the way out. */
function checkWsl2Build(inputs: SetupInputs, version: string | null | undefined, arch: string): void {
  if (inputs.wslVersion !== 2) return;
  const parts = splitWindowsVersion(version);
  if (!parts || !cannotRunWsl2(parts.build, parts.ubr, arch.toLowerCase())) return;
  throw new PreflightError(
    `Windows build ${version?.trim()} cannot run WSL 2, which needs build 19041 (version 2004) or later (18362/18363 with update revision 1049 or later).`,
    'Use `wsl-version: 1` on this machine, update Windows, or run the job on windows-2025 or windows-2022.',
  );
}

interface WslProbe {
  kind: WslKind;
  info: ReturnType<typeof parseVersion>['value'] | null;
}

async function probeWsl(wsl: WslClient, ctx: PhaseContext): Promise<WslProbe> {
  const answer = await wsl.attempt(ctx, { args: wslVersionArgs() });
  const parsed = parseVersion(answer.stdout);
  if (answer.result.exitCode === 0 && parsed.value.wslVersion) return { kind: 'store', info: parsed.value };
  if (parsed.value.inbox) return { kind: 'inbox', info: null };
  const failure = wsl.failure(wslVersionArgs(), answer);
  if (failure instanceof WslCommandError && failure.details.symbol === 'WSL_E_WSL_OPTIONAL_COMPONENT_REQUIRED') {
    return { kind: 'absent', info: null };
  }
  throw failure;
}

function windowsPathFor(paths: ReturnType<typeof createHostPaths>, hostPath: string, what: string): string {
  return paths.requireWindows(hostPath, what);
}

/** The provisioning itself: phases, each bounded, then outputs, wrappers, summary and report. */
export async function setup(inputs: SetupInputs, deps: SetupDeps, started = performance.now()): Promise<void> {
  const { env } = deps;
  const phases = new PhaseRunner({ startGroup: core.startGroup, endGroup: core.endGroup, info: core.info });
  const wslChoice = resolveWslExecutable(env, deps.platform);
  if (!wslChoice) throw new PreflightError('No wsl executable was found.', 'Run this action on a Windows runner.');
  const wsl = new WslClient(deps.runner, wslChoice.file);
  const timeout = (phase: keyof SetupInputs['timeoutMinutes']) => inputs.timeoutMinutes[phase] * MINUTE;
  const facts: SetupFacts = { arch: deps.arch, distros: [], checks: [], phases: phases.records, warnings: [] };
  const check = (c: Omit<ReportCheck, 'durationMs'> & { durationMs?: number }) =>
    facts.checks.push({ durationMs: 0, ...c } as ReportCheck);
  const paths = createHostPaths(env, deps.platform);
  const temp = join(env.RUNNER_TEMP || tmpdir(), 'wsl-ready');
  mkdirSync(temp, { recursive: true });
  let cacheHit = false;
  // The cache: the injected store, when the input asks for it and the store can work here. A cache problem is a
  // warning and a `warn` check, never a failed job.
  let cache = inputs.cache ? deps.cache : undefined;
  let cacheStatus: 'pass' | 'warn' | 'skip' = cache ? 'pass' : 'skip';
  let cacheNote = inputs.cache ? 'No cache store is available to this build.' : 'Turned off (cache: false).';
  let cacheFailed = false;
  let probe: ProbeFacts | undefined;
  let wslInfo: WslProbe | undefined;
  let failure: unknown;

  try {
    preflight(env, deps.arch);
    checkWsl2Build(inputs, deps.windowsRelease, deps.arch);
    if (deps.platform === 'win32' && !existsSync(wslChoice.file)) {
      throw new PreflightError(
        `WSL is not available: ${wslChoice.file} does not exist.`,
        'Enable the "Windows Subsystem for Linux" optional component, or use a windows-2022 / windows-2025 runner.',
      );
    }
    const arch = catalogueArch(deps.arch);
    if (!arch)
      throw new PreflightError(
        `The runner architecture ${deps.arch} has no WSL distributions.`,
        'Use an x64 or Arm64 Windows runner.',
      );
    const catalogue = loadCatalogue(env);
    const pinned = inputs.source ? undefined : findCatalogueFile(catalogue, inputs.distribution, arch);

    // Probe: which WSL answers, and which distributions exist.
    const listed = await phases.run('probe', { timeoutMs: 2 * MINUTE }, async (ctx) => {
      wslInfo = await probeWsl(wsl, ctx);
      checkWsl2Build(inputs, wslInfo.info?.windowsVersion, deps.arch);
      if (wslInfo.kind === 'absent') {
        throw new PreflightError(
          'WSL is not enabled on this machine (the "Windows Subsystem for Linux" optional component is missing).',
          'Run `wsl --install --no-distribution` as an administrator and reboot, or use a windows-2022 / windows-2025 runner.',
        );
      }
      const answer = await wsl.attempt(ctx, { args: wslListVerboseArgs() });
      return parseListVerbose(answer.stdout).value.distros;
    });
    check({
      id: 'setup.preflight',
      area: 'setup',
      title: 'Runner can use WSL',
      status: 'pass',
      summary: `WSL answers (${wslInfo?.kind === 'store' ? `WSL ${wslInfo.info?.wslVersion}` : 'inbox WSL'}).`,
    });

    // Platform: install or update the WSL package only when needed.
    const wslPackage = pinnedWslPackage(arch);
    const platformPlan = planPlatform({
      kind: wslInfo!.kind,
      version: wslInfo!.info?.wslVersion ?? null,
      inputs,
      needsInstallCommand: !pinned && !inputs.source,
      msiVersion: wslPackage?.version,
      canRunMsi: deps.platform === 'win32',
    });
    if (platformPlan.action === 'update') {
      await phases.run(
        'platform-update',
        { timeoutMs: timeout('platform-update'), inputKey: 'platform-update' },
        async (ctx) => {
          core.info(`Updating WSL: ${platformPlan.reason}.`);
          let done = false;
          for (const strategy of platformPlan.strategies) {
            try {
              if (strategy === 'msi' && wslPackage) await installMsi(deps, ctx, wslPackage.file, temp);
              else await webUpdate(wsl, ctx, deps.backoffMs);
              done = true;
              break;
            } catch (error) {
              if (ctx.signal.aborted) throw error;
              core.warning(`WSL update by ${strategy} failed: ${(error as Error).message}`);
            }
          }
          if (!done)
            throw new WslReadyError(
              'platform-update',
              'WSL could not be updated by any method. Retry the job; on self-hosted runners run `wsl --update` once by hand.',
            );
          wslInfo = await probeWsl(wsl, ctx);
          if (wslInfo.kind !== 'store')
            throw new WslReadyError(
              'platform-update',
              'WSL still reports the inbox version after the update. A reboot may be pending: retry on a fresh runner.',
            );
        },
      );
      check({
        id: 'setup.platform',
        area: 'setup',
        title: 'WSL package',
        status: 'pass',
        summary: `Updated to WSL ${wslInfo?.info?.wslVersion} (${platformPlan.reason}).`,
      });
    } else {
      phases.skip('platform-update', 'WSL is recent enough');
    }

    // Install (or reuse) the distribution: from the cache, the pinned catalogue, a source file, or the online list.
    const existing = listed.find((d) => d.name.toLowerCase() === inputs.distribution.toLowerCase());
    const installRoot = join(
      env.LOCALAPPDATA || env.RUNNER_TEMP || tmpdir(),
      'wsl-ready',
      'distros',
      inputs.distribution,
    );
    const downloadHost = join(temp, `${inputs.distribution}.download`);
    const cacheTarHost = join(temp, `${inputs.distribution}.cache.tar`);
    const key = cacheKey({
      inputs,
      arch,
      imageFile: inputs.source?.sha256 ?? pinned?.file.sha256 ?? `online:${inputs.distribution}`,
    });
    if (!existing && cache?.unavailableReason) {
      const why = `The provisioned distribution is not cached: ${cache.unavailableReason} On self-hosted runners, set WSL_READY_CACHE_DIR to a folder that outlives jobs; or set cache: false.`;
      core.warning(why);
      // Not a readiness problem of the machine (the verdict stays as it is): the check is skipped, the log warns.
      [cache, cacheStatus, cacheNote] = [undefined, 'skip', why];
    }
    if (!existing && cache) {
      const store = cache;
      try {
        cacheHit = await phases.run(
          'cache-restore',
          { timeoutMs: timeout('download'), inputKey: 'download' },
          async (ctx) => {
            const outcome = await store.restore(key, cacheTarHost, ctx.signal);
            if (outcome.hit) {
              core.info(`Cache hit: ${key} (${store.description}${sizeText(outcome.sizeBytes, outcome.storedBytes)}).`);
              ctx.markCached();
              return true;
            }
            if (outcome.level === 'warning') core.warning(outcome.message);
            else core.info(`Cache miss: ${key}. ${outcome.message}`);
            if (outcome.failed) [cacheFailed, cacheStatus, cacheNote] = [true, 'warn', outcome.message];
            return false;
          },
        );
      } catch (error) {
        // A stuck or broken cache costs the job its time bound, not its result.
        core.warning(`Cache not restored: ${(error as Error).message}`);
        [cacheFailed, cacheStatus, cacheNote] = [true, 'warn', `Cache not restored: ${(error as Error).message}`];
        rmSync(cacheTarHost, { force: true });
      }
      if (cacheHit) cacheNote = `Hit: ${key} (${store.description}).`;
    }
    const plan = planInstall({
      inputs,
      alreadyInstalled: Boolean(existing),
      ...(cacheHit ? { cacheFile: windowsPathFor(paths, cacheTarHost, 'cache file') } : {}),
      ...(pinned ? { catalogueFile: pinned.file } : {}),
      installLocation: windowsPathFor(paths, installRoot, 'install location'),
      downloadFile: windowsPathFor(paths, downloadHost, 'download file'),
      ...(inputs.source?.kind === 'path'
        ? { sourceFile: windowsPathFor(paths, inputs.source.location, 'source') }
        : {}),
    });
    if (plan.method === 'import') {
      await phases.run('download', { timeoutMs: timeout('download'), inputKey: 'download' }, async (ctx) => {
        const result = await downloadVerified({
          urls: plan.urls,
          sha256: plan.sha256,
          ...(plan.sizeBytes !== undefined ? { sizeBytes: plan.sizeBytes } : {}),
          dest: downloadHost,
          signal: ctx.signal,
          baseDelayMs: deps.backoffMs,
          log: core.info,
        });
        core.info(`Downloaded ${result.bytes} bytes from ${result.url}; SHA-256 verified.`);
      });
    } else if (plan.method === 'import-file') {
      await phases.run('download', { timeoutMs: timeout('download'), inputKey: 'download' }, async () => {
        const sha = await sha256OfFile(plan.path);
        if (sha !== plan.sha256)
          throw new DownloadError(
            `The source file ${plan.path} has SHA-256 ${sha}, not ${plan.sha256} from source-sha256.`,
          );
        core.info(`Source file ${plan.path}: SHA-256 verified.`);
      });
    } else {
      phases.skip(
        'download',
        plan.method === 'cache'
          ? 'restored from the cache'
          : plan.method === 'existing'
            ? 'already installed'
            : 'wsl.exe downloads it',
        plan.method === 'cache' ? 'cached' : 'skipped',
      );
    }
    if (plan.method === 'existing') {
      if (existing && existing.version !== inputs.wslVersion) {
        await phases.run('install', { timeoutMs: timeout('install'), inputKey: 'install' }, async (ctx) => {
          core.info(`${inputs.distribution} is WSL ${existing.version}; converting to WSL ${inputs.wslVersion}.`);
          await wsl.run(ctx, { args: wslSetVersionArgs(inputs.distribution, inputs.wslVersion) });
        });
      } else {
        phases.skip('install', `${inputs.distribution} is already installed`);
      }
    } else {
      await phases.run('install', { timeoutMs: timeout('install'), inputKey: 'install' }, async (ctx) => {
        mkdirSync(installRoot, { recursive: true });
        await wsl.run(ctx, { args: plan.args });
        if (plan.method === 'cache') ctx.markCached();
      });
      rmSync(downloadHost, { force: true });
      rmSync(cacheTarHost, { force: true });
    }
    check({
      id: 'setup.distribution',
      area: 'setup',
      title: 'Distribution installed',
      status: 'pass',
      summary: `${inputs.distribution} (WSL ${inputs.wslVersion}) ${{ existing: 'was already installed', cache: 'was imported from the cache', import: 'was downloaded (SHA-256 verified) and imported', 'import-file': 'was imported from the source file (SHA-256 verified)', 'web-install': 'was installed by wsl --install --web-download' }[plan.method]}.`,
    });

    // Configure: one probe call, then one call that writes wsl.conf and creates the user, only if needed.
    let confChanged = false;
    let automountRoot = '/mnt/';
    await phases.run('configure', { timeoutMs: 5 * MINUTE }, async (ctx) => {
      const asRoot = (command: string[], input?: string) =>
        wsl.run(ctx, {
          args: wslExecArgs({ distribution: inputs.distribution, user: 'root', command }).args,
          ...(input !== undefined ? { input } : {}),
        });
      probe = parseProbe((await asRoot(scriptCommand(PROBE_SCRIPT, [inputs.user]))).stdout);
      const patch: ConfigPatch = structuredClone(inputs.wslConf);
      if (inputs.user !== 'root' && patch.user?.default === undefined)
        patch.user = { ...patch.user, default: inputs.user };
      const merged = mergeConfig(probe.wslConf, patch, { kind: 'wslconf' });
      for (const warning of merged.warnings) core.warning(`wsl.conf: ${warning}`);
      confChanged = merged.changed;
      const root = parseConfigPatch(merged.text, { kind: 'wslconf' }).patch.automount?.root;
      if (typeof root === 'string' && root.trim()) automountRoot = root.trim();
      const needUser = inputs.user !== 'root' && (!probe.userExists || !cacheHit);
      if (confChanged || needUser) {
        const text = merged.text.endsWith('\n') || merged.text === '' ? merged.text : `${merged.text}\n`;
        await asRoot(
          scriptCommand(CONFIGURE_SCRIPT, [inputs.user, confChanged ? '1' : '0', inputs.docker ? '1' : '0']),
          confChanged ? text : '',
        );
        core.info(
          `wsl.conf: ${
            merged.changes
              .filter((c) => c.action !== 'unchanged')
              .map((c) => `${c.section}.${c.key} ${c.action}`)
              .join(', ') || 'unchanged'
          }.`,
        );
      }
      mergeWslconfig(inputs, env);
      if (confChanged) await wsl.run(ctx, { args: wslTerminateArgs(inputs.distribution) });
      const currentDefault = listed.find((d) => d.default)?.name;
      if (
        inputs.setAsDefault &&
        currentDefault?.toLowerCase() !== inputs.distribution.toLowerCase() &&
        (existing || listed.length > 0)
      ) {
        await wsl.run(ctx, { args: wslSetDefaultArgs(inputs.distribution) });
      }
    });

    // Packages: index refresh, upgrade, extra packages, Docker; baked into the cached image.
    const needBash = probe && !probe.bash && probe.packageManager === 'apk';
    const wantsPackages = inputs.packages.length > 0 || inputs.update || inputs.docker || needBash;
    if (wantsPackages && !cacheHit) {
      await phases.run('packages', { timeoutMs: timeout('packages'), inputKey: 'packages' }, async (ctx) => {
        const args = wslExecArgs({
          distribution: inputs.distribution,
          user: 'root',
          command: scriptCommand(PACKAGES_SCRIPT, [
            inputs.docker ? '1' : '0',
            inputs.update ? '1' : '0',
            ...inputs.packages,
          ]),
        }).args;
        const answer = await wsl.attempt(ctx, { args });
        process.stdout.write(answer.stdout);
        if (answer.result.exitCode !== 0) {
          throw new ProvisionError(
            `Installing packages failed with exit code ${answer.result.exitCode}:\n${answer.stderr.trim().split('\n').slice(-10).join('\n')}\nCheck the package names for this distribution, or raise timeout-minutes packages=<minutes> if the mirror is slow.`,
          );
        }
      });
      if (needBash && probe) probe.bash = '/bin/bash';
    } else {
      phases.skip(
        'packages',
        cacheHit ? 'baked into the cached image' : 'nothing to install',
        cacheHit ? 'cached' : 'skipped',
      );
    }

    // Cache save: the provisioned distribution, exported after packages and config and before any later step of
    // the job can change it, then compressed and uploaded at once (the tar leaves the runner's disk in the same phase).
    if (cache && !cacheHit && plan.method !== 'existing') {
      const store = cache;
      if (cacheFailed) {
        phases.skip('cache-save', 'the cache failed on restore, so a save would fail too');
      } else {
        try {
          await phases.run('cache-save', { timeoutMs: timeout('install'), inputKey: 'install' }, async (ctx) => {
            await wsl.run(ctx, {
              args: wslExportArgs({
                distribution: inputs.distribution,
                file: windowsPathFor(paths, cacheTarHost, 'cache file'),
              }),
            });
            const outcome = await store.save(key, cacheTarHost, ctx.signal);
            if (outcome.saved) {
              core.info(`Saved ${key} (${store.description}${sizeText(outcome.sizeBytes, outcome.storedBytes)}).`);
              cacheNote = `Miss: ${key}; saved for the next run (${store.description}).`;
              return;
            }
            if (outcome.level === 'warning') {
              core.warning(outcome.message);
              cacheStatus = 'warn';
            } else core.info(outcome.message);
            cacheNote = `Miss: ${key}. ${outcome.message}`;
          });
        } catch (error) {
          const why = `The provisioned distribution was not cached: ${(error as Error).message}`;
          core.warning(why);
          [cacheStatus, cacheNote] = ['warn', why];
        } finally {
          rmSync(cacheTarHost, { force: true });
        }
      }
    } else if (cache && plan.method === 'existing') {
      [cacheStatus, cacheNote] = ['skip', `${inputs.distribution} was already installed; nothing to restore or save.`];
    }
    check({
      id: 'setup.cache',
      area: 'setup',
      title: 'Provisioned distribution cache',
      status: cacheStatus,
      summary: cacheNote,
    });

    // Docker: start the engine detached; the VM stays up (vmIdleTimeout=-1) until the post step shuts it down.
    if (inputs.docker) {
      await phases.run('docker', { timeoutMs: 5 * MINUTE }, async (ctx) => {
        await wsl.run(ctx, {
          args: wslExecArgs({
            distribution: inputs.distribution,
            user: 'root',
            command: scriptCommand(DOCKER_START_SCRIPT, []),
          }).args,
        });
      });
      core.saveState(STATE_SHUTDOWN, 'true');
      core.setOutput('docker-host', 'tcp://127.0.0.1:2375');
    }

    // The wsl-bash shell: wrappers on PATH, one wsl.exe per step.
    const shell = probe?.bash ? [probe.bash, '--noprofile', '--norc', '-euo', 'pipefail'] : ['/bin/sh', '-eu'];
    if (!probe?.bash)
      core.warning(`${inputs.distribution} has no bash: wsl-bash steps run /bin/sh -eu instead. Add bash to packages.`);
    const binDir = join(temp, 'bin');
    writeWrappers({
      dir: binDir,
      node: deps.node,
      bundle: deps.bundle,
      windows: deps.platform === 'win32',
      config: {
        wsl: wslChoice.file,
        distribution: inputs.distribution,
        user: inputs.user,
        shell,
        automountRoot,
        envPassthrough: inputs.envPassthrough,
        baseline: environmentBaseline(env),
        ...(deps.platform !== 'win32' && env.WSL_READY_MNT_ROOT ? { mntRoot: env.WSL_READY_MNT_ROOT } : {}),
      },
    });
    core.addPath(binDir);
    check({
      id: 'setup.shell',
      area: 'setup',
      title: 'wsl-bash shell',
      status: 'pass',
      summary: `\`shell: wsl-bash {0}\` and \`wsl-bash-${inputs.distribution} {0}\` run as ${inputs.user} with ${shell.join(' ')}.`,
    });

    core.setOutput('distribution', inputs.distribution);
    core.setOutput('wsl-version', String(probe?.wslGeneration ?? inputs.wslVersion));
    core.setOutput('kernel-version', probe?.kernelRelease ?? '');
    core.setOutput('shell', 'wsl-bash {0}');
    core.setOutput('wsl-ip', probe?.ip ?? '');
    core.setOutput('cache-hit', String(cacheHit));
  } catch (error) {
    failure = error;
    check({
      id: 'setup.failed',
      area: 'setup',
      title: 'setup-wsl2 finished',
      status: 'fail',
      summary: (error instanceof Error ? error.message : String(error)).slice(0, 2000),
      ...(error instanceof PreflightError ? { remediation: error.remediation } : {}),
    });
  }

  core.info(`wsl.exe calls during setup: ${wsl.calls}`);
  const durationMs = Math.round(performance.now() - started);
  core.setOutput('duration-ms', String(durationMs));
  const wslFacts = reportWsl(wslInfo, inputs);
  if (wslFacts) facts.wsl = wslFacts;
  facts.distros = reportDistros(inputs, probe, failure === undefined);
  if (wslInfo?.info?.windowsVersion) facts.windowsBuild = wslInfo.info.windowsVersion;
  if (inputs.report) await writeReport(facts, inputs, deps);
  if (failure) throw failure;
}

function reportWsl(probe: WslProbe | undefined, inputs: SetupInputs): ReportWsl | undefined {
  if (!probe) return undefined;
  return {
    installed: probe.kind !== 'absent',
    kind: probe.kind === 'absent' ? null : probe.kind,
    version: probe.info?.wslVersion ?? null,
    kernelVersion: probe.info?.kernelVersion ?? null,
    wslgVersion: probe.info?.wslgVersion ?? null,
    defaultDistribution: inputs.setAsDefault ? inputs.distribution : null,
    defaultVersion: null,
  };
}

function reportDistros(inputs: SetupInputs, probe: ProbeFacts | undefined, ok: boolean): ReportDistro[] {
  if (!ok || !probe) return [];
  const os = probe.osRelease;
  return [
    {
      name: inputs.distribution,
      state: 'Running',
      version: probe.wslGeneration ?? inputs.wslVersion,
      default: inputs.setAsDefault,
      ...(os ? { osRelease: reportOsRelease(os) } : {}),
    },
  ];
}

/** Report v1 file, job summary and artifact (the kit's): none of them can fail the job, only warn. */
async function writeReport(facts: SetupFacts, inputs: SetupInputs, deps: SetupDeps): Promise<void> {
  try {
    const report = buildReport(facts, deps.env, inputs.matrix);
    const written = await publishReportArtifact(report, {
      env: deps.env,
      matrix: inputs.matrix,
      ...(deps.artifacts ? { artifacts: deps.artifacts } : {}),
      io: core,
    });
    core.setOutput('report-path', written.path);
    const summary = await writeJobSummary(renderSummary(report, deps.env), deps.env);
    if (summary.truncated) core.info('The job summary was shortened to fit the 1 MiB limit; the artifact has it all.');
  } catch (error) {
    core.warning(`The readiness report could not be written: ${(error as Error).message}`);
  }
}

function sizeText(bytes: number | undefined, storedBytes?: number): string {
  const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  if (bytes === undefined) return '';
  return storedBytes === undefined ? `, ${mib(bytes)}` : `, ${mib(bytes)} tar, ${mib(storedBytes)} compressed`;
}

/** `wslconfig` input and Docker's keep-alive, merged key by key into %USERPROFILE%\.wslconfig (LF endings). */
function mergeWslconfig(inputs: SetupInputs, env: Env): void {
  const patch: ConfigPatch = structuredClone(inputs.wslconfig);
  if (inputs.docker) {
    patch.wsl2 = { vmIdleTimeout: -1, ...patch.wsl2 };
    patch.general = { instanceIdleTimeout: -1, ...patch.general };
  }
  if (Object.keys(patch).length === 0) return;
  const file = join(env.USERPROFILE || homedir(), '.wslconfig');
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const merged = mergeConfig(before, patch, { kind: 'wslconfig' });
  if (!merged.changed) return;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, merged.text.replace(/\r\n/g, '\n'));
  core.info(
    `.wslconfig: ${merged.changes
      .filter((c) => c.action !== 'unchanged')
      .map((c) => `${c.section}.${c.key} ${c.action}`)
      .join(', ')} (applies when the WSL VM next starts).`,
  );
}

async function installMsi(
  deps: SetupDeps,
  ctx: PhaseContext,
  file: { url: string; sha256: string; sizeBytes?: number; mirrors?: string[] },
  temp: string,
): Promise<void> {
  const msi = join(temp, 'wsl.msi');
  await downloadVerified({
    urls: [file.url, ...(file.mirrors ?? [])],
    sha256: file.sha256,
    ...(file.sizeBytes !== undefined ? { sizeBytes: file.sizeBytes } : {}),
    dest: msi,
    signal: ctx.signal,
    baseDelayMs: deps.backoffMs,
    log: core.info,
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

async function webUpdate(wsl: WslClient, ctx: PhaseContext, backoffMs: number): Promise<void> {
  await retry(
    async () => {
      await wsl.run(ctx, { args: wslUpdateArgs({ webDownload: true }) });
    },
    {
      attempts: 3,
      baseDelayMs: backoffMs,
      maxDelayMs: Math.max(backoffMs * 4, 1),
      shouldRetry: () => !ctx.signal.aborted,
      onRetry: (error, attempt, delay) =>
        core.info(
          `wsl --update attempt ${attempt} failed (${(error as Error).message.split('\n')[0]}); retrying in ${Math.round(delay / 1000)} s.`,
        ),
    },
  );
}

/** Post step: nothing destructive, except stopping the VM that `docker: true` kept alive. */
export async function post(): Promise<void> {
  if (core.getState(STATE_SHUTDOWN) !== 'true') return;
  const wslChoice = resolveWslExecutable(process.env, process.platform);
  if (!wslChoice) return;
  try {
    const result = await new NodeCommandRunner().run(wslChoice.file, wslShutdownArgs(), { timeoutMs: 2 * MINUTE });
    core.info(
      result.exitCode === 0
        ? 'Stopped the WSL VM that Docker kept running.'
        : `wsl --shutdown exited with ${result.exitCode}.`,
    );
  } catch (error) {
    core.warning(`Post step: ${(error as Error).message}`);
  }
}
