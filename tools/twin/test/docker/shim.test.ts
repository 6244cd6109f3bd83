// The docker shim: Windows pipe endpoints stood in by unix sockets, the real CLI in between.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DockerEngines,
  type DockerShim,
  pipeName,
  readGlobalOptions,
  realignTable,
  rewriteHostOptions,
  startDockerEngines,
  translateOutput,
  writeDockerContext,
} from '../../src/docker/index.js';
import { runDocker } from './run-docker.js';

describe('pipe helpers', () => {
  it('reads pipe names in both spellings', () => {
    expect(pipeName('npipe:////./pipe/dockerDesktopLinuxEngine')).toBe('dockerDesktopLinuxEngine');
    expect(pipeName('npipe://\\\\.\\pipe\\docker_engine')).toBe('docker_engine');
    expect(pipeName('unix:///var/run/docker.sock')).toBeUndefined();
  });

  it('finds global options before the subcommand only', () => {
    expect(readGlobalOptions(['-H', 'a', '--context=x', '--config', 'c', 'run', '-H', 'b'])).toEqual({
      commandIndex: 5,
      hosts: ['a'],
      context: 'x',
      config: 'c',
    });
  });

  it('rewrites every host option form and nothing after the subcommand', () => {
    const map = { pipes: { docker_engine: '/s/e.sock' }, deadDir: '/dead', defaultPipe: null };
    expect(
      rewriteHostOptions(map, [
        '-H',
        'npipe:////./pipe/docker_engine',
        '--host=npipe:////./pipe/other',
        'run',
        '-H',
        'x',
      ]),
    ).toEqual(['-H', 'unix:///s/e.sock', '--host=unix:///dead/other.sock', 'run', '-H', 'x']);
    expect(rewriteHostOptions(map, ['-Hnpipe:////./pipe/DOCKER_ENGINE', 'ps'])).toEqual(['-Hunix:///s/e.sock', 'ps']);
  });

  it('translates the Linux connection error into the Windows CLI text', () => {
    const text = 'Cannot connect to the Docker daemon at unix:///d/x.sock. Is the docker daemon running?\n';
    expect(translateOutput(text, [{ name: 'dockerDesktopLinuxEngine', socket: '/d/x.sock' }])).toBe(
      'failed to connect to the docker API at npipe:////./pipe/dockerDesktopLinuxEngine; check if the path is correct ' +
        'and if the daemon is running: open //./pipe/dockerDesktopLinuxEngine: The system cannot find the file specified.\n',
    );
  });

  it('re-aligns a table whose cells changed length', () => {
    const table = 'NAME   ENDPOINT         ERROR\na      unix:///long/x   \nbb     short            \n';
    expect(realignTable(table, (c) => c.replace('unix:///long/x', 'p'))).toBe(
      'NAME   ENDPOINT   ERROR\na      p          \nbb     short      \n',
    );
  });
});

describe('the shim with the real docker CLI', () => {
  let set: DockerEngines;
  let shim: DockerShim;
  let config: string;
  const run = (args: string[], env: Record<string, string> = {}) =>
    runDocker(args, { DOCKER_CONFIG: config, ...env }, { file: shim.dockerPath });

  beforeAll(async () => {
    set = await startDockerEngines({
      'npipe:////./pipe/docker_engine': 'moby-windows-server',
      'npipe:////./pipe/dockerDesktopWindowsEngine': 'desktop-windows',
      'npipe:////./pipe/podman-machine-default': 'podman',
    });
    shim = await set.shim();
    config = mkdtempSync(join(tmpdir(), 'wsl-ready-shim-config-'));
    writeDockerContext(config, {
      name: 'desktop-linux',
      host: 'npipe:////./pipe/dockerDesktopLinuxEngine',
      description: 'Docker Desktop',
      current: true,
    });
  });
  afterAll(async () => {
    await set.close();
    rmSync(config, { recursive: true, force: true });
  });

  it('a current context on a dead pipe fails with the Windows error text', async () => {
    const r = await run(['version', '--format', '{{json .}}']);
    expect(r.code).not.toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ Client: { Context: 'desktop-linux' }, Server: null });
    expect(r.stderr).toContain(
      'failed to connect to the docker API at npipe:////./pipe/dockerDesktopLinuxEngine; check if the path is correct',
    );
  });

  it('while the default context reaches the docker_engine pipe', async () => {
    const r = await run(['--context', 'default', 'info', '--format', '{{.OSType}} {{.Isolation}}']);
    expect(r.stdout.trim()).toBe('windows process');
    expect(set.engines['npipe:////./pipe/docker_engine']?.requests.length).toBeGreaterThan(0);
  });

  it('maps -H and DOCKER_HOST pipes', async () => {
    const h = await run([
      '-H',
      'npipe:////./pipe/dockerDesktopWindowsEngine',
      'version',
      '--format',
      '{{.Server.Platform.Name}}',
    ]);
    expect(h.stdout.trim()).toBe('Docker Desktop 4.21.1 (114176)');
    const env = await run(['info', '--format', '{{.OperatingSystem}}'], {
      DOCKER_HOST: 'npipe://\\\\.\\pipe\\podman-machine-default',
    });
    expect(env.stdout.trim()).toBe('fedora');
  });

  it('lists contexts with their pipe endpoints, aligned', async () => {
    const r = await run(['context', 'ls']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[1]).toMatch(
      /^default\s+Current DOCKER_HOST based configuration\s+npipe:\/\/\/\/\.\/pipe\/docker_engine\s*$/,
    );
    expect(lines[2]).toMatch(
      /^desktop-linux \*\s+Docker Desktop\s+npipe:\/\/\/\/\.\/pipe\/dockerDesktopLinuxEngine\s*$/,
    );
    const column = (line: string) => line.indexOf('npipe:');
    expect(column(lines[1] ?? '')).toBe(column(lines[2] ?? ''));
    expect(column(lines[1] ?? '')).toBe(lines[0]?.indexOf('DOCKER ENDPOINT'));
  });

  it('creates a context on a pipe and stores the pipe address', async () => {
    const created = await run([
      'context',
      'create',
      'podman',
      '--docker',
      'host=npipe:////./pipe/podman-machine-default',
    ]);
    expect(created.code).toBe(0);
    const inspect = await run(['context', 'inspect', 'podman', '--format', '{{.Endpoints.docker.Host}}']);
    expect(inspect.stdout.trim()).toBe('npipe:////./pipe/podman-machine-default');
    const r = await run(['--context', 'podman', 'version', '--format', '{{(index .Server.Components 0).Name}}']);
    expect(r.stdout.trim()).toBe('Podman Engine');
    // The user's config dir is not touched by the shadow copy used to connect.
    expect(JSON.parse(readFileSync(join(config, 'config.json'), 'utf8')).currentContext).toBe('desktop-linux');
  });

  it('runs a Linux image on the Windows engine and gets the real refusal', async () => {
    const r = await run(['--context', 'default', 'run', '--rm', 'alpine', 'true']);
    expect(r.code).toBe(125);
    expect(r.stderr).toContain('image operating system "linux" cannot be used on this platform');
  });
});
