import type { EnvRecord } from '../env.js';
import { readEnv } from './env.js';

/** The variables the doctor reads about the runner and the account; the host probe snapshots the same list. */
export const RUNNER_ENV_NAMES = [
  'GITHUB_ACTIONS',
  'ImageOS',
  'ImageVersion',
  'RUNNER_ENVIRONMENT',
  'RUNNER_ARCH',
  'RUNNER_NAME',
  'RUNNER_OS',
  'TF_BUILD',
  'AGENT_NAME',
  'USERNAME',
  'USERDOMAIN',
  'USERPROFILE',
  'APPDATA',
  'LOCALAPPDATA',
  'PROCESSOR_ARCHITECTURE',
  'PROCESSOR_ARCHITEW6432',
] as const;

/** True in a GitHub Actions job (hosted or self-hosted). */
export function onActionsRunner(env: EnvRecord): boolean {
  return (
    readEnv(env, 'GITHUB_ACTIONS') === 'true' ||
    readEnv(env, 'RUNNER_NAME') !== undefined ||
    readEnv(env, 'ImageOS') !== undefined
  );
}

/** The runner as Report v1's `runner` section describes it. */
export interface RunnerFacts {
  imageOs: string | null;
  imageVersion: string | null;
  environment: string | null;
  arch: string;
  name: string;
  os?: string;
}

/**
 * Runner facts from `ImageOS`, `ImageVersion` and `RUNNER_*`; undefined outside Actions. Self-hosted runners can
 * set these to anything: each value is clipped to `maxLength` (the report's short-text bound) rather than failing
 * the report.
 */
export function readRunnerFacts(env: EnvRecord, maxLength: number): RunnerFacts | undefined {
  if (!onActionsRunner(env)) return undefined;
  const fact = (name: string) => readEnv(env, name)?.slice(0, maxLength) ?? null;
  const runner: RunnerFacts = {
    imageOs: fact('ImageOS'),
    imageVersion: fact('ImageVersion'),
    environment: fact('RUNNER_ENVIRONMENT'),
    arch: fact('RUNNER_ARCH') ?? '',
    name: fact('RUNNER_NAME') ?? '',
  };
  const os = fact('RUNNER_OS');
  if (os) runner.os = os;
  return runner;
}

export type ServiceAccount = 'LocalSystem' | 'NetworkService' | 'LocalService' | 'VirtualAccount' | 'MachineAccount';

/**
 * A runner installed as a Windows service runs as LocalSystem or NETWORK SERVICE by default. WSL distributions
 * are registered per user, so such an account sees none of them (Vampire/setup-wsl #43). Detected from the
 * account name and its profile folder, which are the same in every display language.
 */
export function detectServiceAccount(env: EnvRecord): ServiceAccount | null {
  const user = (readEnv(env, 'USERNAME') ?? '').toUpperCase();
  const profile = (readEnv(env, 'USERPROFILE') ?? '').replace(/\//g, '\\').toLowerCase();
  if (user === 'SYSTEM' || /\\system32\\config\\systemprofile$/.test(profile)) return 'LocalSystem';
  if (user === 'NETWORK SERVICE' || /\\serviceprofiles\\networkservice$/.test(profile)) return 'NetworkService';
  if (user === 'LOCAL SERVICE' || /\\serviceprofiles\\localservice$/.test(profile)) return 'LocalService';
  // A virtual account (`NT SERVICE\<service>`, what a runner service can be set to run as) keeps its profile in
  // %WINDIR%\ServiceProfiles\<service>, like the two built-in service accounts above.
  const domain = (readEnv(env, 'USERDOMAIN') ?? '').toUpperCase();
  if (domain === 'NT SERVICE' || /\\serviceprofiles\\[^\\]+$/.test(profile)) return 'VirtualAccount';
  // NETWORK SERVICE acts on the network as the computer account, `<COMPUTERNAME>$`.
  if (/^\S+\$$/.test(user)) return 'MachineAccount';
  return null;
}

export type DeadEnd =
  | { kind: 'hosted-arm64'; detail: string }
  | { kind: 'service-account'; account: ServiceAccount; detail: string }
  | { kind: 'azure-devops-hosted'; detail: string };

/** Situations where WSL 2 cannot work whatever the job does; reported before anything else. */
export function findDeadEnds(env: EnvRecord, hostArch: string): DeadEnd[] {
  const ends: DeadEnd[] = [];
  const hosted = readEnv(env, 'RUNNER_ENVIRONMENT') === 'github-hosted';
  const runnerArch = (readEnv(env, 'RUNNER_ARCH') ?? '').toUpperCase();
  const imageOs = readEnv(env, 'ImageOS') ?? '';
  if (hosted && (runnerArch === 'ARM64' || /arm/i.test(imageOs) || (runnerArch === '' && hostArch === 'arm64'))) {
    ends.push({
      kind: 'hosted-arm64',
      detail: `GitHub-hosted arm64 runner${imageOs ? ` (image ${imageOs})` : ''}: no nested virtualization, so WSL 2 cannot start, and WSL 1 fails to mount its file systems.`,
    });
  }
  const account = detectServiceAccount(env);
  if (account) {
    ends.push({
      kind: 'service-account',
      account,
      detail: `The process runs as ${account} (USERNAME=${readEnv(env, 'USERNAME') ?? '?'}): WSL distributions belong to a user, so this account sees none of them.`,
    });
  }
  const agent = readEnv(env, 'AGENT_NAME') ?? '';
  if (readEnv(env, 'TF_BUILD')?.toLowerCase() === 'true' && /^(hosted agent|azure pipelines)/i.test(agent)) {
    ends.push({
      kind: 'azure-devops-hosted',
      detail: `Azure DevOps Microsoft-hosted agent (${agent}): these agents say "WSL2 is not supported" (no nested virtualization).`,
    });
  }
  return ends;
}
