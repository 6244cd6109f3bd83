// The README's backend table is the core's list, word for word, in the core's order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCKER_BACKEND_DESCRIPTIONS, DOCKER_BACKENDS } from '@wsl-ready/core';
import { expect, it } from 'vitest';
import { ACTION_DIR } from './twin-setup.js';

it('README lists every backend with the description of DOCKER_BACKEND_DESCRIPTIONS', () => {
  const readme = readFileSync(join(ACTION_DIR, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Backends'), readme.indexOf('## Failure messages'));
  const body = section.slice(section.indexOf('| --- |'));
  const rows = [...body.matchAll(/^\| `([a-z0-9-]+)` \| (.+) \|$/gm)].map((m) => [m[1], m[2]]);
  expect(rows).toEqual(DOCKER_BACKENDS.map((b) => [b, DOCKER_BACKEND_DESCRIPTIONS[b]]));
});

it('action.yml declares every input the README documents', () => {
  const readme = readFileSync(join(ACTION_DIR, 'README.md'), 'utf8');
  const manifest = readFileSync(join(ACTION_DIR, 'action.yml'), 'utf8');
  const inputs = readme.slice(readme.indexOf('## Inputs'), readme.indexOf('## Outputs'));
  const documented = [...inputs.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
  const declared = [...manifest.slice(0, manifest.indexOf('outputs:')).matchAll(/^ {2}([a-z-]+):$/gm)].map((m) => m[1]);
  expect(documented.sort()).toEqual(declared.sort());
});
