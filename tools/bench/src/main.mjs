// `npm run bench`: bundles each `src/*.bench.ts` (reading sibling sources through the @wsl-ready/source condition),
// runs it in its own process on the machine's Node, and prints one table of medians and ratios measured in this run.
// Results also go to .bench/results.json. `npm run bench -- bot doctor` runs only the named benchmarks.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { toolBundleOptions } from '../../scripts/esbuild-common.mjs';
import { machineNode } from '../../scripts/node-versions.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const outDir = join(root, '.bench', 'build');
mkdirSync(outDir, { recursive: true });

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();

const results = [];
let failed = 0;
for (const name of benches) {
  const outfile = join(outDir, `${name}.mjs`);
  await build({
    ...toolBundleOptions,
    entryPoints: [join(here, `${name}.bench.ts`)],
    outfile,
  });
  process.stdout.write(`\n▶ ${name}\n`);
  const started = Date.now();
  const run = spawnSync(machineNode(), ['--expose-gc', outfile], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    timeout: 15 * 60_000,
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const lines = (run.stdout ?? '').trim().split('\n');
  const last = lines.pop() ?? '';
  if (lines.length) process.stdout.write(`${lines.join('\n')}\n`);
  try {
    const metrics = JSON.parse(last);
    for (const metric of metrics) results.push({ bench: name, ...metric });
    for (const metric of metrics) {
      const budget =
        metric.budget === undefined
          ? ''
          : `  (budget ${metric.budget}${metric.unit ?? ''}: ${metric.ok ? 'ok' : 'OVER'})`;
      process.stdout.write(
        `  ${metric.name.padEnd(58)} ${String(metric.value).padStart(12)} ${metric.unit ?? ''}${budget}\n`,
      );
      if (metric.ok === false) failed++;
    }
  } catch {
    failed++;
    process.stdout.write(
      `  ${name} did not report results (exit ${run.status}${run.signal ? `, ${run.signal}` : ''})\n`,
    );
  }
  process.stdout.write(`  (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}
writeFileSync(
  join(root, '.bench', 'results.json'),
  `${JSON.stringify({ at: new Date().toISOString(), results }, null, 2)}\n`,
);
process.stdout.write(`\n${results.length} measures, ${failed} over budget or missing. Results: .bench/results.json\n`);
process.exitCode = failed ? 1 : 0;
