// `npm run twin` end to end: bin/twin.mjs bundles the scenario code on demand, starts a scenario, prints the env,
// serves the Docker stand-ins until SIGINT, and cleans up.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TWIN_ROOT } from '../../src/build.js';
import { SCENARIOS } from '../../src/scenarios/catalogue.js';
import { cleanEnv, REPO_ROOT, run } from './helpers.js';

const TWIN = join(TWIN_ROOT, 'bin', 'twin.mjs');

describe('bin/twin.mjs', () => {
  it('--list names every scenario', async () => {
    const result = await run(process.execPath, [TWIN, '--list'], cleanEnv(), 45_000);
    expect(result.code).toBe(0);
    expect(
      result.stdout
        .trimEnd()
        .split('\n')
        .map((line) => line.split(' ')[0]),
    ).toEqual(SCENARIOS.map((s) => s.name));
  }, 60_000);

  it('keeps a scenario running for commands typed by hand, then stops on Ctrl-C and removes its files', async () => {
    const child = spawn(process.execPath, [TWIN, 'windows-2022-runner'], {
      cwd: REPO_ROOT,
      env: cleanEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const killer = setTimeout(() => child.kill('SIGKILL'), 50_000);
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (c: Buffer) => {
          stdout += c.toString();
          if (stdout.includes('# Running until Ctrl-C')) resolve();
        });
        child.on('close', () => reject(new Error(`twin.mjs exited early: ${stderr}`)));
      });
      const env: Record<string, string> = {};
      for (const match of stdout.matchAll(/^export ([A-Z_]+)='([^']*)'$/gm)) env[match[1]!] = match[2]!;
      expect(Object.keys(env).sort()).toEqual([
        'DOCKER_CONFIG',
        'PATH',
        'WSL_READY_DOCKER',
        'WSL_READY_WSL',
        'WSL_TWIN_LOG',
        'WSL_TWIN_STATE',
      ]);
      expect(stdout).toMatch(/^unset DOCKER_HOST DOCKER_CONTEXT/m);

      // What a person would type: the names resolve through the printed PATH.
      const status = await run('wsl.exe', ['--status'], { ...env, WSL_UTF8: '1' }, 10_000);
      expect(Buffer.from(status.stdout, 'utf8').toString('utf16le')).toContain('Default Version: 1');
      const docker = await run('docker', ['version', '--format', '{{.Server.Os}}'], { ...env, HOME: '/tmp' }, 15_000);
      expect(docker.stderr).toBe('');
      expect(docker.stdout).toBe('windows\n');
      expect(existsSync(env.WSL_TWIN_STATE ?? '')).toBe(true);

      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(stderr).toContain('stopped and cleaned up');
      expect(existsSync(env.WSL_TWIN_STATE ?? '')).toBe(false);
    } finally {
      clearTimeout(killer);
      child.kill('SIGKILL');
    }
  }, 60_000);
});
