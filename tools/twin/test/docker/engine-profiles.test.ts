// The real docker CLI against every engine profile of the twin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DockerEngine,
  getProfile,
  PROFILE_NAMES,
  type ProfileName,
  startDockerEngine,
} from '../../src/docker/index.js';
import { runDocker } from './run-docker.js';

const serving = PROFILE_NAMES.filter((name) => getProfile(name).state === 'serving');

let engine: DockerEngine;
beforeAll(async () => {
  engine = await startDockerEngine({ profile: 'desktop-wsl2', tcp: true });
});
afterAll(async () => {
  await engine.close();
});

interface VersionJson {
  Client: { Version: string; Context: string };
  Server: null | {
    Platform: { Name: string };
    Components: Array<{ Name: string }>;
    Version: string;
    ApiVersion: string;
    Os: string;
    KernelVersion: string;
  };
}

describe.each(serving)('profile %s', (name: ProfileName) => {
  const profile = getProfile(name);
  const info = profile.info as Record<string, unknown>;
  const version = profile.version as Record<string, unknown>;

  beforeAll(async () => {
    await engine.setProfile(name);
  });

  it('answers `docker version --format {{json .}}` with its server block', async () => {
    const run = await runDocker(['version', '--format', '{{json .}}'], engine.env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const parsed = JSON.parse(run.stdout) as VersionJson;
    expect(parsed.Client.Version).toMatch(/^\d+\.\d+\.\d+/);
    expect(parsed.Server?.Platform.Name).toBe((version.Platform as { Name: string }).Name);
    expect(parsed.Server?.Version).toBe(version.Version);
    expect(parsed.Server?.Os).toBe(profile.ping?.osType);
    expect(parsed.Server?.KernelVersion).toBe(version.KernelVersion);
    expect(parsed.Server?.Components[0]?.Name).toBe(name === 'podman' ? 'Podman Engine' : 'Engine');
  });

  it('answers `docker info --format {{json .}}` with the fields that classify it', async () => {
    const run = await runDocker(['info', '--format', '{{json .}}'], engine.env);
    expect(run.code).toBe(0);
    const parsed = JSON.parse(run.stdout) as Record<string, unknown>;
    for (const key of ['OSType', 'OperatingSystem', 'KernelVersion', 'ServerVersion', 'Name', 'Isolation', 'Driver']) {
      expect(parsed[key], key).toEqual(info[key]);
    }
    expect(parsed.Labels ?? null).toEqual(info.Labels ?? null);
    expect(parsed.ServerErrors ?? []).toEqual([]);
  });

  it('prints the human `docker info` without errors', async () => {
    const run = await runDocker(['info'], engine.env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Operating System: ${String(info.OperatingSystem)}`);
    expect(run.stdout).toContain(`OSType: ${String(info.OSType)}`);
    if (info.OSType === 'windows') expect(run.stdout).toContain(`Default Isolation: ${String(info.Isolation)}`);
  });

  it('negotiates the API version from the /_ping header, capped at the client default', async () => {
    const before = engine.requests.length;
    await runDocker(['version', '--format', '{{.Server.ApiVersion}}'], engine.env);
    const seen = engine.requests.slice(before);
    expect(seen[0]).toMatchObject({ method: 'HEAD', route: '/_ping' });
    const server = String(profile.ping?.apiVersion);
    const expected = Number(server) > 1.5 ? '1.50' : server;
    expect(seen[1]).toMatchObject({ method: 'GET', route: '/version', apiVersion: expected });
    expect(seen[1]?.userAgent).toMatch(/^Docker-Client\//);
  });

  it('is reachable over loopback TCP with -H', async () => {
    const run = await runDocker(['-H', engine.tcpUrl ?? '', 'version', '--format', '{{.Server.Version}}'], {
      DOCKER_CONFIG: engine.env.DOCKER_CONFIG,
    });
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(version.Version);
    expect(engine.requests.at(-1)?.transport).toBe('tcp');
  });
});

describe('engines that do not answer', () => {
  it.each(['stopped', 'absent'] as const)('%s: version has no Server block and exits non-zero', async (name) => {
    await engine.setProfile(name);
    const run = await runDocker(['version', '--format', '{{json .}}'], engine.env);
    expect(run.timedOut).toBe(false);
    expect(run.code).not.toBe(0);
    expect((JSON.parse(run.stdout) as VersionJson).Server).toBeNull();
    expect(run.stderr).toContain(`Cannot connect to the Docker daemon at ${engine.dockerHost}`);
  });

  it('stopped keeps a socket file that refuses; absent has none', async () => {
    const { existsSync } = await import('node:fs');
    await engine.setProfile('stopped');
    expect(existsSync(engine.socketPath)).toBe(true);
    await engine.setProfile('absent');
    expect(existsSync(engine.socketPath)).toBe(false);
    const run = await runDocker(['info', '--format', '{{json .}}'], engine.env);
    expect(run.code).not.toBe(0);
    expect((JSON.parse(run.stdout) as { ServerVersion: string }).ServerVersion).toBe('');
  });

  it('comes back when switched to a serving profile', async () => {
    await engine.setProfile('absent');
    await engine.setProfile('podman');
    const run = await runDocker(['info', '--format', '{{.OperatingSystem}}'], engine.env);
    expect(run.stdout.trim()).toBe('fedora');
  });
});

describe('the scratch DOCKER_CONFIG', () => {
  it('lists only the default context, pointing at the twin', async () => {
    await engine.setProfile('desktop-wsl2');
    const run = await runDocker(['context', 'ls', '--format', '{{json .}}'], engine.env);
    expect(run.code).toBe(0);
    const rows = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows).toEqual([
      expect.objectContaining({ Name: 'default', Current: true, DockerEndpoint: engine.dockerHost }),
    ]);
  });
});
