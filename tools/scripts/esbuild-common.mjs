// esbuild settings shared by the action bundles and the CLI bundle.
// ESM with a createRequire banner: the @actions/* packages are ESM-only, and some of their CommonJS
// dependencies call require() for Node built-ins, which plain ESM output cannot do.
export const esmRequireBanner =
  "import { createRequire as __wslReadyCreateRequire } from 'node:module';\n" +
  'const require = __wslReadyCreateRequire(import.meta.url);';

export const commonOptions = {
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  conditions: ['@wsl-ready/source'],
  mainFields: ['module', 'main'],
  banner: { js: esmRequireBanner },
  legalComments: 'none',
  minify: false,
  sourcemap: false,
  logLevel: 'warning',
  charset: 'utf8',
};

/** Bundle this repository's packages (read from source) but leave third-party packages to node_modules. */
export const externalThirdParty = {
  name: 'external-third-party',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@wsl-ready/') || args.path.startsWith('node:')
        ? undefined
        : { path: args.path, external: true },
    );
  },
};

/** Bundles of repository tools (benchmarks) run on the machine's Node: sources bundled, third-party external. */
export const toolBundleOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  plugins: [externalThirdParty],
  conditions: ['@wsl-ready/source'],
  logLevel: 'warning',
  banner: { js: esmRequireBanner },
};
