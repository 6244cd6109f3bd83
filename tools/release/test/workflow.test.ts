// .github/workflows/release.yml keeps the rules actionlint does not check: no permission unless a job asks for
// it, every third-party action pinned by a full commit SHA with the release named beside it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const file = fileURLToPath(new URL('../../../.github/workflows/release.yml', import.meta.url));
const text = readFileSync(file, 'utf8');
const workflow = parse(text) as {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { permissions?: Record<string, string>; steps: Array<{ uses?: string; with?: object }> }>;
};

describe('release.yml', () => {
  it('runs on pushes to main and grants nothing at the top level', () => {
    expect(workflow.on).toEqual({ push: { branches: ['main'] } });
    expect(workflow.permissions).toEqual({});
  });

  it('gives each job only the permissions it names', () => {
    const granted = Object.fromEntries(Object.entries(workflow.jobs).map(([name, job]) => [name, job.permissions]));
    expect(granted).toEqual({
      plan: { contents: 'write', 'pull-requests': 'write' },
      'verify-dist': { contents: 'read' },
      'publish-core': { contents: 'read', 'id-token': 'write' },
      'bot-image': { contents: 'read', packages: 'write' },
      'github-release': { contents: 'write' },
    });
  });

  it('pins every action by a full commit SHA with its version in a comment', () => {
    const uses = [...text.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)].map(([, ref, rest]) => ({ ref, rest }));
    expect(uses.length).toBeGreaterThan(10);
    for (const { ref, rest } of uses) {
      expect(ref, ref).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      expect((rest ?? '').trim(), ref).toMatch(/^# v\d+\.\d+\.\d+$/);
    }
  });

  it('builds the bot image for amd64 and arm64 with SBOM and provenance, from its Dockerfile', () => {
    const build = workflow.jobs['bot-image']!.steps.find((step) => step.uses?.startsWith('docker/build-push-action@'));
    expect(build?.with).toMatchObject({
      file: 'packages/readiness-bot/Dockerfile',
      platforms: 'linux/amd64,linux/arm64',
      push: true,
      sbom: true,
      provenance: 'mode=max',
    });
  });

  it('publishes the core with provenance', () => {
    expect(text).toMatch(/npm publish --workspace @wsl-ready\/core --provenance --access public/);
  });
});
