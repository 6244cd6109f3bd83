import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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
export async function makeLab(state: Partial<TwinWslState> = {}, options: { runnerRoot?: string } = {}): Promise<Lab> {
  await buildTwin();
  const rootfs = buildBusyboxRootfs();
  const dir = mkdtempSync(join(tmpdir(), 'setup-wsl2-test-'));
  cleanup.push(dir);
  const twin = createTwinWsl({ dir, state });
  const mntRoot = twin.state.mntRoot;
  // The runner's folder below C:\ (`runner`, or e.g. `actions runner/Jürgen` for a self-hosted install).
  const root = join(mntRoot, 'c', ...(options.runnerRoot ?? 'runner').split('/'));
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

/** A download server for catalogue entries: counts requests and can answer 403 to the first ones. */
export interface ImageServer {
  readonly baseUrl: string;
  readonly served: { count: number; forbidFirst: number };
  /** A catalogue (WSL_READY_CATALOGUE) whose `Twin-24.04` entry is the served image, pinned by its SHA-256. */
  catalogueFile(lab: Lab): string;
  close(): Promise<void>;
}

export async function startImageServer(): Promise<ImageServer> {
  const lab = await makeLab();
  const image = join(lab.dir, 'served-twin.wsl');
  copyFileSync(lab.rootfs, image);
  const imageSha = sha256(image);
  const served = { count: 0, forbidFirst: 0 };
  const server = createServer((req, res) => {
    served.count++;
    if (served.forbidFirst > 0) {
      served.forbidFirst--;
      res.writeHead(403).end('Forbidden');
      return;
    }
    if (req.url !== '/twin.wsl') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(readFileSync(image));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    served,
    catalogueFile(target) {
      const file = join(target.dir, 'catalogue.json');
      writeFileSync(
        file,
        JSON.stringify({
          source: 'test',
          distributions: [
            {
              name: 'Twin-24.04',
              aliases: [],
              friendlyName: 'Twin',
              family: 'other',
              arch: { x64: { url: `${baseUrl}/twin.wsl`, sha256: imageSha } },
            },
          ],
        }),
      );
      return file;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Run a program with a time bound, collecting its output (a `wsl-bash` wrapper, as the runner would). */
export function runTool(
  file: string,
  args: string[],
  options: {
    cwd?: string;
    env?: Record<string, string | undefined>;
    onStdout?: (text: string, pid: number) => void;
  } = {},
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; pid: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
      options.onStdout?.(stdout, child.pid ?? -1);
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, pid: child.pid ?? -1 });
    });
  });
}

/** Idle timeouts shrunk for the lifetime tests (ms): instances after 400, the VM 300 after its last instance. */
export const SHRUNK_IDLE_TIMEOUTS = '[general]\ninstanceIdleTimeout=400\n[wsl2]\nvmIdleTimeout=300\n';

/** Writes the runner user's `.wslconfig` on the twin's C: drive. */
export function writeProfileWslconfig(mntRoot: string, text: string): void {
  const profile = join(mntRoot, 'c', 'Users', 'runneradmin');
  mkdirSync(profile, { recursive: true });
  writeFileSync(join(profile, '.wslconfig'), text);
}

/** Waits for an event, with a generous bound for a loaded machine (the bound only turns a hang into a failure). */
export async function until(what: string, done: () => boolean, boundMs = 30_000): Promise<void> {
  const start = Date.now();
  while (!done()) {
    if (Date.now() - start > boundMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
