import { mkdirSync, readFileSync } from 'node:fs';
import { createConnection, type Socket } from 'node:net';
import { dirname, join } from 'node:path';
import { startInstance, startVmKeeper } from './distro-exec.js';
import { kernelReleaseOf } from './kernel.js';
import { hostPathFromArgument } from './paths.js';
import { findDistro, readState, type TwinDistro, type TwinWslState, updateState, withLock } from './state.js';
import { distroBoot, wslConfDefaultUser } from './wsl-conf.js';
import { decodeWslConfigFile, parseWslConfig, type WslConfigSnapshot } from './wslconfig.js';

/** Host path of `%USERPROFILE%\.wslconfig` on the twin's drives. */
export function wslConfigHostPath(state: TwinWslState): string {
  return join(hostPathFromArgument(state.userProfile, state.mntRoot, '/'), '.wslconfig');
}

/**
 * `.wslconfig` as it is on disk now (`LxssUserSessionImpl::_GetResultantConfig` reads the file each time it is
 * called: at VM creation, at registration, and at a WSL 1 instance's creation).
 */
export function readWslConfigNow(state: TwinWslState): WslConfigSnapshot {
  let text: string | undefined;
  try {
    text = decodeWslConfigFile(readFileSync(wslConfigHostPath(state)));
  } catch {
    text = undefined;
  }
  return parseWslConfig(text);
}

export function processAlive(pid: number | undefined): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Forget instances and a VM whose processes have ended (idle-terminated, or killed): their distros are Stopped.
 * Only what the twin booted itself is checked; a scenario's static `Running` stays as written.
 */
export function reconcile(state: TwinWslState): boolean {
  let changed = false;
  if (state.vm && !processAlive(state.vm.pid)) {
    state.vm = undefined;
    state.vmRunning = false;
    changed = true;
  }
  for (const d of state.distros) {
    if (d.instance && !processAlive(d.instance.keeperPid)) {
      d.instance = undefined;
      d.state = 'Stopped';
      changed = true;
    }
  }
  return changed;
}

function connect(socket: string): Promise<Socket | undefined> {
  return new Promise((resolve) => {
    const conn = createConnection(socket);
    conn.once('connect', () => resolve(conn));
    conn.once('error', () => resolve(undefined));
  });
}

function runtimeDir(statePath: string): string {
  return join(dirname(statePath), 'run');
}

/** A wsl.exe call's hold on a running instance: `release()` (or the call's exit) lets its idle timer start. */
export interface InstanceLease {
  distro: TwinDistro;
  pid1: number;
  release(): void;
}

async function ensureVm(statePath: string, state: TwinWslState): Promise<NonNullable<TwinWslState['vm']>> {
  if (state.vm && processAlive(state.vm.pid)) return state.vm;
  // The VM reads .wslconfig once, when it is created (LxssUserSessionImpl::_CreateVm → WslCoreVm::Create).
  const config = readWslConfigNow(state);
  const socket = join(runtimeDir(statePath), 'vm.sock');
  const pid = await startVmKeeper(socket, config.vmIdleTimeoutMs);
  const vm = { pid, socket, config };
  updateState(statePath, (s) => {
    s.vm = vm;
    s.vmRunning = true;
  });
  return vm;
}

/**
 * Register this call as a client of the distro's instance, booting the instance (and on WSL 2 the VM) first when
 * none runs. The instance's idle timeout is the VM's `instanceIdleTimeout` on WSL 2 (`WslCoreVm::CreateInstance`
 * passes `m_vmConfig.InstanceIdleTimeout`), the file's current value on WSL 1 (`LxssInstance` gets
 * `_GetResultantConfig(...).InstanceIdleTimeout`); `/etc/wsl.conf` is read here, at instance start.
 */
export async function acquireInstance(statePath: string, name: string): Promise<InstanceLease> {
  mkdirSync(runtimeDir(statePath), { recursive: true });
  return withLock(statePath, 'instances', async () => {
    for (let attempt = 0; ; attempt++) {
      const state = readState(statePath);
      if (reconcile(state)) updateState(statePath, (s) => reconcile(s));
      const distro = findDistro(state, name);
      if (!distro) throw new Error(`no distribution named ${name}`);
      let instance = distro.instance;
      if (!instance || !processAlive(instance.keeperPid)) {
        const vm = distro.version === 2 ? await ensureVm(statePath, state) : undefined;
        const idleMs = vm ? vm.config.instanceIdleTimeoutMs : readWslConfigNow(state).instanceIdleTimeoutMs;
        const boot = distroBoot(distro.root, distro.version);
        const socket = join(runtimeDir(statePath), `instance-${distro.name.toLowerCase()}.sock`);
        const started = await startInstance({
          root: distro.root,
          mntRoot: state.mntRoot,
          kernelRelease: kernelReleaseOf(state, distro),
          version: distro.version,
          boot,
          socket,
          idleMs,
          vmSocket: vm?.socket,
        });
        const defaultUser = wslConfDefaultUser(distro.root);
        instance = {
          keeperPid: started.keeperPid,
          pid1: started.pid1,
          socket,
          idleMs,
          boot,
          ...(defaultUser !== undefined ? { defaultUser } : {}),
        };
        const booted = instance;
        updateState(statePath, (s) => {
          const d = findDistro(s, distro.name);
          if (d) {
            d.instance = booted;
            d.state = 'Running';
          }
          if (distro.version === 2) s.vmRunning = true;
        });
      }
      const conn = await connect(instance.socket);
      if (conn) {
        conn.on('error', () => undefined);
        // The lease must not keep wsl.exe alive by itself.
        conn.unref();
        return { distro: { ...distro, instance }, pid1: instance.pid1, release: () => conn.destroy() };
      }
      // The instance ended between the check and the connect (its idle timer fired): boot a new one.
      if (attempt >= 2) throw new Error(`the ${name} instance does not accept clients`);
      updateState(statePath, (s) => {
        const d = findDistro(s, distro.name);
        if (d?.instance?.keeperPid === instance!.keeperPid) d.instance = undefined;
      });
    }
  });
}

async function waitGone(pids: number[], timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (pids.some(processAlive) && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
}

/** `wsl --terminate`: end the instance's processes now (what it started dies with it). */
export async function terminateInstance(statePath: string, name: string): Promise<void> {
  const distro = findDistro(readState(statePath), name);
  const pid = distro?.instance?.keeperPid;
  if (pid && processAlive(pid)) {
    process.kill(pid, 'SIGTERM');
    await waitGone([pid]);
  }
}

/** `wsl --shutdown`: every instance and the VM end; the next launch creates a new VM (and reads .wslconfig again). */
export async function shutdownAll(statePath: string): Promise<void> {
  const state = readState(statePath);
  const pids = [...state.distros.map((d) => d.instance?.keeperPid), state.vm?.pid].filter(
    (p): p is number => p !== undefined && processAlive(p),
  );
  for (const pid of pids) process.kill(pid, 'SIGTERM');
  await waitGone(pids);
}
