import type { RunEvent } from './run-event.js';

/** A repository the bot is installed on. */
export interface RepoRef {
  owner: string;
  name: string;
}

export interface PullSummary {
  number: number;
  state: string;
  headSha: string;
  headRepoId: number | null;
  baseRepoId: number | null;
}

export interface ArtifactSummary {
  id: number;
  name: string;
  sizeInBytes: number;
  expired: boolean;
  workflowRunId: number | null;
}

export interface IssueComment {
  id: number;
  body: string;
  createdAt: string;
  /** The GitHub App that wrote the comment, when one did. */
  appId: number | null;
  userLogin: string;
}

export interface CheckRunRequest {
  headSha: string;
  name: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  detailsUrl?: string;
}

/**
 * Every GitHub call the bot makes, as a port: the Probot adapter implements it over `context.octokit`, tests
 * can count calls. Methods return plain data, already narrowed to what the bot uses.
 */
export interface GitHubApi {
  getFile(repo: RepoRef, path: string): Promise<string | null>;
  listOpenPullsByHead(repo: RepoRef, head: string): Promise<PullSummary[]>;
  listRunArtifacts(repo: RepoRef, runId: number): Promise<ArtifactSummary[]>;
  /** The short-lived download URL of an artifact (the API's 302 Location), fetched without following it. */
  getArtifactDownloadUrl(repo: RepoRef, artifactId: number): Promise<string>;
  listIssueComments(repo: RepoRef, issueNumber: number): Promise<IssueComment[]>;
  createComment(repo: RepoRef, issueNumber: number, body: string): Promise<IssueComment>;
  updateComment(repo: RepoRef, commentId: number, body: string): Promise<IssueComment>;
  deleteComment(repo: RepoRef, commentId: number): Promise<void>;
  createCheckRun(repo: RepoRef, check: CheckRunRequest): Promise<void>;
}

export function repoOf(event: Pick<RunEvent, 'repository'>): RepoRef {
  return { owner: event.repository.owner, name: event.repository.name };
}

/** An HTTP status carried by API errors (Octokit's RequestError has `status`). */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * GitHub refused a new comment because the conversation is locked: only collaborators may comment there, and an
 * app's installation is answered 403 "Unable to create comment because issue is locked." (quoted in
 * renovatebot/renovate#6215). Asking again changes nothing until someone unlocks it. A secondary rate limit is a
 * 403 too, with another message, and must still be retried.
 */
export function isLockedConversation(error: unknown): boolean {
  const message = (error as { message?: unknown })?.message;
  return httpStatus(error) === 403 && typeof message === 'string' && /\bis locked\b/i.test(message);
}

/**
 * GitHub answered that the installation lacks the permission for this call ("Resource not accessible by
 * integration", 403). Not a rate limit (those say so in their message), so asking again cannot help.
 */
export function isMissingPermission(error: unknown): boolean {
  const message = (error as { message?: unknown })?.message;
  return httpStatus(error) === 403 && typeof message === 'string' && /not accessible by integration/i.test(message);
}
