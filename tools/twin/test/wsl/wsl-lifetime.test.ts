// WSL's lifetime rules (tools/twin/README.md, "Rules and their sources"): .wslconfig is read when the VM is created;
// an instance ends instanceIdleTimeout after its last wsl.exe client exits, killing what it still runs; the VM stops
// vmIdleTimeout after its last instance; /etc/wsl.conf is read at instance start. Timeouts are shrunk through
// .wslconfig exactly as WSL reads it, and the tests wait on the processes' ends, never on fixed sleeps.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { probeIsolation } from '../../src/wsl/distro-exec.js';
import { processAlive, shutdownAll } from '../../src/wsl/instances.js';
import type { TwinWsl } from '../../src/wsl/twin.js';
import { parseConfigInteger, parseWslConfig } from '../../src/wsl/wslconfig.js';
import { makeTwin, ROOTFS, runWsl, until } from './helpers.js';

const isolation = probeIsolation();
const twins: TwinWsl[] = [];
afterAll(async () => {
  for (const twin of twins) await shutdownAll(twin.statePath);
});

function writeWslConfig(twin: TwinWsl, text: string): void {
  const profile = join(twin.state.mntRoot, 'c', 'Users', 'runneradmin');
  mkdirSync(profile, { recursive: true });
  writeFileSync(join(profile, '.wslconfig'), text);
}

async function importDistro(twin: TwinWsl, name: string, version: '1' | '2'): Promise<void> {
  const location = join(twin.statePath, '..', 'distros', name);
  const run = await runWsl(twin, ['--import', name, location, ROOTFS, '--version', version]);
  expect(run.code).toBe(0);
}

async function sh(twin: TwinWsl, script: string, distro = 'Busy') {
  const run = await runWsl(twin, ['-d', distro, '-e', 'sh', '-c', script]);
  return { code: run.code, out: run.stdout.toString(), err: run.stderr.toString() };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The daemon's answer, or null when nothing answers. */
async function answers(port: number): Promise<string | null> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/_ping`, { signal: AbortSignal.timeout(10_000) });
    return await response.text();
  } catch {
    return null;
  }
}

describe('.wslconfig parsing as WSL reads it', () => {
  it('takes the defaults from WslCoreConfig.h and integers as strtol(…, 0) does', () => {
    expect(parseWslConfig(undefined)).toMatchObject({ vmIdleTimeoutMs: 60_000, instanceIdleTimeoutMs: 15_000 });
    const c = parseWslConfig('[WSL2]\r\nVMIdleTimeout = 0x10\r\n[General]\r\ninstanceidletimeout=-1\r\nbogus\r\n');
    expect(c.vmIdleTimeoutMs).toBe(16);
    expect(c.instanceIdleTimeoutMs).toBe(-1);
    // instanceIdleTimeout belongs to [general]: under [wsl2] it is an unknown key, skipped.
    expect(parseWslConfig('[wsl2]\ninstanceIdleTimeout=5\n').instanceIdleTimeoutMs).toBe(15_000);
    expect(parseConfigInteger('010')).toBe(8);
    expect(parseConfigInteger('12ms')).toBeUndefined();
    // A backslash must be doubled (configfile.cpp unescapes `\\`); `D:\wsl` is an invalid escape, its line skipped.
    expect(parseWslConfig('[general]\ndistributionInstallPath=D:\\\\wsl\n').distributionInstallPath).toBe('D:\\wsl');
    expect(parseWslConfig('[general]\ndistributionInstallPath=D:\\wsl\n').distributionInstallPath).toBeUndefined();
  });
});

describe.skipIf(!isolation.ok).concurrent(
  isolation.ok ? 'wsl.exe twin: instance and VM lifetime' : `wsl.exe twin: lifetime (skipped: ${isolation.reason})`,
  // Each test boots instances and a VM and waits for them to end: generous bounds for a loaded machine.
  { timeout: 90_000 },
  () => {
    it('keeps background processes while the instance runs, ends them instanceIdleTimeout after the last client, then stops the VM', async () => {
      const twin = makeTwin();
      twins.push(twin);
      writeWslConfig(twin, '[general]\ninstanceIdleTimeout=400\n[wsl2]\nvmIdleTimeout=300\n');
      await importDistro(twin, 'Busy', '2');
      // A client that stays until its stdin closes, so the instance cannot idle out while we look.
      const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', ...twin.env };
      const holder = spawn(twin.wslPath, ['-d', 'Busy', '-e', 'sh', '-c', 'echo holding; read line'], { env });
      await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
      // A daemon started by one call, as `nohup dockerd &` is: immune to the hangup that ends the call's process group
      // (rule 22; busybox has no nohup applet, `trap "" HUP` is what it does).
      expect((await sh(twin, 'trap "" HUP; sleep 1000 >/dev/null 2>&1 & echo started')).out).toBe('started\n');
      expect((await sh(twin, 'ps -o comm | grep -c "^sleep$"')).out).toBe('1\n');
      const closed = new Promise((resolve) => holder.on('close', resolve));
      holder.stdin.end('\n');
      await closed;
      const { instance, version } = twin.state.distros[0]!;
      expect(version).toBe(2);
      expect(instance?.idleMs).toBe(400);
      const vm = twin.state.vm!;
      expect(vm.config.vmIdleTimeoutMs).toBe(300);

      // No client left: the instance ends by itself, then the VM.
      await until('the instance to idle-terminate', () => !processAlive(instance!.keeperPid));
      expect(processAlive(instance!.pid1)).toBe(false);
      await until('the VM to stop', () => !processAlive(vm.pid));
      const list = await runWsl(twin, ['-l', '-v']);
      expect(list.stdout.toString('utf16le')).toMatch(/Busy\s+Stopped\s+2/);
      expect(twin.state.vmRunning).toBe(false);
      // A new instance: the daemon is gone.
      expect((await sh(twin, 'ps -o comm | grep -c "^sleep$"')).out).toBe('0\n');
    });

    it('a daemon on loopback (as dockerd on tcp://127.0.0.1:2375) answers only while its instance lives; a keep-alive .wslconfig counts once the VM is created after it', async () => {
      const twin = makeTwin();
      twins.push(twin);
      writeWslConfig(twin, '[general]\ninstanceIdleTimeout=300\n');
      await importDistro(twin, 'Busy', '2');
      const port = await freePort();
      const root = twin.state.distros[0]!.root;
      mkdirSync(join(root, 'srv'), { recursive: true });
      writeFileSync(join(root, 'srv', '_ping'), 'OK');
      // busybox httpd daemonizes, like `nohup dockerd &`: the call returns, the server stays in the instance.
      const start = `httpd -p 127.0.0.1:${port} -h /srv`;
      expect((await sh(twin, start)).code).toBe(0);
      const first = twin.state.distros[0]!.instance!;
      await until('the instance to idle-terminate', () => !processAlive(first.keeperPid));
      // The kernel ends the namespace's processes when its PID 1 dies: the server goes with it.
      await until('the daemon to stop answering', async () => (await answers(port)) === null);

      // Keep-alive written while the VM runs: the running VM still has the old instanceIdleTimeout.
      writeWslConfig(twin, '[general]\ninstanceIdleTimeout=-1\n[wsl2]\nvmIdleTimeout=-1\n');
      expect((await sh(twin, start)).code).toBe(0);
      expect(twin.state.distros[0]!.instance!.idleMs).toBe(300);

      // After wsl --shutdown the next VM reads it: the daemon outlives every wsl.exe call.
      expect((await runWsl(twin, ['--shutdown'])).code).toBe(0);
      expect((await sh(twin, start)).code).toBe(0);
      expect(twin.state.distros[0]!.instance!.idleMs).toBe(-1);
      await until('the daemon to answer', async () => (await answers(port)) === 'OK');
      // Every client is gone, and it still answers: nothing ends this instance but wsl --terminate/--shutdown.
      expect(twin.state.distros[0]!.instance).toBeDefined();
      expect(await answers(port)).toBe('OK');
    });

    it('a keep-alive instance and VM end when their machine folder is removed (no keeper outlives its twin)', async () => {
      const twin = makeTwin();
      twins.push(twin);
      writeWslConfig(twin, '[general]\ninstanceIdleTimeout=-1\n[wsl2]\nvmIdleTimeout=-1\n');
      await importDistro(twin, 'Busy', '2');
      expect((await sh(twin, 'trap "" HUP; sleep 1000 >/dev/null 2>&1 & echo started')).out).toBe('started\n');
      const instance = twin.state.distros[0]!.instance!;
      const vm = twin.state.vm!;
      expect(processAlive(instance.keeperPid)).toBe(true);
      // What a test's cleanup does (or a crashed test process leaves behind): the machine's folder goes.
      rmSync(join(dirname(twin.statePath), 'run'), { recursive: true, force: true });
      await until('the instance keeper to end', () => !processAlive(instance.keeperPid));
      await until('the instance to end', () => !processAlive(instance.pid1));
      await until('the VM keeper to end', () => !processAlive(vm.pid));
    });

    it('does not idle-terminate while a wsl.exe client still runs', async () => {
      const twin = makeTwin();
      twins.push(twin);
      writeWslConfig(twin, '[general]\ninstanceIdleTimeout=0\n');
      await importDistro(twin, 'Busy', '2');
      // The client's own command outlives many idle timeouts of 0 ms: it is a client, so no timer runs.
      const run = await sh(twin, 'sleep 1 & wait; echo done');
      expect(run.out).toBe('done\n');
      await until('the instance to end', () => !processAlive(twin.state.distros[0]?.instance?.keeperPid));
    });

    it('reads .wslconfig only when the VM is created: a change applies after wsl --shutdown', async () => {
      const twin = makeTwin();
      twins.push(twin);
      writeWslConfig(twin, '[wsl2]\nmemory=2GB\nvmIdleTimeout=-1\n[general]\ninstanceIdleTimeout=-1\n');
      await importDistro(twin, 'Busy', '2');
      await sh(twin, 'true');
      expect(twin.state.vm?.config.settings['wsl2.memory']).toBe('2GB');

      writeWslConfig(twin, '[wsl2]\nmemory=8GB\nvmIdleTimeout=-1\n[general]\ninstanceIdleTimeout=250\n');
      // A new instance in the running VM still gets the VM's instanceIdleTimeout (-1: never).
      expect((await runWsl(twin, ['--terminate', 'Busy'])).code).toBe(0);
      await sh(twin, 'true');
      expect(twin.state.vm?.config.settings['wsl2.memory']).toBe('2GB');
      expect(twin.state.distros[0]?.instance?.idleMs).toBe(-1);

      expect((await runWsl(twin, ['--shutdown'])).code).toBe(0);
      expect(twin.state.vm).toBeUndefined();
      await sh(twin, 'true');
      expect(twin.state.vm?.config.settings['wsl2.memory']).toBe('8GB');
      expect(twin.state.distros[0]?.instance?.idleMs).toBe(250);
    });

    it('reads /etc/wsl.conf at instance start: a change applies after wsl --terminate', async () => {
      const twin = makeTwin();
      twins.push(twin);
      // Only --terminate may end the instance here, however slow the machine.
      writeWslConfig(twin, '[general]\ninstanceIdleTimeout=-1\n');
      await importDistro(twin, 'Busy', '2');
      expect((await sh(twin, 'cat /proc/1/comm')).out).toBe('init\n');
      const root = twin.state.distros[0]!.root;
      writeFileSync(join(root, 'etc/wsl.conf'), '[boot]\nsystemd=true\n');
      expect((await sh(twin, 'cat /proc/1/comm')).out).toBe('init\n');
      expect((await runWsl(twin, ['--terminate', 'Busy'])).code).toBe(0);
      expect((await sh(twin, 'cat /proc/1/comm')).out).toBe('systemd\n');
    });

    it('gives a WSL 1 instance the instanceIdleTimeout of .wslconfig as it is when the instance starts', async () => {
      const twin = makeTwin();
      twins.push(twin);
      await importDistro(twin, 'One', '1');
      writeWslConfig(twin, '[general]\ninstanceIdleTimeout=200\n');
      await sh(twin, 'true', 'One');
      expect(twin.state.distros[0]?.instance?.idleMs).toBe(200);
      expect(twin.state.vm).toBeUndefined();
      await until('the WSL 1 instance to end', () => !processAlive(twin.state.distros[0]?.instance?.keeperPid));
    });
  },
);
