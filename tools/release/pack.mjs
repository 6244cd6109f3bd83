// Packs what a release would publish into a folder: the core's npm tarball (`npm pack`, which runs its prepack
// build) and, per action, the files a `uses: …@vX.Y.Z` runs (action.yml, dist/, README.md).
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReleaseError, run } from './facts.mjs';
import { ACTION_PACKAGES, CORE_PACKAGE } from './plan.mjs';

/** `npm pack` of the core into `outDir`; returns the tarball path and the files npm put in it. */
export function packCore(root, outDir) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const stdout = run(npm, ['pack', '--json', '--workspace', CORE_PACKAGE.name, '--pack-destination', outDir], {
    cwd: root,
    timeoutMs: 300_000,
    hint: `Packing ${CORE_PACKAGE.name} runs its prepack (the CLI bundle and the library build); fix that build first.`,
  });
  // npm prints lifecycle output before the JSON array when scripts write to stdout.
  const json = stdout.slice(stdout.indexOf('['));
  const [packed] = JSON.parse(json);
  return {
    name: packed.name,
    version: packed.version,
    tarball: join(outDir, packed.filename),
    files: packed.files.map((file) => file.path).sort(),
  };
}

/** Copy what users of each action get at the tag; refuse when the entry point named in action.yml is missing. */
export function packActions(root, outDir) {
  return ACTION_PACKAGES.map(({ name, dir }) => {
    const source = join(root, dir);
    const target = join(outDir, 'actions', dir.split('/').pop());
    mkdirSync(target, { recursive: true });
    const manifest = readFileSync(join(source, 'action.yml'), 'utf8');
    const main = /^\s+main:\s*['"]?([^'"\s]+)/m.exec(manifest)?.[1];
    if (!main || !existsSync(join(source, main))) {
      throw new ReleaseError(
        `${dir}/action.yml runs "${main}", which is missing: run \`npm run bundle\` and commit dist.`,
      );
    }
    for (const entry of ['action.yml', 'README.md', 'dist'])
      cpSync(join(source, entry), join(target, entry), { recursive: true });
    return { name, dir: target, main };
  });
}
