import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArtifactClient } from '@wsl-ready/actions-kit';
import type { EnvRecord } from '@wsl-ready/core';
import { type CommandRunner, type ReportCheck, resolveWslExecutable } from '@wsl-ready/core';
import type { ActionIo } from './action-io.js';
import type { CacheStore } from './cache.js';
import { PreflightError } from './errors.js';
import { createHostPaths, type HostPaths } from './host-paths.js';
import type { SetupInputs, TimedPhase } from './inputs.js';
import { PhaseRunner } from './phase-runner.js';
import type { SetupFacts } from './report.js';
import { WslClient } from './wsl.js';

export const MINUTE = 60_000;

/** Everything the setup reaches outside itself, injected so tests and the kit can supply their own. */
export interface SetupDeps {
  /** The runner's side of the action: inputs, outputs, log, PATH, state (`actionsCoreIo` in the bundle). */
  io: ActionIo;
  env: EnvRecord;
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

/** What every phase shares: the inputs, the injected world, the phase runner, wsl.exe, and the report's facts. */
export interface SetupContext {
  readonly inputs: SetupInputs;
  readonly deps: SetupDeps;
  readonly io: ActionIo;
  readonly env: EnvRecord;
  readonly phases: PhaseRunner;
  readonly wsl: WslClient;
  /** The wsl executable the wrappers call (the same one the setup called). */
  readonly wslFile: string;
  readonly paths: HostPaths;
  /** `$RUNNER_TEMP/wsl-ready`: downloads, the cache tar, the wrappers. */
  readonly temp: string;
  /** What the report says; phases add what they learn as they learn it, so a failure still reports it. */
  readonly facts: SetupFacts;
  /** The bound of a phase `timeout-minutes` sets, in milliseconds. */
  timeout(phase: TimedPhase): number;
  /** Adds a check to the report (duration 0 unless given). */
  check(check: Omit<ReportCheck, 'durationMs'> & { durationMs?: number }): void;
}

export function createSetupContext(inputs: SetupInputs, deps: SetupDeps): SetupContext {
  const { env, io } = deps;
  const phases = new PhaseRunner({
    startGroup: (name) => io.startGroup(name),
    endGroup: () => io.endGroup(),
    info: (message) => io.info(message),
  });
  const wslChoice = resolveWslExecutable(env, deps.platform);
  if (!wslChoice) throw new PreflightError('No wsl executable was found.', 'Run this action on a Windows runner.');
  const temp = join(env.RUNNER_TEMP || tmpdir(), 'wsl-ready');
  mkdirSync(temp, { recursive: true });
  const facts: SetupFacts = { arch: deps.arch, distros: [], checks: [], phases: phases.records, warnings: [] };
  return {
    inputs,
    deps,
    io,
    env,
    phases,
    wsl: new WslClient(deps.runner, wslChoice.file),
    wslFile: wslChoice.file,
    paths: createHostPaths(env, deps.platform),
    temp,
    facts,
    timeout: (phase) => inputs.timeoutMinutes[phase] * MINUTE,
    check: (check) => facts.checks.push({ durationMs: 0, ...check } as ReportCheck),
  };
}
