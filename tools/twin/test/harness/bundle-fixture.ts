// Bundles the fixture action with esbuild into a temp folder (action.yml + dist/*.mjs), as a release would.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const fixture = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'twin-action');
const banner = "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);";

export interface BundledAction {
  dir: string;
  remove(): void;
}

/** `postIf` replaces the fixture's `post-if` (e.g. `success()`). */
export async function bundleFixtureAction(options: { postIf?: string } = {}): Promise<BundledAction> {
  const dir = mkdtempSync(join(tmpdir(), 'wsl-ready-twin-action-'));
  await build({
    entryPoints: ['pre', 'main', 'post'].map((name) => ({ in: join(fixture, 'src', `${name}.ts`), out: name })),
    outdir: join(dir, 'dist'),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    banner: { js: banner },
    logLevel: 'silent',
  });
  let manifest = readFileSync(join(fixture, 'action.yml'), 'utf8');
  if (options.postIf) manifest = manifest.replace('post-if: always()', `post-if: ${options.postIf}`);
  writeFileSync(join(dir, 'action.yml'), manifest);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
