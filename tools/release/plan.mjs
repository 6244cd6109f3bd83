// The release plan: which versions go out, which tags are created and moved, what is published where.
// Pure: every fact (versions, pending changesets, existing tags) comes in as data, so tests can build any plan.

/** The two actions share one version line and one tag pair (`vX.Y.Z` and the moving `vX`). */
export const ACTION_PACKAGES = [
  { name: '@wsl-ready/setup-wsl2', dir: 'packages/setup-wsl2' },
  { name: '@wsl-ready/docker-backend-check', dir: 'packages/docker-backend-check' },
];
export const CORE_PACKAGE = { name: '@wsl-ready/core', dir: 'packages/core' };
export const BOT_PACKAGE = {
  name: '@wsl-ready/readiness-bot',
  dir: 'packages/readiness-bot',
  dockerfile: 'packages/readiness-bot/Dockerfile',
  platforms: ['linux/amd64', 'linux/arm64'],
};

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-[0-9A-Za-z.-]+)?$/;

/** `1.2.3` → { major: 1, minor: 2, patch: 3, prerelease: false }, or null for anything else. Never throws. */
export function parseVersion(version) {
  const match = SEMVER.exec(String(version ?? ''));
  if (!match) return null;
  return {
    major: Number(match[1]),
    minor: Number(match[2]),
    patch: Number(match[3]),
    prerelease: String(version).includes('-'),
  };
}

/** Git tag of a package release that has no tag of its own (changesets' `name@version` convention). */
export const packageTag = (name, version) => `${name}@${version}`;

/** The image reference of the bot on GHCR for a repository owner (GHCR names are lowercase). */
export const imageRepository = (owner) => `ghcr.io/${String(owner).toLowerCase()}/wsl-ready-bot`;

/**
 * @param {object} facts
 * @param {Record<string, string>} facts.versions  package name → version in package.json today
 * @param {Array<{name: string, oldVersion: string, newVersion: string, type: string}>} facts.pending  `changeset status` releases
 * @param {string[]} facts.tags  the repository's existing git tags
 * @param {string} facts.owner  the GitHub owner the image is pushed under
 * @param {string[]} [facts.fixtureVersions]  versions that have Report v1 fixtures in the bot's tests
 */
export function buildPlan({ versions, pending, tags, owner, fixtureVersions = [] }) {
  const problems = [];
  const tagSet = new Set(tags);
  const after = { ...versions };
  for (const release of pending) after[release.name] = release.newVersion;

  const versionOf = (name) => {
    const version = after[name];
    if (!parseVersion(version)) problems.push(`${name}: "${version}" is not a semver version in its package.json.`);
    return version;
  };

  const actionVersions = ACTION_PACKAGES.map((p) => versionOf(p.name));
  if (new Set(actionVersions).size !== 1) {
    problems.push(
      `the actions must share one version (found ${ACTION_PACKAGES.map((p, i) => `${p.name} ${actionVersions[i]}`).join(', ')}); ` +
        'keep them in the "fixed" group of .changeset/config.json and run `npm run release -- version`.',
    );
  }
  const actionsVersion = actionVersions[0];
  const parsedActions = parseVersion(actionsVersion);
  const releaseTag = `v${actionsVersion}`;
  const majorTag = parsedActions ? `v${parsedActions.major}` : null;
  const actionsReleased = tagSet.has(releaseTag);

  const coreVersion = versionOf(CORE_PACKAGE.name);
  const coreTag = packageTag(CORE_PACKAGE.name, coreVersion);
  const botVersion = versionOf(BOT_PACKAGE.name);
  const botTag = packageTag(BOT_PACKAGE.name, botVersion);
  const parsedBot = parseVersion(botVersion);
  const image = imageRepository(owner);
  const imageTags = parsedBot
    ? [
        botVersion,
        ...(parsedBot.prerelease ? [] : [`${parsedBot.major}.${parsedBot.minor}`, `${parsedBot.major}`, 'latest']),
      ].map((tag) => `${image}:${tag}`)
    : [];

  return {
    pendingChangesets: pending.length > 0,
    problems,
    actions: {
      packages: ACTION_PACKAGES.map((p) => p.name),
      version: actionsVersion,
      released: actionsReleased,
      createTag: releaseTag,
      // A prerelease never moves the major tag users pin.
      moveTag: parsedActions && !parsedActions.prerelease ? majorTag : null,
      majorTagExists: majorTag ? tagSet.has(majorTag) : false,
    },
    core: {
      name: CORE_PACKAGE.name,
      version: coreVersion,
      released: tagSet.has(coreTag),
      tag: coreTag,
      distTag: parseVersion(coreVersion)?.prerelease ? 'next' : 'latest',
    },
    bot: {
      name: BOT_PACKAGE.name,
      version: botVersion,
      released: tagSet.has(botTag),
      tag: botTag,
      dockerfile: BOT_PACKAGE.dockerfile,
      platforms: BOT_PACKAGE.platforms,
      image,
      imageTags,
    },
    reportFixture: `packages/readiness-bot/test/fixtures/released-reports/${actionsVersion}`,
    reportFixtureExists: fixtureVersions.includes(actionsVersion),
  };
}

/** The plan as the lines a person reads. */
export function formatPlan(plan, { pending }) {
  const lines = [];
  const state = (released) => (released ? 'already released, nothing to do' : 'to release');
  lines.push(
    plan.pendingChangesets
      ? `Pending changesets: the release PR ("Version Packages") will set these versions; merging it releases them.`
      : 'No pending changesets: the versions in package.json are released on this commit.',
  );
  for (const release of pending)
    lines.push(`  ${release.name}: ${release.oldVersion} → ${release.newVersion} (${release.type})`);
  lines.push('');
  lines.push(
    `Actions (${plan.actions.packages.join(', ')}): ${plan.actions.version} (${state(plan.actions.released)})`,
  );
  lines.push(`  create tag  ${plan.actions.createTag}, with a GitHub release whose notes are the CHANGELOG section`);
  if (plan.actions.moveTag) {
    lines.push(
      `  move tag    ${plan.actions.moveTag} → ${plan.actions.createTag}${plan.actions.majorTagExists ? '' : ' (new)'}`,
    );
  } else {
    lines.push('  move tag    none (a prerelease never moves the major tag)');
  }
  lines.push('  verify      committed packages/*/dist equal a fresh `npm run bundle`');
  lines.push(`npm: ${plan.core.name}@${plan.core.version} (${state(plan.core.released)})`);
  lines.push(`  publish     npm publish --provenance --access public --tag ${plan.core.distTag}; tag ${plan.core.tag}`);
  lines.push(`Image: ${plan.bot.name} ${plan.bot.version} (${state(plan.bot.released)})`);
  lines.push(`  build       ${plan.bot.dockerfile} for ${plan.bot.platforms.join(', ')}, SBOM + provenance (mode=max)`);
  for (const tag of plan.bot.imageTags) lines.push(`  push        ${tag}`);
  lines.push(`  tag         ${plan.bot.tag}`);
  lines.push(
    `Report v1 fixtures: ${plan.reportFixture}/ ${
      plan.reportFixtureExists ? '(present)' : '(the version step writes them: npm run release -- version)'
    }`,
  );
  for (const problem of plan.problems) lines.push(`PROBLEM: ${problem}`);
  return lines.join('\n');
}

/**
 * The CHANGELOG.md section of one version (without its heading), or null when there is none. Changesets writes
 * `## 1.2.3` headings; the section ends at the next heading of the same level.
 */
export function changelogSection(changelog, version) {
  const lines = String(changelog ?? '').split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() === `## ${version}`);
  if (start < 0) return null;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => /^## /.test(line));
  return (end < 0 ? rest : rest.slice(0, end)).join('\n').trim();
}
