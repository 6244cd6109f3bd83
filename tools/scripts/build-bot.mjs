// Builds the readiness bot for deployment into packages/readiness-bot/dist/server/: our code (and the core)
// bundled into main.mjs, third-party packages left as dependencies in a generated package.json.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { commonOptions } from './esbuild-common.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bot = join(root, 'packages', 'readiness-bot');
const out = join(bot, 'dist', 'server');
mkdirSync(out, { recursive: true });
const manifest = JSON.parse(readFileSync(join(bot, 'package.json'), 'utf8'));
const core = JSON.parse(readFileSync(join(root, 'packages', 'core', 'package.json'), 'utf8'));
const external = { ...core.dependencies, ...manifest.dependencies };
delete external['@wsl-ready/core'];
await build({
  ...commonOptions,
  entryPoints: [join(bot, 'src', 'main.ts')],
  outfile: join(out, 'main.mjs'),
  external: Object.keys(external),
  absWorkingDir: root,
});
writeFileSync(
  join(out, 'package.json'),
  `${JSON.stringify({ name: 'wsl-ready-readiness-bot', private: true, type: 'module', version: manifest.version, dependencies: external }, null, 2)}\n`,
);
console.log(`built ${out}/main.mjs`);
