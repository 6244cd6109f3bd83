// Report v1 fixtures of a released version: what that version's producers write, kept so the current bot is tested
// against every report a released version may still upload (packages/readiness-bot/test/released-reports.test.ts).
// A release adds the folder of its actions' version; fixtures of earlier versions are never rewritten.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReleaseError, run } from './facts.mjs';

export const FIXTURES_DIR = 'packages/readiness-bot/test/fixtures/released-reports';

/** Replayed machines whose `wsl-ready --json` reports become fixtures: one ready, two not ready for different reasons. */
export const FIXTURE_EXAMPLES = ['desktop-wsl2-laptop', 'windows-2025-runner', 'wsl-not-installed'];

/**
 * Write `<FIXTURES_DIR>/<version>/cli-<example>.json` from today's CLI (built first). Returns the files written;
 * an existing version folder is left as it is unless `overwrite`.
 */
export function writeReportFixtures(root, version, { overwrite = false } = {}) {
  const dir = join(root, FIXTURES_DIR, version);
  if (existsSync(dir) && !overwrite) return [];
  run(process.execPath, [join(root, 'tools/scripts/build-cli.mjs')], { cwd: root, timeoutMs: 120_000 });
  mkdirSync(dir, { recursive: true });
  const written = [];
  for (const example of FIXTURE_EXAMPLES) {
    const args = [
      join(root, 'packages/core/bin/wsl-ready.mjs'),
      '--replay',
      join(root, 'packages/core/examples', `${example}.json`),
      '--json',
    ];
    // The CLI exits 1 for a machine that is not ready; its stdout is the report all the same.
    const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', timeout: 60_000 });
    if (result.error || (result.status !== 0 && result.status !== 1)) {
      throw new ReleaseError(
        `wsl-ready --replay ${example}: ${result.error?.message ?? `exit ${result.status}`}\n${result.stderr}`,
      );
    }
    const stdout = result.stdout;
    const report = parseReport(stdout, example);
    const file = join(dir, `cli-${example}.json`);
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    written.push(file);
  }
  return written;
}

function parseReport(stdout, example) {
  try {
    const report = JSON.parse(stdout.slice(stdout.indexOf('{')));
    if (report.schemaVersion === 1) return report;
  } catch {}
  throw new ReleaseError(
    `\`wsl-ready --replay packages/core/examples/${example}.json --json\` did not print a Report v1; run it by hand to see why.`,
  );
}
