// `npm run release -- --dry-run` on a clone of this repository (what the release workflow publishes is a commit): the plan it prints agrees with the changesets and package
// versions, and what it packs is what users get: the core's tarball installs in a fresh folder outside the
// repository and `npx wsl-ready --version` runs there; each action's files include the entry point it runs.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloneRepository, root as repository, run } from './clone.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

interface DryRun {
  plan: {
    pendingChangesets: boolean;
    problems: string[];
    actions: { packages: string[]; version: string; createTag: string; moveTag: string | null };
    core: { name: string; version: string; tag: string };
    bot: { version: string; platforms: string[]; imageTags: string[]; dockerfile: string };
    reportFixture: string;
    reportFixtureExists: boolean;
  };
  pending: Array<{ name: string; newVersion: string }>;
  packed: {
    core: { name: string; version: string; tarball: string; files: string[] };
    actions: Array<{ name: string; dir: string; main: string }>;
  };
}

const manifest = (dir: string) => JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
let root: string;
let out: string;
let result: DryRun;

beforeAll(async () => {
  root = await cloneRepository('wsl-ready-dry-run-repo-');
  out = mkdtempSync(join(tmpdir(), 'wsl-ready-dry-run-'));
  const { stdout } = await run(process.execPath, ['tools/release/release.mjs', '--dry-run', '--json', '--out', out], {
    cwd: root,
    timeout: 240_000,
    maxBuffer: 32 << 20,
  });
  result = JSON.parse(stdout);
});
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  rmSync(root, { recursive: true, force: true });
});

describe('npm run release -- --dry-run', () => {
  it('plans one version line and tag pair for the two actions, from the changesets or package.json', () => {
    const { plan, pending } = result;
    expect(plan.problems).toEqual([]);
    const expected = (name: string, dir: string) =>
      pending.find((release) => release.name === name)?.newVersion ?? manifest(dir).version;
    const actionsVersion = expected('@wsl-ready/setup-wsl2', 'packages/setup-wsl2');
    expect(expected('@wsl-ready/docker-backend-check', 'packages/docker-backend-check')).toBe(actionsVersion);
    expect(plan.pendingChangesets).toBe(pending.length > 0);
    expect(plan.actions).toMatchObject({
      packages: ['@wsl-ready/setup-wsl2', '@wsl-ready/docker-backend-check'],
      version: actionsVersion,
      createTag: `v${actionsVersion}`,
      moveTag: `v${actionsVersion.split('.')[0]}`,
    });
    const coreVersion = expected('@wsl-ready/core', 'packages/core');
    expect(plan.core).toMatchObject({ version: coreVersion, tag: `@wsl-ready/core@${coreVersion}` });
    const botVersion = expected('@wsl-ready/readiness-bot', 'packages/readiness-bot');
    expect(plan.bot.dockerfile).toBe('packages/readiness-bot/Dockerfile');
    expect(plan.bot.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    expect(plan.bot.imageTags[0]).toBe(`ghcr.io/wsl-ready/wsl-ready-bot:${botVersion}`);
    expect(plan.reportFixture).toBe(`packages/readiness-bot/test/fixtures/released-reports/${actionsVersion}`);
    expect(plan.reportFixtureExists).toBe(existsSync(join(root, plan.reportFixture)));
  });

  it('prints the plan for a person: versions, tags to create and move, package to publish, image tags', async () => {
    const humanOut = mkdtempSync(join(tmpdir(), 'wsl-ready-dry-run-text-'));
    try {
      const { stdout } = await run(npm, ['run', '--silent', 'release', '--', '--dry-run', '--out', humanOut], {
        cwd: root,
        timeout: 240_000,
        maxBuffer: 32 << 20,
      });
      const { plan } = result;
      expect(stdout).toContain('dry run: nothing is tagged, published or pushed');
      expect(stdout).toContain(`create tag  ${plan.actions.createTag}`);
      expect(stdout).toContain(`move tag    ${plan.actions.moveTag} → ${plan.actions.createTag}`);
      expect(stdout).toContain(`npm: @wsl-ready/core@${plan.core.version}`);
      expect(stdout).toContain('npm publish --provenance --access public');
      for (const tag of plan.bot.imageTags) expect(stdout).toContain(`push        ${tag}`);
      expect(stdout).toContain(`Packed into ${humanOut}:`);
      expect(existsSync(join(humanOut, 'actions', 'setup-wsl2', 'action.yml'))).toBe(true);
    } finally {
      rmSync(humanOut, { recursive: true, force: true });
    }
  });

  it('packs each action as users run it at the tag: action.yml, its bundled entry point and README', () => {
    expect(result.packed.actions.map((a) => a.name)).toEqual(result.plan.actions.packages);
    for (const action of result.packed.actions) {
      expect(readFileSync(join(action.dir, 'action.yml'), 'utf8')).toMatch(/using:\s*['"]?node24/);
      expect(existsSync(join(action.dir, action.main))).toBe(true);
      expect(existsSync(join(action.dir, 'README.md'))).toBe(true);
    }
  });

  it("packs the core's CLI, library, schema and README", () => {
    const { core } = result.packed;
    expect(core.name).toBe('@wsl-ready/core');
    expect(core.version).toBe(manifest('packages/core').version);
    expect(core.files).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'bin/wsl-ready.mjs',
        'dist/cli.mjs',
        'dist/index.js',
        'dist/index.d.ts',
        'schema/report-v1.json',
      ]),
    );
  });

  // Needs of the core's packaging (its package.json `files` and build): LICENSE, and only resolvable source maps.
  it("ships LICENSE in the core's tarball (MIT asks for the notice in every copy)", () => {
    expect(result.packed.core.files).toContain('LICENSE');
  });

  it("ships no source map in the core's tarball that points at sources the tarball lacks", () => {
    const { core } = result.packed;
    const shipped = new Set(core.files);
    const dangling = core.files
      .filter((file) => file.endsWith('.map'))
      .flatMap((file) => {
        const map = JSON.parse(readFileSync(join(root, 'packages/core', file), 'utf8')) as {
          sources?: string[];
          sourcesContent?: unknown[];
        };
        if (map.sourcesContent?.length) return [];
        const dir = file.split('/').slice(0, -1).join('/');
        return (map.sources ?? [])
          .map((source) => new URL(source, `file:///${dir}/`).pathname.slice(1))
          .filter((source) => !shipped.has(source))
          .map((source) => `${file} → ${source}`);
      });
    expect(dangling.slice(0, 5), `${dangling.length} sources named by .map files are not in the tarball`).toEqual([]);
  });

  it('installs the core tarball in a fresh folder outside the repository, where `npx wsl-ready --version` runs', async () => {
    const { core } = result.packed;
    const project = mkdtempSync(join(tmpdir(), 'wsl-ready-install-'));
    try {
      expect(project.startsWith(repository) || project.startsWith(root)).toBe(false);
      writeFileSync(join(project, 'package.json'), '{ "name": "fresh-project", "private": true }\n');
      await run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', core.tarball], {
        cwd: project,
        timeout: 240_000,
      });
      const { stdout } = await run(npx, ['--no-install', 'wsl-ready', '--version'], { cwd: project, timeout: 60_000 });
      expect(stdout.trim()).toBe(core.version);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
