#!/usr/bin/env node
// The `wsl-ready` command. `--version` is answered here from package.json, without loading the CLI; everything
// else runs the one-file bundle dist/cli.mjs. In a checkout of the repository (sources and the build script next
// to this package), the bundle is built from the sources when it is missing or stale, so `npx wsl-ready` works
// right after `npm ci`.
import { existsSync, readFileSync } from 'node:fs';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${version}\n`);
} else {
  const bundle = new URL('../dist/cli.mjs', import.meta.url);
  const builder = new URL('../../../tools/scripts/build-cli.mjs', import.meta.url);
  if (existsSync(new URL('../src/cli/bin.ts', import.meta.url)) && existsSync(builder)) {
    const [{ ensureCliBundle }, { fileURLToPath }] = await Promise.all([import(builder.href), import('node:url')]);
    await ensureCliBundle(fileURLToPath(new URL('..', import.meta.url)));
  }
  if (!existsSync(bundle)) {
    process.stderr.write(
      'wsl-ready: this installation has no dist/cli.mjs. Reinstall @wsl-ready/core, or in a checkout run `npm start`.\n',
    );
    process.exit(2);
  }
  await import(bundle.href);
}
