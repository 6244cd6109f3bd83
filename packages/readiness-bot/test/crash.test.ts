import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import {
  BASE_REPO,
  GitHubTwin,
  reportArtifact,
  runnerReport,
  sendWebhook,
  sha,
  testAppPrivateKey,
  WEBHOOK_SECRET,
  workflowRunPayload,
} from '@wsl-ready/twin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RedisServer, redisAvailable, startRedis } from './support/redis.js';

const hasRedis = redisAvailable();
const root = fileURLToPath(new URL('../../../', import.meta.url));
const serverBundle = `${root}packages/readiness-bot/dist/server/main.mjs`;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The deployable bot (`dist/server/main.mjs`) as its own process, configured only by environment variables. */
async function startBotProcess(github: GitHubTwin, redisUrl: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [serverBundle], {
    env: {
      PATH: process.env.PATH,
      APP_ID: String(github.app.id),
      PRIVATE_KEY: testAppPrivateKey(),
      WEBHOOK_SECRET,
      HOST: '127.0.0.1',
      PORT: String(port),
      GHE_HOST: github.url.replace(/^http:\/\//, ''),
      GHE_PROTOCOL: 'http',
      REDIS_URL: redisUrl,
      JOB_LOCK_MS: '1000',
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { url, child };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error('the bot process did not become ready');
}

describe.skipIf(!hasRedis)('readiness bot process crash', () => {
  let redis: RedisServer;
  let github: GitHubTwin;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    execFileSync(process.execPath, [`${root}tools/scripts/build-bot.mjs`], {
      cwd: root,
      stdio: 'ignore',
      timeout: 60_000,
    });
    redis = await startRedis();
    github = new GitHubTwin({ repos: [{ ...BASE_REPO, files: {} }] });
    await github.start();
  }, 90_000);

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await github?.close();
    await redis?.stop();
  });

  it('loses no event: a job in flight on a killed replica is finished by another', async () => {
    const repo = `${BASE_REPO.owner}/${BASE_REPO.name}`;
    github.addArtifact({ name: 'wsl-ready-report-win', runId: 4242, repo, bytes: reportArtifact(runnerReport()) });
    // The first replica will hang on the artifact listing, then die with SIGKILL mid-job.
    github.inject({ operationId: 'actions/list-workflow-run-artifacts', times: 1, kind: 'slow', delayMs: 30_000 });
    const first = await startBotProcess(github, redis.url);
    children.push(first.child);
    const ack = await sendWebhook(first.url, workflowRunPayload({ runId: 4242, headSha: sha('9') }));
    expect(ack.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    first.child.kill('SIGKILL');

    const second = await startBotProcess(github, redis.url);
    children.push(second.child);
    const deadline = Date.now() + 30_000;
    while (github.comments.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]!.issueNumber).toBe(5);
    second.child.kill('SIGTERM');
  }, 90_000);
});
