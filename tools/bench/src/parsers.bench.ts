// Parser throughput (issue 3): each parser over byte-exact captured outputs (UTF-16LE + CRLF for wsl.exe, several
// locales; docker JSON and text; .wslconfig files), as raw bytes, the way the runner hands them over. Each run
// loops over the fixture set for a fixed time; the figures are medians over runs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  decodeOutput,
  lintWslConfig,
  parseDockerInfo,
  parseListVerbose,
  parseStatus,
  parseVersion,
  parseWslError,
} from '@wsl-ready/core';
import { type Metric, median, report, round } from './measure.js';

const root = `${process.cwd()}/`;
const core = `${root}packages/core/test/fixtures/`;
// Localized wsl.exe outputs written byte for byte by the twin's independent fixture script.
const twin = `${root}tools/twin/test/wsl/fixtures/`;
const RUNS = 7;
const RUN_MS = 150;

const read = (path: string) => readFileSync(path);
const filesIn = (dir: string, test: (name: string) => boolean) =>
  readdirSync(dir)
    .filter(test)
    .sort()
    .map((name) => read(join(dir, name)));

const localized = (kind: string) => filesIn(twin, (n) => new RegExp(`^[a-z]{2}-[A-Z]{2}\\.${kind}\\.raw$`).test(n));
const errorFixtures = readdirSync(`${core}wsl-errors/localized`, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => filesIn(join(`${core}wsl-errors/localized`, d.name), (n) => n.endsWith('.raw')));
const dockerInfo = readdirSync(`${core}docker/cli`, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => [
    read(`${core}docker/cli/${d.name}/info.json.out`),
    read(`${core}docker/cli/${d.name}/info.txt.out`),
  ]);
const wslFixtures = filesIn(`${core}wsl`, (n) => n.endsWith('.txt'));

interface Case {
  name: string;
  inputs: Buffer[];
  parse: (input: Buffer) => unknown;
}

const cases: Case[] = [
  {
    name: 'parseVersion',
    inputs: [read(`${core}wsl/version-en-US.txt`), read(`${core}wsl/version-inbox-en-US.txt`), ...localized('version')],
    parse: parseVersion,
  },
  {
    name: 'parseListVerbose',
    inputs: [
      read(`${core}wsl/list-verbose-en-US.txt`),
      read(`${core}wsl/no-distros-en-US.txt`),
      ...localized('list-verbose'),
    ],
    parse: parseListVerbose,
  },
  {
    name: 'parseStatus',
    inputs: [read(`${core}wsl/status-en-US.txt`), read(`${core}wsl/status-inbox-en-US.txt`), ...localized('status')],
    parse: parseStatus,
  },
  {
    name: 'parseWslError',
    inputs: [read(`${core}wsl/error-distro-not-found-en-US.txt`), ...errorFixtures],
    parse: parseWslError,
  },
  { name: 'parseDockerInfo', inputs: dockerInfo, parse: (input) => parseDockerInfo(input) },
  {
    name: 'lintWslConfig',
    inputs: filesIn(`${core}config`, (n) => n.endsWith('.wslconfig')),
    parse: (input) => lintWslConfig(input),
  },
  { name: 'decodeOutput', inputs: wslFixtures, parse: decodeOutput },
];

/** Sink for results, so no call can be optimised away. */
let sink = 0;

function runFor(c: Case, ms: number): { bytes: number; calls: number; seconds: number } {
  let bytes = 0;
  let calls = 0;
  const started = performance.now();
  let now = started;
  while (now - started < ms) {
    for (const input of c.inputs) {
      const result = c.parse(input);
      sink += result === undefined ? 0 : 1;
      bytes += input.length;
      calls++;
    }
    now = performance.now();
  }
  return { bytes, calls, seconds: (now - started) / 1000 };
}

const metrics: Metric[] = [];
for (const c of cases) {
  if (c.inputs.length === 0) throw new Error(`${c.name}: no fixtures found`);
  runFor(c, 100); // warm-up (JIT)
  const mbps: number[] = [];
  const cps: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = runFor(c, RUN_MS);
    mbps.push(run.bytes / 1e6 / run.seconds);
    cps.push(run.calls / run.seconds);
  }
  const bytes = c.inputs.reduce((sum, b) => sum + b.length, 0);
  metrics.push(
    {
      name: `${c.name}: throughput (${c.inputs.length} fixtures, ${bytes} B)`,
      value: round(median(mbps), 1),
      unit: 'MB/s',
    },
    { name: `${c.name}: calls per second`, value: round(median(cps), 0), unit: '/s' },
  );
}
if (sink === 0) throw new Error('no parser produced a result');
process.stdout.write(`  medians of ${RUNS} runs of ${RUN_MS} ms each; inputs as raw bytes; 1 MB = 10^6 B\n`);
report(metrics);
