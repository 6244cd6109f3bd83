// DockerProbe through a scripted CommandRunner: argv and env, concurrency, and every kind of bad answer.
import { describe, expect, it } from 'vitest';
import {
  classifyDockerBackend,
  DockerProbe,
  dockerContextInspectCommand,
  dockerContextListCommand,
  dockerInfoCommand,
  dockerLinuxProofCommand,
  dockerVersionCommand,
  knownEndpoints,
  normalizeEndpoint,
  sameEndpoint,
} from '../../src/docker/index.js';
import { CommandNotFoundError, CommandTimeoutError, InputError } from '../../src/errors.js';
import { fixture } from './profiles.js';
import { ScriptedRunner } from './runners.js';

const LINUX_PIPE = 'npipe:////./pipe/dockerDesktopLinuxEngine';
const contexts = fixture('contexts/windows-desktop.array.json.out');
const noServer = '{"Client":{"Version":"28.3.2","Context":"desktop-linux"},"Server":null}\n';
const deadPipe = (pipe: string) =>
  `error during connect: Get "http://%2F%2F.%2Fpipe%2F${pipe}/v1.51/version": open //./pipe/${pipe}: Le fichier spécifié est introuvable.\n`;

describe('argv builders', () => {
  it('build the documented commands with quiet env', () => {
    expect(dockerVersionCommand()).toEqual({
      args: ['version', '--format', '{{json .}}'],
      env: { DOCKER_CLI_HINTS: 'false' },
    });
    expect(dockerInfoCommand({ kind: 'context', name: 'desktop-linux' }).args).toEqual([
      '--context',
      'desktop-linux',
      'info',
      '--format',
      '{{json .}}',
    ]);
    expect(dockerVersionCommand({ kind: 'host', endpoint: LINUX_PIPE })).toEqual({
      args: ['--host', LINUX_PIPE, 'version', '--format', '{{json .}}'],
      env: { DOCKER_CLI_HINTS: 'false', DOCKER_HOST: undefined, DOCKER_CONTEXT: undefined },
    });
    expect(dockerContextListCommand().args).toEqual(['context', 'ls', '--format', '{{json .}}']);
    expect(dockerContextInspectCommand('desktop-linux').args).toEqual(['context', 'inspect', 'desktop-linux']);
    expect(dockerLinuxProofCommand().args).toEqual([
      'run',
      '--rm',
      '--platform',
      'linux',
      '--network',
      'none',
      'hello-world',
    ]);
    expect(dockerLinuxProofCommand(undefined, { image: 'busybox:1.36', command: ['true'] }).args.slice(-2)).toEqual([
      'busybox:1.36',
      'true',
    ]);
  });

  it('refuse values that would turn into options or shell-looking input', () => {
    expect(() => dockerVersionCommand({ kind: 'host', endpoint: '--tlsverify' })).toThrow(InputError);
    expect(() => dockerVersionCommand({ kind: 'context', name: '-x' })).toThrow(InputError);
    expect(() => dockerLinuxProofCommand(undefined, { image: '--privileged' })).toThrow(InputError);
    expect(() => dockerContextInspectCommand('a b')).toThrow(InputError);
  });
});

describe('knownEndpoints', () => {
  it('lists the Windows pipes with what they imply', () => {
    const list = knownEndpoints({ os: 'windows' });
    expect(list.map((e) => e.endpoint)).toEqual([
      'npipe:////./pipe/docker_engine',
      LINUX_PIPE,
      'npipe:////./pipe/dockerDesktopWindowsEngine',
      'npipe:////./pipe/docker_engine_linux',
      'npipe:////./pipe/podman-machine-default',
      'npipe:////./pipe/setup_docker_action',
    ]);
    expect(list.find((e) => e.endpoint.endsWith('podman-machine-default'))?.implies).toEqual(['podman']);
  });

  it('lists Linux sockets, rootless ones from the runtime dir, and only the WSL socket inside WSL', () => {
    const linux = knownEndpoints({ os: 'linux', uid: 1000, homeDir: '/home/dev' }).map((e) => e.endpoint);
    expect(linux).toEqual(
      expect.arrayContaining([
        'unix:///var/run/docker.sock',
        'unix:///run/user/1000/docker.sock',
        'unix:///run/user/1000/podman/podman.sock',
        'unix:///home/dev/.docker/desktop/docker.sock',
        'unix:///home/dev/.rd/docker.sock',
      ]),
    );
    const wsl1 = knownEndpoints({ os: 'linux', isWsl: true, wslVersion: 1 });
    expect(wsl1[0]).toMatchObject({ endpoint: 'unix:///var/run/docker.sock', implies: ['wsl1-dockerd'] });
    expect(knownEndpoints({ os: 'darwin', homeDir: '/Users/dev' }).map((e) => e.endpoint)).toContain(
      'unix:///Users/dev/.docker/run/docker.sock',
    );
  });

  it('normalizes every pipe spelling', () => {
    for (const spelling of [
      'npipe://\\\\.\\pipe\\dockerDesktopLinuxEngine',
      '//./pipe/dockerDesktopLinuxEngine',
      '\\\\.\\pipe\\dockerDesktopLinuxEngine',
      'npipe:////./pipe/dockerDesktopLinuxEngine',
    ]) {
      expect(normalizeEndpoint(spelling)).toBe(LINUX_PIPE);
    }
    expect(sameEndpoint('npipe:////./pipe/DOCKER_ENGINE', 'npipe://\\\\.\\pipe\\docker_engine')).toBe(true);
    expect(sameEndpoint('unix:///a.sock', 'unix:///A.sock')).toBe(false);
  });
});

describe('DockerProbe', () => {
  it('probes the current context, then other endpoints concurrently, and finds Desktop stopped but Podman up', async () => {
    const runner = new ScriptedRunner([
      { match: 'context ls', reply: { stdout: contexts } },
      { match: /^version/, reply: { exitCode: 1, stdout: noServer, stderr: deadPipe('dockerDesktopLinuxEngine') } },
      {
        match: /^info/,
        reply: {
          exitCode: 1,
          stdout: '{"ServerVersion":"","ClientInfo":{"Version":"28.3.2"}}',
          stderr: deadPipe('dockerDesktopLinuxEngine'),
        },
      },
      {
        match: '--host npipe:////./pipe/podman-machine-default version',
        reply: { stdout: fixture('cli/podman/version.json.out') },
      },
      {
        match: '--host npipe:////./pipe/podman-machine-default info',
        reply: { stdout: fixture('cli/podman/info.json.out') },
      },
      {
        match: '--host npipe:////./pipe/setup_docker_action version',
        reply: { throws: new CommandTimeoutError(['docker'], 3000) },
      },
      {
        match: /--host npipe:\S+ version/,
        reply: { exitCode: 1, stdout: noServer, stderr: deadPipe('docker_engine') },
      },
    ]);
    const probe = new DockerProbe({
      runner,
      docker: 'C:\\Program Files\\Docker\\Docker\\resources\\bin\\docker.exe',
      timeoutMs: 3000,
      parentEnv: {},
    });
    const { evidence, warnings } = await probe.collect({ host: { os: 'windows' }, otherEndpoints: true });

    expect(evidence.context).toEqual({ name: 'desktop-linux', endpoint: LINUX_PIPE });
    expect(evidence.current?.answered).toBe(false);
    // The current endpoint is not probed twice; info is only asked of endpoints whose version answered.
    const hostCalls = runner.calls.filter((c) => c.args[0] === '--host').map((c) => `${c.args[1]} ${c.args[2]}`);
    expect(hostCalls).not.toContain(`${LINUX_PIPE} version`);
    expect(hostCalls.filter((c) => c.endsWith(' info'))).toEqual(['npipe:////./pipe/podman-machine-default info']);
    for (const call of runner.calls) {
      expect(call.options?.timeoutMs).toBe(3000);
      expect(call.options?.maxOutputBytes).toBeGreaterThan(0);
    }
    expect(warnings.join(' ')).toMatch(/setup_docker_action version: no answer within 3000 ms/);

    const verdict = classifyDockerBackend(evidence);
    expect(verdict.backend).toBe('stopped');
    expect(verdict.otherEngines).toEqual([
      {
        endpoint: 'npipe:////./pipe/podman-machine-default',
        backend: 'podman',
        engineOs: 'linux',
        serverVersion: '5.2.3',
      },
    ]);
  });

  it('records DOCKER_HOST from the environment as the endpoint', async () => {
    const runner = new ScriptedRunner([
      {
        match: 'context ls',
        reply: { stdout: '{"Current":true,"DockerEndpoint":"tcp://127.0.0.1:2375","Name":"default"}' },
      },
      { match: /^version/, reply: { stdout: fixture('cli/wsl-dockerd/version.json.out') } },
      { match: /^info/, reply: { stdout: fixture('cli/wsl-dockerd/info.json.out') } },
    ]);
    const { evidence } = await new DockerProbe({
      runner,
      docker: 'docker',
      parentEnv: { DOCKER_HOST: 'tcp://127.0.0.1:2375' },
    }).collect({ host: { os: 'windows' } });
    expect(evidence.dockerHost).toBe('tcp://127.0.0.1:2375');
    expect(evidence.context?.endpoint).toBe('tcp://127.0.0.1:2375');
    expect(classifyDockerBackend(evidence)).toMatchObject({ backend: 'wsl-dockerd', linuxContainers: true });
  });

  it('turns a missing executable into cli.present = false', async () => {
    const runner = new ScriptedRunner([], { throws: new CommandNotFoundError('docker') });
    const { evidence } = await new DockerProbe({ runner, docker: 'docker', parentEnv: {} }).collect({
      host: { os: 'windows' },
      otherEndpoints: true,
    });
    expect(evidence.cli.present).toBe(false);
    expect(runner.calls.every((c) => c.args[0] !== '--host')).toBe(true);
    expect(classifyDockerBackend(evidence).backend).toBe('none');
  });

  it.each([
    [
      'an HTML error page',
      { exitCode: 1, stdout: '<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>' },
      /HTML page/,
    ],
    [
      'truncated JSON',
      { stdout: fixture('cli/desktop-wsl2/version.json.out').slice(0, 300) },
      /is truncated; the fields before the cut were read/,
    ],
    [
      'a 10 MB body',
      { stdout: `{"Client":${'['.repeat(10)}${'x'.repeat(10 * 1024 * 1024)}` },
      /characters long; only the first/,
    ],
    [
      'output cut by the runner',
      { stdout: fixture('cli/desktop-wsl2/version.json.out'), truncated: true },
      /cut at the size limit/,
    ],
  ])('warns on %s and never throws; the other probe still counts', async (_label, reply, pattern) => {
    const runner = new ScriptedRunner([
      { match: 'context ls', reply: { stdout: contexts } },
      { match: /^version/, reply },
      { match: /^info/, reply: { stdout: fixture('cli/desktop-wsl2/info.json.out') } },
    ]);
    const { evidence, warnings } = await new DockerProbe({ runner, docker: 'docker', parentEnv: {} }).collect({
      host: { os: 'windows' },
    });
    expect(warnings.join('\n')).toMatch(pattern);
    // info answered on its own, so the engine is still identified.
    expect(evidence.current?.answered).toBe(true);
    expect(classifyDockerBackend(evidence).backend).toBe('desktop-wsl2');
  });

  it('runs the Linux proof only against an answering Linux engine', async () => {
    const runner = new ScriptedRunner([
      { match: 'context ls', reply: { stdout: contexts } },
      { match: /^version/, reply: { stdout: fixture('cli/desktop-wsl2/version.json.out') } },
      { match: /^info/, reply: { stdout: fixture('cli/desktop-wsl2/info.json.out') } },
      { match: /^run /, reply: { stdout: '\nHello from Docker!\n' } },
    ]);
    const { evidence } = await new DockerProbe({ runner, docker: 'docker', parentEnv: {} }).collect({
      host: { os: 'windows' },
      linuxProof: { timeoutMs: 60_000 },
    });
    expect(evidence.linuxProof).toEqual({ ok: true, errors: [] });
    expect(runner.calls.find((c) => c.args[0] === 'run')?.options?.timeoutMs).toBe(60_000);

    const windows = new ScriptedRunner([
      { match: 'context ls', reply: { stdout: contexts } },
      { match: /^version/, reply: { stdout: fixture('cli/moby-windows-server-2022/version.json.out') } },
      { match: /^info/, reply: { stdout: fixture('cli/moby-windows-server-2022/info.json.out') } },
    ]);
    const w = await new DockerProbe({ runner: windows, docker: 'docker', parentEnv: {} }).collect({
      host: { os: 'windows', windowsServer: true },
      linuxProof: true,
    });
    expect(windows.calls.some((c) => c.args[0] === 'run')).toBe(false);
    expect(classifyDockerBackend(w.evidence)).toMatchObject({
      backend: 'moby-windows-server',
      linuxContainers: false,
      isolation: 'process',
    });
  });
});
