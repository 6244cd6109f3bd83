// Writes packages/core/schema/report-v1.json from the zod schema (src/report/schema.ts).
// Usage: node packages/core/scripts/generate-schema.mjs [--check]
// --check exits 1 when the committed file is stale (a core test checks the same thing).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const entry = fileURLToPath(new URL('../src/report/json-schema.ts', import.meta.url));
const target = fileURLToPath(new URL('../schema/report-v1.json', import.meta.url));

// Bundle the TypeScript source (zod included) in memory and import it from a data: URL.
const result = await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'error',
});
const code = result.outputFiles[0].text;
const { renderReportV1JsonSchema } = await import(
  `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
);
const text = renderReportV1JsonSchema();

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  if (current !== text) {
    console.error(`${target} is stale; run: node packages/core/scripts/generate-schema.mjs`);
    process.exit(1);
  }
  console.log(`${target} is up to date.`);
} else {
  writeFileSync(target, text);
  console.log(`Wrote ${target}`);
}
