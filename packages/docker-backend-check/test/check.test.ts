// checkDockerBackend(deps) from the SOURCE (src/main.ts) with the core's FakeRunner as the docker CLI and a
// recording I/O seam: a source edit is tested without a rebundle. The bundle runs against the twin stay in the
// other test files. The docker answers are the core's captured CLI output (core/test/fixtures/docker/cli).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandNotFoundError, type ReportCheck, type ReportV1 } from '@wsl-ready/core';
import { FakeRunner } from '@wsl-ready/core/testing';
import { afterAll, describe, expect, it } from 'vitest';
import type { ActionIo } from '../src/action-io.js';
import { RequirementsNotMetError } from '../src/errors.js';
import { type ActionDeps, checkDockerBackend, run } from '../src/main.js';

const FIXTURES = new URL('../../core/test/fixtures/docker/cli/', import.meta.url);
const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

interface Recorder extends ActionIo {
  outputs: Record<string, string>;
  warnings: string[];
}

function recorder(inputs: Record<string, string>): Recorder {
  const io: Recorder = {
    outputs: {},
    warnings: [],
    getInput: (name) => inputs[name] ?? '',
    setOutput: (name, value) => {
      io.outputs[name] = value;
    },
    info: () => undefined,
    debug: () => undefined,
    warning: (message) => void io.warnings.push(message),
    setFailed: () => undefined,
    group: (_name, work) => work(),
    getState: () => '',
    saveState: () => undefined,
  };
  return io;
}

/** A Linux runner (no WSL, no Docker Desktop files) whose `docker` is scripted by `runner`. */
function deps(runner: FakeRunner, inputs: Record<string, string>): ActionDeps & { io: Recorder } {
  const temp = mkdtempSync(join(tmpdir(), 'dbc-unit-'));
  scratch.push(temp);
  return {
    io: recorder({ 'probe-all-endpoints': 'false', ...inputs }),
    runner,
    env: { RUNNER_TEMP: temp, HOME: temp },
    platform: 'linux',
    arch: 'x64',
    files: { read: async () => null, exists: async () => false },
    artifacts: { unavailableReason: 'not in a workflow run', uploadFile: async () => Promise.reject(new Error('no')) },
  };
}

const report = (io: Recorder): ReportV1 => JSON.parse(readFileSync(io.outputs['report-path']!, 'utf8'));
const check = (r: ReportV1, id: string): ReportCheck | undefined => r.checks.find((c) => c.id === id);
const fixture = (profile: string, file: string) => readFileSync(new URL(`${profile}/${file}`, FIXTURES), 'utf8');

describe('checkDockerBackend with the FakeRunner', () => {
  it("runs the doctor's Docker checks and adds one check per requirement: all met on a native Linux engine", async () => {
    const runner = new FakeRunner()
      .on('docker', ['context', 'ls', '--format', '{{json .}}'])
      .reply({
        stdout: `${JSON.stringify({ Current: true, DockerEndpoint: 'unix:///var/run/docker.sock', Error: '', Name: 'default' })}\n`,
      })
      .on('docker', ['version', '--format', '{{json .}}'])
      .reply({ stdout: fixture('native-linux', 'version.json.out') })
      .on('docker', ['info', '--format', '{{json .}}'])
      .reply({ stdout: fixture('native-linux', 'info.json.out') });
    const d = deps(runner, { 'expect-backend': 'native-linux, wsl-dockerd', 'require-linux-containers': 'true' });
    const outcome = await checkDockerBackend(d);

    expect(outcome.verdict.backend).toBe('native-linux');
    expect(d.io.outputs).toMatchObject({ backend: 'native-linux', 'linux-containers': 'true', 'engine-os': 'linux' });
    const r = report(d.io);
    expect(r.checks.map((c) => `${c.id}:${c.status}`)).toEqual([
      'docker.cli:pass',
      'docker.engine:pass',
      'docker.linux-containers:pass',
      'docker.desktop:skip',
      'docker.require-engine:pass',
      'docker.expect-backend:pass',
      'docker.require-linux-containers:pass',
    ]);
    // The doctor's own title and text for the engine, not a second version of them.
    expect(check(r, 'docker.engine')).toMatchObject({ title: 'Docker engine and backend' });
    expect(check(r, 'docker.engine')?.summary).toMatch(/^The CLI talks to native-linux/);
    expect(r.summary.status).toBe('ready');
  });

  it('DOCKER_HOST beats DOCKER_CONTEXT, so the context output is `default`, as the CLI resolves it', async () => {
    // docker/cli cli/command/cli.go resolveContextName: --context, then --host, then DOCKER_HOST (→ default), and
    // only then DOCKER_CONTEXT.
    const runner = new FakeRunner()
      .on('docker', ['context', 'ls', '--format', '{{json .}}'])
      .reply({
        stdout: `${JSON.stringify({ Current: true, DockerEndpoint: 'unix:///var/run/docker.sock', Error: '', Name: 'default' })}\n`,
      })
      .on('docker', ['version', '--format', '{{json .}}'])
      .reply({ stdout: fixture('native-linux', 'version.json.out') })
      .on('docker', ['info', '--format', '{{json .}}'])
      .reply({ stdout: fixture('native-linux', 'info.json.out') });
    const base = deps(runner, {});
    const d = {
      ...base,
      env: { ...base.env, DOCKER_HOST: 'unix:///var/run/docker.sock', DOCKER_CONTEXT: 'desktop-linux' },
    };
    await checkDockerBackend(d);
    expect(d.io.outputs).toMatchObject({ context: 'default', endpoint: 'unix:///var/run/docker.sock' });
  });

  it('no docker CLI: the doctor says fail with its install hint; the unmet requirement fails the step', async () => {
    const runner = new FakeRunner().on('docker').throws(new CommandNotFoundError('docker'));
    const d = deps(runner, {});
    const error = await checkDockerBackend(d).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(RequirementsNotMetError);
    expect((error as Error).message).toContain('found `none`: the docker CLI is not installed or not on PATH');
    expect(d.io.outputs.backend).toBe('none');
    const r = report(d.io);
    expect(check(r, 'docker.cli')).toMatchObject({
      status: 'fail',
      summary: 'The docker command is not installed or not on PATH.',
      remediation: 'Install Docker Engine (or Docker Desktop) for this OS.',
    });
    expect(check(r, 'docker.engine')?.status).toBe('skip');
    expect(check(r, 'docker.require-engine')).toMatchObject({
      status: 'fail',
      remediation: expect.stringContaining('docker-path'),
    });
  });

  it('fail-on: warn turns the unmet requirement into a warning; the doctor checks keep their verdict', async () => {
    const runner = new FakeRunner().on('docker').throws(new CommandNotFoundError('docker'));
    const d = deps(runner, { 'fail-on': 'warn' });
    await checkDockerBackend(d);

    expect(d.io.warnings.join('\n')).toContain('No Docker engine answers');
    const r = report(d.io);
    expect(check(r, 'docker.require-engine')?.status).toBe('warn');
    expect(check(r, 'docker.cli')?.status).toBe('fail');
  });
});

describe('checkDockerBackend on a Windows host', () => {
  it("a pipe that refuses this user: the fix covers a Windows dockerd's admission rules, not only docker-users", async () => {
    // moby/moby daemon/listeners/listeners_windows.go: Administrators, SYSTEM and the `group` setting's groups only.
    const refused = 'permission denied while trying to connect to the docker API at npipe:////./pipe/docker_engine';
    const runner = new FakeRunner()
      .on('docker.exe', ['context', 'ls', '--format', '{{json .}}'])
      .reply({
        stdout: `${JSON.stringify({ Current: true, DockerEndpoint: 'npipe:////./pipe/docker_engine', Error: '', Name: 'default' })}\n`,
      })
      .on('docker.exe', ['version', '--format', '{{json .}}'])
      .reply({
        stdout: '{"Client":{"Version":"28.2.2","Context":"default"},"Server":null}\n',
        stderr: refused,
        exitCode: 1,
      })
      .on('docker.exe', ['info', '--format', '{{json .}}'])
      .reply({ stdout: '{"ServerVersion":"","OSType":""}\n', stderr: refused, exitCode: 1 })
      .on('wsl.exe')
      .throws(new CommandNotFoundError('wsl.exe'));
    const d = { ...deps(runner, {}), platform: 'win32' as const };
    const error = await checkDockerBackend(d).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(RequirementsNotMetError);
    expect(d.io.outputs.backend).toBe('stopped');
    const fix = check(report(d.io), 'docker.require-engine')?.remediation ?? '';
    expect(fix).toMatch(/docker-users/);
    expect(fix).toMatch(/Administrator/);
    expect(fix).toMatch(/group setting/);
  });
});

describe('Docker Desktop switched to Windows containers while the CLI targets its Linux engine', () => {
  it('says to switch Docker Desktop back to Linux containers, not to point the CLI at the Windows engine', async () => {
    // The Linux engine's pipe is gone while Desktop runs its Windows engine (docker/for-win#14975 shows the
    // desktop-linux context failing this way); the Windows engine answers on dockerDesktopWindowsEngine.
    const linuxPipe = 'npipe:////./pipe/dockerDesktopLinuxEngine';
    const windowsPipe = 'npipe:////./pipe/dockerDesktopWindowsEngine';
    const missing = `failed to connect to the docker API at ${linuxPipe}; check if the path is correct and if the daemon is running: open //./pipe/dockerDesktopLinuxEngine: The system cannot find the file specified.`;
    const contexts = [
      { Current: false, DockerEndpoint: 'npipe:////./pipe/docker_engine', Error: '', Name: 'default' },
      { Current: true, DockerEndpoint: linuxPipe, Error: '', Name: 'desktop-linux' },
      { Current: false, DockerEndpoint: windowsPipe, Error: '', Name: 'desktop-windows' },
    ];
    const runner = new FakeRunner()
      .on('docker.exe', ['context', 'ls', '--format', '{{json .}}'])
      .reply({ stdout: `${contexts.map((c) => JSON.stringify(c)).join('\n')}\n` })
      .on('docker.exe', ['--host', windowsPipe, 'version', '--format', '{{json .}}'])
      .reply({ stdout: fixture('desktop-windows', 'version.json.out') })
      .on('docker.exe', ['--host', windowsPipe, 'info', '--format', '{{json .}}'])
      .reply({ stdout: fixture('desktop-windows', 'info.json.out') })
      .on('docker.exe', (args) => args[0] === '--host')
      .reply({
        stderr: 'failed to connect to the docker API: open: The system cannot find the file specified.',
        exitCode: 1,
      })
      .on('docker.exe', ['version', '--format', '{{json .}}'])
      .reply({
        stdout: '{"Client":{"Version":"28.2.2","Context":"desktop-linux"},"Server":null}\n',
        stderr: missing,
        exitCode: 1,
      })
      .on('docker.exe', ['info', '--format', '{{json .}}'])
      .reply({ stderr: missing, exitCode: 1 })
      .on('wsl.exe')
      .throws(new CommandNotFoundError('wsl.exe'));
    const base = deps(runner, { 'probe-all-endpoints': 'true', 'require-linux-containers': 'true' });
    const d = { ...base, platform: 'win32' as const, env: { ...base.env, WSL_READY_WSL: 'wsl.exe' } };
    const error = await checkDockerBackend(d).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(RequirementsNotMetError);
    const message = (error as Error).message;
    expect(message).toContain('Switch Docker Desktop to Linux containers');
    expect(message).not.toMatch(/`desktop-windows` answers at [^:]*: switch the CLI to it/);
  });
});

describe('Docker Desktop running both engines (Windows containers in use, the Linux engine up beside it)', () => {
  it('require-linux-containers points at the Linux engine that already answers, not at a mode switch', async () => {
    // Recent Desktop keeps both engines up side by side (docker/desktop-feedback#606): the CLI is on desktop-windows
    // while desktop-linux's engine answers on its own pipe.
    const linuxPipe = 'npipe:////./pipe/dockerDesktopLinuxEngine';
    const windowsPipe = 'npipe:////./pipe/dockerDesktopWindowsEngine';
    const contexts = [
      { Current: false, DockerEndpoint: linuxPipe, Error: '', Name: 'desktop-linux' },
      { Current: true, DockerEndpoint: windowsPipe, Error: '', Name: 'desktop-windows' },
    ];
    const runner = new FakeRunner()
      .on('docker.exe', ['context', 'ls', '--format', '{{json .}}'])
      .reply({ stdout: `${contexts.map((c) => JSON.stringify(c)).join('\n')}\n` })
      .on('docker.exe', ['--host', linuxPipe, 'version', '--format', '{{json .}}'])
      .reply({ stdout: fixture('desktop-wsl2', 'version.json.out') })
      .on('docker.exe', ['--host', linuxPipe, 'info', '--format', '{{json .}}'])
      .reply({ stdout: fixture('desktop-wsl2', 'info.json.out') })
      .on('docker.exe', (args) => args[0] === '--host')
      .reply({ stderr: 'open //./pipe/x: The system cannot find the file specified.', exitCode: 1 })
      .on('docker.exe', ['version', '--format', '{{json .}}'])
      .reply({ stdout: fixture('desktop-windows', 'version.json.out') })
      .on('docker.exe', ['info', '--format', '{{json .}}'])
      .reply({ stdout: fixture('desktop-windows', 'info.json.out') })
      .on('wsl.exe')
      .throws(new CommandNotFoundError('wsl.exe'));
    const base = deps(runner, { 'probe-all-endpoints': 'true', 'require-linux-containers': 'true' });
    const d = { ...base, platform: 'win32' as const, env: { ...base.env, WSL_READY_WSL: 'wsl.exe' } };
    const error = await checkDockerBackend(d).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(RequirementsNotMetError);
    expect(d.io.outputs.backend).toBe('desktop-windows');
    const message = (error as Error).message;
    expect(message).toContain(`DOCKER_HOST: ${linuxPipe}`);
    expect(message).toContain('docker context use desktop-linux');
  });
});

describe('a Docker Desktop context left behind after Desktop was removed', () => {
  it('says to leave the context, not to start a Docker Desktop that is not there', async () => {
    // The CLI config keeps `currentContext: desktop-linux`; with Desktop gone its pipe never comes back.
    const linuxPipe = 'npipe:////./pipe/dockerDesktopLinuxEngine';
    const missing = `failed to connect to the docker API at ${linuxPipe}; check if the path is correct and if the daemon is running: open //./pipe/dockerDesktopLinuxEngine: The system cannot find the file specified.`;
    const runner = new FakeRunner()
      .on('docker.exe', ['context', 'ls', '--format', '{{json .}}'])
      .reply({
        stdout: `${JSON.stringify({ Current: true, DockerEndpoint: linuxPipe, Error: '', Name: 'desktop-linux' })}\n`,
      })
      .on('docker.exe', ['version', '--format', '{{json .}}'])
      .reply({
        stdout: '{"Client":{"Version":"28.2.2","Context":"desktop-linux"},"Server":null}\n',
        stderr: missing,
        exitCode: 1,
      })
      .on('docker.exe', ['info', '--format', '{{json .}}'])
      .reply({ stderr: missing, exitCode: 1 })
      .on('wsl.exe')
      .throws(new CommandNotFoundError('wsl.exe'));
    // No settings files and no `Docker Desktop.exe`: Desktop is known to be absent.
    const base = deps(runner, {});
    const windowsDirs = { APPDATA: 'C:\\Users\\dev\\AppData\\Roaming', ProgramFiles: 'C:\\Program Files' };
    const d = { ...base, platform: 'win32' as const, env: { ...base.env, ...windowsDirs, WSL_READY_WSL: 'wsl.exe' } };
    const error = await checkDockerBackend(d).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(RequirementsNotMetError);
    const message = (error as Error).message;
    expect(message).toContain('Docker Desktop is not installed');
    expect(message).toContain('docker context use default');
    expect(message).not.toContain('Start Docker Desktop');
  });
});

describe('Rancher Desktop in containerd mode', () => {
  it('no engine answers the docker CLI, so require-engine fails with the switch to dockerd (moby)', async () => {
    // Rancher Desktop's own CLI (version `-rd`, rancher-desktop#1468) dials the default pipe, which nothing serves
    // while Rancher Desktop runs containerd (nerdctl) instead of dockerd; its WSL distribution is running.
    const missing =
      'failed to connect to the docker API at npipe:////./pipe/docker_engine; check if the path is correct and if the daemon is running: open //./pipe/docker_engine: The system cannot find the file specified.';
    const listing =
      '  NAME               STATE           VERSION\n* Ubuntu-24.04       Stopped         2\n  rancher-desktop    Running         2\n';
    const runner = new FakeRunner()
      .on('docker.exe', ['context', 'ls', '--format', '{{json .}}'])
      .reply({
        stdout: `${JSON.stringify({ Current: true, DockerEndpoint: 'npipe:////./pipe/docker_engine', Error: '', Name: 'default' })}\n`,
      })
      .on('docker.exe', ['version', '--format', '{{json .}}'])
      .reply({
        stdout: '{"Client":{"Version":"27.3.1-rd","Context":"default"},"Server":null}\n',
        stderr: missing,
        exitCode: 1,
      })
      .on('docker.exe', ['info', '--format', '{{json .}}'])
      .reply({ stdout: '{"ServerVersion":"","OSType":""}\n', stderr: missing, exitCode: 1 })
      .on('wsl.exe')
      .reply({ stdout: listing });
    const base = deps(runner, {});
    const d = { ...base, platform: 'win32' as const, env: { ...base.env, WSL_READY_WSL: 'wsl.exe' } };
    const error = await checkDockerBackend(d).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(RequirementsNotMetError);
    expect((error as Error).message).toContain('No Docker engine answers');
    expect((error as Error).message).toMatch(/dockerd \(moby\)/);
    expect(d.io.outputs.backend).toBe('rancher-desktop');
    expect(d.io.outputs['server-version']).toBe('');
  });
});

describe('run()', () => {
  it('fails the step once, naming every bad input with its did-you-mean, before docker is started', async () => {
    const failed: string[] = [];
    const io = {
      ...recorder({ 'expect-backend': 'podmna', 'fail-on': 'warning' }),
      setFailed: (m: string) => void failed.push(m),
    };
    await run(io);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(/^2 inputs are invalid:/);
    expect(failed[0]).toContain('Did you mean `podman`?');
    expect(failed[0]).toContain('Did you mean `warn`?');
    expect(io.outputs).toEqual({});
  });
});
