import { request } from 'node:http';
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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GITHUB_WEBHOOK_MAX_BYTES } from '../src/webhook-gate.js';
import { type BotProcess, buildServerBundle, startBotProcess } from './support/bot-process.js';

const MiB = 1024 * 1024;

/**
 * POST `size` bytes of a JSON-looking body with a wrong signature, in 1 MiB chunks, with or without a
 * Content-Length. Resolves with the status of the answer, or `reset` when the connection was cut first.
 */
export function forgedPost(url: string, size: number, options: { declareLength: boolean }): Promise<number | 'reset'> {
  const chunk = Buffer.alloc(MiB, 0x20);
  chunk.write('{"action":"completed","pad":"');
  const headers: Record<string, string> = {
    ...signedHeaders('{}', { secret: 'not-the-secret' }),
    ...(options.declareLength ? { 'content-length': String(size) } : { 'transfer-encoding': 'chunked' }),
  };
  return new Promise((resolve) => {
    let settled = false;
    const settle = (value: number | 'reset') => {
      if (settled) return;
      settled = true;
      resolve(value);
    };
    const req = request(`${url}/api/github/webhooks`, { method: 'POST', headers }, (res) => {
      settle(res.statusCode ?? 0);
      res.resume();
    });
    req.on('error', () => settle('reset'));
    let sent = 0;
    const pump = () => {
      while (sent < size && !settled) {
        const piece = chunk.subarray(0, Math.min(chunk.length, size - sent));
        sent += piece.length;
        if (!req.write(piece)) {
          req.once('drain', pump);
          return;
        }
      }
      if (sent >= size) req.end();
    };
    pump();
  });
}

describe('readiness bot: hostile deliveries before authentication', () => {
  let github: GitHubTwin;
  let bundle: Awaited<ReturnType<typeof buildServerBundle>>;
  let bot: BotProcess;

  beforeAll(async () => {
    bundle = await buildServerBundle('preauth');
    github = new GitHubTwin({ repos: [{ ...BASE_REPO, files: {} }] });
    await github.start();
    bot = await startBotProcess(bundle.path, github);
  }, 120_000);

  afterAll(async () => {
    bot?.child.kill('SIGKILL');
    await github?.close();
    bundle?.remove();
  });

  it('refuses oversized and forged bodies without buffering or logging them, and still serves GitHub', async () => {
    const logBefore = bot.output().length;
    const linesBefore = bot.output().split('\n').length;
    const oversized = 40 * MiB;
    const answers = await Promise.all([
      ...Array.from({ length: 4 }, () => forgedPost(bot.url, oversized, { declareLength: true })),
      ...Array.from({ length: 2 }, () => forgedPost(bot.url, oversized, { declareLength: false })),
      forgedPost(bot.url, 30 * MiB, { declareLength: true }),
    ]);
    for (const answer of answers) {
      // Refused: 413 past the limit, 503 when too many unverified bytes are held at once.
      expect(answer === 'reset' || (answer >= 400 && answer < 600)).toBe(true);
    }
    expect(answers.filter((a) => a === 413).length).toBeGreaterThanOrEqual(5);
    // A forged body under the limit: refused for its signature, the payload never reaches the log.
    const marker = 'forged-payload-marker';
    const forged = JSON.stringify({ action: 'completed', pad: `${marker}${'x'.repeat(2 * MiB)}` });
    const bad = await fetch(`${bot.url}/api/github/webhooks`, {
      method: 'POST',
      headers: signedHeaders(forged, { secret: 'not-the-secret' }),
      body: forged,
    });
    expect(bad.status).toBe(400);

    // Still up, and a real delivery is acknowledged and processed.
    const repo = `${BASE_REPO.owner}/${BASE_REPO.name}`;
    github.addArtifact({ name: 'wsl-ready-report-win', runId: 77, repo, bytes: reportArtifact(runnerReport()) });
    const ack = await sendWebhook(bot.url, workflowRunPayload({ runId: 77, headSha: sha('7') }));
    expect(ack.status).toBe(200);
    await bot.waitForLine(/"msg":"workflow run processed"/);
    expect(github.comments).toHaveLength(1);
    expect(bot.child.exitCode).toBeNull();

    const grown = bot.output().slice(logBefore);
    expect(grown).not.toContain(marker);
    expect(grown.length).toBeLessThan(4_000);
    // One refusal line (later ones are counted into the next), the queued and processed lines.
    expect(bot.output().split('\n').length - linesBefore).toBeLessThanOrEqual(6);
  }, 120_000);

  it('documents the limit it enforces', () => {
    expect(GITHUB_WEBHOOK_MAX_BYTES).toBe(25 * MiB);
  });
});
