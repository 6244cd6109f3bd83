import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The twin package's root folder (tools/twin). */
export const TWIN_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Executables the twin bundles: entry (relative to the package) → bundle name under dist/bin. */
const ENTRIES: Record<string, string> = {
  'src/wsl/cli.ts': 'wsl.mjs',
};

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

export interface TwinBuild {
  /** Absolute paths of the bundles, by bundle name. */
  bundles: Record<string, string>;
  /** False when every bundle was newer than its sources and nothing was rebuilt. */
  rebuilt: boolean;
}

/**
 * Bundle the twin's executables with esbuild into dist/bin (Node 20 cannot run TypeScript). Idempotent: a bundle
 * newer than every file under src/ and data/ is kept.
 */
export async function buildTwin(options: { force?: boolean } = {}): Promise<TwinBuild> {
  const outDir = join(TWIN_ROOT, 'dist', 'bin');
  mkdirSync(outDir, { recursive: true });
  const sourceTime = Math.max(newestMtime(join(TWIN_ROOT, 'src')), newestMtime(join(TWIN_ROOT, 'data')));
  const bundles: Record<string, string> = {};
  const stale: [string, string][] = [];
  for (const [entry, name] of Object.entries(ENTRIES)) {
    const out = join(outDir, name);
    bundles[name] = out;
    if (options.force || !existsSync(out) || statSync(out).mtimeMs < sourceTime) stale.push([entry, out]);
  }
  if (stale.length === 0) return { bundles, rebuilt: false };
  const { build } = await import('esbuild');
  for (const [entry, out] of stale) {
    // Write to a temporary name first so a concurrent caller never runs half a bundle.
    const tmp = `${out}.${process.pid}.tmp.mjs`;
    await build({
      entryPoints: [join(TWIN_ROOT, entry)],
      outfile: tmp,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'error',
      legalComments: 'none',
    });
    const { renameSync } = await import('node:fs');
    renameSync(tmp, out);
  }
  return { bundles, rebuilt: true };
}
