// The services plug into the runner harness: a bundled action (Node 24) using the kit restores, uploads a report
// artifact and saves in post, with nothing but `env: services.env`.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActionsServices, startActionsServices } from '../../src/actions-services/index.js';
import { runActionLifecycle } from '../../src/harness/index.js';

const fixture = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'kit-action');
let services: ActionsServices;
let actionDir: string;
let metafile: Metafile;

beforeAll(async () => {
  services = await startActionsServices();
  actionDir = mkdtempSync(join(tmpdir(), 'wsl-ready-kit-action-'));
  const result = await build({
    entryPoints: [join(fixture, 'src', 'main.ts')],
    outfile: join(actionDir, 'dist', 'main.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    // The kit imports @wsl-ready/core by name: read its TypeScript sources, as the action bundles do.
    conditions: ['@wsl-ready/source'],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    metafile: true,
    logLevel: 'silent',
  });
  metafile = result.metafile;
  copyFileSync(join(fixture, 'action.yml'), join(actionDir, 'action.yml'));
});

afterAll(async () => {
  await services.close();
  rmSync(actionDir, { recursive: true, force: true });
});

describe('actions services under the runner harness', () => {
  it('a job misses, uploads its report and saves in post; the next job hits', async () => {
    const first = await runActionLifecycle({ actionDir, env: services.env, timeoutMs: 20_000 });
    const { main, post } = first;
    expect(main?.conclusion).toBe('success');
    expect(main?.outputs['cache-hit']).toBe('false');
    expect(main?.annotations.filter((a) => a.level !== 'notice')).toEqual([]);
    expect(post?.conclusion).toBe('success');
    expect(services.caches.find('kit-archive-v1')?.bytes.toString()).toBe('archive made by the action');
    const artifact = services.artifacts.find('wsl-ready-report-check-win25');
    expect(artifact?.files().get('wsl-ready-report.json')?.toString()).toBe('{"schemaVersion":1,"hit":false}\n');
    expect(main?.summary).toBe('report: wsl-ready-report-check-win25\n');

    const second = await runActionLifecycle({ actionDir, env: services.envFor(), timeoutMs: 20_000 });
    expect(second.outputs['cache-hit']).toBe('true');
    expect(services.violations).toEqual([]);
  });

  it('outside GitHub (no service variables) the job still succeeds, with warnings', async () => {
    const run = await runActionLifecycle({ actionDir, timeoutMs: 20_000 });
    expect([run.main?.conclusion, run.post?.conclusion]).toEqual(['success', 'success']);
    const warnings = run.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings).toHaveLength(2);
    expect(warnings.every((w) => w.includes('ACTIONS_RESULTS_URL'))).toBe(true);
  });

  it('the kit adds little to a bundle', () => {
    const kitBytes = Object.entries(metafile.outputs)
      .flatMap(([, o]) => Object.entries(o.inputs))
      .filter(([path]) => /packages\/(core|actions-kit)\/src\//.test(path))
      .reduce((n, [, i]) => n + i.bytesInOutput, 0);
    // The report JSON renderer is not used by this action; the kit alone stays far below the 600 KB budget.
    expect(kitBytes).toBeGreaterThan(0);
    expect(kitBytes).toBeLessThan(60_000);
  });
});
