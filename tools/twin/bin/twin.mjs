#!/usr/bin/env node
// `npm run twin -- <scenario>`: Node 20 cannot run TypeScript, so this bundles the twin's scenario code with
// esbuild into dist/bin/twin-cli.mjs (rebuilt only when a source is newer), then runs it.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const twinRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(twinRoot, '..', '..');
const sources = [join(twinRoot, 'src'), join(twinRoot, 'data'), join(repoRoot, 'packages', 'core', 'src')];
const bundle = join(twinRoot, 'dist', 'bin', 'twin-cli.mjs');

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

// Each module keeps its own location: code that finds files next to itself (TWIN_ROOT, the docker shim's
// sources) must see its source path, not the bundle's.
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return { contents: text.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
};

// This repository's packages are bundled from source; third-party packages load from node_modules.
const externalThirdParty = {
  name: 'external-third-party',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@wsl-ready/') || args.path.startsWith('node:')
        ? undefined
        : { path: args.path, external: true },
    );
  },
};

async function ensureBundle() {
  const sourceTime = Math.max(...sources.map(newestMtime), statSync(fileURLToPath(import.meta.url)).mtimeMs);
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= sourceTime) return;
  const { build } = await import('esbuild');
  mkdirSync(dirname(bundle), { recursive: true });
  // A temporary name first: a concurrent run never imports half a bundle.
  const staging = `${bundle}.${process.pid}.tmp.mjs`;
  await build({
    entryPoints: [join(twinRoot, 'src', 'scenarios', 'index.ts')],
    outfile: staging,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['@wsl-ready/source'],
    plugins: [keepModuleUrls, externalThirdParty],
    logLevel: 'error',
    legalComments: 'none',
  });
  renameSync(staging, bundle);
}

await ensureBundle();
const { runTwinCli } = await import(pathToFileURL(bundle).href);
process.exitCode = await runTwinCli(process.argv.slice(2));
