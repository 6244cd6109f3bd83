// The source action under GitHub's local runner (@github/local-action), exactly as the README says to run it,
// pointed at the twin's docker CLI and engine: `run()` from src/main.ts, the committed .env.example, the core
// resolved from its sources through the root tsconfig's paths (no custom export condition).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { type Rig, startRig } from './twin-setup.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DESKTOP_LINUX = { name: 'desktop-linux', host: 'npipe:////./pipe/dockerDesktopLinuxEngine' };
let rig: Rig | null = null;
let temp: string | null = null;
afterEach(async () => {
  await rig?.close();
  if (temp) rmSync(temp, { recursive: true, force: true });
  rig = null;
  temp = null;
});

/** `npx @github/local-action run …` from the repository root, bounded; resolves with its exit code and output. */
function localAction(
  action: string,
  env: Record<string, string | undefined>,
  envFile = `packages/${action}/.env.example`,
  timeoutMs = 150_000,
) {
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn('npx', ['@github/local-action', 'run', `packages/${action}`, 'src/main.ts', envFile], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
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

describe('docker-backend-check under @github/local-action', () => {
  it('src/main.ts run() classifies the twin engine with the .env.example', async () => {
    rig = await startRig({ engines: { [DESKTOP_LINUX.host]: 'desktop-wsl2' }, context: DESKTOP_LINUX });
    temp = mkdtempSync(join(tmpdir(), 'dbc-local-action-'));
    const result = await localAction('docker-backend-check', {
      ...process.env,
      ...rig.env,
      RUNNER_TEMP: temp,
      GITHUB_OUTPUT: undefined,
      GITHUB_STEP_SUMMARY: undefined,
    });
    expect(result.code, result.output).toBe(0);
    expect(result.output).not.toMatch(/^::error::/m);
    const found = outputs(result.output);
    expect(found).toMatchObject({ backend: 'desktop-wsl2', 'linux-containers': 'true', context: 'desktop-linux' });
    const report = JSON.parse(readFileSync(found['report-path']!, 'utf8'));
    expect(report.checks.map((c: { id: string }) => c.id)).toContain('docker.require-engine');
  }, 180_000);

  it('every bad input is named in the one failure, with its did-you-mean', async () => {
    // Names with hyphens cannot travel through the shell npx uses: inputs go in the env file, as the README says.
    temp = mkdtempSync(join(tmpdir(), 'dbc-local-action-'));
    const envFile = join(temp, '.env');
    const example = readFileSync(join(ROOT, 'packages/docker-backend-check/.env.example'), 'utf8');
    writeFileSync(
      envFile,
      `${example}\nINPUT_EXPECT-BACKEND=desktop-wsl\nINPUT_FAIL-ON=warning\nINPUT_TIMEOUT-SECONDS=0\n`,
    );
    const result = await localAction('docker-backend-check', { ...process.env, GITHUB_OUTPUT: undefined }, envFile);
    // local-action records a failure (its setFailed stub) without changing its own exit code: the annotation is it.
    const errors = [...result.output.matchAll(/^::error::(.*)$/gm)].map((m) => m[1]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^3 inputs are invalid:/);
    expect(result.output).toContain('Did you mean `desktop-wsl2`?');
    expect(result.output).toContain('Did you mean `warn`?');
    expect(result.output).toContain('timeout-seconds');
  }, 180_000);
});
