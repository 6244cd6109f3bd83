// `wsl-ready` cold start (docs/budgets.md): `--version` (answered by the bin script alone) and `parse version` (the
// bin loading the one-file bundle) as a user runs them, against bare `node -e 0` on the same Node, in the same run.
// Builds the CLI bundle first.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { type Metric, median, report, round, withBudget } from './measure.js';
import { sampleProcess } from './process-timing.js';

const root = `${process.cwd()}/`;
const node = process.execPath;
const RUNS = 15;

const built = spawnSync(node, [`${root}tools/scripts/build-cli.mjs`], { encoding: 'utf8', timeout: 120_000 });
if (built.status !== 0) throw new Error(`build-cli.mjs failed: ${built.stderr}`);

const bin = `${root}packages/core/bin/wsl-ready.mjs`;
const fixture = readFileSync(`${root}packages/core/test/fixtures/wsl/version-en-US.txt`);
// Measured in turn, so a burst of background load hits all three alike.
const bare: number[] = [];
const version: number[] = [];
const parse: number[] = [];
for (let round = 0; round < RUNS; round++) {
  const first = round === 0 ? 1 : 0;
  bare.push(...(await sampleProcess(1, node, ['-e', '0'], { warmup: first, expectCode: 0 })));
  version.push(...(await sampleProcess(1, node, [bin, '--version'], { warmup: first, expectCode: 0 })));
  parse.push(
    ...(await sampleProcess(1, node, [bin, 'parse', 'version'], { input: fixture, warmup: first, expectCode: 0 })),
  );
}

const bareMs = median(bare);
const versionMs = median(version);
const parseMs = median(parse);
const metrics: Metric[] = [
  { name: `node -e 0 (reference), median of ${RUNS}`, value: round(bareMs), unit: 'ms' },
  { name: `wsl-ready --version cold start, median of ${RUNS}`, value: round(versionMs), unit: 'ms' },
  withBudget({ name: 'wsl-ready --version / node -e 0', value: round(versionMs / bareMs, 2), unit: '×', budget: 1.2 }),
  { name: `wsl-ready parse version (stdin, UTF-16LE), median of ${RUNS}`, value: round(parseMs), unit: 'ms' },
  { name: 'wsl-ready parse version / node -e 0', value: round(parseMs / bareMs, 2), unit: '×' },
  {
    name: 'CLI bundle size (packages/core/dist/cli.mjs)',
    value: round(statSync(`${root}packages/core/dist/cli.mjs`).size / 1000, 0),
    unit: 'kB',
  },
];
process.stdout.write(`  on Node ${process.version}\n`);
report(metrics);
