import {
  BASE_REPO,
  GitHubTwin,
  reportArtifact,
  runnerReport,
  sendWebhook,
  sha,
  workflowRunPayload,
} from '@wsl-ready/twin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeMarker } from '../src/comment/state.js';
import { type BotHarness, startBot } from './support/harness.js';
import { type RedisServer, redisAvailable, startRedis } from './support/redis.js';

// CI installs redis-server (.ci/run); a developer machine without it skips with the reason.
const hasRedis = redisAvailable();
if (!hasRedis && process.env.CI)
  throw new Error('redis-server is required in CI: .ci/run installs Debian redis-server');

describe.skipIf(!hasRedis)('readiness bot on Redis (BullMQ): replicas share the work', () => {
  let redis: RedisServer;
  let github: GitHubTwin;
  const replicas: BotHarness[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    github = new GitHubTwin({ repos: [{ ...BASE_REPO, files: {} }] });
    await github.start();
    for (let i = 0; i < 2; i++) replicas.push(await startBot({ github, redisUrl: redis.url, concurrency: 4 }));
  });

  afterAll(async () => {
    for (const replica of replicas) await replica.close();
    await github?.close();
    await redis?.stop();
  });

  it('processes 200 events from two replicas into exactly one comment per pull request', async () => {
    const repo = `${BASE_REPO.owner}/${BASE_REPO.name}`;
    const pulls = 20;
    const runsPerPull = 10;
    const events: Array<Record<string, unknown>> = [];
    for (let pr = 1; pr <= pulls; pr++) {
      const head = sha(pr.toString(16).padStart(2, '0'));
      for (let run = 0; run < runsPerPull; run++) {
        const runId = pr * 1000 + run;
        github.addArtifact({
          name: `wsl-ready-report-runner-${run}`,
          runId,
          repo,
          bytes: reportArtifact(runnerReport()),
        });
        events.push(
          workflowRunPayload({ runId, headSha: head, prNumber: 100 + pr, path: `.github/workflows/w${run}.yml` }),
        );
      }
    }
    // Interleave the replicas and deliver everything at once; every 10th event is also delivered twice.
    const acks = await Promise.all(
      events.flatMap((payload, i) => {
        const sends = [sendWebhook(replicas[i % 2]!.url, payload)];
        if (i % 10 === 0) sends.push(sendWebhook(replicas[(i + 1) % 2]!.url, payload));
        return sends;
      }),
    );
    expect(acks.every((ack) => ack.status === 200)).toBe(true);
    await Promise.all(replicas.map((r) => r.settle()));

    for (let pr = 1; pr <= pulls; pr++) {
      const comments = github.comments.filter((c) => c.issueNumber === 100 + pr);
      expect(comments, `pull request ${100 + pr}`).toHaveLength(1);
      expect(decodeMarker(comments[0]!.body).state!.entries).toHaveLength(runsPerPull);
    }
    // Each run attempt was fetched once, whatever replica received it and however often.
    expect(github.apiCalls('actions/list-workflow-run-artifacts')).toHaveLength(pulls * runsPerPull);
    expect(github.violations).toEqual([]);
  }, 120_000);
});
