import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DistroBoot } from './wsl-conf.js';
import type { WslConfigSnapshot } from './wslconfig.js';

/** Which wsl.exe answers: none (WSL not installed), the Windows inbox component, or the Store/MSI package. */
export type WslKind = 'absent' | 'inbox' | 'store';

/** The state words of `wsl -l -v` (hard-coded English in wsl.exe). */
export type DistroState = 'Stopped' | 'Running' | 'Installing' | 'Uninstalling' | 'Converting' | 'Exporting';

/** Every kind of call the latency model and the fault injector know. */
export type CallKind =
  | 'version'
  | 'status'
  | 'list'
  | 'install'
  | 'import'
  | 'export'
  | 'unregister'
  | 'set-default'
  | 'set-version'
  | 'set-default-version'
  | 'terminate'
  | 'shutdown'
  | 'update'
  | 'manage'
  | 'help'
  | 'exec'
  | 'boot';

export const CALL_KINDS: readonly CallKind[] = [
  'version',
  'status',
  'list',
  'install',
  'import',
  'export',
  'unregister',
  'set-default',
  'set-version',
  'set-default-version',
  'terminate',
  'shutdown',
  'update',
  'manage',
  'help',
  'exec',
  'boot',
];

export interface TwinDistro {
  name: string;
  version: 1 | 2;
  state: DistroState;
  /** Host directory holding the distro's root file system (what `/` is inside the distro). */
  root: string;
  /** Host directory given as the install location (the root lives below it). */
  location?: string;
  /** User that commands run as when `-u` is not given. */
  defaultUser: string;
  /** The running instance's processes (set by the twin when it boots one; `state` is `Running` while they live). */
  instance?: TwinInstance;
}

/** A booted distro instance: its keeper (clients, idle timer), PID 1 (host pid), socket and what it booted with. */
export interface TwinInstance {
  keeperPid: number;
  pid1: number;
  socket: string;
  /** `instanceIdleTimeout` this instance was created with (from the VM's config on WSL 2). */
  idleMs: number;
  /** `/etc/wsl.conf` as read when the instance started ([boot] systemd, [interop] enabled). */
  boot: DistroBoot;
  /** `[user] default=` as read when the instance started. */
  defaultUser?: string;
}

/** The running WSL 2 VM stand-in: its keeper process and the `.wslconfig` read when it was created. */
export interface TwinVm {
  pid: number;
  socket: string;
  config: WslConfigSnapshot;
}

/** One entry of `wsl --list --online`, with the tarball the twin unpacks when it is installed. */
export interface CatalogueEntry {
  name: string;
  friendlyName: string;
  rootfs: string;
}

/** The error a `failNext` fault answers with (symbolic names of microsoft/WSL wslutil.cpp `g_commonErrors`). */
export type InjectedError = 'RPC_S_CALL_FAILED' | 'ERROR_SERVICE_DISABLED' | 'HCS_E_HYPERV_NOT_INSTALLED';

/** Operations that download from GitHub or the distribution server. */
export type Http403Operation = 'update' | 'install';

export interface TwinFaults {
  /** Calls of these kinds never return (the caller's timeout must kill them). */
  hang?: CallKind[];
  /** The next `count` calls of `kind` fail with `error` (default RPC_S_CALL_FAILED); the count goes down per call. */
  failNext?: { kind: CallKind; count: number; error?: InjectedError }[];
  /**
   * GitHub / the download server answers HTTP 403 to these operations: every time (the name), or the next `count`
   * times and then no more (`{ operation, count }`; the count goes down per 403, like `failNext`).
   */
  http403?: (Http403Operation | { operation: Http403Operation; count: number })[];
  /** Writing a distro (import, install, export) fails with ERROR_DISK_FULL. */
  diskFull?: boolean;
}

export interface TwinWslState {
  kind: WslKind;
  /** Windows display language: one of the 22 WSL locales (others fall back to en-US like wsl.exe). */
  locale: string;
  versions: {
    wsl: string;
    kernel: string;
    wslg: string;
    msrdc: string;
    direct3d: string;
    dxcore: string;
    windows: string;
  };
  /** `uname -r` of WSL 1 distros (the fake kernel release of the Linux subsystem). */
  wsl1KernelRelease?: string;
  defaultVersion: 1 | 2;
  /** Name of the default distro (case-insensitive match against `distros`). */
  defaultDistro?: string;
  distros: TwinDistro[];
  /** Installed Windows optional components, e.g. `Microsoft-Windows-Subsystem-Linux`, `VirtualMachinePlatform`. */
  features: string[];
  /** False when the firmware or hypervisor leaves no virtualization (the vmcompute service is absent). */
  virtualization: boolean;
  /** True while the WSL 2 utility VM runs. */
  vmRunning: boolean;
  /** The VM's processes and config, while the twin runs one (see `vmRunning`). */
  vm?: TwinVm;
  /**
   * `%USERPROFILE%` of the user wsl.exe runs as (a Windows path on the twin's drives): WSL reads
   * `<userProfile>\.wslconfig` and puts distributions under `%LOCALAPPDATA%\wsl` (`<userProfile>\AppData\Local`).
   */
  userProfile: string;
  /**
   * Names only in the manifest's legacy `Distributions` list (Store app packages: no `--version`, `--name`,
   * `--location`; `--no-launch` installs the package without registering a distribution).
   */
  legacyOnline?: CatalogueEntry[];
  /** Legacy app packages installed but not yet registered (launching one registers it). */
  legacyInstalled?: string[];
  /** Set after an install of optional components until the test "reboots" (setState). */
  rebootPending?: boolean;
  /** Directory standing in for the Windows drives: `<mntRoot>/c` is `C:\` and `/mnt/c` inside distros. */
  mntRoot: string;
  /** Where `--install` puts distros when `--location` is not given (a host directory). */
  distroHome: string;
  online: CatalogueEntry[];
  /** The newest WSL package `--update` finds (no update when equal to `versions.wsl` or absent). */
  latestWsl?: string;
  /** The inbox `--status` extra lines (shown only with the kernel component, see `kernelInstalled`). */
  inbox?: { lastUpdated: string };
  /**
   * Inbox kind only: the WSL 2 kernel component is installed (Windows Update or the kernel MSI), so `--status` ends
   * with its update date and `Kernel version:`. Absent means false, as on a GitHub-hosted windows-2022 runner, which
   * has WSL 1 only (actions/runner-images Windows2022-Readme.md). The package (`store`) always carries its kernel.
   */
  kernelInstalled?: boolean;
  latencyMs?: Partial<Record<CallKind, number>>;
  faults?: TwinFaults;
}

export const WSL_OPTIONAL_COMPONENT = 'Microsoft-Windows-Subsystem-Linux';
export const VM_PLATFORM_COMPONENT = 'VirtualMachinePlatform';

/** A state for a healthy Store WSL 2 machine with no distros, rooted in `dir`. */
export function defaultTwinState(dir: string): TwinWslState {
  return {
    kind: 'store',
    locale: 'en-US',
    versions: {
      wsl: '2.6.1.0',
      kernel: '6.6.87.2-1',
      wslg: '1.0.66',
      msrdc: '1.2.6353',
      direct3d: '1.611.1-81528511',
      dxcore: '10.0.26100.1-240331-1435.ge-release',
      windows: '10.0.26100.4652',
    },
    wsl1KernelRelease: '4.4.0-26100-Microsoft',
    defaultVersion: 2,
    distros: [],
    features: [WSL_OPTIONAL_COMPONENT, VM_PLATFORM_COMPONENT],
    virtualization: true,
    vmRunning: false,
    userProfile: 'C:\\Users\\runneradmin',
    mntRoot: `${dir}/mnt`,
    distroHome: `${dir}/distros`,
    online: [],
    latencyMs: {},
    faults: {},
  };
}

export function readState(path: string): TwinWslState {
  return JSON.parse(readFileSync(path, 'utf8')) as TwinWslState;
}

/** Atomic replace, so a concurrent reader never sees half a file. */
export function writeState(path: string, state: TwinWslState): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(tmp, path);
}

const LOCK_STALE_MS = 10_000;

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function acquireLockSync(lock: string): void {
  for (let attempt = 0; ; attempt++) {
    if (tryLock(lock)) return;
    sleepSync(Math.min(2 + attempt, 20));
  }
}

function tryLock(lock: string): boolean {
  try {
    closeSync(openSync(lock, 'wx'));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    try {
      if (Date.now() - statSync(lock).mtimeMs > LOCK_STALE_MS) rmSync(lock, { force: true });
    } catch {
      // The holder released it between our calls: try again.
    }
    return false;
  }
}

/**
 * Hold a named lock beside the state file across async work (booting an instance), so two calls never boot the
 * same distro twice. The state itself is still changed with `updateState`.
 */
export async function withLock<T>(path: string, name: string, work: () => Promise<T>): Promise<T> {
  const lock = `${path}.${name}.lock`;
  for (let attempt = 0; !tryLock(lock); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(2 + attempt, 20)));
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { force: true });
  }
}

/**
 * Read-modify-write under an exclusive lock file: concurrent wsl calls (the doctor probes in parallel) must not lose
 * each other's changes. The lock is held only for the update, never while a command runs.
 */
export function updateState<T>(path: string, change: (state: TwinWslState) => T): T {
  const lock = `${path}.lock`;
  mkdirSync(dirname(path), { recursive: true });
  acquireLockSync(lock);
  try {
    const state = readState(path);
    const result = change(state);
    writeState(path, state);
    return result;
  } finally {
    rmSync(lock, { force: true });
  }
}

export function findDistro(state: TwinWslState, name: string): TwinDistro | undefined {
  const wanted = name.toLowerCase();
  return state.distros.find((d) => d.name.toLowerCase() === wanted);
}

export function defaultDistro(state: TwinWslState): TwinDistro | undefined {
  return state.defaultDistro === undefined ? undefined : findDistro(state, state.defaultDistro);
}
