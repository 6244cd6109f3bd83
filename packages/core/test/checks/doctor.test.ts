import { describe, expect, it } from 'vitest';
import { type DoctorOptions, IO_BENCH_SCRIPT, LINUX_INSPECT_SCRIPT, runDoctor } from '../../src/checks/index.js';
import { lintWslConfig } from '../../src/config/index.js';
import { renderHostProbeLines } from '../../src/host/index.js';
import { type ReportV1, validateReport } from '../../src/report/index.js';
import type { CommandResult, CommandRunner, RunOptions } from '../../src/runner/types.js';
import { FakeRunner } from '../../src/testing/index.js';
import {
  encodeLikeWslExe,
  type RenderedVersions,
  renderListVerbose,
  renderStatus,
  renderVersion,
} from '../wsl/render/wsl-render.js';
import { fakeRunnerFor, fixtureText, linuxInspectOutput, MACHINES, type Machine, UBUNTU_2404 } from './machines.js';

const NOW = () => new Date('2026-09-01T12:00:00Z');

function options(machine: Machine, runner: CommandRunner, extra: Partial<DoctorOptions> = {}): DoctorOptions {
  return {
    runner,
    env: machine.env,
    platform: machine.platform,
    arch: machine.arch,
    readFile: async () => null,
    now: NOW,
    ...extra,
  };
}

async function doctor(name: string, extra: Partial<DoctorOptions> = {}, edit?: (m: Machine) => Machine) {
  const base = MACHINES[name]!;
  const machine = edit ? edit(structuredClone(base)) : base;
  const fake = fakeRunnerFor(machine);
  const report = await runDoctor(options(machine, fake, extra));
  const validation = validateReport(JSON.parse(JSON.stringify(report)));
  expect(validation.ok ? [] : validation.errors).toEqual([]);
  return { report, fake };
}

const status = (report: ReportV1, id: string) => report.checks.find((c) => c.id === id)?.status;
const check = (report: ReportV1, id: string) => report.checks.find((c) => c.id === id)!;

describe('runDoctor on representative machines', () => {
  it('hosted windows-2025: WSL 2 ready, no distribution, Windows-containers engine only', async () => {
    const { report } = await doctor('windows-2025-runner');
    expect(status(report, 'wsl.version')).toBe('pass');
    expect(status(report, 'distros.list')).toBe('warn');
    expect(status(report, 'docker.engine')).toBe('pass');
    expect(status(report, 'docker.linux-containers')).toBe('fail');
    expect(report.docker).toMatchObject({
      backend: 'moby-windows-server',
      engineOs: 'windows',
      linuxContainers: false,
    });
    expect(report.runner).toMatchObject({ imageOs: 'win25', environment: 'github-hosted', arch: 'X64' });
    expect(report.wsl).toMatchObject({ installed: true, kind: 'store', version: '2.7.11.0', defaultVersion: 2 });
    expect(report.summary.status).toBe('not-ready');
  });

  it('hosted windows-2025 on its Visual Studio 2026 build (ImageOS win25-vs2026) is still recognised as windows-2025', async () => {
    // The `windows-2025` and `windows-latest` labels run the VS 2026 build, whose ImageOS has the suffix
    // (actions/runner-images README.md labels table; helpers/GenerateResourcesAndImage.ps1 sets win25-vs2026).
    const vs2026 = (machine: Machine) => {
      machine.env.ImageOS = 'win25-vs2026';
      if (machine.host !== 'missing') (machine.host.env as Record<string, string>).ImageOS = 'win25-vs2026';
      return machine;
    };
    const { report } = await doctor('windows-2025-runner', {}, vs2026);
    expect(report.runner).toMatchObject({ imageOs: 'win25-vs2026' });
    expect(check(report, 'host.runner').summary).toContain('Image windows-2025 ships WSL 2');
  });

  it('hosted windows-2022: the inbox WSL warns, and fails against a user minimum', async () => {
    const plain = await doctor('windows-2022-runner');
    expect(status(plain.report, 'wsl.version')).toBe('warn');
    expect(plain.report.wsl).toMatchObject({ installed: true, kind: 'inbox', version: null, defaultVersion: 1 });
    const strict = await doctor('windows-2022-runner', { minWslVersion: '2.4.0' });
    expect(check(strict.report, 'wsl.version')).toMatchObject({ status: 'fail' });
    expect(check(strict.report, 'wsl.version').remediation).toContain('wsl --update');
  });

  it('a minimum above the installed package fails wsl.version, below passes', async () => {
    expect(status((await doctor('desktop-wsl2-laptop', { minWslVersion: '2.6.0' })).report, 'wsl.version')).toBe(
      'fail',
    );
    expect(status((await doctor('desktop-wsl2-laptop', { minWslVersion: '2.5.9' })).report, 'wsl.version')).toBe(
      'pass',
    );
  });

  it('developer laptop on Docker Desktop WSL 2 is ready, with facts named like the parsers', async () => {
    const { report } = await doctor('desktop-wsl2-laptop');
    expect(report.summary.status).toBe('ready');
    expect(report.wsl).toMatchObject({
      version: '2.5.10.0',
      kernelVersion: '6.6.87.2-1',
      defaultDistribution: 'Ubuntu-24.04',
    });
    expect(report.distros[0]).toMatchObject({ name: 'Ubuntu-24.04', state: 'Running', version: 2, default: true });
    expect(report.distros[0]?.osRelease?.prettyName).toBe('Ubuntu 24.04.2 LTS');
    expect(report.docker).toMatchObject({ backend: 'desktop-wsl2', context: 'desktop-linux', linuxContainers: true });
    expect(report.host).toMatchObject({
      os: 'windows',
      windowsBuild: '10.0.26100.4652',
      windowsEdition: 'Windows 11 Pro',
    });
    expect(check(report, 'config.resources').summary).toContain('12 GiB of 32 GiB');
  });

  it('Windows-containers mode fails Linux containers and says how to switch', async () => {
    const { report } = await doctor('desktop-windows-containers');
    expect(status(report, 'docker.linux-containers')).toBe('fail');
    expect(check(report, 'docker.linux-containers').remediation).toMatch(/Switch Docker Desktop to Linux containers/);
    expect(status(report, 'docker.desktop')).toBe('warn');
  });

  it('arm64 runner: the dead end comes first and the start failure goes through the knowledge base', async () => {
    const { report } = await doctor('arm64-runner', { deep: true });
    expect(status(report, 'host.runner')).toBe('fail');
    expect(check(report, 'distros.default')).toMatchObject({
      status: 'fail',
      evidence: expect.objectContaining({ symbol: 'HCS_E_HYPERV_NOT_INSTALLED', hresult: '0x80370102' }),
    });
    // The same failure is not counted three times.
    expect(status(report, 'distros.dns')).toBe('skip');
    expect(status(report, 'docker.cli')).toBe('fail');
  });

  it('WSL not installed: wsl.installed fails with the fix, the dependent checks skip', async () => {
    const { report } = await doctor('wsl-not-installed');
    expect(check(report, 'wsl.installed')).toMatchObject({ status: 'fail' });
    expect(check(report, 'wsl.installed').remediation).toContain('wsl.exe --install --no-distribution');
    for (const id of ['wsl.version', 'wsl.default-version', 'wsl.kernel', 'distros.list'])
      expect(status(report, id)).toBe('skip');
    expect(report.wsl).toMatchObject({ installed: false });
  });

  it('.wslconfig advice writes sizes the way WSL parses them (whole number, no space, B/KB/MB/GB/TB)', async () => {
    const { report } = await doctor('desktop-wsl2-laptop', {}, (m) => {
      const host = m.host as { files: Record<string, string>; memory: number };
      host.files.wslconfig = '[wsl2]\r\nmemory=64GB\r\n';
      host.memory = 17_000_000_000; // 15.8 GiB: three quarters are not a whole number of GB
      return m;
    });
    const resources = check(report, 'config.resources');
    expect(resources.status).toBe('warn');
    const advice = String(resources.remediation ?? '');
    const value = /`memory=([^`]+)`/.exec(advice)?.[1];
    expect(value, advice).toBeDefined();
    // stringshared.h ParseMemorySize rejects `11.9 GiB`; the advised line must lint clean.
    const lint = lintWslConfig(`[wsl2]\nmemory=${value}\n`).findings.filter((f) => f.severity !== 'info');
    expect(lint).toEqual([]);
    expect(resources.summary).not.toMatch(/memory=\d+(?:\.\d+)? GiB/);
  });

  it('a LocalSystem runner service is reported as a dead end', async () => {
    const { report } = await doctor('windows-2025-runner', {}, (m) => {
      const host = m.host as { env: Record<string, string> };
      host.env.USERNAME = 'SYSTEM';
      host.env.USERPROFILE = 'C:\\Windows\\system32\\config\\systemprofile';
      return m;
    });
    expect(check(report, 'host.account')).toMatchObject({
      status: 'fail',
      evidence: expect.objectContaining({ account: 'LocalSystem' }),
    });
  });
});

describe('orchestration', () => {
  it('runs each probe once however many checks read it', async () => {
    const { fake } = await doctor('desktop-wsl2-laptop');
    expect(fake.callsTo('wsl', ['--list', '--verbose'])).toHaveLength(1);
    expect(fake.callsTo('wsl', ['--status'])).toHaveLength(1);
    expect(fake.callsTo('wsl', ['--version'])).toHaveLength(1);
    expect(fake.callsTo('powershell.exe')).toHaveLength(1);
    const keys = fake.calls.map((c) => JSON.stringify([c.file, c.args]));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('runs independent probes concurrently, within the bound', async () => {
    const machine = MACHINES['desktop-wsl2-laptop']!;
    const counter = new OverlapCounter(fakeRunnerFor(machine));
    await runDoctor(options(machine, counter, { concurrency: 3 }));
    expect(counter.max).toBeGreaterThanOrEqual(2);
    expect(counter.max).toBeLessThanOrEqual(3);
    const serial = new OverlapCounter(fakeRunnerFor(machine));
    await runDoctor(options(machine, serial, { concurrency: 1 }));
    expect(serial.max).toBe(1);
  });

  it('never starts a stopped distribution unless deep', async () => {
    const { fake } = await doctor('desktop-hyperv');
    const starts = (f: FakeRunner) =>
      f.callsTo('wsl').filter((c) => c.args.some((a) => ['--distribution', '-d', '--exec', '-e', '--'].includes(a)));
    expect(starts(fake)).toEqual([]);
    const wslArgs = fake
      .callsTo('wsl')
      .map((c) => c.args.join(' '))
      .sort();
    expect(wslArgs).toEqual(['--list --verbose', '--status', '--version']);

    const machine = structuredClone(MACHINES['desktop-hyperv']!);
    if (machine.wsl.kind === 'store') machine.wsl.inspect = { Ubuntu: UBUNTU_2404 };
    const deepFake = fakeRunnerFor(machine);
    const report = await runDoctor(options(machine, deepFake, { deep: true }));
    expect(starts(deepFake).map((c) => c.args.slice(0, 2))).toEqual([['--distribution', 'Ubuntu']]);
    expect(status(report, 'distros.default')).toBe('pass');
  });

  it('without powershell.exe and systeminfo.exe only their facts become unknown, with warnings', async () => {
    const read: string[] = [];
    const readFile = async (file: string) => {
      read.push(file);
      return file === 'C:\\Users\\dev\\.wslconfig' ? '[wsl2]\nmemory=12GB\n' : null;
    };
    const { report } = await doctor('desktop-wsl2-laptop', { readFile }, (m) => ({
      ...m,
      host: 'missing',
      systeminfo: 'missing',
    }));
    expect(report.warnings?.some((w) => w.includes('powershell.exe'))).toBe(true);
    expect(report.warnings?.some((w) => w.includes('systeminfo'))).toBe(true);
    // The build still comes from `wsl --version`.
    expect(check(report, 'host.windows-build')).toMatchObject({
      status: 'pass',
      evidence: expect.objectContaining({ source: 'wsl --version' }),
    });
    expect(status(report, 'host.edition')).toBe('warn');
    expect(status(report, 'virtualization.hypervisor')).toBe('warn');
    expect(status(report, 'virtualization.features')).toBe('skip');
    // Natively on Windows the files are then read directly.
    expect(read).toContain('C:\\Users\\dev\\.wslconfig');
    expect(check(report, 'config.resources').summary).toContain('12 GiB');
    for (const id of ['wsl.installed', 'wsl.version', 'distros.list', 'distros.default', 'docker.linux-containers']) {
      expect(status(report, id)).toBe('pass');
    }
    expect(report.checks.filter((c) => c.status === 'error')).toEqual([]);
  });

  it('one probe that hangs makes only its checks error, with the reason', async () => {
    const machine = MACHINES['desktop-wsl2-laptop']!;
    const fake = new FakeRunner({ defaultTimeoutMs: 5_000 });
    fake.on('wsl', ['--list', '--verbose']).hang();
    const base = fakeRunnerFor(machine);
    const runner: CommandRunner = {
      run: (file, args, opts) =>
        args.join(' ') === '--list --verbose' ? fake.run(file, args, opts) : base.run(file, args, opts),
    };
    const report = await runDoctor(options(machine, runner, { commandTimeoutMs: 30 }));
    expect(check(report, 'distros.list')).toMatchObject({ status: 'error' });
    expect(check(report, 'distros.list').summary).toMatch(/no answer within 30 ms/);
    expect(status(report, 'wsl.version')).toBe('pass');
    expect(status(report, 'docker.linux-containers')).toBe('pass');
  });

  it('--only limits the checks and the probes', async () => {
    const { report, fake } = await doctor('desktop-wsl2-laptop', { only: ['wsl'] });
    expect(new Set(report.checks.map((c) => c.area))).toEqual(new Set(['wsl']));
    expect(fake.callsTo('docker')).toEqual([]);
    expect(report.docker).toBeUndefined();
  });

  it('reports progress for every check', async () => {
    const events: string[] = [];
    await doctor('windows-2025-runner', { onProgress: (e) => events.push(`${e.kind}:${e.checkId}`) });
    expect(events.filter((e) => e.startsWith('start:'))).toHaveLength(
      events.filter((e) => e.startsWith('finish:')).length,
    );
    expect(events).toContain('finish:docker.linux-containers');
  });
});

describe('inside WSL and on plain Linux', () => {
  it('inside WSL: looks at this distribution directly, reaches Windows through interop, measures I/O', async () => {
    const fake = new FakeRunner();
    const desk = MACHINES['desktop-wsl2-laptop']!;
    fake.on('/bin/sh', ['-c', LINUX_INSPECT_SCRIPT]).reply({ stdout: linuxInspectOutput(UBUNTU_2404) });
    fake.on('/bin/sh', (args) => args[1] === IO_BENCH_SCRIPT).reply({ stdout: 'here 48000000\nhome 4000000\n' });
    fake.on('powershell.exe').reply({ stdout: renderHostProbeLines(desk.host as Record<string, unknown>) });
    fake.on('wsl.exe', ['--version']).reply({
      stdout: encodeLikeWslExe(renderVersion('en-US', (desk.wsl as { versions: RenderedVersions }).versions)),
    });
    fake.on('wsl.exe', ['--status']).reply({
      stdout: encodeLikeWslExe(renderStatus('en-US', { defaultDistribution: 'Ubuntu-24.04', defaultVersion: 2 })),
    });
    fake.on('wsl.exe', ['--list', '--verbose']).reply({
      stdout: encodeLikeWslExe(
        renderListVerbose([{ name: 'Ubuntu-24.04', state: 'Running', version: 2, default: true }]),
      ),
    });
    fake
      .on('docker', (args) => args[0] === '--host')
      .reply((call) => ({
        stderr: `Cannot connect to the Docker daemon at ${call.args[1]}. Is the docker daemon running?\n`,
        exitCode: 1,
      }));
    fake.on('docker', ['context', 'ls', '--format', '{{json .}}']).reply({
      stdout: `${JSON.stringify({ Current: true, Description: 'Current DOCKER_HOST based configuration', DockerEndpoint: 'unix:///var/run/docker.sock', Error: '', Name: 'default' })}\n`,
    });
    fake
      .on('docker', ['version', '--format', '{{json .}}'])
      .reply({ stdout: fixtureText('docker/cli/desktop-wsl2/version.json.out') });
    fake
      .on('docker', ['info', '--format', '{{json .}}'])
      .reply({ stdout: fixtureText('docker/cli/desktop-wsl2/info.json.out') });
    const report = await runDoctor({
      runner: fake,
      env: { WSL_DISTRO_NAME: 'Ubuntu-24.04', WSL_INTEROP: '/run/WSL/1_interop', HOME: '/home/dev' },
      platform: 'linux',
      arch: 'x64',
      cwd: '/mnt/c/src/app',
      benchIo: true,
      readFile: async () => null,
      now: NOW,
    });
    expect(report.host).toMatchObject({ os: 'linux', isWsl: true, windowsBuild: '10.0.26100.4652' });
    expect(check(report, 'host.os').summary).toContain('Inside the WSL distribution Ubuntu-24.04');
    expect(status(report, 'distros.default')).toBe('pass');
    expect(check(report, 'io.location')).toMatchObject({
      status: 'warn',
      evidence: expect.objectContaining({ drive: 'c', ratio: 12 }),
    });
    expect(check(report, 'io.location').summary).toContain('12.0×');
    expect(report.docker?.linuxContainers).toBe(true);
    expect(fake.callsTo('/bin/sh', ['-c', LINUX_INSPECT_SCRIPT])).toHaveLength(1);
  });

  it('plain Linux: says honestly that WSL does not apply, and still checks Docker', async () => {
    const fake = new FakeRunner();
    fake
      .on('docker', (args) => args[0] === '--host')
      .reply((call) => ({
        stderr: `Cannot connect to the Docker daemon at ${call.args[1]}. Is the docker daemon running?\n`,
        exitCode: 1,
      }));
    fake.on('docker', ['context', 'ls', '--format', '{{json .}}']).reply({
      stdout: `${JSON.stringify({ Current: true, Description: 'Current DOCKER_HOST based configuration', DockerEndpoint: 'unix:///var/run/docker.sock', Error: '', Name: 'default' })}\n`,
    });
    fake
      .on('docker', ['version', '--format', '{{json .}}'])
      .reply({ stdout: fixtureText('docker/cli/native-linux/version.json.out') });
    fake
      .on('docker', ['info', '--format', '{{json .}}'])
      .reply({ stdout: fixtureText('docker/cli/native-linux/info.json.out') });
    const report = await runDoctor({
      runner: fake,
      env: { HOME: '/home/u' },
      platform: 'linux',
      arch: 'x64',
      readFile: async (file) =>
        file === '/proc/version' ? 'Linux version 6.8.0-45-generic (buildd@lcy02) #45-Ubuntu SMP\n' : null,
      now: NOW,
    });
    expect(check(report, 'host.os')).toMatchObject({ status: 'skip' });
    expect(check(report, 'host.os').summary).toMatch(/WSL exists only on Windows.*Docker is still checked/);
    for (const c of report.checks.filter((c) => ['wsl', 'distros', 'virtualization', 'config'].includes(c.area))) {
      expect(c.status).toBe('skip');
    }
    expect(status(report, 'docker.linux-containers')).toBe('pass');
    expect(report.host).toMatchObject({ os: 'linux', isWsl: false });
    expect(report.wsl).toBeUndefined();
    expect(fake.calls.every((c) => c.file === 'docker')).toBe(true);
  });
});

/** Counts how many calls are in flight at once; each call takes a little while so overlaps can happen. */
class OverlapCounter implements CommandRunner {
  active = 0;
  max = 0;
  constructor(private readonly inner: CommandRunner) {}
  async run(file: string, args: readonly string[], opts?: RunOptions): Promise<CommandResult> {
    this.active++;
    this.max = Math.max(this.max, this.active);
    try {
      await new Promise((resolve) => setTimeout(resolve, 2));
      return await this.inner.run(file, args, opts);
    } finally {
      this.active--;
    }
  }
}
