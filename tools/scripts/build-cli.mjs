// Bundles the wsl-ready CLI into packages/core/dist/cli.mjs: one file, so `wsl-ready --version` starts fast.

import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { commonOptions } from './esbuild-common.mjs';

const core = fileURLToPath(new URL('../../packages/core/', import.meta.url));
await build({
  ...commonOptions,
  target: 'node20',
  entryPoints: [`${core}src/cli/bin.ts`],
  outfile: `${core}dist/cli.mjs`,
});
