// Bundles each GitHub Action into packages/<action>/dist/index.mjs (+ licenses.txt).
//   node tools/scripts/bundle.mjs [action...]          write the bundles
//   node tools/scripts/bundle.mjs --check [action...]  fail when a committed dist differs from a fresh bundle

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { commonOptions } from './esbuild-common.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const ACTIONS = ['setup-wsl2', 'docker-backend-check'];
/** Extra bundles per action: setup-wsl2's `wsl-bash` shell is a small program of its own (started once per step). */
const EXTRA_ENTRIES = { 'setup-wsl2': { 'wsl-bash.mjs': 'src/shell/entry.ts' } };
const distFiles = (action) => ['index.mjs', ...Object.keys(EXTRA_ENTRIES[action] ?? {}), 'licenses.txt'];

/**
 * @actions/core pulls @actions/http-client (and with it undici, about 770 KB) only for getIDToken().
 * The actions never ask for an OIDC token, so the bundle gets a stand-in that says so if it is ever called.
 */
const withoutOidcHttpClient = {
  name: 'without-oidc-http-client',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^@actions\/http-client(\/.*)?$/ }, (args) => ({
      path: args.path,
      namespace: 'oidc-stand-in',
    }));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'oidc-stand-in' }, () => ({
      contents:
        "const unsupported = () => { throw new Error('wsl-ready actions do not request OIDC tokens'); };\n" +
        'export class HttpClient { constructor() { unsupported(); } }\n' +
        'export class BearerCredentialHandler { constructor() { unsupported(); } }\n',
      loader: 'js',
    }));
  },
};

/** Bundle one action into outDir; returns the esbuild metafile. */
export async function bundleAction(action, outDir) {
  const pkg = join(root, 'packages', action);
  const result = await build({
    ...commonOptions,
    entryPoints: [join(pkg, 'src', 'index.ts')],
    outfile: join(outDir, 'index.mjs'),
    metafile: true,
    absWorkingDir: root,
    plugins: [withoutOidcHttpClient],
  });
  for (const [file, entry] of Object.entries(EXTRA_ENTRIES[action] ?? {})) {
    const extra = await build({
      ...commonOptions,
      entryPoints: [join(pkg, entry)],
      outfile: join(outDir, file),
      metafile: true,
      absWorkingDir: root,
      plugins: [withoutOidcHttpClient],
    });
    Object.assign(result.metafile.inputs, extra.metafile.inputs);
    Object.assign(result.metafile.outputs, extra.metafile.outputs);
  }
  writeFileSync(join(outDir, 'licenses.txt'), licensesText(result.metafile));
  return result.metafile;
}

/** The licence of every third-party package that ends up in the bundle, as the MIT/BSD/ISC terms ask. */
function licensesText(metafile) {
  const packages = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (!match || packages.has(match[1])) continue;
    const dir = join(root, input.slice(0, match.index + match[0].length));
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const licenseFile = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license', 'LICENCE'].find((f) =>
      existsSync(join(dir, f)),
    );
    packages.set(match[1], {
      name: manifest.name,
      version: manifest.version,
      license: manifest.license ?? 'UNKNOWN',
      text: licenseFile ? readFileSync(join(dir, licenseFile), 'utf8').trim() : '(no licence file shipped)',
    });
  }
  const parts = [...packages.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((p) => `${p.name}@${p.version} (${p.license})\n\n${p.text}\n`);
  return `Third-party software bundled in this action\n\n${parts.join('\n-----\n\n')}`;
}

async function main(args) {
  const check = args.includes('--check');
  const names = args.filter((a) => !a.startsWith('--'));
  const actions = names.length ? names : ACTIONS;
  let stale = 0;
  for (const action of actions) {
    if (!ACTIONS.includes(action)) throw new Error(`Unknown action "${action}"; known: ${ACTIONS.join(', ')}`);
    const dist = join(root, 'packages', action, 'dist');
    if (!check) {
      mkdirSync(dist, { recursive: true });
      const meta = await bundleAction(action, dist);
      for (const [file, output] of Object.entries(meta.outputs)) {
        console.log(`bundled ${action}: ${relative(root, join(root, file))} (${output.bytes} bytes)`);
      }
      continue;
    }
    const fresh = mkdtempSync(join(tmpdir(), `wsl-ready-dist-${action}-`));
    try {
      await bundleAction(action, fresh);
      for (const file of distFiles(action)) {
        const committed = join(dist, file);
        const same = existsSync(committed) && readFileSync(committed).equals(readFileSync(join(fresh, file)));
        if (!same) {
          stale++;
          console.error(
            `dist is stale: ${relative(root, committed)} differs from a fresh bundle. Run \`npm run bundle\` and commit.`,
          );
        }
      }
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  }
  if (check && stale === 0) console.log(`dist is up to date for ${actions.join(', ')}`);
  return stale ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
