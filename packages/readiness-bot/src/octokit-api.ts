import type { ProbotOctokit } from 'probot';
import type { ArtifactSummary, CheckRunRequest, GitHubApi, IssueComment, PullSummary, RepoRef } from './github-api.js';
import { httpStatus } from './github-api.js';

type Octokit = InstanceType<typeof ProbotOctokit>;

/** Most artifact pages read for one run (100 per page): bounds the API cost of a hostile run's listing. */
const MAX_ARTIFACT_PAGES = 10;

/** Most comment pages read when looking for the sticky comment (100 per page). */
const MAX_COMMENT_PAGES = 10;

/** The GitHubApi port over an installation's Octokit (Probot's, with its retry and throttling plugins). */
export function octokitApi(octokit: Octokit): GitHubApi {
  return {
    async getFile(repo: RepoRef, path: string): Promise<string | null> {
      try {
        const { data } = await octokit.rest.repos.getContent({ owner: repo.owner, repo: repo.name, path });
        if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return null;
        return Buffer.from(data.content, 'base64').toString('utf8');
      } catch (error) {
        if (httpStatus(error) === 404) return null;
        throw error;
      }
    },

    async listOpenPullsByHead(repo: RepoRef, head: string): Promise<PullSummary[]> {
      const { data } = await octokit.rest.pulls.list({
        owner: repo.owner,
        repo: repo.name,
        state: 'open',
        head,
        per_page: 30,
      });
      return data.map((pr) => ({
        number: pr.number,
        state: pr.state,
        headSha: pr.head.sha,
        headRepoId: pr.head.repo?.id ?? null,
        baseRepoId: pr.base.repo?.id ?? null,
      }));
    },

    async listRunArtifacts(repo: RepoRef, runId: number): Promise<ArtifactSummary[]> {
      // GitHub serves at most 100 artifacts a page; a run with test logs, caches and a Windows matrix can hold
      // more, and the reports may be on any page. Follow the Link header's next page, up to a bounded count.
      const artifacts: ArtifactSummary[] = [];
      let pages = 0;
      for await (const { data } of octokit.paginate.iterator(octokit.rest.actions.listWorkflowRunArtifacts, {
        owner: repo.owner,
        repo: repo.name,
        run_id: runId,
        per_page: 100,
      })) {
        artifacts.push(
          ...data.map((artifact) => ({
            id: artifact.id,
            name: artifact.name,
            sizeInBytes: artifact.size_in_bytes,
            expired: artifact.expired,
            workflowRunId: artifact.workflow_run?.id ?? null,
          })),
        );
        if (++pages >= MAX_ARTIFACT_PAGES) break;
      }
      return artifacts;
    },

    async getArtifactDownloadUrl(repo: RepoRef, artifactId: number): Promise<string> {
      // Do not follow the redirect: the blob host must never see the installation token.
      const response = await octokit
        .request('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', {
          owner: repo.owner,
          repo: repo.name,
          artifact_id: artifactId,
          archive_format: 'zip',
          request: { redirect: 'manual', parseSuccessResponseBody: false },
        })
        .catch((error: unknown) => {
          // Retention can remove an artifact between the run's listing and its download.
          const status = httpStatus(error);
          if (status === 404 || status === 410) {
            throw new Error(
              `the artifact expired or was deleted before it could be downloaded (HTTP ${status}); re-run the job to upload a new report`,
            );
          }
          throw error;
        });
      const body = response.data as unknown as ReadableStream | null;
      await body?.cancel?.().catch(() => undefined);
      const location = (response.headers as Record<string, string | undefined>).location;
      if (!location)
        throw new Error(`GitHub answered the artifact download with HTTP ${response.status} and no location`);
      return location;
    },

    async listIssueComments(repo: RepoRef, issueNumber: number): Promise<IssueComment[]> {
      const comments: IssueComment[] = [];
      for (let page = 1; page <= MAX_COMMENT_PAGES; page++) {
        const { data } = await octokit.rest.issues.listComments({
          owner: repo.owner,
          repo: repo.name,
          issue_number: issueNumber,
          per_page: 100,
          page,
        });
        comments.push(...data.map(toComment));
        if (data.length < 100) break;
      }
      return comments;
    },

    async createComment(repo: RepoRef, issueNumber: number, body: string): Promise<IssueComment> {
      const { data } = await octokit.rest.issues.createComment({
        owner: repo.owner,
        repo: repo.name,
        issue_number: issueNumber,
        body,
      });
      return toComment(data);
    },

    async updateComment(repo: RepoRef, commentId: number, body: string): Promise<IssueComment> {
      const { data } = await octokit.rest.issues.updateComment({
        owner: repo.owner,
        repo: repo.name,
        comment_id: commentId,
        body,
      });
      return toComment(data);
    },

    async deleteComment(repo: RepoRef, commentId: number): Promise<void> {
      await octokit.rest.issues.deleteComment({ owner: repo.owner, repo: repo.name, comment_id: commentId });
    },

    async createCheckRun(repo: RepoRef, check: CheckRunRequest): Promise<void> {
      await octokit.rest.checks.create({
        owner: repo.owner,
        repo: repo.name,
        name: check.name,
        head_sha: check.headSha,
        status: 'completed',
        conclusion: check.conclusion,
        ...(check.detailsUrl ? { details_url: check.detailsUrl } : {}),
        output: { title: check.title, summary: check.summary },
      });
    },
  };
}

function toComment(data: {
  id: number;
  body?: string | undefined;
  created_at: string;
  performed_via_github_app?: { id: number } | null | undefined;
  user: { login: string } | null;
}): IssueComment {
  return {
    id: data.id,
    body: data.body ?? '',
    createdAt: data.created_at,
    appId: data.performed_via_github_app?.id ?? null,
    userLogin: data.user?.login ?? '',
  };
}
