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
import { type BotProcess, buildServerBundle, startBotProcess } from './support/bot-process.js';
import { type RedisServer, redisAvailable, startRedis } from './support/redis.js';

const hasRedis = redisAvailable();

/** Resolves once `condition` holds, checked every 50 ms. No deadline: the test's own timeout is the only bound. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 50));
}

// Every wait here is on an event (a log line, a fault taken, a process exit, a comment written), never on a fixed
// delay, so the test holds on a loaded machine (checked with two CPU-bound processes running beside the suite).
describe.skipIf(!hasRedis)('readiness bot process crash', () => {
  let redis: RedisServer;
  let github: GitHubTwin;
  let bundle: Awaited<ReturnType<typeof buildServerBundle>>;
  const bots: BotProcess[] = [];

  beforeAll(async () => {
    bundle = await buildServerBundle('crash');
    redis = await startRedis();
    github = new GitHubTwin({ repos: [{ ...BASE_REPO, files: {} }] });
    await github.start();
  }, 180_000);

  afterAll(async () => {
    for (const bot of bots) bot.child.kill('SIGKILL');
    await github?.close();
    await redis?.stop();
    bundle?.remove();
  });

  it('loses no event: a job in flight on a killed replica is finished by another', async () => {
    const repo = `${BASE_REPO.owner}/${BASE_REPO.name}`;
    github.addArtifact({ name: 'wsl-ready-report-win', runId: 4242, repo, bytes: reportArtifact(runnerReport()) });
    // The first replica will hang on the artifact listing, then die with SIGKILL mid-job.
    github.inject({ operationId: 'actions/list-workflow-run-artifacts', times: 1, kind: 'slow', delayMs: 600_000 });
    const slowListing = github.faults.at(-1)!;
    const env = { REDIS_URL: redis.url, JOB_LOCK_MS: '2000', LOG_LEVEL: 'info' };
    const first = await startBotProcess(bundle.path, github, env);
    bots.push(first);
    const ack = await sendWebhook(first.url, workflowRunPayload({ runId: 4242, headSha: sha('9') }));
    expect(ack.status).toBe(200);
    // The first replica is inside the job once the stand-in has taken the slow fault for its listing call.
    await until(() => slowListing.times === 0);
    first.child.kill('SIGKILL');
    await first.exited;

    const second = await startBotProcess(bundle.path, github, env);
    bots.push(second);
    await second.waitForLine(/"msg":"workflow run processed"/);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]!.issueNumber).toBe(5);
    second.child.kill('SIGTERM');
    await second.exited;
  }, 180_000);
});
