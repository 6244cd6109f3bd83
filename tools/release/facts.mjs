// The facts a release plan is built from, read from the work tree: package versions, pending changesets, existing
// git tags. Every process call has a timeout.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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

/**
 * The releases the pending changesets make (empty when none is pending), read with changesets' own release planner:
 * the plan `changeset status` prints, without its check that every changed package has a changeset (that check
 * needs the base branch and belongs to review, not to releasing).
 */
export async function pendingReleases(root) {
  const { default: imported } = await import('@changesets/get-release-plan');
  const getReleasePlan = imported.default ?? imported;
  let plan;
  try {
    plan = await getReleasePlan(root);
  } catch (error) {
    throw new ReleaseError(
      `the changesets could not be read (${error.message}); run \`npx changeset status --verbose\`.`,
    );
  }
  // Packages only listed as dependents (type "none") keep their version.
  return plan.releases
    .filter((release) => release.type !== 'none')
    .map(({ name, type, oldVersion, newVersion }) => ({ name, type, oldVersion, newVersion }));
}

export function gitTags(root) {
  return run('git', ['tag', '--list'], { cwd: root, timeoutMs: 30_000 })
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
