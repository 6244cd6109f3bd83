// The readiness bot under load, against the GitHub stand-in (docs/budgets.md). The bot runs in its own process
// (the production server), so its acknowledgement latency and memory are not mixed with the stand-in's or the
// load generator's: webhook ack latency while 200 events are in flight, events per second end to end, REST calls
// per event, writes when nothing changed, and peak RSS with 100 concurrent events carrying 1 MB reports.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createReport } from '@wsl-ready/core';
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

async function startBotProcess(github: GitHubTwin): Promise<BotProcess> {
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
      LOG_LEVEL: 'silent',
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
    withBudget({
      name: 'bot: webhook ack p99 (200+ events in flight)',
      value: round(percentile(ackMs, 99), 2),
      unit: 'ms',
      budget: 50,
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

await build({ ...toolBundleOptions, entryPoints: [`${root}tools/bench/src/bot-server.ts`], outfile: serverEntry });
report([...(await load()), ...(await memory())]);
