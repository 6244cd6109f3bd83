// The source action under GitHub's local runner (@github/local-action), exactly as the README says to run it,
// pointed at the wsl.exe twin: `run()` from src/main.ts, the committed .env.example, the core resolved from its
// sources through the root tsconfig's paths (no custom export condition).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { callKinds, type ImageServer, makeLab, startImageServer } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
let images: ImageServer;
beforeAll(async () => {
  images = await startImageServer();
});
afterAll(() => images.close());

/** `npx @github/local-action run …` from the repository root, bounded; resolves with its exit code and output. */
function localAction(action: string, env: Record<string, string | undefined>, timeoutMs = 150_000) {
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(
      'npx',
      ['@github/local-action', 'run', `packages/${action}`, 'src/main.ts', `packages/${action}/.env.example`],
      { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    // npx starts npm, which starts tsx: stop the whole group when the time is up.
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** The outputs the local runner's @actions/core stub printed. */
function outputs(output: string): Record<string, string> {
  return Object.fromEntries([...output.matchAll(/^::set-output name=([^:]+)::(.*)$/gm)].map((m) => [m[1]!, m[2]!]));
}

describe('setup-wsl2 under @github/local-action', () => {
  test('src/main.ts run() provisions the twin distribution with the .env.example', async () => {
    const lab = await makeLab();
    const result = await localAction('setup-wsl2', {
      ...process.env,
      ...lab.twin.env,
      WSL_READY_MNT_ROOT: lab.mntRoot,
      WSL_READY_BACKOFF_MS: '50',
      WSL_READY_CATALOGUE: images.catalogueFile(lab),
      RUNNER_TEMP: lab.dirs.temp,
      USERPROFILE: join(lab.mntRoot, 'c', 'Users', 'runneradmin'),
      INPUT_DISTRIBUTION: 'Twin-24.04',
      GITHUB_OUTPUT: undefined,
      GITHUB_STATE: undefined,
      GITHUB_PATH: undefined,
      GITHUB_STEP_SUMMARY: undefined,
    });
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('Running Action');
    expect(result.output).not.toMatch(/^::error::/m);
    expect(outputs(result.output)).toMatchObject({
      distribution: 'Twin-24.04',
      'wsl-version': '2',
      shell: 'wsl-bash {0}',
      'cache-hit': 'false',
    });
    // INPUT_CACHE=false from the .env.example: no cache phase, nothing exported.
    expect(callKinds(lab.twin)).toEqual(['version', 'list', 'import', 'exec']);
  }, 180_000);
});
