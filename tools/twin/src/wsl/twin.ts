import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TWIN_ROOT } from '../build.js';
import { shutdownAll } from './instances.js';
import { defaultTwinState, readState, type TwinWslState, updateState, writeState } from './state.js';

/** One line of the call log: what a test can assert about every wsl.exe call. */
export interface TwinWslCall {
  time: string;
  pid: number;
  argv: string[];
  kind: string;
  cwd: string;
  /** `WSL_UTF8`, `WSLENV` and the variables WSLENV forwarded (translated as the distro saw them). */
  env: Record<string, string>;
  /** `null` when the call hung (the caller killed it). */
  exitCode: number | null;
  durationMs: number;
  hung?: boolean;
}

export interface TwinWsl {
  /** Path of the `wsl.exe` launcher (a `wsl` twin sits beside it). */
  wslPath: string;
  /** Variables that make a child process use this twin (`WSL_TWIN_STATE`, `WSL_TWIN_LOG`, `WSL_READY_WSL`). */
  env: Record<string, string>;
  statePath: string;
  logPath: string;
  /** The current state, read from the file (calls change it). */
  readonly state: TwinWslState;
  readLog(): TwinWslCall[];
  /** Replace parts of the state, or change it in place with a function (under the state lock). */
  setState(change: Partial<TwinWslState> | ((state: TwinWslState) => void)): TwinWslState;
  /**
   * End every running instance and the VM now, as `wsl --shutdown` does (tests call it when done: instances otherwise
   * live until their idle timeouts).
   */
  shutdown(): Promise<void>;
}

export interface CreateTwinWslOptions {
  /** A directory the twin owns: state, log, `mnt/` (the Windows drives) and `distros/` go there. */
  dir: string;
  state?: Partial<TwinWslState>;
}

/** Write a state file for a fresh twin and return how to call it. Build the bundle first (`buildTwin`). */
export function createTwinWsl(options: CreateTwinWslOptions): TwinWsl {
  const { dir } = options;
  mkdirSync(dir, { recursive: true });
  const statePath = join(dir, 'wsl-state.json');
  const logPath = join(dir, 'wsl-calls.jsonl');
  const state: TwinWslState = { ...defaultTwinState(dir), ...options.state };
  mkdirSync(join(state.mntRoot, 'c'), { recursive: true });
  mkdirSync(state.distroHome, { recursive: true });
  writeState(statePath, state);
  const wslPath = join(TWIN_ROOT, 'bin', 'wsl.exe');
  return {
    wslPath,
    env: { WSL_TWIN_STATE: statePath, WSL_TWIN_LOG: logPath, WSL_READY_WSL: wslPath },
    statePath,
    logPath,
    get state() {
      return readState(statePath);
    },
    readLog() {
      if (!existsSync(logPath)) return [];
      return readFileSync(logPath, 'utf8')
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as TwinWslCall);
    },
    shutdown: () => shutdownAll(statePath),
    setState(change) {
      return updateState(statePath, (s) => {
        if (typeof change === 'function') change(s);
        else Object.assign(s, change);
        return structuredClone(s);
      });
    },
  };
}

/**
 * Build (or reuse) the busybox root file system tarball with scripts/build-rootfs.sh. Cached by the script's mtime;
 * returns the tarball's path.
 */
export function buildBusyboxRootfs(output = join(TWIN_ROOT, 'dist', 'rootfs', 'busybox-rootfs.tar')): string {
  const script = join(TWIN_ROOT, 'scripts', 'build-rootfs.sh');
  if (existsSync(output) && statSync(output).mtimeMs >= statSync(script).mtimeMs) return output;
  const result = spawnSync('/bin/sh', [script, output], { encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) {
    throw new Error(`build-rootfs.sh failed (${result.status ?? result.error?.message}): ${result.stderr.trim()}`);
  }
  return output;
}
