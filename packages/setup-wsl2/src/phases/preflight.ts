// Preflight and probe: dead ends found from the environment alone, then which WSL answers and what is installed.
import { existsSync } from 'node:fs';
import type { EnvRecord } from '@wsl-ready/core';
import {
  cannotRunWsl2,
  type DeadEnd,
  type DistroEntry,
  findDeadEnds,
  parseListVerbose,
  parseVersion,
  splitWindowsVersion,
  WslCommandError,
  wslListVerboseArgs,
  wslVersionArgs,
} from '@wsl-ready/core';
import {
  type CatalogueArch,
  type CatalogueFile,
  catalogueArch,
  findCatalogueFile,
  loadCatalogue,
} from '../catalogue/index.js';
import { PreflightError } from '../errors.js';
import type { SetupInputs } from '../inputs.js';
import type { PhaseContext } from '../phase-runner.js';
import type { WslProbe } from '../plan.js';
import { reportWsl } from '../report.js';
import { MINUTE, type SetupContext } from '../setup-context.js';
import type { WslClient } from '../wsl.js';

/** What the preflight found: the machine's WSL, its distributions, and the catalogue entry to install. */
export interface Preflight {
  arch: CatalogueArch;
  pinned: { file: CatalogueFile } | undefined;
  wsl: WslProbe;
  listed: DistroEntry[];
  /** The distribution as `wsl -l -v` lists it, when it is installed already. */
  existing: DistroEntry | undefined;
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
export function preflight(env: EnvRecord, arch: string): void {
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

/** `wsl --version`: the package's facts, the inbox wsl.exe, or no WSL at all. */
export async function probeWsl(wsl: WslClient, ctx: PhaseContext): Promise<WslProbe> {
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

/** Puts what `wsl --version` said into the report (also when a later phase fails). */
export function recordWsl(setup: SetupContext, probe: WslProbe): void {
  setup.facts.wsl = reportWsl(probe, setup.inputs);
  if (probe.info?.windowsVersion) setup.facts.windowsBuild = probe.info.windowsVersion;
}

/** The `probe` phase, preceded by the checks that need no process: throws a PreflightError at any dead end. */
export async function runPreflight(setup: SetupContext): Promise<Preflight> {
  const { inputs, deps, env } = setup;
  preflight(env, deps.arch);
  checkWsl2Build(inputs, deps.windowsRelease, deps.arch);
  if (deps.platform === 'win32' && !existsSync(setup.wslFile)) {
    throw new PreflightError(
      `WSL is not available: ${setup.wslFile} does not exist.`,
      'Enable the "Windows Subsystem for Linux" optional component, or use a windows-2022 / windows-2025 runner.',
    );
  }
  const arch = catalogueArch(deps.arch);
  if (!arch)
    throw new PreflightError(
      `The runner architecture ${deps.arch} has no WSL distributions.`,
      'Use an x64 or Arm64 Windows runner.',
    );
  const pinned = inputs.source ? undefined : findCatalogueFile(loadCatalogue(env), inputs.distribution, arch);

  const { wsl, listed } = await setup.phases.run('probe', { timeoutMs: 2 * MINUTE }, async (ctx) => {
    const wsl = await probeWsl(setup.wsl, ctx);
    recordWsl(setup, wsl);
    checkWsl2Build(inputs, wsl.info?.windowsVersion, deps.arch);
    if (wsl.kind === 'absent') {
      throw new PreflightError(
        'WSL is not enabled on this machine (the "Windows Subsystem for Linux" optional component is missing).',
        'Run `wsl --install --no-distribution` as an administrator and reboot, or use a windows-2022 / windows-2025 runner.',
      );
    }
    const answer = await setup.wsl.attempt(ctx, { args: wslListVerboseArgs() });
    return { wsl, listed: parseListVerbose(answer.stdout).value.distros };
  });
  setup.check({
    id: 'setup.preflight',
    area: 'setup',
    title: 'Runner can use WSL',
    status: 'pass',
    summary: `WSL answers (${wsl.kind === 'store' ? `WSL ${wsl.info?.wslVersion}` : 'inbox WSL'}).`,
  });
  const existing = listed.find((d) => d.name.toLowerCase() === inputs.distribution.toLowerCase());
  return { arch, pinned, wsl, listed, existing };
}
