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
