// Bundles the wsl-ready CLI into packages/core/dist/cli.mjs: one file, so the command starts fast.
//   node tools/scripts/build-cli.mjs      build it (npm start, npm test and the pack step call this)
// The bin (packages/core/bin/wsl-ready.mjs) also calls ensureCliBundle() in a checkout, so `npx wsl-ready` works
// straight after `npm ci` (npm does not run the install scripts of dependencies, so a postinstall cannot do it).

import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commonOptions } from './esbuild-common.mjs';

const defaultCore = fileURLToPath(new URL('../../packages/core/', import.meta.url));

/** Build `<core>/dist/cli.mjs` from `<core>/src/cli/bin.ts`; written to a temporary name, then renamed (atomic). */
export async function buildCli(core = defaultCore) {
  const { build } = await import('esbuild');
  const outfile = join(core, 'dist', 'cli.mjs');
  const result = await build({
    ...commonOptions,
    target: 'node20',
    entryPoints: [join(core, 'src', 'cli', 'bin.ts')],
    absWorkingDir: join(core, '..', '..'), // the same bundle (path comments) whatever the caller's cwd
    outfile,
    write: false,
  });
  const [output] = result.outputFiles;
  mkdirSync(join(core, 'dist'), { recursive: true });
  const partial = `${outfile}.${process.pid}.tmp`;
  writeFileSync(partial, output.contents);
  renameSync(partial, outfile);
  return outfile;
}

/** The newest modification time (ms) of any file under dir, or 0. */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    if (mtime > newest) newest = mtime;
  }
  return newest;
}

/** Build the bundle when it is missing or older than a source file; cheap (a few stats) when it is current. */
export async function ensureCliBundle(core = defaultCore) {
  let bundleTime = 0;
  try {
    bundleTime = statSync(join(core, 'dist', 'cli.mjs')).mtimeMs;
  } catch {
    // missing: build it
  }
  if (bundleTime > 0 && bundleTime >= newestMtime(join(core, 'src'))) return false;
  await buildCli(core);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildCli();
}
