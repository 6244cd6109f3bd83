import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dockerfilePath = fileURLToPath(new URL('../Dockerfile', import.meta.url));
const dockerfile = readFileSync(dockerfilePath, 'utf8');

/** Instructions with continuation lines joined and comments dropped, as Docker reads them. */
function instructions(text: string): Array<{ keyword: string; args: string }> {
  const joined = text
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\n/g, ' ');
  return joined
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [keyword = '', ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
}

const hadolint = spawnSync('hadolint', ['--version'], { timeout: 10_000 }).status === 0;

describe('the bot Dockerfile', () => {
  const steps = instructions(dockerfile);
  const args = new Map(steps.filter((s) => s.keyword === 'ARG').map((s) => s.args.split('=') as [string, string]));
  const images = steps
    .filter((s) => s.keyword === 'FROM')
    .map((s) => s.args.split(/\s+/)[0]!.replace(/^\$\{(\w+)\}$/, (_, name: string) => args.get(name) ?? ''));

  it('pins every base image by digest', () => {
    expect(images.length).toBeGreaterThanOrEqual(2);
    for (const image of images) expect(image).toMatch(/^node:[\w.-]+@sha256:[0-9a-f]{64}$/);
  });

  it('installs only from the lockfile (npm ci), never npm install', () => {
    const runs = steps.filter((s) => s.keyword === 'RUN').map((s) => s.args);
    expect(runs.join('\n')).toMatch(/\bnpm ci\b[^\n]*--omit=dev/);
    expect(runs.join('\n')).not.toMatch(/\bnpm (install|i)\b/);
    expect(steps.some((s) => s.keyword === 'ADD')).toBe(false);
  });

  it('runs as a non-root user in the final stage, with a health check', () => {
    const finalStage = steps.slice(steps.map((s) => s.keyword).lastIndexOf('FROM'));
    const user = finalStage.filter((s) => s.keyword === 'USER').at(-1)?.args;
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    expect(finalStage.some((s) => s.keyword === 'HEALTHCHECK')).toBe(true);
    expect(finalStage.find((s) => s.keyword === 'CMD')?.args).toMatch(/^\[/);
  });

  // hadolint is neither a Debian package nor shipped by an npm package (the npm `hadolint` wrapper expects the
  // binary on PATH); where a machine has it, it checks the file too.
  it.skipIf(!hadolint)('passes hadolint', () => {
    const result = spawnSync('hadolint', [dockerfilePath], { encoding: 'utf8', timeout: 30_000 });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
