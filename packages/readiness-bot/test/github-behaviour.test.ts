import { createRequire } from 'node:module';
import { reportArtifactName } from '@wsl-ready/core';
import {
  BASE_REPO,
  GitHubTwin,
  reportArtifact,
  runnerReport,
  sendWebhook,
  sha,
  signedHeaders,
  workflowRunPayload,
} from '@wsl-ready/twin';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeMarker } from '../src/comment/state.js';
import { type BotHarness, startBot } from './support/harness.js';
import { redisAvailable, startRedis } from './support/redis.js';

// The bot against GitHub's real payloads and the values GitHub really sends (webhook schema
// `webhook-workflow-run-completed` in GitHub's REST description, @octokit/openapi; examples from
// @octokit/webhooks-examples).

let bot: BotHarness | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

const repo = `${BASE_REPO.owner}/${BASE_REPO.name}`;
const ourComments = (b: BotHarness, pr = 5) =>
  b.github.comments.filter((c) => c.issueNumber === pr && c.appId === b.github.app.id);

describe("readiness bot: GitHub's own workflow_run examples", () => {
  it('acknowledges every real example, comments on none (none is a pull request run of ours) and never crashes', async () => {
    bot = await startBot();
    const require = createRequire(import.meta.url);
    const index = require('@octokit/webhooks-examples/api.github.com/index.json') as Array<{
      name: string;
      examples: Array<Record<string, unknown>>;
    }>;
    const examples = index.find((d) => d.name === 'workflow_run')!.examples;
    for (const example of examples) {
      // Real deliveries to an app carry `installation`; the examples were recorded for repository webhooks.
      const payload = { ...example, installation: { id: BASE_REPO.installationId, node_id: 'x' } };
      const ack = await sendWebhook(bot.url, payload);
      expect(ack.status).toBe(200);
    }
    await bot.settle();
    expect(bot.github.comments).toEqual([]);
    // Unknown repositories answer 404 (the app is not installed there); nothing else is called.
    expect(bot.github.violations).toEqual([]);
  });
});

describe('readiness bot: conclusion and trigger values GitHub sends', () => {
  it.each(['success', 'failure', 'timed_out', 'neutral', null])(
    'reads the reports of a run concluded %s',
    async (conclusion) => {
      bot = await startBot();
      bot.github.addArtifact({ name: 'wsl-ready-report-win', runId: 10, repo, bytes: reportArtifact(runnerReport()) });
      await sendWebhook(bot.url, workflowRunPayload({ runId: 10, headSha: sha('a'), conclusion }));
      await bot.settle();
      expect(ourComments(bot)).toHaveLength(1);
    },
  );

  it.each(['cancelled', 'skipped', 'action_required', 'stale', 'startup_failure'])(
    'makes no API call for a run concluded %s (it ran no job that could upload a report)',
    async (conclusion) => {
      bot = await startBot();
      bot.github.addArtifact({ name: 'wsl-ready-report-win', runId: 11, repo, bytes: reportArtifact(runnerReport()) });
      const ack = await sendWebhook(bot.url, workflowRunPayload({ runId: 11, headSha: sha('b'), conclusion }));
      expect(ack.status).toBe(200);
      await bot.settle();
      expect(bot.github.calls).toEqual([]);
    },
  );

  it('comments on the pull request a push run lists, and ignores a workflow_dispatch run that lists none', async () => {
    bot = await startBot();
    bot.github.addArtifact({ name: 'wsl-ready-report-win', runId: 12, repo, bytes: reportArtifact(runnerReport()) });
    bot.github.addArtifact({ name: 'wsl-ready-report-win', runId: 13, repo, bytes: reportArtifact(runnerReport()) });
    await sendWebhook(bot.url, workflowRunPayload({ runId: 12, headSha: sha('c'), event: 'push', prNumber: 7 }));
    await sendWebhook(
      bot.url,
      workflowRunPayload({ runId: 13, headSha: sha('d'), event: 'workflow_dispatch', prNumber: null }),
    );
    await bot.settle();
    expect(ourComments(bot, 7)).toHaveLength(1);
    expect(bot.github.comments).toHaveLength(1);
    expect(bot.github.apiCalls('pulls/list')).toEqual([]);
    expect(bot.github.apiCalls('actions/list-workflow-run-artifacts').map((c) => c.path)).toEqual([
      `/repos/${repo}/actions/runs/12/artifacts`,
    ]);
  });
});

describe('readiness bot: pull_request_target runs', () => {
  it('finds no pull request for a pull_request_target run, whose head_sha is the base branch commit', async () => {
    // For pull_request_target GitHub runs the base branch's workflow on the base branch's latest commit, so
    // `workflow_run.head_sha` and `head_branch` name the base, not the pull request (actions/checkout#2454,
    // src/unsafe-pr-checkout-helper.ts). No listed pull request has that head: the run is not attributed.
    bot = await startBot();
    const baseHead = sha('7');
    bot.github.addPull({
      number: 5,
      repo,
      state: 'open',
      headSha: sha('8'),
      headRef: 'feature',
      headOwner: BASE_REPO.owner,
      headRepoId: BASE_REPO.id,
    });
    bot.github.addArtifact({ name: 'wsl-ready-report-win', runId: 80, repo, bytes: reportArtifact(runnerReport()) });
    const payload = workflowRunPayload({
      runId: 80,
      headSha: baseHead,
      headBranch: 'main',
      event: 'pull_request_target',
    });
    const [listed] = (payload.workflow_run as { pull_requests: Array<{ head: { sha: string } }> }).pull_requests;
    listed!.head.sha = sha('8');
    await sendWebhook(bot.url, payload);
    await bot.settle();
    expect(bot.github.comments).toEqual([]);
    expect(bot.github.apiCalls('actions/list-workflow-run-artifacts')).toEqual([]);
  });
});

describe('readiness bot: artifact listing', () => {
  it('reads report artifacts past the first page of 100 (a run may upload many other artifacts)', async () => {
    bot = await startBot();
    for (let i = 0; i < 120; i++) {
      bot.github.addArtifact({ name: `test-logs-${i}`, runId: 20, repo, bytes: new Uint8Array([1]) });
    }
    for (const runner of ['windows-2022', 'windows-2025', 'windows-11-arm']) {
      bot.github.addArtifact({
        name: `wsl-ready-report-${runner}`,
        runId: 20,
        repo,
        bytes: reportArtifact(runnerReport({ label: runner })),
      });
    }
    await sendWebhook(bot.url, workflowRunPayload({ runId: 20, headSha: sha('e') }));
    await bot.settle();
    const [comment] = ourComments(bot);
    expect(comment?.body).toContain('windows-11-arm');
    expect(comment?.body).toContain('windows-2022');
    const listings = bot.github.apiCalls('actions/list-workflow-run-artifacts');
    expect(listings.map((c) => c.query.page ?? '1')).toEqual(['1', '2']);
    expect(listings.every((c) => c.query.per_page === '100')).toBe(true);
  });
});

describe('readiness bot: artifact download', () => {
  it('skips expired artifacts without a download and reports a download link that expired', async () => {
    const github = new GitHubTwin({ repos: [{ ...BASE_REPO, files: {} }], blobUrlTtlMs: 0 });
    await github.start();
    try {
      bot = await startBot({ github });
      github.addArtifact({
        name: 'wsl-ready-report-old',
        runId: 60,
        repo,
        bytes: reportArtifact(runnerReport()),
        expired: true,
      });
      github.addArtifact({ name: 'wsl-ready-report-late', runId: 60, repo, bytes: reportArtifact(runnerReport()) });
      await sendWebhook(bot.url, workflowRunPayload({ runId: 60, headSha: sha('3') }));
      await bot.settle();
      const body = ourComments(bot)[0]!.body;
      expect(body).toContain('the artifact has expired');
      expect(body).toContain('the artifact download link expired or was refused (HTTP 403)');
      // Only the live artifact was asked for; the storage host never saw a token.
      expect(github.apiCalls('actions/download-artifact')).toHaveLength(1);
      expect(github.calls.filter((c) => c.blob).map((c) => c.authorizationSent)).toEqual([false]);
      expect(github.violations).toEqual([]);
    } finally {
      await bot?.close();
      bot = undefined;
      await github.close();
    }
  });
});

describe('readiness bot: an artifact gone between listing and download', () => {
  it('says the artifact expired or was deleted and what to do, and still reports the other runners', async () => {
    bot = await startBot();
    bot.github.addArtifact({
      name: 'wsl-ready-report-windows-2022',
      runId: 61,
      repo,
      bytes: reportArtifact(runnerReport({ label: 'windows-2022' })),
    });
    bot.github.addArtifact({
      name: 'wsl-ready-report-windows-2025',
      runId: 61,
      repo,
      bytes: reportArtifact(runnerReport({ label: 'windows-2025' })),
    });
    // The first download finds the artifact removed by retention after the listing showed it.
    bot.github.inject({ operationId: 'actions/download-artifact', times: 1, kind: 'gone' });
    await sendWebhook(bot.url, workflowRunPayload({ runId: 61, headSha: sha('4') }));
    await bot.settle();
    const body = ourComments(bot)[0]!.body;
    expect(body).toContain(
      'the artifact expired or was deleted before it could be downloaded (HTTP 410); re-run the job to upload a new report',
    );
    expect(body).toContain('windows-2025');
    expect(bot.github.apiCalls('actions/download-artifact').map((c) => c.status)).toEqual([410, 302]);
  });
});

describe('readiness bot: comment upkeep', () => {
  it('gives up at once on a locked conversation (403) instead of retrying the whole job', async () => {
    bot = await startBot();
    bot.github.lockConversation(repo, 5);
    bot.github.addArtifact({ name: 'wsl-ready-report-win', runId: 30, repo, bytes: reportArtifact(runnerReport()) });
    const ack = await sendWebhook(bot.url, workflowRunPayload({ runId: 30, headSha: sha('f') }));
    expect(ack.status).toBe(200);
    await bot.settle();
    expect(bot.github.comments).toEqual([]);
    expect(bot.github.apiCalls('issues/create-comment').map((c) => c.status)).toEqual([403]);
    // One pass: the reports were downloaded once, not once per retry.
    expect(bot.github.apiCalls('actions/list-workflow-run-artifacts')).toHaveLength(1);
  });

  it("finds its comment past the first 100 comments after a restart (cold cache), and edits no one else's", async () => {
    const github = new GitHubTwin({ repos: [{ ...BASE_REPO, files: {} }] });
    await github.start();
    try {
      for (let i = 0; i < 120; i++) {
        github.addComment({ repo, issueNumber: 5, body: `review note ${i}`, userLogin: 'maintainer', appId: null });
      }
      github.addArtifact({ name: 'wsl-ready-report-win', runId: 40, repo, bytes: reportArtifact(runnerReport()) });
      bot = await startBot({ github });
      await sendWebhook(bot.url, workflowRunPayload({ runId: 40, headSha: sha('1') }));
      await bot.settle();
      const [ours] = ourComments(bot);
      expect(ours).toBeDefined();
      const firstBody = ours!.body;
      // Someone quotes the whole comment, marker included: it is theirs, never edited nor deleted.
      const quote = github.addComment({
        repo,
        issueNumber: 5,
        body: `> quoting the bot\n${ours!.body}`,
        userLogin: 'maintainer',
        appId: null,
      });
      await bot.close();
      const listedBefore = github.apiCalls('issues/list-comments').length;

      bot = await startBot({ github });
      github.addArtifact({
        name: 'wsl-ready-report-win',
        runId: 41,
        repo,
        bytes: reportArtifact(runnerReport({ failing: true })),
      });
      await sendWebhook(bot.url, workflowRunPayload({ runId: 41, headSha: sha('1') }));
      await bot.settle();
      const listings = github
        .apiCalls('issues/list-comments')
        .slice(listedBefore)
        .map((c) => c.query.page);
      expect(listings).toEqual(['1', '2']);
      expect(ourComments(bot).map((c) => c.id)).toEqual([ours!.id]);
      expect(ourComments(bot)[0]!.body).not.toBe(firstBody);
      expect(github.comments.find((c) => c.id === quote.id)?.body).toBe(quote.body);
      expect(github.apiCalls('issues/delete-comment')).toEqual([]);
    } finally {
      await bot?.close();
      bot = undefined;
      await github.close();
    }
  });

  it('writes a new comment when someone deleted its comment (the cached id answers 404)', async () => {
    bot = await startBot();
    bot.github.addArtifact({ name: 'wsl-ready-report-win', runId: 50, repo, bytes: reportArtifact(runnerReport()) });
    await sendWebhook(bot.url, workflowRunPayload({ runId: 50, headSha: sha('2') }));
    await bot.settle();
    const [first] = ourComments(bot);
    bot.github.comments.splice(bot.github.comments.indexOf(first!), 1);
    bot.github.addArtifact({
      name: 'wsl-ready-report-win',
      runId: 51,
      repo,
      bytes: reportArtifact(runnerReport({ failing: true })),
    });
    await sendWebhook(bot.url, workflowRunPayload({ runId: 51, headSha: sha('2') }));
    await bot.settle();
    expect(bot.github.apiCalls('issues/update-comment').map((c) => c.status)).toEqual([404]);
    const [second] = ourComments(bot);
    expect(second?.id).not.toBe(first!.id);
    expect(ourComments(bot)).toHaveLength(1);
  });
});

describe('readiness bot: rate limits', () => {
  it('waits the retry-after GitHub sends with a secondary rate limit before asking again', async () => {
    bot = await startBot();
    bot.github.addArtifact({ name: 'wsl-ready-report-win', runId: 90, repo, bytes: reportArtifact(runnerReport()) });
    bot.github.inject({ operationId: 'issues/create-comment', times: 1, kind: 'secondary-rate-limit' });
    await sendWebhook(bot.url, workflowRunPayload({ runId: 90, headSha: sha('9') }));
    await bot.settle();
    const creates = bot.github.apiCalls('issues/create-comment');
    expect(creates.map((c) => c.status)).toEqual([403, 201]);
    // The stand-in sends `retry-after: 1`; the test harness's own back-off is 20 ms.
    expect(creates[1]!.at - creates[0]!.at).toBeGreaterThanOrEqual(1000);
    expect(ourComments(bot)).toHaveLength(1);
  });

  it.skipIf(!redisAvailable())('waits the retry-after on Redis (BullMQ) too', async () => {
    const redis = await startRedis();
    try {
      bot = await startBot({ redisUrl: redis.url });
      bot.github.addArtifact({ name: 'wsl-ready-report-win', runId: 91, repo, bytes: reportArtifact(runnerReport()) });
      bot.github.inject({ operationId: 'issues/create-comment', times: 1, kind: 'secondary-rate-limit' });
      await sendWebhook(bot.url, workflowRunPayload({ runId: 91, headSha: sha('a') }));
      await bot.settle();
      const creates = bot.github.apiCalls('issues/create-comment');
      expect(creates.map((c) => c.status)).toEqual([403, 201]);
      expect(creates[1]!.at - creates[0]!.at).toBeGreaterThanOrEqual(1000);
    } finally {
      await bot?.close();
      bot = undefined;
      await redis.stop();
    }
  });
});

describe('readiness bot: app permissions', () => {
  it('uses the default configuration when the installation may not read the config file (403), and still comments', async () => {
    const github = new GitHubTwin({ repos: [{ ...BASE_REPO, files: {}, contentsForbidden: true }] });
    await github.start();
    try {
      bot = await startBot({ github });
      github.addArtifact({ name: 'wsl-ready-report-win', runId: 70, repo, bytes: reportArtifact(runnerReport()) });
      await sendWebhook(bot.url, workflowRunPayload({ runId: 70, headSha: sha('4') }));
      await bot.settle();
      expect(ourComments(bot)).toHaveLength(1);
      expect(github.apiCalls('repos/get-content').map((c) => c.status)).toEqual([403]);
    } finally {
      await bot?.close();
      bot = undefined;
      await github.close();
    }
  });
});

describe('readiness bot: delivery headers', () => {
  it('accepts a delivery with every header GitHub sends, and refuses one signed only with the legacy SHA-1', async () => {
    bot = await startBot();
    bot.github.addArtifact({ name: 'wsl-ready-report-win', runId: 95, repo, bytes: reportArtifact(runnerReport()) });
    const body = JSON.stringify(workflowRunPayload({ runId: 95, headSha: sha('b') }));
    const { 'x-hub-signature-256': _sha256, ...sha1Only } = signedHeaders(body);
    const legacy = await fetch(`${bot.url}/api/github/webhooks`, { method: 'POST', headers: sha1Only, body });
    expect(legacy.status).toBe(400);
    await bot.settle();
    expect(bot.github.calls).toEqual([]);
    const real = await fetch(`${bot.url}/api/github/webhooks`, { method: 'POST', headers: signedHeaders(body), body });
    expect(real.status).toBe(200);
    await bot.settle();
    expect(ourComments(bot)).toHaveLength(1);
  });
});

describe('readiness bot: re-runs of wide matrix cells', () => {
  it('replaces the row of a re-run job whose matrix cell makes a long artifact name', async () => {
    bot = await startBot();
    const head = sha('c');
    // Five matrix values: the cell and step part of the name is longer than the 60 characters a part may have.
    const matrix = {
      os: 'windows-2025',
      distro: 'Ubuntu-24.04',
      docker: 'docker-ce-in-wsl',
      arch: 'x64',
      wsl: '2.6.1',
    };
    const env = { GITHUB_JOB: 'windows', GITHUB_ACTION: 'wsl' };
    const first = reportArtifactName({ ...env, GITHUB_RUN_ATTEMPT: '1' }, matrix);
    const second = reportArtifactName({ ...env, GITHUB_RUN_ATTEMPT: '2' }, matrix);
    bot.github.addArtifact({ name: first, runId: 97, repo, bytes: reportArtifact(runnerReport({ failing: true })) });
    await sendWebhook(bot.url, workflowRunPayload({ runId: 97, headSha: head }));
    await bot.settle();
    bot.github.addArtifact({ name: second, runId: 97, repo, bytes: reportArtifact(runnerReport()) });
    await sendWebhook(bot.url, workflowRunPayload({ runId: 97, attempt: 2, headSha: head }));
    await bot.settle();
    const state = decodeMarker(ourComments(bot)[0]!.body).state!;
    expect(state.entries.map((e) => [e.runAttempt, e.report.summary.status])).toEqual([[2, 'ready']]);
  });
});
