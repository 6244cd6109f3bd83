// Benchmarks that drive the twin bundle their work a second time with this helper. The twin finds its own files
// (the wsl.exe launchers, the docker shim, Node 24) from `import.meta.url`, which in a single bench bundle points
// at .bench/build; here every workspace source keeps its own file URL, so those paths stay right.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
// @ts-expect-error: a plain .mjs helper shared with the build scripts
import { toolBundleOptions } from '../../scripts/esbuild-common.mjs';

const root = `${process.cwd()}/`;

const keepSourceUrls: Plugin = {
  name: 'keep-source-urls',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.includes('/node_modules/')) return undefined;
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return { contents: text.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
};

/** Bundles `tools/bench/src/<file>` (workspace sources, third-party packages external) and imports it. */
export async function importFromSource<T>(file: string): Promise<T> {
  const outfile = join(root, '.bench', 'build', file.replace(/\.ts$/, '.mjs'));
  await build({
    ...toolBundleOptions,
    entryPoints: [join(root, 'tools', 'bench', 'src', file)],
    outfile,
    plugins: [keepSourceUrls, ...toolBundleOptions.plugins],
  });
  return (await import(pathToFileURL(outfile).href)) as T;
}
