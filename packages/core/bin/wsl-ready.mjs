#!/usr/bin/env node
// The `wsl-ready` command. It runs the one-file CLI bundle (fast cold start); build it with `npm run build:cli`.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write(
    'wsl-ready: the CLI is not built. Run `npm run build:cli -w @wsl-ready/core` (or `npm start`).\n',
  );
  process.exit(2);
}
await import(bundle.href);
