// Runs the real docker CLI with a timeout and a clean environment (no user config, no inherited DOCKER_*).
import { spawn } from 'node:child_process';

export interface DockerRun {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

export const DOCKER = process.env.WSL_READY_TWIN_REAL_DOCKER ?? '/usr/local/bin/docker';

export function runDocker(
  args: string[],
  env: Record<string, string>,
  { timeoutMs = 10_000, file = DOCKER }: { timeoutMs?: number; file?: string } = {},
): Promise<DockerRun> {
  const base: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('DOCKER_')) base[k] = v;
  return new Promise((resolve) => {
    const child = spawn(file, args, { env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}
