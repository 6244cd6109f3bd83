// Report v1 compatibility: every report a released version's producers wrote (fixtures/released-reports/<version>/,
// added by `npm run release -- version` for each release) must still be read by today's bot, through its webhook.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_REPO, sendWebhook, sha, workflowRunPayload, zipOf } from '@wsl-ready/twin';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeMarker } from '../src/comment/state.js';
import { type BotHarness, startBot } from './support/harness.js';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'released-reports');
const repo = `${BASE_REPO.owner}/${BASE_REPO.name}`;

const releasedVersions = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function fixturesOf(version: string) {
  return readdirSync(join(FIXTURES, version))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name: name.replace(/\.json$/, ''), bytes: readFileSync(join(FIXTURES, version, name)) }));
}

let bot: BotHarness | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

describe('reports written by released versions', () => {
  it('has fixtures of at least one released version, each a Report v1 file', () => {
    expect(releasedVersions.length).toBeGreaterThan(0);
    for (const version of releasedVersions) {
      expect(version).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/);
      const fixtures = fixturesOf(version);
      expect(fixtures.length, `fixtures/released-reports/${version} holds no report`).toBeGreaterThan(0);
      for (const fixture of fixtures) expect(JSON.parse(fixture.bytes.toString('utf8')).schemaVersion).toBe(1);
    }
  });

  it.each(releasedVersions)('the bot reads every report of %s into its comment, none rejected', async (version) => {
    bot = await startBot();
    const fixtures = fixturesOf(version);
    const runId = 1000;
    for (const fixture of fixtures) {
      // The bytes exactly as released producers wrote them, zipped the way upload-artifact stores them.
      bot.github.addArtifact({
        name: `wsl-ready-report-${fixture.name}`,
        runId,
        repo,
        bytes: zipOf({ 'wsl-ready-report.json': new Uint8Array(fixture.bytes) }),
      });
    }
    const ack = await sendWebhook(bot.url, workflowRunPayload({ runId, headSha: sha('e') }));
    expect(ack.status).toBe(200);
    await bot.settle();

    const comments = bot.github.comments.filter((c) => c.appId === bot!.github.app.id);
    expect(comments).toHaveLength(1);
    const { state, problem } = decodeMarker(comments[0]!.body);
    expect(problem).toBeUndefined();
    expect(state?.problems).toEqual([]);
    expect(state?.entries.map((entry) => entry.label).sort()).toEqual(fixtures.map((f) => f.name));
    expect(comments[0]!.body).not.toContain('could not be used');
    expect(bot.github.violations).toEqual([]);
  });

  it('rejects a report that is not Report v1, so the compatibility check above can fail', async () => {
    bot = await startBot();
    const [first] = fixturesOf(releasedVersions[0]!);
    const changed = { ...JSON.parse(first!.bytes.toString('utf8')), schemaVersion: 2 };
    bot.github.addArtifact({
      name: 'wsl-ready-report-future',
      runId: 1001,
      repo,
      bytes: zipOf({ 'wsl-ready-report.json': new TextEncoder().encode(JSON.stringify(changed)) }),
    });
    await sendWebhook(bot.url, workflowRunPayload({ runId: 1001, headSha: sha('f') }));
    await bot.settle();
    const comment = bot.github.comments.find((c) => c.appId === bot!.github.app.id);
    expect(decodeMarker(comment!.body).state?.problems).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/does not match Report v1/) }),
    ]);
  });
});
