import type { GitHubApi, IssueComment, RepoRef } from '../github-api.js';
import { httpStatus } from '../github-api.js';
import { hasMarker } from './state.js';

/** Who the bot is on GitHub: comments are ours only when both the app and the marker match. */
export interface AppIdentity {
  appId: number;
  /** `<slug>[bot]`, used when a comment does not carry `performed_via_github_app`. */
  botLogin: string;
}

/** Remembers the sticky comment of each pull request (id and last body) so most events need no listing call. */
export interface CommentCache {
  get(key: string): Promise<{ id: number; body: string } | undefined>;
  set(key: string, value: { id: number; body: string }): Promise<void>;
  delete(key: string): Promise<void>;
}

export function isOurComment(comment: IssueComment, identity: AppIdentity): boolean {
  const byApp = comment.appId !== null ? comment.appId === identity.appId : comment.userLogin === identity.botLogin;
  return byApp && hasMarker(comment.body);
}

/**
 * Find our comment on a pull request: the cached one when known, else by listing. Duplicates left by races
 * (two replicas creating at once) are deleted, keeping the oldest, so readers see one comment.
 */
export async function findStickyComment(
  api: GitHubApi,
  repo: RepoRef,
  pr: number,
  identity: AppIdentity,
  cache: CommentCache,
  cacheKey: string,
): Promise<{ id: number; body: string } | null> {
  const cached = await cache.get(cacheKey);
  if (cached) return cached;
  const ours = (await api.listIssueComments(repo, pr))
    .filter((comment) => isOurComment(comment, identity))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
  const [oldest, ...duplicates] = ours;
  for (const duplicate of duplicates) {
    await api.deleteComment(repo, duplicate.id).catch((error: unknown) => {
      if (httpStatus(error) !== 404) throw error;
    });
  }
  if (!oldest) return null;
  await cache.set(cacheKey, { id: oldest.id, body: oldest.body });
  return { id: oldest.id, body: oldest.body };
}

export type WriteOutcome = 'created' | 'updated' | 'unchanged';

/** Create or update the sticky comment; no write when the body is unchanged. A vanished cached comment is recreated. */
export async function writeStickyComment(
  api: GitHubApi,
  repo: RepoRef,
  pr: number,
  existing: { id: number; body: string } | null,
  body: string,
  cache: CommentCache,
  cacheKey: string,
): Promise<WriteOutcome> {
  if (existing && existing.body === body) return 'unchanged';
  if (existing) {
    try {
      const updated = await api.updateComment(repo, existing.id, body);
      await cache.set(cacheKey, { id: updated.id, body });
      return 'updated';
    } catch (error) {
      if (httpStatus(error) !== 404) throw error;
      await cache.delete(cacheKey);
    }
  }
  const created = await api.createComment(repo, pr, body);
  await cache.set(cacheKey, { id: created.id, body });
  return 'created';
}
