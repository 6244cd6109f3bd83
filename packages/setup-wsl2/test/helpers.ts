import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type ActionRunResult,
  buildBusyboxRootfs,
  buildTwin,
  createTwinWsl,
  type RunnerDirs,
  runAction,
  type TwinWsl,
  type TwinWslState,
} from '@wsl-ready/twin';
import { afterAll } from 'vitest';

export const ACTION_DIR = fileURLToPath(new URL('..', import.meta.url));

const cleanup: string[] = [];
afterAll(() => {
  for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

export interface Lab {
  dir: string;
  twin: TwinWsl;
  dirs: RunnerDirs;
  rootfs: string;
  rootfsSha: string;
  cacheDir: string;
  mntRoot: string;
  /** Runs the bundled action under Node 24 like the runner, with the twin and the lab's folders. */
  run(
    inputs: Record<string, string>,
    env?: Record<string, string | undefined>,
    timeoutMs?: number,
  ): Promise<ActionRunResult>;
}

/** A twin wsl.exe plus runner folders placed under the twin's C: drive, so paths translate as on Windows. */
export async function makeLab(state: Partial<TwinWslState> = {}): Promise<Lab> {
  await buildTwin();
  const rootfs = buildBusyboxRootfs();
  const dir = mkdtempSync(join(tmpdir(), 'setup-wsl2-test-'));
  cleanup.push(dir);
  const twin = createTwinWsl({ dir, state });
  const mntRoot = twin.state.mntRoot;
  const root = join(mntRoot, 'c', 'runner');
  const dirs: RunnerDirs = {
    root,
    temp: join(root, 'temp'),
    toolCache: join(root, 'tool-cache'),
    workspace: join(root, 'work', 'repo'),
  };
  for (const d of [dirs.temp, dirs.toolCache, dirs.workspace]) mkdirSync(d, { recursive: true });
  const cacheDir = join(dir, 'cache');
  mkdirSync(join(mntRoot, 'c', 'images'), { recursive: true });
  const image = join(mntRoot, 'c', 'images', 'twin-rootfs.tar');
  copyFileSync(rootfs, image);
  const lab: Lab = {
    dir,
    twin,
    dirs,
    rootfs: image,
    rootfsSha: sha256(image),
    cacheDir,
    mntRoot,
    run: (inputs, env = {}, timeoutMs = 60_000) =>
      runAction({
        actionDir: ACTION_DIR,
        inputs,
        dirs,
        timeoutMs,
        env: {
          ...twin.env,
          WSL_READY_MNT_ROOT: mntRoot,
          WSL_READY_BACKOFF_MS: '50',
          USERPROFILE: join(mntRoot, 'c', 'Users', 'runneradmin'),
          PATH: process.env.PATH,
          ...env,
        },
      }),
  };
  return lab;
}

export function callKinds(twin: TwinWsl): string[] {
  return twin.readLog().map((call) => call.kind);
}
