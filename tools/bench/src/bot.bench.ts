// The readiness bot under load, against the GitHub stand-in (docs/budgets.md). The bot runs in its own process
// (the production server), so its acknowledgement latency and memory are not mixed with the stand-in's or the
// load generator's: webhook ack latency while 200 events are in flight, events per second end to end, REST calls
// per event, writes when nothing changed, and peak RSS with 100 concurrent events carrying 1 MB reports.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createReport } from '@wsl-ready/core';
import {
  BASE_REPO,
  GitHubTwin,
  reportArtifact,
  runnerReport,
  sendWebhook,
  sha,
  signedHeaders,
  testAppPrivateKey,
  WEBHOOK_SECRET,
  workflowRunPayload,
  zipOf,
} from '@wsl-ready/twin';
import { build } from 'esbuild';
// @ts-expect-error: a plain .mjs helper shared with the build scripts
import { toolBundleOptions } from '../../scripts/esbuild-common.mjs';
import { type Metric, median, percentile, report, round, withBudget } from './measure.js';

const repo = `${BASE_REPO.owner}/${BASE_REPO.name}`;
// The bench runner starts every benchmark in the repository root.
const root = `${process.cwd()}/`;
const serverEntry = `${root}.bench/build/bot-server.mjs`;

interface BotProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

async function startBotProcess(
  github: GitHubTwin,
  logLevel: 'silent' | 'info' | 'warn' | 'error' = 'silent',
): Promise<BotProcess> {
  const child = spawn(process.execPath, [serverEntry], {
    env: {
      PATH: process.env.PATH,
      APP_ID: String(github.app.id),
      PRIVATE_KEY: testAppPrivateKey(),
      WEBHOOK_SECRET,
      HOST: '127.0.0.1',
      PORT: '0',
      GHE_HOST: github.url.replace(/^http:\/\//, ''),
      GHE_PROTOCOL: 'http',
      LOG_LEVEL: logLevel,
      NODE_ENV: 'production',
      NODE_OPTIONS: process.env.BOT_NODE_OPTIONS ?? deployedNodeOptions(),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const line = buffer.split('\n').find((l) => l.startsWith('{"url"'));
      if (line) resolve((JSON.parse(line) as { url: string }).url);
    });
    child.once('exit', (code) => reject(new Error(`bot process exited with ${code}`)));
  });
  return {
    url,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
      }),
  };
}

/** The bot is measured as it is deployed: with the NODE_OPTIONS its Dockerfile sets. */
function deployedNodeOptions(): string {
  const dockerfile = readFileSync(`${root}packages/readiness-bot/Dockerfile`, 'utf8');
  const options = /^ENV NODE_OPTIONS="([^"]*)"/m.exec(dockerfile)?.[1];
  if (options === undefined) throw new Error('packages/readiness-bot/Dockerfile sets no NODE_OPTIONS');
  return options;
}

/** Peak resident set size of a process (Linux `VmHWM`), in MB. */
function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the bot');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function load(): Promise<Metric[]> {
  const github = new GitHubTwin({ repos: [{ ...BASE_REPO, files: {} }] });
  await github.start();
  const bot = await startBotProcess(github);
  const events = 200;
  const pulls = 20;
  const payloadFor = (i: number, runBase: number) => {
    const pr = (i % pulls) + 1;
    return workflowRunPayload({
      runId: runBase + i,
      headSha: sha(pr.toString(16).padStart(2, '0')),
      prNumber: pr,
      path: `.github/workflows/w${i}.yml`,
    });
  };
  for (let i = 0; i < events; i++) {
    github.addArtifact({
      name: `wsl-ready-report-r${i}`,
      runId: 10_000 + i,
      repo,
      bytes: reportArtifact(runnerReport()),
    });
  }
  // Warm-up outside the measurement (JIT, installation token, app identity).
  github.addArtifact({ name: 'wsl-ready-report-warm', runId: 9_999, repo, bytes: reportArtifact(runnerReport()) });
  await sendWebhook(bot.url, workflowRunPayload({ runId: 9_999, headSha: sha('f0'), prNumber: 999 }));
  await until(() => github.comments.length === 1, 30_000);

  // 0. The reference for the ack budget, in this run: the same 100 paced webhooks with nothing in flight (runs
  //    without artifacts, so they end at the listing), then wait until the bot is quiet again.
  const idleAckMs: number[] = [];
  for (let i = 0; i < 100; i++) {
    idleAckMs.push(
      (await sendWebhook(bot.url, workflowRunPayload({ runId: 60_000 + i, headSha: sha('f1'), prNumber: 998 }))).ms,
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await until(() => quietFor(github, 300), 60_000);
  const idleAckP99 = percentile(idleAckMs, 99);

  // 1. Throughput: 200 events at once, end to end (every API answer takes 20 ms, as a nearby GitHub would).
  github.inject({ operationId: '*', times: 1_000_000, kind: 'slow', delayMs: 20 });
  const callsBefore = github.apiCalls().length;
  const started = performance.now();
  await Promise.all(Array.from({ length: events }, (_, i) => sendWebhook(bot.url, payloadFor(i, 10_000))));
  const rows = () => github.comments.reduce((n, c) => n + (c.body.match(/^\| r\d+ \|/gm)?.length ?? 0), 0);
  await until(
    () => github.calls.filter((c) => c.operationId === 'actions/list-workflow-run-artifacts').length >= events + 1,
    120_000,
  );
  await until(() => github.apiCalls().length > callsBefore && quietFor(github, 300), 120_000);
  const seconds = (performance.now() - started) / 1000;
  const calls = github.apiCalls().slice(callsBefore);
  const downloads = calls.filter((c) => c.operationId === 'actions/download-artifact').length;

  // 2. Ack latency while 200 events are in flight: the API now answers in 200 ms, 200 new events are queued,
  //    then 100 more webhooks arrive one every 10 ms and each acknowledgement is timed.
  for (let i = 0; i < events + 100; i++) {
    github.addArtifact({
      name: `wsl-ready-report-q${i}`,
      runId: 30_000 + i,
      repo,
      bytes: reportArtifact(runnerReport()),
    });
  }
  github.faults.splice(0);
  github.inject({ operationId: '*', times: 1_000_000, kind: 'slow', delayMs: 200 });
  const listed = () => github.calls.filter((c) => c.operationId === 'actions/list-workflow-run-artifacts').length;
  const listedBefore = listed();
  await Promise.all(Array.from({ length: events }, (_, i) => sendWebhook(bot.url, payloadFor(i, 30_000))));
  const ackMs: number[] = [];
  for (let i = 0; i < 100; i++) {
    ackMs.push((await sendWebhook(bot.url, payloadFor(events + i, 30_000))).ms);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const stillInFlight = events + 100 - (listed() - listedBefore);
  await until(() => listed() - listedBefore >= events + 100 && quietFor(github, 500), 300_000);

  // 3. Nothing changed: a restarted bot (no memory of deliveries or comments) receives 50 runs again. It reads
  //    every comment back, finds the same body, and writes nothing.
  github.faults.splice(0);
  await bot.stop();
  const restarted = await startBotProcess(github);
  const replayBefore = github.apiCalls().length;
  await Promise.all(Array.from({ length: 50 }, (_, i) => sendWebhook(restarted.url, payloadFor(i, 10_000))));
  await until(() => quietFor(github, 1_000), 60_000);
  const replay = github.apiCalls().slice(replayBefore);
  // Minting the new process's installation token is a POST but writes nothing to the repository.
  const replayWrites = replay.filter(
    (c) => c.method !== 'GET' && c.operationId !== 'apps/create-installation-access-token',
  ).length;

  await restarted.stop();
  await github.close();
  return [
    { name: 'bot: webhook ack p50 (200+ events in flight)', value: round(median(ackMs), 2), unit: 'ms' },
    { name: 'bot: webhook ack p99 (200+ events in flight)', value: round(percentile(ackMs, 99), 2), unit: 'ms' },
    { name: 'bot: webhook ack p99 (nothing in flight, same run)', value: round(idleAckP99, 2), unit: 'ms' },
    // A ratio in one run, not an absolute time: a loaded queue may cost the acknowledgement little.
    withBudget({
      name: 'bot: ack p99 with 200+ events in flight / with none (ratio)',
      value: round(percentile(ackMs, 99) / Math.max(idleAckP99, 0.01), 2),
      unit: '×',
      budget: 3,
    }),
    { name: 'bot: events still in flight when the last probe was acked', value: stillInFlight, unit: '' },
    { name: 'bot: events per second end to end (20 ms API latency)', value: round(events / seconds, 1), unit: '/s' },
    withBudget({
      name: 'bot: REST calls per event (budget artifacts + 4)',
      value: round(calls.length / events, 2),
      unit: '',
      budget: round(downloads / events + 4, 2),
    }),
    withBudget({
      name: 'bot: writes for 50 runs redelivered with unchanged data',
      value: replayWrites,
      unit: '',
      budget: 0,
    }),
    { name: 'bot: REST calls per unchanged event (cold caches)', value: round(replay.length / 50, 2), unit: '' },
    withBudget({ name: 'bot: runner rows in the 20 comments', value: rows(), unit: '', budget: events }, 'min'),
  ];
}

/** True once the stand-in has seen no request for `ms` (the bot is idle). */
function quietFor(github: GitHubTwin, ms: number): boolean {
  const last = github.calls.at(-1)?.at ?? 0;
  return Date.now() - last > ms;
}

/** A valid report of about 1 MB of JSON (500 checks with long summaries and remediation). */
function bigReport() {
  const filler = (seed: number) => `${'lorem ipsum dolor sit amet '.repeat(40)}${seed}`.slice(0, 1000);
  return createReport({
    source: { kind: 'action', name: 'setup-wsl2' },
    host: { os: 'windows', arch: 'x64', isWsl: false },
    checks: Array.from({ length: 500 }, (_, i) => ({
      id: `c${i}`,
      area: 'wsl',
      title: `Check ${i}`,
      status: 'pass' as const,
      summary: filler(i),
      remediation: filler(i + 1),
      durationMs: i,
    })),
  });
}

async function memory(): Promise<Metric[]> {
  const github = new GitHubTwin({
    repos: [{ ...BASE_REPO, files: { '.github/wsl-ready.yml': 'max-artifact-bytes: 4194304\n' } }],
  });
  await github.start();
  const bot = await startBotProcess(github);
  const json = JSON.stringify(bigReport());
  const artifact = reportArtifact(JSON.parse(json));
  const events = 100;
  for (let i = 0; i < events; i++)
    github.addArtifact({ name: 'wsl-ready-report-big', runId: 20_000 + i, repo, bytes: artifact });
  const idle = peakRssMb(bot.child.pid!);
  await Promise.all(
    Array.from({ length: events }, (_, i) =>
      sendWebhook(bot.url, workflowRunPayload({ runId: 20_000 + i, headSha: sha('e1'), prNumber: 500 + i })),
    ),
  );
  await until(() => github.comments.length >= events, 300_000);
  const peak = peakRssMb(bot.child.pid!);
  await bot.stop();
  await github.close();
  return [
    { name: 'bot: report size (JSON, before zip)', value: round(json.length / 1024 / 1024, 2), unit: 'MB' },
    { name: 'bot: RSS of the idle bot process', value: round(idle, 0), unit: 'MB' },
    withBudget({
      name: 'bot: peak RSS, 100 concurrent events with 1 MB reports',
      value: round(peak, 0),
      unit: 'MB',
      budget: 200,
    }),
  ];
}

const MiB = 1024 * 1024;

/**
 * A forged delivery (wrong signature) of `size` bytes in 1 MiB chunks, declared or chunked. Resolves with the
 * answer's status, or `reset` when the bot cut the connection first.
 */
function forgedPost(url: string, size: number, declareLength: boolean): Promise<number | 'reset'> {
  const chunk = Buffer.alloc(MiB, 0x20);
  chunk.write('{"action":"completed","pad":"');
  const headers: Record<string, string> = {
    ...signedHeaders('{}', { secret: 'not-the-secret' }),
    ...(declareLength ? { 'content-length': String(size) } : { 'transfer-encoding': 'chunked' }),
  };
  return new Promise((resolve) => {
    let settled = false;
    const settle = (value: number | 'reset') => {
      if (!settled) resolve(value);
      settled = true;
    };
    const req = request(`${url}/api/github/webhooks`, { method: 'POST', headers, timeout: 120_000 }, (res) => {
      settle(res.statusCode ?? 0);
      res.resume();
    });
    req.on('error', () => settle('reset'));
    req.on('timeout', () => req.destroy());
    let sent = 0;
    const pump = () => {
      while (sent < size && !settled) {
        const piece = chunk.subarray(0, Math.min(chunk.length, size - sent));
        sent += piece.length;
        if (!req.write(piece)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

/**
 * Hostile input before and after authentication (issue 14): forged deliveries far past GitHub's 25 MB limit,
 * declared and streamed, four at a time without pause, while 100 real deliveries arrive one every 10 ms; then a
 * JSON bomb artifact with the largest `max-artifact-bytes`. The bot runs with its deployed heap settings and logs
 * at `info`, so a logged payload would show as log growth.
 */
async function attack(): Promise<Metric[]> {
  const github = new GitHubTwin({
    repos: [{ ...BASE_REPO, files: { '.github/wsl-ready.yml': `max-artifact-bytes: ${10 * MiB}\n` } }],
  });
  await github.start();
  const bot = await startBotProcess(github, 'info');
  let logBytes = 0;
  bot.child.stdout!.on('data', (chunk: Buffer) => {
    logBytes += chunk.length;
  });
  for (let i = 0; i < 101; i++)
    github.addArtifact({ name: 'wsl-ready-report-w', runId: 40_000 + i, repo, bytes: reportArtifact(runnerReport()) });
  await sendWebhook(bot.url, workflowRunPayload({ runId: 40_000, headSha: sha('a0'), prNumber: 700 }));
  await until(() => github.comments.length === 1, 60_000);
  const logBefore = logBytes;

  // 1. The largest single forged POSTs: declared sizes are refused from the header, streamed ones at 25 MB.
  const sizes = [30 * MiB, 256 * MiB, 1024 * MiB];
  let largestSurvived = 0;
  for (const size of sizes) {
    const declared = await forgedPost(bot.url, size, true);
    const streamed = await forgedPost(bot.url, size, false);
    const alive =
      bot.child.exitCode === null &&
      (await fetch(`${bot.url}/healthz`).then(
        (r) => r.ok,
        () => false,
      ));
    if (alive && declared !== 200 && streamed !== 200) largestSurvived = size;
  }

  // 2. Valid deliveries acknowledged while four forged 40 MiB posts are always in flight, against the same
  //    deliveries without the attack just before.
  const timeAcks = async (from: number, head: string, pr: number) => {
    const times: number[] = [];
    const codes: number[] = [];
    for (let i = 0; i < 50; i++) {
      const ack = await sendWebhook(
        bot.url,
        workflowRunPayload({ runId: 40_000 + from + i, headSha: sha(head), prNumber: pr }),
      );
      times.push(ack.ms);
      codes.push(ack.status);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return { times, codes };
  };
  const quiet = await timeAcks(1, 'a3', 703);
  let attacking = true;
  let forged = 0;
  const attackers = Array.from({ length: 4 }, async (_, i) => {
    while (attacking) {
      await forgedPost(bot.url, 40 * MiB, i % 2 === 0);
      forged++;
    }
  });
  const { times: ackMs, codes: statuses } = await timeAcks(51, 'a1', 701);
  attacking = false;
  await Promise.all(attackers);
  const survivedAttack = bot.child.exitCode === null;
  const logGrowthKb = (logBytes - logBefore) / 1024;

  // 3. A JSON bomb: a tiny artifact of `[{},{},…]` inflating to 40 MiB, with the largest allowed setting.
  const bombJson = new TextEncoder().encode(`[${'{},'.repeat((40 * MiB) / 3)}{}]`);
  const bomb = zipOf({ 'wsl-ready-report.json': bombJson });
  const elements = new TextEncoder().encode(`[${'{},'.repeat((7 * MiB) / 3)}{}]`);
  github.addArtifact({ name: 'wsl-ready-report-bomb', runId: 50_000, repo, bytes: bomb });
  github.addArtifact({
    name: 'wsl-ready-report-elements',
    runId: 50_000,
    repo,
    bytes: zipOf({ 'wsl-ready-report.json': elements }),
  });
  const commentsBefore = github.comments.length;
  await sendWebhook(bot.url, workflowRunPayload({ runId: 50_000, headSha: sha('a2'), prNumber: 702 }));
  await until(() => github.comments.length > commentsBefore || bot.child.exitCode !== null, 120_000);
  const survivedBomb = bot.child.exitCode === null;
  const peak = peakRssMb(bot.child.pid!);
  await bot.stop();
  await github.close();
  return [
    withBudget(
      {
        name: 'bot: largest forged POST survived (declared and streamed)',
        value: largestSurvived / MiB,
        unit: 'MiB',
        budget: 1024,
      },
      'min',
    ),
    { name: 'bot: forged 40 MiB POSTs answered during the ack measurement', value: forged, unit: '' },
    { name: 'bot: webhook ack p50 under 4 concurrent forged 40 MiB POSTs', value: round(median(ackMs), 2), unit: 'ms' },
    {
      name: 'bot: webhook ack p99 under 4 concurrent forged 40 MiB POSTs',
      value: round(percentile(ackMs, 99), 2),
      unit: 'ms',
    },
    {
      name: 'bot: webhook ack p99 without the attack (same run)',
      value: round(percentile(quiet.times, 99), 2),
      unit: 'ms',
    },
    {
      name: 'bot: ack p99 under attack / without (ratio)',
      value: round(percentile(ackMs, 99) / percentile(quiet.times, 99), 2),
      unit: '×',
    },
    withBudget(
      {
        name: 'bot: valid deliveries acknowledged 200 under attack (of 50)',
        value: statuses.filter((s) => s === 200).length,
        unit: '',
        budget: 50,
      },
      'min',
    ),
    withBudget({ name: 'bot: log growth during the attack', value: round(logGrowthKb, 1), unit: 'KB', budget: 64 }),
    withBudget(
      { name: 'bot: process alive after the attack (1 = yes)', value: survivedAttack ? 1 : 0, unit: '', budget: 1 },
      'min',
    ),
    {
      name: 'bot: JSON bomb artifact (zip) inflating to 40 MiB of [{},…]',
      value: round(bomb.length / 1024, 1),
      unit: 'KB',
    },
    withBudget(
      { name: 'bot: process alive after the JSON bombs (1 = yes)', value: survivedBomb ? 1 : 0, unit: '', budget: 1 },
      'min',
    ),
    { name: 'bot: peak RSS through the attack and the bombs', value: round(peak, 0), unit: 'MB' },
  ];
}

await build({ ...toolBundleOptions, entryPoints: [`${root}tools/bench/src/bot-server.ts`], outfile: serverEntry });
const only = process.env.BOT_BENCH_PARTS?.split(',');
report([
  ...(!only || only.includes('load') ? await load() : []),
  ...(!only || only.includes('memory') ? await memory() : []),
  ...(!only || only.includes('attack') ? await attack() : []),
]);
