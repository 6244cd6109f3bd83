// `wsl --install` rules from microsoft/WSL (tools/twin/README.md, "Rules and their sources"): legacy manifest names,
// the reboot-required result, and where distributions are created.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTwin, ROOTFS, runWsl } from './helpers.js';

const UTF8 = { WSL_UTF8: '1' };
const catalogue = {
  online: [{ name: 'Busy', friendlyName: 'BusyBox Linux', rootfs: ROOTFS }],
  legacyOnline: [{ name: 'OracleLinux_9_1', friendlyName: 'Oracle Linux 9.1', rootfs: ROOTFS }],
};

describe('wsl --install: legacy manifest names', () => {
  it('rejects --version with the real message after the legacy warning', async () => {
    const twin = makeTwin(catalogue);
    const run = await runWsl(twin, ['--install', 'OracleLinux_9_1', '--version', '2', '--no-launch'], { env: UTF8 });
    expect(run.code).toBe(255);
    expect(run.stderr.toString()).toBe(
      'wsl: Using legacy distribution registration. Consider using a tar based distribution instead.\r\n',
    );
    expect(run.stdout.toString()).toContain('Legacy distribution registrations do not support the --version argument.');
    expect(twin.state.distros).toEqual([]);
  });

  it('refuses --location and --name for legacy names', async () => {
    const twin = makeTwin(catalogue);
    const run = await runWsl(twin, ['--install', 'oraclelinux_9_1', '--location', 'D:\\wsl\\o'], { env: UTF8 });
    expect(run.code).toBe(255);
    expect(run.stdout.toString()).toContain("'--location' is not supported when installing legacy distributions.");
  });

  it('with --no-launch installs the package and registers no distribution (exit 0)', async () => {
    const twin = makeTwin(catalogue);
    const run = await runWsl(twin, ['--install', 'OracleLinux_9_1', '--no-launch'], { env: UTF8 });
    expect(run.code).toBe(0);
    expect(run.stdout.toString()).toContain('Oracle Linux 9.1');
    expect(twin.state.distros).toEqual([]);
    expect(twin.state.legacyInstalled).toEqual(['OracleLinux_9_1']);
    const list = await runWsl(twin, ['-l', '-q'], { env: UTF8 });
    expect(list.stdout.toString()).toBe('');
  });
});

describe('wsl --install: reboot required', () => {
  it('exits 0 with the reboot message and no distribution, also when asked again before the reboot', async () => {
    const twin = makeTwin({ ...catalogue, features: [] });
    for (let attempt = 0; attempt < 2; attempt++) {
      const run = await runWsl(twin, ['--install', 'Busy', '--no-launch'], { env: UTF8 });
      expect(run.code).toBe(0);
      expect(run.stdout.toString()).toContain(
        'The requested operation is successful. Changes will not be effective until the system is rebooted.',
      );
      expect(twin.state.distros).toEqual([]);
    }
    twin.setState({ rebootPending: false });
    expect((await runWsl(twin, ['--install', 'Busy', '--no-launch'], { env: UTF8 })).code).toBe(0);
    expect(twin.state.distros.map((d) => d.name)).toEqual(['Busy']);
  });
});

describe('wsl --install: where distributions go', () => {
  it('defaults to %LOCALAPPDATA%\\wsl\\{GUID} on C:', async () => {
    const twin = makeTwin(catalogue);
    expect((await runWsl(twin, ['--install', 'Busy', '--no-launch'])).code).toBe(0);
    const location = twin.state.distros[0]!.location!;
    expect(relative(twin.state.mntRoot, location)).toMatch(
      /^c\/Users\/runneradmin\/AppData\/Local\/wsl\/\{[0-9a-f-]{36}\}$/,
    );
  });

  it('uses [general] distributionInstallPath of .wslconfig, and --location over both', async () => {
    const twin = makeTwin(catalogue);
    const profile = join(twin.state.mntRoot, 'c', 'Users', 'runneradmin');
    mkdirSync(profile, { recursive: true });
    writeFileSync(join(profile, '.wslconfig'), '[general]\r\ndistributionInstallPath=D:\\\\wsl\r\n');
    expect((await runWsl(twin, ['--install', 'Busy', '--no-launch'])).code).toBe(0);
    expect(relative(twin.state.mntRoot, twin.state.distros[0]!.location!)).toMatch(/^d\/wsl\/\{[0-9a-f-]{36}\}$/);
    const run = await runWsl(twin, ['--install', 'Busy', '--name', 'Two', '--location', 'D:\\a\\Two', '--no-launch']);
    expect(run.code).toBe(0);
    expect(relative(twin.state.mntRoot, twin.state.distros[1]!.location!)).toBe('d/a/Two');
  });
});
