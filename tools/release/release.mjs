#!/usr/bin/env node
// `npm run release -- <command>`: the steps of a release, shared by a person's dry run and .github/workflows/release.yml.
//   --dry-run [--json] [--out DIR]  print the plan and pack what would be published into DIR (default: a temp dir)
//   plan [--json]                   print the plan only (no packing)
//   --ci                            print the plan and write it to $GITHUB_OUTPUT (the workflow's plan step)
//   notes <package>...              print the CHANGELOG section of each package's current version (release notes)
//   version                         the release PR's version step: changeset version, core's VERSION constant,
//                                   lockfile, action bundles, and the new version's Report v1 fixtures
//   report-fixtures [--version X]   write the Report v1 fixtures of version X (default: the actions' version)
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gitTags, packageVersions, pendingReleases, ReleaseError, readJson, run } from './facts.mjs';
import { packActions, packCore } from './pack.mjs';
import { ACTION_PACKAGES, BOT_PACKAGE, buildPlan, CORE_PACKAGE, changelogSection, formatPlan } from './plan.mjs';
import { FIXTURES_DIR, writeReportFixtures } from './report-fixtures.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const USAGE =
  'Usage: npm run release -- --dry-run [--json] [--out DIR] | plan [--json] | --ci | notes <package>... | version |\n' +
  '       report-fixtures [--version X]\n' +
  'Releases are made by .github/workflows/release.yml after the release PR is merged; run --dry-run to see the plan.';

function option(args, name) {
  const index = args.indexOf(name);
  if (index < 0) return undefined;
  const value = args[index + 1];
  if (!value || value.startsWith('--')) throw new ReleaseError(`${name} needs a value.\n${USAGE}`);
  return value;
}

async function currentPlan() {
  const pending = await pendingReleases(root);
  const owner = process.env.GITHUB_REPOSITORY_OWNER || 'wsl-ready';
  const fixtures = join(root, FIXTURES_DIR);
  const fixtureVersions = existsSync(fixtures) ? readdirSync(fixtures) : [];
  const versions = packageVersions(root);
  return { pending, plan: buildPlan({ versions, pending, tags: gitTags(root), owner, fixtureVersions }) };
}

async function dryRun(args) {
  const { pending, plan } = await currentPlan();
  const out = option(args, '--out') ?? mkdtempSync(join(tmpdir(), 'wsl-ready-release-'));
  mkdirSync(out, { recursive: true });
  const core = packCore(root, out);
  const actions = packActions(root, out);
  const packed = { dir: out, core, actions: actions.map(({ name, dir, main }) => ({ name, dir, main })) };
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ plan, pending, packed }, null, 2)}\n`);
  } else {
    process.stdout.write(
      `Release plan (dry run: nothing is tagged, published or pushed)\n\n${formatPlan(plan, { pending })}\n\n`,
    );
    process.stdout.write(`Packed into ${out}:\n`);
    process.stdout.write(`  ${core.tarball} (${core.name}@${core.version}, ${core.files.length} files)\n`);
    if (core.version !== plan.core.version) {
      process.stdout.write(`  (packed at today's ${core.version}; the release PR sets ${plan.core.version})\n`);
    }
    for (const action of actions) process.stdout.write(`  ${action.dir} (${action.name}, runs ${action.main})\n`);
  }
  return plan.problems.length ? 1 : 0;
}

async function planOnly(args) {
  const { pending, plan } = await currentPlan();
  process.stdout.write(
    args.includes('--json') ? `${JSON.stringify({ plan, pending }, null, 2)}\n` : `${formatPlan(plan, { pending })}\n`,
  );
  return plan.problems.length ? 1 : 0;
}

/** The plan step of release.yml: what each job releases, as step outputs. */
async function ci() {
  const { pending, plan } = await currentPlan();
  process.stdout.write(`${formatPlan(plan, { pending })}\n`);
  if (plan.problems.length) return 1;
  const outputs = {
    'pending-changesets': String(plan.pendingChangesets),
    'actions-release': String(!plan.pendingChangesets && !plan.actions.released),
    'actions-version': plan.actions.version,
    'actions-tag': plan.actions.createTag,
    'actions-major-tag': plan.actions.moveTag ?? '',
    'core-publish': String(!plan.pendingChangesets && !plan.core.released),
    'core-version': plan.core.version,
    'core-tag': plan.core.tag,
    'core-dist-tag': plan.core.distTag,
    'bot-release': String(!plan.pendingChangesets && !plan.bot.released),
    'bot-version': plan.bot.version,
    'bot-tag': plan.bot.tag,
    'bot-image-tags': plan.bot.imageTags.join(','),
  };
  const file = process.env.GITHUB_OUTPUT;
  if (!file)
    throw new ReleaseError('--ci writes step outputs to $GITHUB_OUTPUT, which is not set; use --dry-run here.');
  appendFileSync(
    file,
    Object.entries(outputs)
      .map(([key, value]) => `${key}=${value}\n`)
      .join(''),
  );
  return 0;
}

/** Release notes: the CHANGELOG section of each package's current version, under its name when there are several. */
function notes(args) {
  const names = args.slice(1);
  if (!names.length) throw new ReleaseError(`notes needs one or more of this release's packages.\n${USAGE}`);
  const sections = names.map((name) => {
    const known = [...ACTION_PACKAGES, CORE_PACKAGE, BOT_PACKAGE].find((p) => p.name === name);
    if (!known) throw new ReleaseError(`notes: ${name} is not released by this repository.\n${USAGE}`);
    const { version } = readJson(join(root, known.dir, 'package.json'));
    const changelogFile = join(root, known.dir, 'CHANGELOG.md');
    const section = existsSync(changelogFile) ? changelogSection(readFileSync(changelogFile, 'utf8'), version) : null;
    if (section === null) {
      throw new ReleaseError(
        `${known.dir}/CHANGELOG.md has no "## ${version}" section: the release PR writes it (npm run release -- version).`,
      );
    }
    return names.length > 1 ? `## ${name} ${version}\n\n${section}` : section;
  });
  process.stdout.write(`${sections.join('\n\n')}\n`);
  return 0;
}

/** The release PR's version step (changesets/action `version:`): everything a new version changes, in one commit. */
function version() {
  run(process.execPath, [join(root, 'node_modules/@changesets/cli/bin.js'), 'version'], {
    cwd: root,
    timeoutMs: 120_000,
  });
  // `wsl-ready --version` and Report v1's tool.version come from this constant; a core test keeps it equal.
  const coreVersion = readJson(join(root, CORE_PACKAGE.dir, 'package.json')).version;
  const versionFile = join(root, CORE_PACKAGE.dir, 'src/version.ts');
  const source = readFileSync(versionFile, 'utf8');
  const updated = source.replace(/export const VERSION = '[^']*';/, `export const VERSION = '${coreVersion}';`);
  if (updated === source && !source.includes(`VERSION = '${coreVersion}'`)) {
    throw new ReleaseError(`${versionFile} has no \`export const VERSION = '…';\` line to update.`);
  }
  writeFileSync(versionFile, updated);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  run(npm, ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'], {
    cwd: root,
    timeoutMs: 300_000,
  });
  run(process.execPath, [join(root, 'tools/scripts/bundle.mjs')], { cwd: root, timeoutMs: 300_000 });
  const actionsVersion = readJson(join(root, ACTION_PACKAGES[0].dir, 'package.json')).version;
  for (const file of writeReportFixtures(root, actionsVersion)) process.stdout.write(`wrote ${file}\n`);
  return 0;
}

function reportFixtures(args) {
  const fixtureVersion =
    option(args, '--version') ?? readJson(join(root, ACTION_PACKAGES[0].dir, 'package.json')).version;
  const written = writeReportFixtures(root, fixtureVersion);
  if (!written.length)
    process.stdout.write(`Fixtures of ${fixtureVersion} exist already; released fixtures are never rewritten.\n`);
  for (const file of written) process.stdout.write(`wrote ${file}\n`);
  return 0;
}

function main(args) {
  if (args.includes('--dry-run')) return dryRun(args);
  if (args.includes('--ci')) return ci();
  if (args[0] === 'plan') return planOnly(args);
  if (args[0] === 'notes') return notes(args);
  if (args[0] === 'version') return version();
  if (args[0] === 'report-fixtures') return reportFixtures(args);
  throw new ReleaseError(USAGE);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof ReleaseError)) throw error;
  process.stderr.write(`release: ${error.message}\n`);
  process.exitCode = 2;
}
