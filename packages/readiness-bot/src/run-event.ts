/**
 * The facts of one `workflow_run.completed` delivery that the bot acts on, taken from GitHub's payload.
 * Everything named here by the run itself (workflow name and path, branch) is attacker-chosen for fork runs:
 * it is used to filter and to look things up, never trusted as a pull request number or rendered unescaped.
 */
export interface RunEvent {
  deliveryId: string;
  installationId: number;
  repository: { id: number; owner: string; name: string };
  run: {
    id: number;
    attempt: number;
    name: string;
    path: string;
    event: string;
    conclusion: string | null;
    headSha: string;
    headBranch: string | null;
    headRepository: { id: number; owner: string } | null;
    htmlUrl: string;
    pullRequests: Array<{ number: number; headSha: string; baseRepoId: number | null }>;
  };
}

/**
 * Conclusions that say the run produced nothing to report. `startup_failure`: the workflow never started a job
 * (an invalid workflow file, say), so no artifact exists (conclusion enum of `webhook-workflow-run-completed` in
 * GitHub's REST description, github/rest-api-description).
 */
const SKIPPED_CONCLUSIONS = new Set(['action_required', 'cancelled', 'skipped', 'stale', 'startup_failure']);

export type PreFilter = { accept: true; event: RunEvent } | { accept: false; reason: string };

type Json = Record<string, unknown>;
const obj = (value: unknown): Json | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
const int = (value: unknown): number | undefined => (Number.isSafeInteger(value) ? (value as number) : undefined);
const text = (value: unknown, max: number): string => (typeof value === 'string' ? value.slice(0, max) : '');

/** Pre-filter a webhook payload with zero API calls; returns the normalised event or why it is ignored. */
export function preFilterWorkflowRun(deliveryId: string, payload: unknown): PreFilter {
  const p = obj(payload);
  if (p?.action !== 'completed') return { accept: false, reason: 'action is not completed' };
  const installationId = int(obj(p.installation)?.id);
  if (installationId === undefined) return { accept: false, reason: 'no installation in the payload' };
  const run = obj(p.workflow_run);
  const repo = obj(p.repository);
  const runId = int(run?.id);
  const repoId = int(repo?.id);
  if (!run || !repo || runId === undefined || repoId === undefined) {
    return { accept: false, reason: 'payload lacks workflow_run or repository' };
  }
  const conclusion = typeof run.conclusion === 'string' ? run.conclusion : null;
  if (conclusion && SKIPPED_CONCLUSIONS.has(conclusion))
    return { accept: false, reason: `run conclusion is ${conclusion}` };
  const headSha = text(run.head_sha, 40);
  if (!/^[0-9a-f]{40}$/.test(headSha)) return { accept: false, reason: 'run has no valid head_sha' };
  const headRepo = obj(run.head_repository);
  const headRepoId = int(headRepo?.id);
  const attempt = int(run.run_attempt);
  const event: RunEvent = {
    deliveryId,
    installationId,
    repository: { id: repoId, owner: text(obj(repo.owner)?.login, 100), name: text(repo.name, 100) },
    run: {
      id: runId,
      attempt: attempt !== undefined && attempt > 0 ? attempt : 1,
      name: text(run.name, 200),
      path: text(run.path, 300),
      event: text(run.event, 50),
      conclusion,
      headSha,
      headBranch: typeof run.head_branch === 'string' ? run.head_branch.slice(0, 255) : null,
      headRepository:
        headRepoId !== undefined ? { id: headRepoId, owner: text(obj(headRepo?.owner)?.login, 100) } : null,
      htmlUrl: text(run.html_url, 500),
      pullRequests: (Array.isArray(run.pull_requests) ? run.pull_requests : []).slice(0, 20).flatMap((item) => {
        const pr = obj(item);
        const number = int(pr?.number);
        if (number === undefined) return [];
        return [
          { number, headSha: text(obj(pr?.head)?.sha, 40), baseRepoId: int(obj(obj(pr?.base)?.repo)?.id) ?? null },
        ];
      }),
    },
  };
  if (!event.repository.owner || !event.repository.name)
    return { accept: false, reason: 'repository has no owner or name' };
  return { accept: true, event };
}

/** A run from another repository (a fork) reports attacker-controlled data. */
export function isForkRun(event: RunEvent): boolean {
  return event.run.headRepository !== null && event.run.headRepository.id !== event.repository.id;
}

/**
 * Triggers whose runs may execute code from a fork with the base repository's context: `pull_request_target`
 * (its head is the base branch, yet workflows often check out the pull request), `workflow_run` (reacts to a fork's
 * run and reads its artifacts) and `issue_comment` (anyone may comment). Their reports are never trusted.
 */
export const UNTRUSTED_TRIGGERS: ReadonlySet<string> = new Set([
  'pull_request_target',
  'workflow_run',
  'issue_comment',
]);

/** Data from this run is treated like a fork's: neutral check run, a note in the comment. */
export function untrustedReason(event: RunEvent): 'fork' | 'trigger' | null {
  if (isForkRun(event)) return 'fork';
  return UNTRUSTED_TRIGGERS.has(event.run.event) ? 'trigger' : null;
}
