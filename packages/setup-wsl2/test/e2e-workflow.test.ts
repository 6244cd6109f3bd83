// The e2e workflow runs the actions on real hosted runners, where this repository cannot test it: what it asks of
// the actions is checked here instead, so a mistake shows before a nightly run.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const WORKFLOW = fileURLToPath(new URL('../../../.github/workflows/e2e-windows.yml', import.meta.url));
const REPORTING_ACTIONS = ['./packages/setup-wsl2', './packages/docker-backend-check'];

interface Step {
  uses?: string;
  with?: Record<string, string>;
}
interface Job {
  strategy?: { matrix?: unknown };
  steps?: Step[];
}

describe('e2e-windows.yml', () => {
  const workflow = parse(readFileSync(WORKFLOW, 'utf8')) as { jobs: Record<string, Job> };

  test('every matrix job names its cell for the report artifact, so two cells never take one name', () => {
    const missing: string[] = [];
    for (const [id, job] of Object.entries(workflow.jobs)) {
      if (!job.strategy?.matrix) continue;
      for (const step of job.steps ?? []) {
        if (!step.uses || !REPORTING_ACTIONS.includes(step.uses)) continue;
        if (String(step.with?.report ?? 'true') === 'false') continue;
        if (!/toJSON\(matrix\)/.test(String(step.with?.matrix ?? ''))) missing.push(`${id}: ${step.uses}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
