import { type CollectLimits, collectReports, DEFAULT_COLLECT_LIMITS } from '../artifacts/collect.js';
import { checkRunFor, renderCommentBody } from '../comment/body.js';
import { decodeMarker, mergeState, sameState } from '../comment/state.js';
import { type AppIdentity, type CommentCache, findStickyComment, writeStickyComment } from '../comment/sticky.js';
import { type BotConfig, CONFIG_PATH, parseBotConfig, watchesWorkflow } from '../config.js';
import { type GitHubApi, httpStatus, isLockedConversation, isMissingPermission, repoOf } from '../github-api.js';
import type { Locks } from '../queue/locks.js';
import { resolvePullRequest } from '../resolve-pr.js';
import { type RunEvent, untrustedReason } from '../run-event.js';

export interface Logger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}

/** Per-repository configuration, cached so the pre-filter and most events need no API call for it. */
export interface ConfigCache {
  get(repoId: number): BotConfig | undefined;
  set(repoId: number, config: BotConfig): void;
}

export interface ProcessDeps {
  api: GitHubApi;
  identity: AppIdentity;
  configs: ConfigCache;
  comments: CommentCache;
  locks: Locks;
  log: Logger;
  limits?: CollectLimits;
  fetchImpl?: typeof fetch;
}

export type ProcessOutcome =
  | { status: 'ignored'; reason: string }
  | { status: 'stale'; reason: string; pr: number }
  | {
      status: 'done';
      pr: number;
      comment: 'created' | 'updated' | 'unchanged' | 'skipped' | 'refused';
      checkRun: boolean;
    };

/** Load the repository's configuration (cached); a broken file falls back to defaults with a log line. */
export async function loadConfig(event: RunEvent, deps: ProcessDeps): Promise<BotConfig> {
  const cached = deps.configs.get(event.repository.id);
  if (cached) return cached;
  let text: string | null;
  try {
    text = await deps.api.getFile(repoOf(event), CONFIG_PATH);
  } catch (error) {
    // The app's single-file permission names one path, set in the app's settings (a manifest cannot set it); when
    // it is missing GitHub answers 403 for the file. The bot still works with the defaults; the owner is told.
    if (!isMissingPermission(error)) throw error;
    deps.log.warn(
      { repository: event.repository.id },
      `the app may not read ${CONFIG_PATH} (grant "Single file: read" for that path in the app's settings); defaults are used`,
    );
    text = null;
  }
  const result = parseBotConfig(text);
  if (!result.ok) deps.log.warn({ repository: event.repository.id }, result.error);
  deps.configs.set(event.repository.id, result.config);
  return result.config;
}

/**
 * Everything one `workflow_run.completed` event leads to: find the pull request, read the run's reports, merge
 * them into the sticky comment's state (per pull request, under a lock), then write only what changed.
 */
export async function processRunEvent(event: RunEvent, deps: ProcessDeps): Promise<ProcessOutcome> {
  const config = await loadConfig(event, deps);
  if (!watchesWorkflow(config, event.run)) return { status: 'ignored', reason: 'workflow not watched' };
  if (config.commentMode === 'off' && !config.checkRun)
    return { status: 'ignored', reason: 'comments and check runs are off' };

  const pr = await resolvePullRequest(event, deps.api);
  if (!pr.found) return { status: 'ignored', reason: pr.reason };

  const collected = await collectReports(
    event,
    config,
    deps.api,
    deps.limits ?? DEFAULT_COLLECT_LIMITS,
    deps.fetchImpl,
  );
  if (collected.entries.length === 0 && collected.problems.length === 0) {
    return { status: 'ignored', reason: 'the run uploaded no report artifact' };
  }

  const repo = repoOf(event);
  const cacheKey = `${event.repository.id}#${pr.number}`;
  return deps.locks.withLock(`pr:${cacheKey}`, async () => {
    const existing = await findStickyComment(deps.api, repo, pr.number, deps.identity, deps.comments, cacheKey);
    const previous = existing ? decodeMarker(existing.body) : { state: null };
    if (existing && !previous.state)
      deps.log.warn({ pr: pr.number }, `previous comment state ignored: ${previous.problem}`);
    const merged = mergeState(previous.state, {
      sha: event.run.headSha,
      runId: event.run.id,
      runAttempt: event.run.attempt,
      entries: collected.entries,
      problems: collected.problems,
      untrusted: untrustedReason(event) !== null,
    });
    if (merged.kind === 'stale') return { status: 'stale', reason: merged.reason, pr: pr.number };

    // A fork's run, or a trigger that may run a fork's code; or such data merged earlier for this commit.
    const reason = untrustedReason(event);
    const fork = reason !== null || merged.state.untrusted === true;
    let checkRun = false;
    if (config.checkRun) {
      const check = checkRunFor(merged.state, fork, event.run.htmlUrl);
      if (check.signature !== merged.state.checkSignature) {
        await deps.api.createCheckRun(repo, check.request);
        merged.state.checkSignature = check.signature;
        checkRun = true;
      }
    }

    const anyFailure =
      merged.state.entries.some((e) => e.report.summary.status !== 'ready') || merged.state.problems.length > 0;
    const wanted =
      config.commentMode === 'always' ||
      (config.commentMode === 'changes' && (existing !== null || merged.changedKeys.length > 0)) ||
      (config.commentMode === 'failures' && (existing !== null || anyFailure));
    if (!wanted) return { status: 'done', pr: pr.number, comment: 'skipped', checkRun };
    if (existing && sameState(previous.state, merged.state))
      return { status: 'done', pr: pr.number, comment: 'unchanged', checkRun };

    const body = renderCommentBody(merged.state, previous.state, {
      fork,
      ...(reason === 'trigger' ? { trigger: event.run.event } : reason === null && fork ? { trigger: '' } : {}),
      runUrl: event.run.htmlUrl,
    });
    try {
      const outcome = await writeStickyComment(deps.api, repo, pr.number, existing, body, deps.comments, cacheKey);
      return { status: 'done', pr: pr.number, comment: outcome, checkRun };
    } catch (error) {
      // GitHub refused the content itself (422), or the conversation is locked (403): the same request would be
      // refused again, so a retry (which would download every artifact again) is pointless. Say so once instead.
      const locked = isLockedConversation(error);
      if (httpStatus(error) !== 422 && !locked) throw error;
      deps.log.warn(
        { pr: pr.number, bodyLength: body.length, err: String((error as Error).message).slice(0, 300) },
        locked
          ? 'the pull request conversation is locked, so the app cannot comment; not retried'
          : 'GitHub refused the comment body; not retried',
      );
      return { status: 'done', pr: pr.number, comment: 'refused', checkRun };
    }
  });
}
