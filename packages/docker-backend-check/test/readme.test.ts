// The README's tables are the sources', word for word: backends from the core, inputs and outputs from action.yml.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCKER_BACKEND_DESCRIPTIONS, DOCKER_BACKENDS } from '@wsl-ready/core';
import { readActionManifest } from '@wsl-ready/twin';
import { expect, it } from 'vitest';
import { ACTION_DIR } from './twin-setup.js';

const readme = readFileSync(join(ACTION_DIR, 'README.md'), 'utf8');
const manifest = readActionManifest(ACTION_DIR);

/** The rows of the table under `## <title>`, as their cells. */
function rows(title: string): string[][] {
  const section = readme.slice(readme.indexOf(`\n## ${title}\n`) + 1).split(/\n## /)[0]!;
  const body = section.slice(section.indexOf('| --- |'));
  return [...body.matchAll(/^\| `([a-z0-9-]+)` \|(.*)\|$/gm)].map((m) => [m[1]!, ...m[2]!.split(' | ')]);
}

it('README lists every backend with the description of DOCKER_BACKEND_DESCRIPTIONS', () => {
  const backends = rows('Backends').map(([name, description]) => [name, description?.trim()]);
  expect(backends).toEqual(DOCKER_BACKENDS.map((b) => [b, DOCKER_BACKEND_DESCRIPTIONS[b]]));
});

it('the Inputs table is action.yml: every input, with its default as a code span (none when empty)', () => {
  const documented = rows('Inputs').map(([name, cell = '']) => {
    const value = cell.trim();
    return [name, /^`[^`]*`$/.test(value) ? value.slice(1, -1) : ''];
  });
  const declared = Object.entries(manifest.inputs).map(([name, input]) => [name, input.default ?? '']);
  expect(documented.sort()).toEqual(declared.sort());
});

it('the Outputs table is action.yml: every output', () => {
  expect(
    rows('Outputs')
      .map(([name]) => name)
      .sort(),
  ).toEqual([...manifest.outputs].sort());
});

it('the usage examples name both actions by their path in the monorepo', () => {
  const uses = [...readme.matchAll(/uses: (wsl-ready\/[^\s`]+)/g)].map((m) => m[1]);
  expect(uses.length).toBeGreaterThan(0);
  for (const ref of uses) expect(ref).toMatch(/^wsl-ready\/wsl-ready\/packages\/(setup-wsl2|docker-backend-check)@v1$/);
});
