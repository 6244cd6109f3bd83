// The release plan from given facts: which tags are created and moved, what is published, which image tags.
import { describe, expect, it } from 'vitest';
import { buildPlan, changelogSection, formatPlan, parseVersion } from '../plan.mjs';

const versions = {
  '@wsl-ready/setup-wsl2': '1.2.3',
  '@wsl-ready/docker-backend-check': '1.2.3',
  '@wsl-ready/core': '2.0.1',
  '@wsl-ready/readiness-bot': '1.4.0',
};

describe('buildPlan', () => {
  it('releases the actions as vX.Y.Z and moves vX; core to npm; the bot image under version, minor, major, latest', () => {
    const plan = buildPlan({
      versions,
      pending: [],
      tags: ['v1', 'v1.2.2'],
      owner: 'Wsl-Ready',
      fixtureVersions: ['1.2.2', '1.2.3'],
    });
    expect(plan.problems).toEqual([]);
    expect(plan.pendingChangesets).toBe(false);
    expect(plan.actions).toMatchObject({
      version: '1.2.3',
      released: false,
      createTag: 'v1.2.3',
      moveTag: 'v1',
      majorTagExists: true,
    });
    expect(plan.core).toMatchObject({
      version: '2.0.1',
      released: false,
      tag: '@wsl-ready/core@2.0.1',
      distTag: 'latest',
    });
    expect(plan.bot.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    expect(plan.bot.imageTags).toEqual([
      'ghcr.io/wsl-ready/wsl-ready-bot:1.4.0',
      'ghcr.io/wsl-ready/wsl-ready-bot:1.4',
      'ghcr.io/wsl-ready/wsl-ready-bot:1',
      'ghcr.io/wsl-ready/wsl-ready-bot:latest',
    ]);
    expect(plan.reportFixture).toBe('packages/readiness-bot/test/fixtures/released-reports/1.2.3');
    expect(plan.reportFixtureExists).toBe(true);
  });

  it('takes the versions pending changesets will set, and sees what existing tags already released', () => {
    const plan = buildPlan({
      versions,
      pending: [
        { name: '@wsl-ready/setup-wsl2', type: 'major', oldVersion: '1.2.3', newVersion: '2.0.0' },
        { name: '@wsl-ready/docker-backend-check', type: 'major', oldVersion: '1.2.3', newVersion: '2.0.0' },
      ],
      tags: ['@wsl-ready/core@2.0.1', '@wsl-ready/readiness-bot@1.4.0'],
      owner: 'octo',
    });
    expect(plan.pendingChangesets).toBe(true);
    expect(plan.actions).toMatchObject({ version: '2.0.0', createTag: 'v2.0.0', moveTag: 'v2', majorTagExists: false });
    expect(plan.core.released).toBe(true);
    expect(plan.bot.released).toBe(true);
    const text = formatPlan(plan, { pending: [] });
    expect(text).toContain('move tag    v2 → v2.0.0 (new)');
    expect(text).toContain('npm: @wsl-ready/core@2.0.1 (already released, nothing to do)');
    expect(text).toContain('released-reports/2.0.0/ (the version step writes them: npm run release -- version)');
  });

  it('never moves the major tag for a prerelease and publishes it under the next dist-tag', () => {
    const plan = buildPlan({
      versions: {
        ...versions,
        '@wsl-ready/setup-wsl2': '2.0.0-rc.1',
        '@wsl-ready/docker-backend-check': '2.0.0-rc.1',
        '@wsl-ready/core': '3.0.0-rc.0',
        '@wsl-ready/readiness-bot': '2.0.0-rc.1',
      },
      pending: [],
      tags: [],
      owner: 'octo',
    });
    expect(plan.actions.moveTag).toBeNull();
    expect(plan.core.distTag).toBe('next');
    expect(plan.bot.imageTags).toEqual(['ghcr.io/octo/wsl-ready-bot:2.0.0-rc.1']);
  });

  it('names the problem when the two actions drift apart or a version is not semver', () => {
    const plan = buildPlan({
      versions: { ...versions, '@wsl-ready/docker-backend-check': '1.3.0', '@wsl-ready/core': 'latest' },
      pending: [],
      tags: [],
      owner: 'octo',
    });
    expect(plan.problems).toEqual([
      expect.stringMatching(/the actions must share one version .*"fixed" group of \.changeset\/config\.json/),
      '@wsl-ready/core: "latest" is not a semver version in its package.json.',
    ]);
  });
});

describe('parseVersion and changelogSection', () => {
  it('parses semver and refuses anything else without throwing', () => {
    expect(parseVersion('1.2.3')).toEqual({ major: 1, minor: 2, patch: 3, prerelease: false });
    expect(parseVersion('1.2.3-beta.1')?.prerelease).toBe(true);
    for (const bad of ['v1.2.3', '1.2', '', undefined, null, '1.2.3.4']) expect(parseVersion(bad)).toBeNull();
  });

  it('cuts the section of one version out of a changesets CHANGELOG', () => {
    const changelog = '# @wsl-ready/core\n\n## 1.1.0\n\n### Minor Changes\n\n- new thing\n\n## 1.0.0\n\n- first\n';
    expect(changelogSection(changelog, '1.1.0')).toBe('### Minor Changes\n\n- new thing');
    expect(changelogSection(changelog, '1.0.0')).toBe('- first');
    expect(changelogSection(changelog, '0.9.0')).toBeNull();
    expect(changelogSection(undefined, '1.0.0')).toBeNull();
  });
});
