// What a command inside a distro sees of WSL's boot: its own PID namespace and /proc, PID 1 (systemd when wsl.conf
// enables it on WSL 2, WSL's init otherwise), /proc/version, and the WSLInterop binfmt_misc entry.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LINUX_INSPECT_SCRIPT, parseLinuxInspection } from '@wsl-ready/core';
import { describe, expect, it } from 'vitest';
import { probeIsolation } from '../../src/wsl/distro-exec.js';
import type { TwinWsl } from '../../src/wsl/twin.js';
import { makeTwin, ROOTFS, runWsl } from './helpers.js';

const isolation = probeIsolation();
const title = isolation.ok
  ? 'wsl.exe twin: PID 1, /proc and interop inside a distro'
  : `wsl.exe twin: PID 1, /proc and interop inside a distro (skipped: ${isolation.reason})`;

async function importBusybox(twin: TwinWsl, version: '1' | '2', wslConf: string): Promise<string> {
  const location = join(twin.statePath, '..', 'distros', 'Busy');
  const run = await runWsl(twin, ['--import', 'Busy', location, ROOTFS, '--version', version]);
  expect(run.code).toBe(0);
  const root = join(location, 'rootfs');
  writeFileSync(join(root, 'etc/wsl.conf'), wslConf);
  return root;
}

async function sh(twin: TwinWsl, script: string) {
  const run = await runWsl(twin, ['-e', 'sh', '-c', script]);
  return { code: run.code, out: run.stdout.toString(), err: run.stderr.toString() };
}

/** The doctor's own look inside a distro, exactly as it calls wsl.exe. */
async function doctorLook(twin: TwinWsl) {
  const run = await runWsl(twin, ['--distribution', 'Busy', '--exec', '/bin/sh', '-c', LINUX_INSPECT_SCRIPT]);
  expect(run.code).toBe(0);
  return parseLinuxInspection(run.stdout).sections;
}

// Each test boots instances and runs many wsl.exe calls: generous bounds for a loaded machine.
describe.skipIf(!isolation.ok).concurrent(title, { timeout: 60_000 }, () => {
  it('runs systemd as PID 1 when wsl.conf enables it on WSL 2, as the doctor detects it', async () => {
    const twin = makeTwin();
    await importBusybox(twin, '2', '[boot]\nsystemd=true\n');
    const run = await sh(
      twin,
      'cat /proc/1/comm; tr "\\0" "\\n" < /proc/1/cmdline | head -n 1; ps -o pid,comm | grep "^ *1 "; echo "self=$$"',
    );
    expect(run.err).toBe('');
    const [comm, cmdline, ps, self] = run.out.trimEnd().split('\n');
    expect(comm).toBe('systemd');
    expect(cmdline).toBe('/sbin/init');
    expect(ps?.trim().split(/\s+/)).toEqual(['1', 'systemd']);
    // The command is PID 1's child, not PID 1 itself.
    expect(Number(self?.slice('self='.length))).toBeGreaterThan(1);

    const look = await doctorLook(twin);
    expect(look.pid1).toBe('systemd');
    expect(look.interop).toBe('enabled');
    expect(look.kernel).toMatch(/^Linux version 6\.6\.87\.2-microsoft-standard-WSL2 \(/);
  });

  it("runs WSL's own init as PID 1 without the key, on WSL 1, and when /sbin/init cannot run", async () => {
    const plain = makeTwin();
    await importBusybox(plain, '2', '[user]\ndefault=root\n');
    expect((await sh(plain, 'cat /proc/1/comm; tr "\\0" "\\n" < /proc/1/cmdline | head -n 1')).out).toBe(
      'init\n/init\n',
    );

    const wsl1 = makeTwin();
    await importBusybox(wsl1, '1', '[boot]\nsystemd=true\n');
    const look = await doctorLook(wsl1);
    expect(look.pid1).toBe('init');
    expect(look.kernel).toMatch(/^Linux version 4\.4\.0-26100-Microsoft \(Microsoft@Microsoft\.com\)/);

    const noInit = makeTwin();
    const root = await importBusybox(noInit, '2', '[boot]\nsystemd = TRUE\n');
    expect((await sh(noInit, 'cat /proc/1/comm')).out).toBe('systemd\n');
    rmSync(join(root, 'sbin/init'));
    // wsl.conf and /sbin/init are looked at when the instance starts.
    expect((await runWsl(noInit, ['--terminate', 'Busy'])).code).toBe(0);
    expect((await sh(noInit, 'cat /proc/1/comm')).out).toBe('init\n');
  });

  it('gives the instance its own PID namespace: no host process is visible, and what a call leaves running (immune to the hangup) lives until the instance ends', async () => {
    const twin = makeTwin();
    // No idle termination between the calls, however slow the machine (the timing rules have their own tests).
    const profile = join(twin.state.mntRoot, 'c', 'Users', 'runneradmin');
    mkdirSync(profile, { recursive: true });
    writeFileSync(join(profile, '.wslconfig'), '[general]\ninstanceIdleTimeout=-1\n');
    await importBusybox(twin, '2', '[boot]\nsystemd=true\n');
    // bash runs external programs by exec, so each process has its own name (busybox's shell would fork applets).
    const listing = 'ps -o comm > /tmp/ps.txt; sort /tmp/ps.txt | tr "\\n" " "';
    // Wait until the background job has exec'd `sleep` (until then it is a second `bash`), then list.
    const waitForSleep = 'until ps -o comm | grep -qx sleep; do :; done';
    // The command leads a session on a terminal; when it exits, its process group is hung up (rule 22), so a
    // job that should outlive the call ignores SIGHUP, as `nohup` makes it.
    const first = await runWsl(twin, [
      '-e',
      '/bin/bash',
      '-c',
      `trap "" HUP; sleep 60 >/dev/null 2>&1 & ${waitForSleep}; ${listing}`,
    ]);
    // PID 1, the shell, its sleep and ps: not the twin's node process nor anything else of the host.
    expect(first.stdout.toString()).toBe('COMMAND bash ps sleep systemd ');
    // The same instance serves the next call: the background sleep is still there (as in WSL, until the instance
    // is terminated or idle-terminated).
    const second = await runWsl(twin, ['-e', '/bin/bash', '-c', listing]);
    expect(second.stdout.toString()).toBe('COMMAND bash ps sleep systemd ');
    expect((await runWsl(twin, ['--terminate', 'Busy'])).code).toBe(0);
    const third = await runWsl(twin, ['-e', '/bin/bash', '-c', listing]);
    expect(third.stdout.toString()).toBe('COMMAND bash ps systemd ');
    // PID 1 passes the command's exit code through, and a signal's number when the command was killed.
    expect((await sh(twin, 'exit 7')).code).toBe(7);
    expect((await sh(twin, 'kill -KILL $$')).code).toBe(9);
  });

  it('registers WSLInterop in binfmt_misc the way WSL does, and not with [interop] enabled=false', async () => {
    const on = makeTwin();
    await importBusybox(on, '2', '');
    const entry = await sh(on, 'ls /proc/sys/fs/binfmt_misc | tr "\\n" " "; cat /proc/sys/fs/binfmt_misc/WSLInterop');
    expect(entry.out).toBe('WSLInterop register status enabled\ninterpreter /init\nflags: P\noffset 0\nmagic 4d5a\n');
    expect((await sh(on, 'grep " /proc/sys/fs/binfmt_misc " /proc/mounts | cut -d" " -f1')).out).toBe('binfmt_misc\n');

    const off = makeTwin();
    await importBusybox(off, '2', '[interop]\nenabled=false\n');
    expect((await sh(off, 'ls /proc/sys/fs/binfmt_misc | tr "\\n" " "')).out).toBe('register status ');
    const look = await doctorLook(off);
    expect(look.interop).toBe('disabled');
    expect(look.pid1).toBe('init');
  });
});
