// Which Actions services this job can reach, read from the variables the runner sets (the same ones the official
// @actions/cache and @actions/artifact clients read).
import type { EnvRecord } from '@wsl-ready/core';

interface ActionsServiceEnv {
  /** `ACTIONS_RESULTS_URL`: the results service (cache v2 and artifact v4 Twirp endpoints). */
  readonly resultsUrl: string | undefined;
  /** `ACTIONS_RUNTIME_TOKEN`: the job's bearer token. Never log it. */
  readonly runtimeToken: string | undefined;
  /** `ACTIONS_CACHE_SERVICE_V2` is set: the runner wants the v2 cache protocol. */
  readonly cacheServiceV2: boolean;
  /** `ACTIONS_CACHE_URL`: the legacy (v1) cache service; only used to explain why we cannot cache. */
  readonly legacyCacheUrl: string | undefined;
  /** True on GitHub Enterprise Server, where neither cache v2 nor artifact v4 exists. */
  readonly ghes: boolean;
  /** `ACTIONS_CACHE_MODE` lowered (`read`, `write`, `write-only`, `none`) or '' when the runner did not say. */
  readonly cacheMode: string;
  /** `GITHUB_RETENTION_DAYS`: the repository's maximum artifact retention, when set. */
  readonly maxRetentionDays: number | undefined;
}

export function readServiceEnv(env: EnvRecord): ActionsServiceEnv {
  const retention = Number.parseInt(env.GITHUB_RETENTION_DAYS ?? '', 10);
  return {
    resultsUrl: nonEmpty(env.ACTIONS_RESULTS_URL),
    runtimeToken: nonEmpty(env.ACTIONS_RUNTIME_TOKEN),
    cacheServiceV2: Boolean(nonEmpty(env.ACTIONS_CACHE_SERVICE_V2)),
    legacyCacheUrl: nonEmpty(env.ACTIONS_CACHE_URL),
    ghes: isGhesServerUrl(env.GITHUB_SERVER_URL),
    cacheMode: (env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase(),
    maxRetentionDays: Number.isFinite(retention) && retention > 0 ? retention : undefined,
  };
}

/** GitHub.com, GHE.com (data residency) and `*.localhost` dev stacks have the v2 services; any other host is GHES. */
function isGhesServerUrl(serverUrl: string | undefined): boolean {
  let host: string;
  try {
    host = new URL(serverUrl || 'https://github.com').hostname.trimEnd().toUpperCase();
  } catch {
    return false;
  }
  return !(host === 'GITHUB.COM' || host.endsWith('.GHE.COM') || host.endsWith('.LOCALHOST'));
}

const KNOWN_CACHE_MODES = ['none', 'read', 'write', 'write-only'];

/** Unknown or unset modes allow everything, as in the official client. */
export function cacheModeAllows(mode: string, access: 'read' | 'write'): boolean {
  if (!KNOWN_CACHE_MODES.includes(mode)) return true;
  return access === 'read' ? mode === 'read' || mode === 'write' : mode === 'write' || mode === 'write-only';
}

/** Why the cache v2 service cannot be used, or undefined when it can. */
export function cacheUnavailableReason(service: ActionsServiceEnv): string | undefined {
  if (service.ghes) {
    return 'this is GitHub Enterprise Server, which has no cache service v2; the job continues without the cache.';
  }
  if (!service.resultsUrl || !service.runtimeToken) {
    return 'ACTIONS_RESULTS_URL or ACTIONS_RUNTIME_TOKEN is not set (not running as a step of a GitHub Actions job).';
  }
  if (!service.cacheServiceV2) {
    return service.legacyCacheUrl
      ? 'the runner offers only the legacy cache service (v1, retired by GitHub); update the runner to use caching.'
      : 'ACTIONS_CACHE_SERVICE_V2 is not set by this runner; update the runner to use caching.';
  }
  return undefined;
}

/** Why the artifact v4 service cannot be used, or undefined when it can. */
export function artifactUnavailableReason(service: ActionsServiceEnv): string | undefined {
  if (service.ghes) return 'this is GitHub Enterprise Server, which has no artifact service v4.';
  if (!service.resultsUrl || !service.runtimeToken) {
    return 'ACTIONS_RESULTS_URL or ACTIONS_RUNTIME_TOKEN is not set (not running as a step of a GitHub Actions job).';
  }
  return undefined;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value?.trim() ? value.trim() : undefined;
}
