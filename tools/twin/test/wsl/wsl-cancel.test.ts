// Rule 22 of the twin's table: wsl.exe forwards no signal. A Ctrl+C (SIGINT here) with the default handler ends
// wsl.exe at once, as TerminateProcess (SIGKILL) does; the Linux command learns it only because WSL's relay then
// closes the pty it made the command's controlling terminal, and the kernel hangs that terminal up. The tests wait
// on events (a line in a file inside the distro, a process gone), never on fixed sleeps.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { probeIsolation } from '../../src/wsl/distro-exec.js';
import type { TwinWsl } from '../../src/wsl/twin.js';
import { makeTwin, ROOTFS, runWsl, until } from './helpers.js';

const isolation = probeIsolation();
const title = isolation.ok
  ? 'wsl.exe twin: what the Linux side gets when wsl.exe is interrupted or killed'
  : `wsl.exe twin: what the Linux side gets when wsl.exe is interrupted or killed (skipped: ${isolation.reason})`;

/** A twin with one WSL 2 distro whose instance never idles out between the calls of a test. */
async function twinWithDistro(): Promise<{ twin: TwinWsl; root: string }> {
  const twin = makeTwin();
  const profile = join(twin.state.mntRoot, 'c', 'Users', 'runneradmin');
  mkdirSync(profile, { recursive: true });
  writeFileSync(join(profile, '.wslconfig'), '[general]\ninstanceIdleTimeout=-1\n');
  const location = join(twin.statePath, '..', 'distros', 'Busy');
  expect((await runWsl(twin, ['--import', 'Busy', location, ROOTFS, '--version', '2'])).code).toBe(0);
  return { twin, root: join(location, 'rootfs') };
}

/** Start `bash -c script` through wsl.exe and resolve once it printed `ready`. */
async function startCall(twin: TwinWsl, script: string) {
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', ...twin.env };
  const child: ChildProcessWithoutNullStreams = spawn(twin.wslPath, ['-e', '/bin/bash', '-c', script], {
    env,
    cwd: tmpdir(),
  });
  let stdout = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout })),
  );
  await new Promise<void>((resolve, reject) => {
    const watch = () => {
      if (stdout.includes('ready\n')) resolve();
    };
    child.stdout.on('data', watch);
    child.on('close', () => reject(new Error(`wsl.exe ended before the command was ready: ${stdout}`)));
  });
  return { child, ended };
}

/** Poll (an event, bounded) until `check` holds. */
const fileText = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '');

async function running(twin: TwinWsl, pattern: string): Promise<boolean> {
  // `[s]leep 1001` does not match the grep's own command line.
  const run = await runWsl(twin, ['-e', 'sh', '-c', `ps -o stat,args | grep -v '^Z' | grep -c '${pattern}'`]);
  return run.stdout.toString().trim() !== '0';
}

describe.skipIf(!isolation.ok).concurrent(title, { timeout: 60_000 }, () => {
  it('a Ctrl+C (SIGINT) ends wsl.exe at once by that signal; the command is hung up, not interrupted, and its later output goes nowhere', async () => {
    const { twin, root } = await twinWithDistro();
    const script = [
      "trap 'echo int >> /tmp/got' INT",
      // After the hangup the reader of stdout (wsl.exe) is gone: with SIGPIPE ignored, the write fails with EPIPE.
      'trap \'trap "" PIPE; echo hup >> /tmp/got; echo after-hangup || echo epipe >> /tmp/got; exit 0\' HUP',
      'echo ready',
      'while :; do sleep 1; done',
    ].join('\n');
    const { child, ended } = await startCall(twin, script);
    child.kill('SIGINT');
    const wsl = await ended;
    // STATUS_CONTROL_C_EXIT: the default console handler's ExitProcess, standing here as death by SIGINT.
    expect([wsl.code, wsl.signal]).toEqual([null, 'SIGINT']);
    expect(wsl.stdout).toBe('ready\n');
    const got = join(root, 'tmp', 'got');
    await until('the HUP trap to finish', () => fileText(got).includes('epipe\n'));
    expect(fileText(got)).toBe('hup\nepipe\n');
  });

  it('TerminateProcess (SIGKILL) of wsl.exe hangs up the command and its process group; a job that ignores SIGHUP stays', async () => {
    const { twin, root } = await twinWithDistro();
    const script = [
      "trap 'echo hup >> /tmp/got; exit 0' HUP",
      'sleep 1001 &',
      '(trap "" HUP; exec sleep 1002) &',
      'echo ready',
      'wait',
    ].join('\n');
    const { child, ended } = await startCall(twin, script);
    await until('both jobs to run', async () => (await running(twin, '[s]leep 100[12]')) && true);
    child.kill('SIGKILL');
    expect((await ended).signal).toBe('SIGKILL');
    await until('the HUP trap to run', () => fileText(join(root, 'tmp', 'got')) === 'hup\n');
    await until('the job in the hung-up group to end', async () => !(await running(twin, '[s]leep 1001')));
    expect(await running(twin, '[s]leep 1002')).toBe(true);
  });

  it('when the command itself exits, its process group is hung up: a background job without nohup ends with the call', async () => {
    const { twin } = await twinWithDistro();
    const plain = await runWsl(twin, ['-e', 'sh', '-c', 'sleep 1003 >/dev/null 2>&1 & echo started']);
    expect(plain.stdout.toString()).toBe('started\n');
    const immune = await runWsl(twin, ['-e', 'sh', '-c', 'trap "" HUP; sleep 1004 >/dev/null 2>&1 & echo started']);
    expect(immune.stdout.toString()).toBe('started\n');
    await until('the plain background job to end', async () => !(await running(twin, '[s]leep 1003')));
    expect(await running(twin, '[s]leep 1004')).toBe(true);
  });
});
