// The action bundles load lazily: the entry holds what every step needs (inputs, the decision), the work is in
// chunks it imports when needed. These tests bundle each action afresh and read esbuild's metafile; the barrel
// rewrite that makes the split work is tested on its own text first.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { barrelMap, rewriteBarrelImports, workspaceBarrels } from '../barrel-imports.mjs';
import { bundleAction } from '../bundle.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('rewriteBarrelImports', () => {
  const maps = new Map([
    [
      '@wsl-ready/core',
      new Map([
        ['isWindowsHost', { file: '/core/host/env.ts', name: 'isWindowsHost' }],
        ['InputError', { file: '/core/errors.ts', name: 'InputError' }],
        ['WslReadyError', { file: '/core/errors.ts', name: 'WslReadyError' }],
        ['renamed', { file: '/core/x.ts', name: 'original' }],
      ]),
    ],
  ]);

  it('imports each name from its own file, keeps aliases and drops type-only names', () => {
    const text = [
      'import {',
      '  type ConfigPatch,',
      '  InputError,',
      '  isWindowsHost as onWindows,',
      '  renamed,',
      '  WslReadyError,',
      "} from '@wsl-ready/core';",
      'const x = 1;',
    ].join('\n');
    const out = rewriteBarrelImports(text, maps);
    expect(out).toContain('import { InputError, WslReadyError } from "/core/errors.ts";');
    expect(out).toContain('import { isWindowsHost as onWindows } from "/core/host/env.ts";');
    expect(out).toContain('import { original as renamed } from "/core/x.ts";');
    expect(out).not.toContain('ConfigPatch');
    expect(out).not.toContain("'@wsl-ready/core'");
    // Same line count: esbuild's messages keep pointing at the right source line.
    expect(out.split('\n')).toHaveLength(text.split('\n').length);
    expect(out.split('\n').at(-1)).toBe('const x = 1;');
  });

  it('leaves names the barrel does not map, other packages and comments alone', () => {
    const text = [
      "import type { EnvRecord } from '@wsl-ready/core';",
      "import { unknownName, InputError } from '@wsl-ready/core';",
      "import { something } from '@wsl-ready/twin';",
      " * import { isWindowsHost } from '@wsl-ready/core';",
    ].join('\n');
    const out = rewriteBarrelImports(text, maps).split('\n');
    expect(out[0]).toBe('');
    expect(out[1]).toBe(
      'import { InputError } from "/core/errors.ts"; import { unknownName } from \'@wsl-ready/core\';',
    );
    expect(out[2]).toBe("import { something } from '@wsl-ready/twin';");
    expect(out[3]).toBe(" * import { isWindowsHost } from '@wsl-ready/core';");
  });

  it('maps every name the real barrels re-export to a source file that exists', () => {
    for (const [pkg, barrel] of Object.entries(workspaceBarrels(root))) {
      const map = barrelMap(barrel);
      expect(map.size, pkg).toBeGreaterThan(10);
      for (const [name, target] of map) expect(existsSync(target.file), `${pkg} ${name}`).toBe(true);
    }
  });
});

/** The output files `from` loads: before its code runs (static imports), or all it can load (`import()` too). */
function outputsLoaded(metafile, from, { dynamic = false } = {}) {
  const seen = new Set();
  const visit = (output) => {
    if (seen.has(output)) return;
    seen.add(output);
    for (const imported of metafile.outputs[output].imports) {
      const follow = imported.kind === 'import-statement' || (dynamic && imported.kind === 'dynamic-import');
      if (follow && !imported.external) visit(imported.path);
    }
  };
  visit(from);
  return [...seen];
}

/** Source files in the outputs `from` loads before its code runs. */
function loadedAtStart(metafile, from) {
  return outputsLoaded(metafile, from).flatMap((output) => Object.keys(metafile.outputs[output].inputs));
}

describe('the split action bundles', () => {
  const dirs = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const bundle = async (action) => {
    const dir = mkdtempSync(join(tmpdir(), `wsl-ready-split-${action}-`));
    dirs.push(dir);
    const metafile = await bundleAction(action, dir);
    const entry = Object.keys(metafile.outputs).find((o) => o.endsWith('/index.mjs'));
    return { metafile, dir, entry };
  };

  it('setup-wsl2: the entry loads the inputs and the decision, not the phases, zod or the cache clients', async () => {
    const { metafile, dir, entry } = await bundle('setup-wsl2');
    const atStart = loadedAtStart(metafile, entry);
    expect(atStart).toContain('packages/setup-wsl2/src/main.ts');
    expect(atStart).toContain('packages/setup-wsl2/src/inputs.ts');
    expect(atStart.filter((f) => f.includes('node_modules/zod/'))).toEqual([]);
    expect(atStart.filter((f) => f.includes('/src/phases/'))).toEqual([]);
    expect(atStart).not.toContain('packages/actions-kit/src/cache-client.ts');
    expect(atStart).not.toContain('packages/core/src/report/schema.ts');
    // The phases are in the bundle, behind a dynamic import; a real setup loads three files (entry, shared, work).
    const everything = Object.values(metafile.outputs).flatMap((o) => Object.keys(o.inputs));
    expect(everything).toContain('packages/setup-wsl2/src/phases/install.ts');
    expect(outputsLoaded(metafile, entry, { dynamic: true })).toHaveLength(3);
    // The step shell stays one file on its own: the wrappers copy it without the chunks.
    const shell = Object.entries(metafile.outputs).find(([o]) => o.endsWith('/wsl-bash.mjs'));
    expect(shell, relative(root, dir)).toBeDefined();
    expect(shell[1].imports.filter((i) => !i.external)).toEqual([]);
  });

  it('docker-backend-check: the entry loads the inputs, not the Docker survey, the report or zod', async () => {
    const { metafile, entry } = await bundle('docker-backend-check');
    const atStart = loadedAtStart(metafile, entry);
    expect(atStart).toContain('packages/docker-backend-check/src/inputs.ts');
    expect(atStart.filter((f) => f.includes('node_modules/zod/'))).toEqual([]);
    expect(atStart).not.toContain('packages/docker-backend-check/src/detect.ts');
    expect(atStart).not.toContain('packages/docker-backend-check/src/report.ts');
    expect(outputsLoaded(metafile, entry, { dynamic: true })).toHaveLength(3);
  });
});
