// The README's input and output tables are action.yml's, name for name and default for default.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readActionManifest } from '@wsl-ready/twin';
import { expect, test } from 'vitest';
import { ACTION_DIR } from './helpers.js';

const readme = readFileSync(join(ACTION_DIR, 'README.md'), 'utf8');
const manifest = readActionManifest(ACTION_DIR);

/** `[name, first cell after the name]` of each row of the table under `## <title>`. */
function tableRows(title: string): [string, string][] {
  const section = readme.slice(readme.indexOf(`\n## ${title}\n`) + 1).split(/\n## /)[0]!;
  const body = section.slice(section.indexOf('| --- |'));
  return [...body.matchAll(/^\| `([a-z0-9-]+)` \|([^|]*)\|/gm)].map((m) => [m[1]!, m[2]!.trim()]);
}

test('the Inputs table lists every input of action.yml with its default (a code span; none when empty)', () => {
  const expected = Object.entries(manifest.inputs).map(([name, input]) => [name, input.default ?? '']);
  const documented = tableRows('Inputs').map(([name, cell]) => [name, /^`[^`]*`$/.test(cell) ? cell.slice(1, -1) : '']);
  expect(documented.sort()).toEqual(expected.sort());
});

test('the Outputs table lists every output of action.yml', () => {
  expect(
    tableRows('Outputs')
      .map(([name]) => name)
      .sort(),
  ).toEqual([...manifest.outputs].sort());
});

test('the usage examples name the action by its path in the monorepo', () => {
  const uses = [...readme.matchAll(/uses: (wsl-ready\/[^\s`]+)/g)].map((m) => m[1]);
  expect(uses.length).toBeGreaterThan(0);
  for (const ref of uses) expect(ref).toMatch(/^wsl-ready\/wsl-ready\/packages\/(setup-wsl2|docker-backend-check)@v1$/);
});
