// A bundled action runs against a scenario through the runner harness: the scenario's env is all it needs.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../../src/harness/run-action.js';
import { startScenario } from '../../src/scenarios/start.js';
import { REPO_ROOT } from './helpers.js';

const ACTION = join(REPO_ROOT, 'packages', 'docker-backend-check');

describe('an action against a scenario', () => {
  it.each([
    ['desktop-wsl2-laptop', 'desktop-wsl2', 'true'],
    ['windows-2025-runner', 'moby-windows-server', 'false'],
  ])(
    'docker-backend-check on %s finds %s (linux containers: %s)',
    async (name, backend, linux) => {
      const scenario = await startScenario(name);
      try {
        const result = await runAction({
          actionDir: ACTION,
          env: scenario.env,
          inputs: { 'fail-on': 'warn' },
          imageOs: 'win25',
          timeoutMs: 40_000,
        });
        expect(result.timedOut).toBe(false);
        expect(result.outputs.backend, result.log).toBe(backend);
        expect(result.outputs['linux-containers']).toBe(linux);
      } finally {
        await scenario.close();
      }
    },
    60_000,
  );
});
