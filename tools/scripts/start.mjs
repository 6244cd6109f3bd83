// `npm start`: build the one-file CLI, then run the wsl-ready doctor on this machine.
// Arguments after `--` go to the CLI, e.g. `npm start -- --json`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { machineNode } from './node-versions.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const node = machineNode();
const build = spawnSync(node, ['tools/scripts/build-cli.mjs'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 2);
const run = spawnSync(node, ['packages/core/bin/wsl-ready.mjs', ...process.argv.slice(2)], { stdio: 'inherit' });
// `npm start` shows the report; a "not ready" verdict (exit 1) is a successful run of the doctor. Scripts and CI
// that gate on readiness call `wsl-ready` itself, which keeps exit code 1.
if (run.status === 1) {
  process.stderr.write('\n(wsl-ready exited with 1: not ready. `npx wsl-ready` returns that code to scripts.)\n');
}
process.exitCode = run.status === 1 ? 0 : (run.status ?? 2);
