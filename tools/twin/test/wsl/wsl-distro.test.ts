// Commands that run for real inside a distro (chroot into the busybox root file system).
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { probeIsolation } from '../../src/wsl/distro-exec.js';
import type { TwinWsl } from '../../src/wsl/twin.js';
import { makeTwin, ROOTFS, runWsl } from './helpers.js';

const isolation = probeIsolation();
const title = isolation.ok
  ? 'wsl.exe twin: inside a distro'
  : `wsl.exe twin: inside a distro (skipped: ${isolation.reason})`;

const UTF8 = { WSL_UTF8: '1' };

async function importBusybox(twin: TwinWsl, name = 'Busy', version = '2'): Promise<string> {
  const location = join(twin.statePath, '..', 'distros', name);
  const run = await runWsl(twin, ['--import', name, location, ROOTFS, '--version', version], { env: UTF8 });
  expect(run.stdout.toString()).toBe('The operation completed successfully. \r\n');
  expect(run.code).toBe(0);
  return join(location, 'rootfs');
}

// Each test boots instances and runs many wsl.exe calls: generous bounds for a loaded machine.
describe.skipIf(!isolation.ok).concurrent(title, { timeout: 60_000 }, () => {
  it('runs a shell command line with quotes and $(), passing Linux bytes through unchanged', async () => {
    const twin = makeTwin();
    await importBusybox(twin);
    // A Windows caller's argv becomes one command line that the distro's shell parses.
    const run = await runWsl(twin, ['-d', 'busy', '--', 'echo', 'user=$(id -un)', "'$HOME'", 'a b', 'ünï']);
    expect(run.stdout.toString('utf8')).toBe('user=root $HOME a b ünï\n');
    expect(run.code).toBe(0);
    const exec = await runWsl(twin, ['-e', 'sh', '-c', 'printf "%s|" "$0" "$1"; exit 3', 'zero', 'one two']);
    expect(exec.stdout.toString()).toBe('zero|one two|');
    expect(exec.code).toBe(3);
  });

  it('has a real bash: -euo pipefail semantics, arrays, and the exit code passed through', async () => {
    const twin = makeTwin();
    await importBusybox(twin);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansions, not a JavaScript template.
    const script = 'a=(x "y z"); echo "${#a[@]} ${a[1]} $BASH_VERSION" | cut -d. -f1; false | true; echo after';
    const run = await runWsl(twin, ['-e', '/bin/bash', '--noprofile', '--norc', '-euo', 'pipefail', '-c', script]);
    // pipefail: `false | true` fails, so -e stops the script before `after`.
    expect(run.stdout.toString()).toMatch(/^2 y z [5-9]\n$/);
    expect(run.code).toBe(1);
    const exit = await runWsl(twin, ['-e', '/bin/bash', '-c', 'exit 42']);
    expect(exit.code).toBe(42);
  });

  it('writes files that stay in the distro root, and boots a stopped distro on first use', async () => {
    const twin = makeTwin({ latencyMs: { boot: 50 } });
    const root = await importBusybox(twin);
    expect(twin.state.distros[0]!.state).toBe('Stopped');
    const script = "mkdir -p /etc/app && printf '[boot]\\nsystemd=true\\n' > /etc/app/wsl.conf && echo done";
    const run = await runWsl(twin, ['sh', '-c', script]);
    expect(run.stderr.toString()).toBe('');
    expect(run.stdout.toString()).toBe('done\n');
    expect(readFileSync(join(root, 'etc/app/wsl.conf'), 'utf8')).toBe('[boot]\nsystemd=true\n');
    expect(twin.state.distros[0]!.state).toBe('Running');
    expect(twin.state.vmRunning).toBe(true);
  });

  it('switches users with -u, honours wsl.conf and --manage --set-default-user', async () => {
    const twin = makeTwin();
    const root = await importBusybox(twin);
    expect((await runWsl(twin, ['-u', 'dev', 'id', '-u'])).stdout.toString()).toBe('1000\n');
    expect((await runWsl(twin, ['-u', 'dev', 'sh', '-c', 'touch /root/x'])).code).not.toBe(0);
    const unknown = await runWsl(twin, ['-u', 'ghost', 'true'], { env: UTF8 });
    expect(unknown.stdout.toString()).toBe('User not found.\r\nError code: Wsl/Service/WSL_E_USER_NOT_FOUND\r\n');
    expect(unknown.code).toBe(255);

    const manage = await runWsl(twin, ['--manage', 'Busy', '--set-default-user', 'dev'], { env: UTF8 });
    expect(manage.stdout.toString()).toBe('The operation completed successfully. \r\n');
    expect((await runWsl(twin, ['whoami'])).stdout.toString()).toBe('dev\n');
    const refused = await runWsl(twin, ['--manage', 'Busy', '--set-default-user', 'ghost']);
    expect(refused.code).toBe(1);

    // wsl.conf's [user] default is read when the instance starts (src/linux/init/config.cpp): after a terminate.
    // (No idle termination may come between the two calls, however slow the machine.)
    const profile = join(twin.state.mntRoot, 'c', 'Users', 'runneradmin');
    mkdirSync(profile, { recursive: true });
    writeFileSync(join(profile, '.wslconfig'), '[general]\ninstanceIdleTimeout=-1\n');
    expect((await runWsl(twin, ['--terminate', 'Busy'])).code).toBe(0);
    expect((await runWsl(twin, ['whoami'])).stdout.toString()).toBe('dev\n');
    writeFileSync(join(root, 'etc/wsl.conf'), '[user]\ndefault = root\n');
    expect((await runWsl(twin, ['whoami'])).stdout.toString()).toBe('dev\n');
    expect((await runWsl(twin, ['--terminate', 'Busy'])).code).toBe(0);
    expect((await runWsl(twin, ['whoami'])).stdout.toString()).toBe('root\n');
  });

  it('translates --cd and the working directory, with /mnt/c mapped to the twin drive folder', async () => {
    const twin = makeTwin();
    await importBusybox(twin);
    const work = join(twin.state.mntRoot, 'c', 'work', 'my app');
    mkdirSync(work, { recursive: true });
    writeFileSync(join(work, 'marker.txt'), 'from windows\n');
    expect((await runWsl(twin, ['--cd', 'C:\\work\\my app', 'cat', 'marker.txt'])).stdout.toString()).toBe(
      'from windows\n',
    );
    expect((await runWsl(twin, ['--cd', '~', '-u', 'dev', 'pwd'])).stdout.toString()).toBe('/home/dev\n');
    expect((await runWsl(twin, ['--cd', '/etc', 'pwd'])).stdout.toString()).toBe('/etc\n');
    expect((await runWsl(twin, ['pwd'], { cwd: work })).stdout.toString()).toBe('/mnt/c/work/my app\n');
    const relative = await runWsl(twin, ['--cd', 'relative', 'pwd'], { env: UTF8 });
    expect(relative.stdout.toString()).toContain('Error code: Wsl/E_INVALIDARG');
  });

  it('forwards WSLENV variables with /p, /l, /u and /w', async () => {
    const twin = makeTwin();
    await importBusybox(twin);
    const env = {
      WSLENV: 'PLAIN:PROJ/p:DIRS/l:UP/u:DOWN/w',
      PLAIN: 'x y',
      PROJ: 'C:\\src\\app',
      DIRS: 'C:\\a;D:\\b',
      UP: 'up',
      DOWN: 'down',
    };
    const run = await runWsl(
      twin,
      ['-e', 'sh', '-c', 'echo "$PLAIN|$PROJ|$DIRS|$UP|$(printenv DOWN || echo unset)|$WSLENV"'],
      { env },
    );
    expect(run.stdout.toString()).toBe(
      'x y|/mnt/c/src/app|/mnt/c/a:/mnt/d/b|up|unset|PLAIN:PROJ/p:DIRS/l:UP/u:DOWN/w\n',
    );
  });

  it('reports the WSL kernel release: WSL 2 from the package, WSL 1 the fake 4.4.0 kernel', async () => {
    const twin = makeTwin({ wsl1KernelRelease: '4.4.0-19041-Microsoft' });
    await importBusybox(twin, 'Two', '2');
    await importBusybox(twin, 'One', '1');
    expect((await runWsl(twin, ['-d', 'Two', 'uname', '-r'])).stdout.toString()).toBe(
      '6.6.87.2-microsoft-standard-WSL2\n',
    );
    expect((await runWsl(twin, ['-d', 'One', '-e', 'uname', '-r'])).stdout.toString()).toBe('4.4.0-19041-Microsoft\n');
  });

  it('exports a distro to a real tar and imports it again with its changes', async () => {
    const twin = makeTwin();
    await importBusybox(twin);
    await runWsl(twin, ['sh', '-c', 'echo kept > /root/state.txt']);
    const tarball = join(twin.statePath, '..', 'busy-export.tar.gz');
    const exported = await runWsl(twin, ['--export', 'Busy', tarball, '--format', 'tar.gz'], { env: UTF8 });
    expect(exported.stdout.toString()).toBe('The operation completed successfully. \r\n');
    expect(statSync(tarball).size).toBeGreaterThan(100_000);
    const copy = join(twin.statePath, '..', 'distros', 'Copy');
    const imported = await runWsl(twin, ['--import', 'Copy', copy, tarball], { env: UTF8 });
    expect(imported.code).toBe(0);
    expect((await runWsl(twin, ['-d', 'Copy', 'cat', '/root/state.txt'])).stdout.toString()).toBe('kept\n');
    const clash = await runWsl(twin, ['--import', 'Other', copy, tarball], { env: UTF8 });
    expect(clash.stdout.toString()).toBe(
      'The supplied install location is already in use.\r\nError code: Wsl/Service/RegisterDistro/ERROR_FILE_EXISTS\r\n',
    );
    const notTar = join(twin.statePath, '..', 'not-a.tar');
    writeFileSync(notTar, 'hello');
    const bad = await runWsl(twin, ['--import', 'Bad', join(copy, '..', 'Bad'), notTar], { env: UTF8 });
    expect(bad.stdout.toString()).toBe(
      'The imported file is not a valid Linux distribution.\r\nError code: Wsl/Service/RegisterDistro/WSL_E_NOT_A_LINUX_DISTRO\r\n',
    );
    expect(existsSync(join(copy, '..', 'Bad'))).toBe(false);
    const missing = await runWsl(twin, ['--import', 'Bad', join(copy, '..', 'Bad'), '/nonexistent.tar'], { env: UTF8 });
    expect(missing.stdout.toString()).toBe(
      'The system cannot find the file specified. \r\nError code: Wsl/ERROR_FILE_NOT_FOUND\r\n',
    );
  });

  it('imports from stdin and exports to stdout with -', async () => {
    const twin = makeTwin();
    const location = join(twin.statePath, '..', 'distros', 'Piped');
    const run = await runWsl(twin, ['--import', 'Piped', location, '-'], { input: readFileSync(ROOTFS), env: UTF8 });
    expect(run.code).toBe(0);
    const out = await runWsl(twin, ['--export', 'Piped', '-']);
    expect(out.code).toBe(0);
    // A POSIX tar stream: the "ustar" magic at offset 257 of the first header.
    expect(out.stdout.subarray(257, 262).toString()).toBe('ustar');
  });
});

describe.skipIf(!isolation.ok).concurrent(`${title}: installs and sessions`, { timeout: 60_000 }, () => {
  it('installs from a local file with --from-file, --name and --location', async () => {
    const twin = makeTwin();
    const location = join(twin.state.mntRoot, 'c', 'wsl', 'FromFile');
    const run = await runWsl(
      twin,
      ['--install', '--from-file', ROOTFS, '--name', 'FromFile', '--location', 'C:\\wsl\\FromFile', '--no-launch'],
      { env: UTF8 },
    );
    expect(run.stdout.toString()).toBe(
      "Distribution successfully installed. It can be launched via 'wsl.exe -d FromFile'\r\n",
    );
    expect(twin.state.distros[0]).toMatchObject({ name: 'FromFile', location, root: join(location, 'rootfs') });
    expect((await runWsl(twin, ['-d', 'fromfile', 'cat', '/etc/hostname'])).stdout.toString()).toBe('twin\n');
  });

  it('starts the default shell when no command is given, reading the caller stdin', async () => {
    const twin = makeTwin();
    await importBusybox(twin);
    const run = await runWsl(twin, [], { input: 'echo "interactive $USER"\nexit 4\n' });
    expect(run.stdout.toString()).toBe('interactive root\n');
    expect(run.code).toBe(4);
  });

  it('keeps every concurrent call and its state change', async () => {
    const twin = makeTwin({ latencyMs: { exec: 100 } });
    await importBusybox(twin, 'One');
    await importBusybox(twin, 'Two');
    const runs = await Promise.all([
      runWsl(twin, ['-d', 'One', 'echo', '1']),
      runWsl(twin, ['-d', 'Two', 'echo', '2']),
      runWsl(twin, ['-l', '-q'], { env: UTF8 }),
      runWsl(twin, ['-d', 'One', '-e', 'true']),
    ]);
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0]);
    expect(twin.state.distros.map((d) => d.state)).toEqual(['Running', 'Running']);
    expect(twin.readLog()).toHaveLength(6);
  });
});
