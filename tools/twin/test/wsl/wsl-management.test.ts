// Management commands, faults and the call log of the wsl.exe twin (no distro execution needed here).
import { describe, expect, it } from 'vitest';
import type { TwinWslState } from '../../src/wsl/state.js';
import { makeTwin, ROOTFS, runWsl, utf8 } from './helpers.js';

const UTF8 = { WSL_UTF8: '1' };

function withDistros(extra: Partial<TwinWslState> = {}): Partial<TwinWslState> {
  return {
    defaultDistro: 'Alpha',
    distros: [
      { name: 'Alpha', state: 'Running', version: 2, root: '/nonexistent/a', defaultUser: 'root' },
      { name: 'Beta', state: 'Running', version: 1, root: '/nonexistent/b', defaultUser: 'root' },
    ],
    vmRunning: true,
    ...extra,
  };
}

describe.concurrent('wsl.exe twin: distro management', () => {
  it('sets the default, terminates one distro and shuts all down, as -l -v shows', async () => {
    const twin = makeTwin(withDistros());
    expect((await runWsl(twin, ['--set-default', 'beta'], { env: UTF8 })).stdout).toEqual(
      utf8('The operation completed successfully. \n'),
    );
    expect((await runWsl(twin, ['-t', 'Alpha'], { env: UTF8 })).code).toBe(0);
    const listed = await runWsl(twin, ['-l', '-v'], { env: UTF8 });
    expect(listed.stdout.toString()).toBe(
      '  NAME     STATE           VERSION\r\n* Beta     Running         1\r\n  Alpha    Stopped         2\r\n',
    );
    const shutdown = await runWsl(twin, ['--shutdown'], { env: UTF8 });
    expect(shutdown.stdout.length).toBe(0);
    expect(twin.state.distros.map((d) => d.state)).toEqual(['Stopped', 'Stopped']);
    expect(twin.state.vmRunning).toBe(false);
    const running = await runWsl(twin, ['-l', '--running'], { env: UTF8 });
    expect(running.stdout).toEqual(utf8('There are no running distributions.\n'));
    expect(running.code).toBe(255);
    expect((await runWsl(twin, ['-l', '--running', '-q'])).code).toBe(0);
  });

  it('hides distros in transition from -l unless --all or -v is given', async () => {
    const twin = makeTwin(
      withDistros({
        distros: [
          { name: 'Alpha', state: 'Running', version: 2, root: '/nonexistent/a', defaultUser: 'root' },
          { name: 'Gamma', state: 'Installing', version: 2, root: '/nonexistent/g', defaultUser: 'root' },
        ],
      }),
    );
    expect((await runWsl(twin, ['-l', '-q'], { env: UTF8 })).stdout.toString()).toBe('Alpha\r\n');
    expect((await runWsl(twin, ['-l', '--all', '-q'], { env: UTF8 })).stdout.toString()).toBe('Alpha\r\nGamma\r\n');
    expect((await runWsl(twin, ['--list', '-vq'], { env: UTF8 })).code).toBe(255);
    expect((await runWsl(twin, ['-l', '-v'], { env: UTF8 })).stdout.toString()).toContain(
      '  Gamma    Installing      2\r\n',
    );
  });

  it('adds the virtualization notice to --status when the hypervisor is unavailable', async () => {
    const twin = makeTwin({ virtualization: false, defaultVersion: 2 });
    const run = await runWsl(twin, ['--status'], { env: UTF8 });
    const text = run.stdout.toString();
    expect(text.startsWith('Default Version: 2\r\n')).toBe(true);
    expect(text).toContain('\r\nWSL2 is unable to start since virtualization is not enabled on this machine.\r\n');
    expect(text.endsWith('For information please visit https://aka.ms/enablevirtualization\r\n')).toBe(true);
    expect(run.code).toBe(0);
  });

  it('changes versions with the documented messages and errors', async () => {
    const twin = makeTwin(withDistros());
    const toTwo = await runWsl(twin, ['--set-version', 'Beta', '2'], { env: UTF8 });
    expect(toTwo.stdout.toString()).toBe(
      'For information on key differences with WSL 2 please visit https://aka.ms/wsl2\r\nThe operation completed successfully. \r\n',
    );
    const again = await runWsl(twin, ['--set-version', 'Beta', '2'], { env: UTF8 });
    expect(again.stdout.toString()).toBe(
      'The distribution is already the requested version.\r\nError code: Wsl/Service/WSL_E_VM_MODE_INVALID_STATE\r\n',
    );
    expect(again.code).toBe(255);
    const bad = await runWsl(twin, ['--set-default-version', '3'], { env: UTF8 });
    expect(bad.stdout.toString()).toBe(
      'A version number could not be parsed. \r\nError code: Wsl/ERROR_VERSION_PARSE_ERROR\r\n',
    );
    const one = await runWsl(twin, ['--set-default-version', '1'], { env: UTF8 });
    expect(one.code).toBe(0);
    expect(twin.state.defaultVersion).toBe(1);
    const noWsl1 = makeTwin({ ...withDistros(), features: ['VirtualMachinePlatform'] });
    const refused = await runWsl(noWsl1, ['--set-default-version', '1'], { env: UTF8 });
    expect(refused.stdout.toString()).toContain('Error code: Wsl/WSL_E_WSL1_NOT_SUPPORTED\r\n');
    expect(refused.code).toBe(255);
  });

  it('rejects unknown options of a sub-command with E_INVALIDARG and unknown top-level options without a code', async () => {
    const twin = makeTwin(withDistros());
    const sub = await runWsl(twin, ['--list', '--bogus'], { env: UTF8 });
    expect(sub.stdout.toString()).toBe(
      "Invalid command line argument: --bogus\r\nPlease use 'wsl.exe --help' to get a list of supported arguments.\r\nError code: Wsl/E_INVALIDARG\r\n",
    );
    expect(sub.code).toBe(255);
    const top = await runWsl(twin, ['--List'], { env: UTF8 });
    expect(top.stdout.toString()).toBe(
      "Invalid command line argument: --List\r\nPlease use 'wsl.exe --help' to get a list of supported arguments.\r\n",
    );
    const missing = await runWsl(twin, ['--install', '--name'], { env: UTF8 });
    expect(missing.stdout.toString()).toContain('Command line argument --name requires a value.');
  });

  it('updates the package, and reports when it is already the newest', async () => {
    const twin = makeTwin({ latestWsl: '2.6.2.0' });
    const run = await runWsl(twin, ['--update', '--web-download'], { env: UTF8 });
    expect(run.stdout.toString()).toBe(
      'Checking for updates.\r\nUpdating Windows Subsystem for Linux to version: 2.6.2.0.\r\n',
    );
    expect(twin.state.versions.wsl).toBe('2.6.2.0');
    const again = await runWsl(twin, ['--update'], { env: UTF8 });
    expect(again.stdout.toString()).toBe(
      'Checking for updates.\r\nThe most recent version of Windows Subsystem for Linux is already installed.\r\n',
    );
  });

  it('installs optional components first and asks for a reboot', async () => {
    const twin = makeTwin({ kind: 'absent', features: [] });
    // WSL is not installed yet: the inbox launcher answers, and it ignores WSL_UTF8.
    const run = await runWsl(twin, ['--install', '--no-distribution'], { env: UTF8 });
    expect(run.stdout.toString('utf16le')).toBe(
      'Installing Windows optional component: VirtualMachinePlatform\r\n' +
        'The requested operation is successful. Changes will not be effective until the system is rebooted. \r\n',
    );
    expect(run.code).toBe(0);
    expect(twin.state).toMatchObject({ kind: 'store', rebootPending: true, features: ['VirtualMachinePlatform'] });
    // Until the reboot the platform is not active, so WSL still reports the reboot (CheckForMissingOptionalComponents).
    const again = await runWsl(twin, ['--install', '--no-distribution'], { env: UTF8 });
    expect(again.stdout.toString()).toContain('Changes will not be effective until the system is rebooted.');
    twin.setState({ rebootPending: false });
    const done = await runWsl(twin, ['--install', '--no-distribution'], { env: UTF8 });
    expect(done.stdout.toString()).toBe('The operation completed successfully. \r\n');
  });

  it('installs a catalogue distro from its tarball, then refuses the same name', async () => {
    const twin = makeTwin({ online: [{ name: 'Busy', friendlyName: 'BusyBox Linux', rootfs: ROOTFS }] });
    const run = await runWsl(twin, ['--install', 'busy', '--web-download', '--no-launch'], { env: UTF8 });
    expect(run.stdout.toString()).toBe(
      'Downloading: BusyBox Linux\r\nInstalling: BusyBox Linux\r\n' +
        "Distribution successfully installed. It can be launched via 'wsl.exe -d Busy'\r\n",
    );
    expect(run.code).toBe(0);
    expect(twin.state.distros).toMatchObject([{ name: 'Busy', state: 'Stopped', version: 2 }]);
    expect(twin.state.defaultDistro).toBe('Busy');
    const again = await runWsl(twin, ['--install', 'Busy', '--no-launch'], { env: UTF8 });
    expect(again.stdout.toString()).toBe(
      'A distribution with the supplied name already exists. Use --name to choose a different name.\r\n' +
        'Error code: Wsl/InstallDistro/Service/RegisterDistro/ERROR_ALREADY_EXISTS\r\n',
    );
    const renamed = await runWsl(twin, ['--install', 'Busy', '--name', 'Busy2', '--version', '1'], { env: UTF8 });
    expect(renamed.stdout.toString()).toContain('Launching Busy2...\r\n');
    expect(twin.state.distros.find((d) => d.name === 'Busy2')).toMatchObject({ state: 'Running', version: 1 });
  });

  it('unregisters a distro and deletes its files', async () => {
    const twin = makeTwin({ online: [{ name: 'Busy', friendlyName: 'BusyBox Linux', rootfs: ROOTFS }] });
    await runWsl(twin, ['--install', 'Busy', '--no-launch']);
    const root = twin.state.distros[0]!.root;
    const run = await runWsl(twin, ['--unregister', 'Busy'], { env: UTF8 });
    expect(run.code).toBe(0);
    expect(twin.state.distros).toEqual([]);
    expect(twin.state.defaultDistro).toBeUndefined();
    const { existsSync } = await import('node:fs');
    expect(existsSync(root)).toBe(false);
    const gone = await runWsl(twin, ['--unregister', 'Busy'], { env: UTF8 });
    expect(gone.stdout.toString()).toBe(
      'There is no distribution with the supplied name.\r\nError code: Wsl/Service/WSL_E_DISTRO_NOT_FOUND\r\n',
    );
  });
});

describe.concurrent('wsl.exe twin: faults', () => {
  it('hangs until the caller kills it, and logs the hung call', async () => {
    const twin = makeTwin({ faults: { hang: ['status'] } });
    const running = runWsl(twin, ['--status'], { timeoutMs: 60_000 });
    // Wait for the event (the hung call is logged), then kill it as a caller's timeout would.
    while (!twin.readLog().some((call) => call.hung)) await new Promise((resolve) => setTimeout(resolve, 20));
    const pid = twin.readLog()[0]!.pid;
    process.kill(pid, 'SIGKILL');
    const run = await running;
    expect(run.timedOut).toBe(false);
    expect(run.signal).toBe('SIGKILL');
    expect(twin.readLog()).toMatchObject([{ argv: ['--status'], kind: 'status', hung: true, exitCode: null }]);
    expect((await runWsl(twin, ['--version'])).code).toBe(0);
  });

  it('fails the next N calls of a kind, then recovers', async () => {
    const twin = makeTwin({
      ...withDistros(),
      faults: {
        failNext: [
          { kind: 'list', count: 2 },
          { kind: 'version', count: 1, error: 'ERROR_SERVICE_DISABLED' },
        ],
      },
    });
    const expected = 'The remote procedure call failed. \r\nError code: Wsl/Service/RPC_S_CALL_FAILED\r\n';
    for (let i = 0; i < 2; i++) {
      const run = await runWsl(twin, ['-l', '-q'], { env: UTF8 });
      expect(run.stdout.toString()).toBe(expected);
      expect(run.code).toBe(255);
    }
    const ok = await runWsl(twin, ['-l', '-q'], { env: UTF8 });
    expect(ok.stdout.toString()).toBe('Alpha\r\nBeta\r\n');
    const version = await runWsl(twin, ['--version'], { env: UTF8 });
    expect(version.stdout.toString()).toBe(
      'The service cannot be started, either because it is disabled or because it has no enabled devices associated with it. \r\nError code: Wsl/0x80070422\r\n',
    );
    expect((await runWsl(twin, ['--version'])).code).toBe(0);
  });

  it('answers HTTP 403 on update and on a distro download', async () => {
    const twin = makeTwin({
      latestWsl: '9.9.9.0',
      faults: { http403: ['update', 'install'] },
      online: [{ name: 'Busy', friendlyName: 'BusyBox Linux', rootfs: ROOTFS }],
    });
    const update = await runWsl(twin, ['--update'], { env: UTF8 });
    expect(update.stdout.toString()).toBe(
      'Checking for updates.\r\nForbidden (403). \r\nError code: Wsl/UpdatePackage/QueryLatestGitHubRelease/0x80190193\r\n',
    );
    expect(update.code).toBe(255);
    const install = await runWsl(twin, ['--install', 'Busy', '--web-download'], { env: UTF8 });
    expect(install.stdout.toString()).toBe(
      'Downloading: BusyBox Linux\r\nForbidden (403). \r\nError code: Wsl/InstallDistro/0x80190193\r\n',
    );
    expect(twin.state.distros).toEqual([]);
    expect(twin.state.versions.wsl).not.toBe('9.9.9.0');
  });

  it('answers HTTP 403 a counted number of times, then lets the download through', async () => {
    const twin = makeTwin({
      kind: 'inbox',
      latestWsl: '2.6.1.0',
      faults: { http403: [{ operation: 'update', count: 2 }] },
    });
    const codes: number[] = [];
    for (let i = 0; i < 3; i++) codes.push((await runWsl(twin, ['--update', '--web-download'], { env: UTF8 })).code!);
    expect(codes).toEqual([255, 255, 0]);
    expect(twin.state).toMatchObject({ kind: 'store', versions: { wsl: '2.6.1.0' } });
    expect(twin.state.faults?.http403).toEqual([{ operation: 'update', count: 0 }]);
  });

  it('cannot start WSL 2 without virtualization: running and installing fail with HCS_E_HYPERV_NOT_INSTALLED', async () => {
    const twin = makeTwin({
      ...withDistros(),
      virtualization: false,
      online: [{ name: 'Busy', friendlyName: 'BusyBox Linux', rootfs: ROOTFS }],
    });
    const run = await runWsl(twin, ['-d', 'Alpha', 'true'], { env: UTF8 });
    const text = run.stdout.toString();
    expect(text.startsWith('WSL2 is unable to start since virtualization is not enabled on this machine.\r\n')).toBe(
      true,
    );
    expect(
      text.endsWith('\r\nError code: Wsl/Service/CreateInstance/CreateVm/HCS/HCS_E_HYPERV_NOT_INSTALLED\r\n'),
    ).toBe(true);
    expect(run.code).toBe(255);
    const install = await runWsl(twin, ['--install', 'Busy', '--no-launch'], { env: UTF8 });
    expect(install.stdout.toString()).toContain(
      'Error code: Wsl/InstallDistro/Service/RegisterDistro/CreateVm/HCS/HCS_E_HYPERV_NOT_INSTALLED\r\n',
    );
    expect(twin.state.distros.map((d) => d.name)).toEqual(['Alpha', 'Beta']);
  });

  it('fails imports and exports when the disk is full', async () => {
    const twin = makeTwin({ faults: { diskFull: true } });
    const run = await runWsl(twin, ['--import', 'Full', `${twin.statePath}.d`, ROOTFS], { env: UTF8 });
    expect(run.stdout.toString()).toBe(
      'There is not enough space on the disk. \r\nError code: Wsl/Service/RegisterDistro/0x80070070\r\n',
    );
    expect(run.code).toBe(255);
    expect(twin.state.distros).toEqual([]);
  });

  it('applies the latency model with a real sleep', async () => {
    const twin = makeTwin({ latencyMs: { version: 300 } });
    await runWsl(twin, ['--version']);
    expect(twin.readLog()[0]!.durationMs).toBeGreaterThanOrEqual(300);
  });
});

describe.concurrent('wsl.exe twin: call log', () => {
  it('logs argv, cwd, the WSL variables and the exit code of every call', async () => {
    const twin = makeTwin(withDistros());
    await runWsl(twin, ['-l', '-v'], {
      env: { WSL_UTF8: '1', WSLENV: 'PROJ/p:SECRETISH/w:GH_TOKEN', PROJ: 'C:\\src\\app', GH_TOKEN: 'ghs_abc' },
    });
    await runWsl(twin, ['-d', 'Missing', 'true']);
    const log = twin.readLog();
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({
      argv: ['-l', '-v'],
      kind: 'list',
      exitCode: 0,
      env: { WSL_UTF8: '1', WSLENV: 'PROJ/p:SECRETISH/w:GH_TOKEN', PROJ: '/mnt/c/src/app', GH_TOKEN: '***' },
    });
    expect(log[0]!.env).not.toHaveProperty('SECRETISH');
    expect(log[1]).toMatchObject({ argv: ['-d', 'Missing', 'true'], kind: 'exec', exitCode: 255 });
    expect(typeof log[1]!.cwd).toBe('string');
  });
});
