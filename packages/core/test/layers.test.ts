// The repository's import rules (tools/scripts/check-boundaries.mjs, run by `npm test`): no import cycle inside a
// package, the core's layers, the packages' tags. Run as a process on small trees, so the check is proven to fail.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const script = join(repoRoot, 'tools/scripts/check-boundaries.mjs');

interface CheckRun {
  code: number;
  stdout: string;
  stderr: string;
}

function runCheck(root?: string): Promise<CheckRun> {
  return new Promise((resolve, reject) => {
    const args = root ? [script, root] : [script];
    execFile(process.execPath, args, { timeout: 30_000 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

const trees: string[] = [];
afterEach(() => {
  for (const tree of trees.splice(0)) rmSync(tree, { recursive: true, force: true });
});

/** A repository with one package `@x/core` (type:core) whose src/ holds these files. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'wsl-ready-boundaries-'));
  trees.push(root);
  const pkg = join(root, 'packages', 'core');
  mkdirSync(pkg, { recursive: true });
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: '@x/core', nx: { tags: ['type:core'] } }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(pkg, 'src', path)), { recursive: true });
    writeFileSync(join(pkg, 'src', path), text);
  }
  return root;
}

describe('check-boundaries', () => {
  it('holds for this repository: no cycle, layers kept', async () => {
    const run = await runCheck();
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/ 0 import cycles, \d+ layer rules held/);
    expect(run.code).toBe(0);
  });

  it('passes a tree whose imports only go one way', async () => {
    const run = await runCheck(
      tree({
        'a.ts': "import { b } from './b.js';\nexport const a = b;\n",
        'b.ts': "import { c } from './deep/c.js';\nexport const b = c;\n",
        'deep/c.ts': 'export const c = 1;\n',
      }),
    );
    expect(run.code).toBe(0);
  });

  it('fails on an import cycle and names its files', async () => {
    const run = await runCheck(
      tree({
        'a.ts': "import { b } from './b.js';\nexport const a = () => b();\n",
        'b.ts': "import { c } from './deep/c.js';\nexport const b = () => c();\n",
        'deep/c.ts': "import { a } from '../a.js';\nexport const c = () => a();\n",
        'free.ts': "import { a } from './a.js';\nexport const free = a;\n",
      }),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'import cycle: packages/core/src/a.ts <-> packages/core/src/b.ts <-> packages/core/src/deep/c.ts',
    );
    expect(run.stderr).not.toContain('free.ts');
  });

  it('counts a cycle of type-only imports too', async () => {
    const run = await runCheck(
      tree({
        'context.ts': "import type { Probe } from './probe.js';\nexport interface Context { probe: Probe }\n",
        'probe.ts': "import type { Context } from './context.js';\nexport interface Probe { ctx: Context }\n",
      }),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('import cycle: packages/core/src/context.ts <-> packages/core/src/probe.ts');
  });

  it('fails when the runner imports from wsl/ or host/ from report/', async () => {
    const run = await runCheck(
      tree({
        'runner/env.ts': "import { w } from '../wsl/wslenv.js';\nexport const e = w;\n",
        'wsl/wslenv.ts': 'export const w = 1;\n',
        'host/runner-env.ts': "import { LIMITS } from '../report/schema.js';\nexport const r = LIMITS;\n",
        'report/schema.ts': 'export const LIMITS = 1;\n',
      }),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('packages/core/src/runner/env.ts imports packages/core/src/wsl/wslenv.ts');
    expect(run.stderr).toContain('packages/core/src/host/runner-env.ts imports packages/core/src/report/schema.ts');
  });
});
