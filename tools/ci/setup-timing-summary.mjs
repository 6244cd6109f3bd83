#!/usr/bin/env node
// The e2e workflow's setup wall times as a job-summary table: per image, fresh installs against cache hits, so the
// cache's real gain is measured on real runners. Each setup-wsl2 job writes one JSON record
// ({ image, wslVersion, distribution, cacheHit, durationMs }); this reads a folder of them.
//   node tools/ci/setup-timing-summary.mjs DIR >> "$GITHUB_STEP_SUMMARY"
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @typedef {{ image: string, wslVersion: string, distribution: string, cacheHit: boolean, durationMs: number }} Timing */

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Markdown for a set of records. Pure. @param {Timing[]} records @returns {string} */
export function timingTable(records) {
  const valid = records.filter((r) => r && typeof r.image === 'string' && Number.isFinite(r.durationMs));
  if (valid.length === 0) return '## setup-wsl2 wall time\n\nNo setup timings were recorded.\n';
  const lines = [
    '## setup-wsl2 wall time',
    '',
    '| Image | WSL | Fresh (median, n) | Cache hit (median, n) | Cache hit / fresh |',
    '| --- | --- | --- | --- | --- |',
  ];
  const groups = new Map();
  for (const r of valid) {
    const key = `${r.image}\u0000${r.wslVersion}`;
    if (!groups.has(key)) groups.set(key, { image: r.image, wsl: r.wslVersion, fresh: [], hit: [] });
    groups.get(key)[r.cacheHit ? 'hit' : 'fresh'].push(r.durationMs);
  }
  for (const g of [...groups.values()].sort((a, b) => `${a.image}${a.wsl}`.localeCompare(`${b.image}${b.wsl}`))) {
    const fresh = g.fresh.length ? median(g.fresh) : null;
    const hit = g.hit.length ? median(g.hit) : null;
    const cell = (m, n) => (m === null ? '–' : `${seconds(m)} (${n})`);
    const ratio = fresh !== null && hit !== null ? `${(hit / fresh).toFixed(2)}×` : '–';
    lines.push(`| ${g.image} | ${g.wsl} | ${cell(fresh, g.fresh.length)} | ${cell(hit, g.hit.length)} | ${ratio} |`);
  }
  lines.push('', '| Image | WSL | Distribution | Cache hit | Wall time |', '| --- | --- | --- | --- | --- |');
  for (const r of valid) {
    lines.push(
      `| ${r.image} | ${r.wslVersion} | ${r.distribution} | ${r.cacheHit ? 'yes' : 'no'} | ${seconds(r.durationMs)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Every `*.json` record under `dir` (unreadable files are skipped). @param {string} dir @returns {Timing[]} */
export function readTimings(dir) {
  const out = [];
  for (const name of readdirSync(dir, { recursive: true })) {
    if (!String(name).endsWith('.json')) continue;
    try {
      out.push(JSON.parse(readFileSync(join(dir, String(name)), 'utf8')));
    } catch {
      // A half-written record is not a timing.
    }
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: setup-timing-summary.mjs DIR (a folder of timing records)\n');
    process.exitCode = 2;
  } else {
    process.stdout.write(timingTable(readTimings(dir)));
  }
}
