// The facts a release plan is built from, read from the work tree: package versions, pending changesets
// (`changeset status`), existing git tags. Every process call has a timeout.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACTION_PACKAGES, BOT_PACKAGE, CORE_PACKAGE } from './plan.mjs';

export class ReleaseError extends Error {
  name = 'ReleaseError';
}

/** Run a command; throw a ReleaseError that says what failed and what to do when it does not exit 0. */
export function run(command, args, { cwd, timeoutMs = 120_000, hint = '', env = process.env } = {}) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 << 20 });
  if (result.error || result.status !== 0) {
    const why = result.error?.code === 'ETIMEDOUT' ? `timed out after ${timeoutMs / 1000} s` : `exit ${result.status}`;
    const output = `${result.stderr ?? ''}${result.stdout ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new ReleaseError(`\`${command} ${args.join(' ')}\` failed (${why}).${hint ? ` ${hint}` : ''}\n${output}`);
  }
  return result.stdout;
}

export function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** package name → version, for every package a release touches. */
export function packageVersions(root) {
  const versions = {};
  for (const { name, dir } of [...ACTION_PACKAGES, CORE_PACKAGE, BOT_PACKAGE]) {
    const manifest = readJson(join(root, dir, 'package.json'));
    if (manifest.name !== name) throw new ReleaseError(`${dir}/package.json is named ${manifest.name}, not ${name}.`);
    versions[name] = manifest.version;
  }
  return versions;
}

/** The releases `changeset status` would make (empty when no changeset is pending). */
export function pendingReleases(root) {
  const dir = mkdtempSync(join(tmpdir(), 'wsl-ready-status-'));
  try {
    const output = join(dir, 'status.json');
    run(process.execPath, [join(root, 'node_modules/@changesets/cli/bin.js'), 'status', '--output', output], {
      cwd: root,
      timeoutMs: 60_000,
      hint: 'Run `npx changeset status --verbose` to see why (a changed package without a changeset fails it).',
    });
    // Packages only listed as dependents (type "none") keep their version.
    return readJson(output)
      .releases.filter((release) => release.type !== 'none')
      .map(({ name, type, oldVersion, newVersion }) => ({
        name,
        type,
        oldVersion,
        newVersion,
      }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function gitTags(root) {
  return run('git', ['tag', '--list'], { cwd: root, timeoutMs: 30_000 })
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
