import { spawn } from 'node:child_process';
import path from 'node:path';
import type { EnvRecord } from '../env.js';

/**
 * Stop a process and everything it started. On POSIX the child was spawned detached, so it leads its own
 * process group and one signal to the negative pid reaches grandchildren too. Windows has no process groups
 * for this; `taskkill /T /F` walks the tree (it only knows a forced kill, so every signal means the same).
 */
export function killProcessTree(
  pid: number,
  signal: 'SIGINT' | 'SIGTERM' | 'SIGKILL',
  platform: NodeJS.Platform = process.platform,
  env: EnvRecord = process.env,
): void {
  if (platform === 'win32') {
    const systemRoot = env.SystemRoot ?? env.SYSTEMROOT ?? 'C:\\Windows';
    const taskkill = path.win32.join(systemRoot, 'System32', 'taskkill.exe');
    try {
      const killer = spawn(taskkill, ['/T', '/F', '/PID', String(pid)], { stdio: 'ignore', windowsHide: true });
      killer.on('error', () => killSingle(pid, signal));
    } catch {
      killSingle(pid, signal);
    }
    return;
  }
  try {
    process.kill(-pid, signal);
  } catch {
    // Not a group leader (or already gone): fall back to the process itself.
    killSingle(pid, signal);
  }
}

function killSingle(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // Already gone.
  }
}
