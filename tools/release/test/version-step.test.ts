// The release PR's version step (`npm run release -- version`, run by changesets/action) on a clone of this
// repository with one more change note: both actions move together, CHANGELOGs get the note, the core's VERSION
// constant follows its package.json, the new version gets its Report v1 fixtures, and `notes` prints the section.
// The clone uses changesets' plain changelog generator: the GitHub one asks GitHub for PR links.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cloneRepository, run } from './clone.js';

let clone: string;

const versionOf = (dir: string) => JSON.parse(readFileSync(join(clone, dir, 'package.json'), 'utf8')).version as string;
const bumpPatch = (version: string) => version.replace(/\d+$/, (patch) => String(Number(patch) + 1));

beforeAll(async () => {
  clone = await cloneRepository('wsl-ready-version-step-');
  const configFile = join(clone, '.changeset/config.json');
  const config = JSON.parse(readFileSync(configFile, 'utf8'));
  writeFileSync(configFile, JSON.stringify({ ...config, changelog: '@changesets/cli/changelog' }));
});
afterAll(() => rmSync(clone, { recursive: true, force: true }));

it('versions the fixed actions together and writes CHANGELOGs, VERSION, lockfile and report fixtures', async () => {
  // Versions the pending changesets give the actions, then one more patch note for one action only.
  const { stdout: planned } = await run(process.execPath, ['tools/release/release.mjs', 'plan', '--json'], {
    cwd: clone,
    timeout: 60_000,
  });
  const { plan, pending } = JSON.parse(planned) as {
    plan: { actions: { version: string } };
    pending: Array<{ name: string }>;
  };
  // A pending note on the actions bumps them at least a patch already; otherwise the test's note is the bump.
  const actionsPending = pending.some(
    (release) => release.name.endsWith('setup-wsl2') || release.name.endsWith('docker-backend-check'),
  );
  const expected = actionsPending ? plan.actions.version : bumpPatch(plan.actions.version);
  writeFileSync(
    join(clone, '.changeset/test-fix.md'),
    '---\n"@wsl-ready/docker-backend-check": patch\n---\n\nA fix written by the version step test.\n',
  );

  await run(process.execPath, ['tools/release/release.mjs', 'version'], { cwd: clone, timeout: 300_000 });

  expect(versionOf('packages/setup-wsl2')).toBe(expected);
  expect(versionOf('packages/docker-backend-check')).toBe(expected);
  expect(readdirSync(join(clone, '.changeset')).sort()).toEqual(['README.md', 'config.json']);
  for (const dir of ['packages/setup-wsl2', 'packages/docker-backend-check']) {
    expect(readFileSync(join(clone, dir, 'CHANGELOG.md'), 'utf8')).toContain(`## ${expected}`);
  }
  expect(readFileSync(join(clone, 'packages/docker-backend-check/CHANGELOG.md'), 'utf8')).toContain(
    'A fix written by the version step test.',
  );
  const coreVersion = versionOf('packages/core');
  expect(readFileSync(join(clone, 'packages/core/src/version.ts'), 'utf8')).toContain(
    `export const VERSION = '${coreVersion}';`,
  );
  const lock = JSON.parse(readFileSync(join(clone, 'package-lock.json'), 'utf8'));
  expect(lock.packages['packages/setup-wsl2'].version).toBe(expected);
  expect(lock.packages['packages/core'].version).toBe(coreVersion);
  const fixtures = join(clone, 'packages/readiness-bot/test/fixtures/released-reports', expected);
  expect(readdirSync(fixtures).filter((f) => f.startsWith('cli-')).length).toBeGreaterThan(0);

  const { stdout: notes } = await run(
    process.execPath,
    ['tools/release/release.mjs', 'notes', '@wsl-ready/setup-wsl2', '@wsl-ready/docker-backend-check'],
    { cwd: clone, timeout: 30_000 },
  );
  expect(notes).toContain(`## @wsl-ready/docker-backend-check ${expected}`);
  expect(notes).toContain('A fix written by the version step test.');
});
