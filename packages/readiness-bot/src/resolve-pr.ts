import { type GitHubApi, repoOf } from './github-api.js';
import type { RunEvent } from './run-event.js';

export type PullResolution =
  | { found: true; number: number; fork: boolean; via: 'payload' | 'pulls-api' }
  | { found: false; reason: string };

/**
 * Which open pull request a run reports on, from GitHub's data only (never from artifact contents).
 * Same-repository runs: `workflow_run.pull_requests`, each entry checked against the run's head SHA and our base
 * repository (0 API calls). Fork runs leave that list empty: one `pulls.list` call filtered by head owner:branch,
 * then every field is checked: head SHA, head repository id, base repository id, open state.
 */
export async function resolvePullRequest(event: RunEvent, api: GitHubApi): Promise<PullResolution> {
  const { run, repository } = event;
  const sameRepo = run.headRepository === null || run.headRepository.id === repository.id;
  if (sameRepo) {
    const matches = run.pullRequests.filter(
      (pr) => pr.headSha === run.headSha && (pr.baseRepoId === null || pr.baseRepoId === repository.id),
    );
    if (matches.length > 0) {
      const number = Math.min(...matches.map((pr) => pr.number));
      return { found: true, number, fork: false, via: 'payload' };
    }
    if (run.event !== 'pull_request' && run.event !== 'pull_request_target') {
      return {
        found: false,
        reason: `run was triggered by ${run.event || 'an unknown event'} and lists no pull request`,
      };
    }
  }
  if (!run.headBranch || !run.headRepository?.owner) {
    return { found: false, reason: 'the run names no head branch or head repository owner' };
  }
  const pulls = await api.listOpenPullsByHead(repoOf(event), `${run.headRepository.owner}:${run.headBranch}`);
  const verified = pulls.filter(
    (pr) =>
      pr.state === 'open' &&
      pr.headSha === run.headSha &&
      pr.headRepoId === run.headRepository?.id &&
      pr.baseRepoId === repository.id,
  );
  if (verified.length === 0) return { found: false, reason: 'no open pull request matches the run head' };
  return { found: true, number: Math.min(...verified.map((pr) => pr.number)), fork: !sameRepo, via: 'pulls-api' };
}
