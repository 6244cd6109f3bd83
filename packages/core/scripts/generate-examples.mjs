// Writes the files generated from the doctor's code, for review in the diff:
// - packages/core/examples/<machine>.json: the doctor recorded against each machine model of
//   packages/core/test/checks/machines.ts (how and why: packages/core/examples/README.md);
// - tools/capture/probes.json: the doctor's exact Windows argv (`windowsProbePlan()`), which capture.ps1 runs.
// Usage: node packages/core/scripts/generate-examples.mjs
// The core tests test/checks/examples.test.ts and probe-plan.test.ts fail when a committed file is stale.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const coreDir = fileURLToPath(new URL('../', import.meta.url));
const examplesDir = new URL('../examples/', import.meta.url);
const probePlan = new URL('../../../tools/capture/probes.json', import.meta.url);

// The models read their fixtures relative to their own files: give every bundled module its own import.meta.url.
const ownImportMetaUrl = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replaceAll(
        'import.meta.url',
        JSON.stringify(pathToFileURL(args.path).href),
      ),
      loader: 'ts',
    }));
  },
};

// Bundle the TypeScript sources in memory and import them from a data: URL (as generate-schema.mjs does).
const result = await build({
  stdin: {
    contents:
      "export { recordExample } from './test/checks/examples.ts';\nexport { MACHINES } from './test/checks/machines.ts';\n" +
      "export { windowsProbePlan } from './src/checks/probe-plan.ts';\n",
    resolveDir: coreDir,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  conditions: ['@wsl-ready/source'],
  plugins: [ownImportMetaUrl],
  write: false,
  logLevel: 'error',
});
const { recordExample, MACHINES, windowsProbePlan } = await import(
  `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`
);

for (const machine of Object.values(MACHINES)) {
  const example = await recordExample(machine);
  const target = new URL(`${machine.name}.json`, examplesDir);
  writeFileSync(target, `${JSON.stringify(example, null, 2)}\n`);
  console.log(`Wrote ${fileURLToPath(target)}`);
}
writeFileSync(probePlan, `${JSON.stringify(windowsProbePlan(), null, 2)}\n`);
// Lay the plan out as the repository's formatter does, so an unchanged plan leaves no diff.
const biome = fileURLToPath(new URL('../../../node_modules/@biomejs/biome/bin/biome', import.meta.url));
execFileSync(process.execPath, [biome, 'format', '--write', fileURLToPath(probePlan)], {
  stdio: 'ignore',
  timeout: 60_000,
});
console.log(`Wrote ${fileURLToPath(probePlan)}`);
