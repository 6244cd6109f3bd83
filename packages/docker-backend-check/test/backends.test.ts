// Every backend through the real docker CLI, the twin's engines and the bundled action under Node 24.
import { readFileSync } from 'node:fs';
import { validateReport } from '@wsl-ready/core';
import { describe, expect, it } from 'vitest';
import { dockerCalls, errorText, nativeLinuxProfile, type Rig, startRig } from './twin-setup.js';

const DESKTOP_LINUX = { name: 'desktop-linux', host: 'npipe:////./pipe/dockerDesktopLinuxEngine' };
const DESKTOP_WINDOWS = { name: 'desktop-windows', host: 'npipe:////./pipe/dockerDesktopWindowsEngine' };
const DESKTOP_DISTRO = {
  name: 'docker-desktop',
  version: 2 as const,
  state: 'Running' as const,
  root: '/nonexistent',
  defaultUser: 'root',
};

interface Case {
  name: string;
  rig: Parameters<typeof startRig>[0];
  run?: { runnerOs?: 'Windows' | 'Linux' | 'macOS'; imageOs?: string; env?: Record<string, string> };
  tcpHost?: boolean;
  expected: Record<string, string>;
}

const cases: Case[] = [
  {
    name: 'Docker Desktop, WSL 2 engine',
    rig: {
      engines: { [DESKTOP_LINUX.host]: 'desktop-wsl2' },
      context: DESKTOP_LINUX,
      wsl: { distros: [DESKTOP_DISTRO] },
      desktopSettings: { WslEngineEnabled: true },
    },
    expected: {
      backend: 'desktop-wsl2',
      'linux-containers': 'true',
      'engine-os': 'linux',
      context: 'desktop-linux',
      endpoint: DESKTOP_LINUX.host,
      'desktop-version': '4.69.0',
      isolation: '',
    },
  },
  {
    name: 'Docker Desktop, Hyper-V engine',
    rig: {
      engines: { [DESKTOP_LINUX.host]: 'desktop-hyperv' },
      context: DESKTOP_LINUX,
      desktopSettings: { wslEngineEnabled: false },
    },
    expected: {
      backend: 'desktop-hyperv',
      'linux-containers': 'true',
      'engine-os': 'linux',
      'desktop-version': '4.26.0',
    },
  },
  {
    name: 'Docker Desktop, Windows containers',
    rig: { engines: { [DESKTOP_WINDOWS.host]: 'desktop-windows' }, context: DESKTOP_WINDOWS },
    expected: {
      backend: 'desktop-windows',
      'linux-containers': 'false',
      'engine-os': 'windows',
      isolation: 'process',
      context: 'desktop-windows',
      'desktop-version': '4.21.1',
    },
  },
  {
    name: 'hosted runner Moby engine',
    rig: { engines: { 'npipe:////./pipe/docker_engine': 'moby-windows-server' } },
    run: { imageOs: 'win22' },
    expected: {
      backend: 'moby-windows-server',
      'linux-containers': 'false',
      'engine-os': 'windows',
      isolation: 'process',
      endpoint: 'npipe:////./pipe/docker_engine',
      'desktop-version': '',
    },
  },
  {
    name: 'dockerd in a WSL 2 distribution over DOCKER_HOST',
    rig: { engines: {} },
    tcpHost: true,
    expected: {
      backend: 'wsl-dockerd',
      'linux-containers': 'true',
      'engine-os': 'linux',
      'server-version': '28.0.4',
      context: 'default',
    },
  },
  {
    name: 'Rancher Desktop (moby)',
    rig: { engines: { 'npipe:////./pipe/docker_engine': 'rancher-desktop' } },
    expected: { backend: 'rancher-desktop', 'linux-containers': 'true', 'engine-os': 'linux' },
  },
  {
    name: 'Podman machine',
    rig: { engines: { 'npipe:////./pipe/podman-machine-default': 'podman' } },
    run: { env: { DOCKER_HOST: 'npipe:////./pipe/podman-machine-default' } },
    expected: { backend: 'podman', 'linux-containers': 'true', endpoint: 'npipe:////./pipe/podman-machine-default' },
  },
];

describe('every backend is classified', () => {
  for (const c of cases) {
    it(c.name, async () => {
      let rig: Rig | null = null;
      try {
        if (c.tcpHost) {
          rig = await startRig({ engines: { wsl: { profile: 'wsl-dockerd', tcp: true } } });
          const tcp = rig.engines.engines.wsl?.tcpUrl;
          if (!tcp) throw new Error('no tcp engine');
          c.run = { env: { DOCKER_HOST: tcp } };
          c.expected.endpoint = tcp;
        } else rig = await startRig(c.rig);
        const result = await rig.run({ 'probe-all-endpoints': 'false' }, c.run ?? {});
        expect(errorText(result)).toBe('');
        expect(result.exitCode).toBe(0);
        for (const [key, value] of Object.entries(c.expected)) expect(result.outputs[key], key).toBe(value);
        const report = JSON.parse(readFileSync(result.outputs['report-path'] ?? '', 'utf8'));
        const validation = validateReport(report);
        expect(validation.ok).toBe(true);
        expect(report.docker.backend).toBe(c.expected.backend);
        expect(report.source).toEqual({ kind: 'action', name: 'docker-backend-check' });
        expect(result.summary).toContain('Docker backend');
        // context ls, version and info: one call each when only the CLI's engine is asked.
        expect(dockerCalls(result)).toBe(3);
      } finally {
        await rig?.close();
      }
    });
  }

  it('ubuntu-latest: the host dockerd is native-linux, never none', async () => {
    const rig = await startRig({ engines: { linux: nativeLinuxProfile() }, wsl: false });
    try {
      const socket = rig.engines.sockets.linux;
      const result = await rig.run(
        {},
        { runnerOs: 'Linux', imageOs: 'ubuntu24', env: { DOCKER_HOST: `unix://${socket}` } },
      );
      expect(result.exitCode).toBe(0);
      expect(result.outputs).toMatchObject({
        backend: 'native-linux',
        'linux-containers': 'true',
        'engine-os': 'linux',
      });
      const report = JSON.parse(readFileSync(result.outputs['report-path'] ?? '', 'utf8'));
      // Report v1 carries the same value as the output.
      expect(report.docker.backend).toBe('native-linux');
      expect(report.docker.linuxContainers).toBe(true);
      expect(JSON.stringify(report.checks)).toContain('native-linux');
      expect(result.summary).toContain('native-linux');
    } finally {
      await rig.close();
    }
  });

  it('a LinuxKit kernel off Windows is not the Hyper-V backend (that rule is Windows only)', async () => {
    const rig = await startRig({ engines: { mac: 'desktop-hyperv' }, wsl: false });
    try {
      const socket = rig.engines.sockets.mac;
      const result = await rig.run(
        { 'expect-backend': 'desktop-linux', 'probe-all-endpoints': 'false' },
        { runnerOs: 'Linux', imageOs: 'ubuntu24', env: { DOCKER_HOST: `unix://${socket}` } },
      );
      // Docker Desktop's LinuxKit VM on a Linux host (no WSL_READY_WSL): Docker Desktop for Linux.
      expect(result.exitCode).toBe(0);
      expect(result.outputs).toMatchObject({ backend: 'desktop-linux', 'linux-containers': 'true' });
    } finally {
      await rig.close();
    }
  });
});
