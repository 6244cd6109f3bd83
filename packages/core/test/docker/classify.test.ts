// Decision-table cases beyond the per-backend fixtures: the tricky rows of the table in src/docker/classify.ts.
import { describe, expect, it } from 'vitest';
import {
  classifyDockerBackend,
  type DockerEndpointProbe,
  type DockerEvidence,
  parseDesktopSettings,
  parseDockerErrors,
  parseDockerInfo,
  parseDockerVersion,
} from '../../src/docker/index.js';
import { fixture } from './profiles.js';

function answering(name: string, endpoint: string, context: string | null = null): DockerEndpointProbe {
  return {
    endpoint,
    context,
    answered: true,
    version: parseDockerVersion(fixture(`cli/${name}/version.json.out`)).value,
    info: parseDockerInfo(fixture(`cli/${name}/info.json.out`)).value,
    errors: [],
    warnings: [],
  };
}

function dead(endpoint: string, errorText: string, clientVersion = '28.3.2'): DockerEndpointProbe {
  return {
    endpoint,
    context: null,
    answered: false,
    version: parseDockerVersion(`{"Client":{"Version":"${clientVersion}"},"Server":null}`).value,
    info: null,
    errors: parseDockerErrors(errorText).value,
    warnings: [],
  };
}

const LINUX_PIPE = 'npipe:////./pipe/dockerDesktopLinuxEngine';
const STOPPED_DESKTOP = `error during connect: Get "http://%2F%2F.%2Fpipe%2FdockerDesktopLinuxEngine/v1.51/version": open //./pipe/dockerDesktopLinuxEngine: Le fichier spécifié est introuvable.`;
const settings = (json: string) => parseDesktopSettings(json).value;

describe('classifyDockerBackend', () => {
  it('none: no docker CLI; says Desktop is installed but off PATH', () => {
    const v = classifyDockerBackend({ host: { os: 'windows' }, cli: { present: false }, desktopInstalled: true });
    expect(v).toMatchObject({ backend: 'none', linuxContainers: false, confidence: 'high' });
    expect(v.warnings.join(' ')).toMatch(/Docker Desktop looks installed/);
  });

  it("none: Desktop's stub inside a WSL distro whose integration is off", () => {
    const v = classifyDockerBackend({
      host: { os: 'linux', isWsl: true, wslVersion: 2, wslDistroName: 'Debian' },
      cli: { present: true },
      current: dead('unix:///var/run/docker.sock', "The command 'docker' could not be found in this WSL 2 distro."),
      desktopSettings: settings('{"IntegratedWslDistros":["Ubuntu"]}'),
    });
    expect(v.backend).toBe('none');
    expect(v.evidence.join(' ')).toMatch(/`Debian` is not in Docker Desktop's `integratedWslDistros`/);
    expect(v.warnings.join(' ')).toMatch(/WSL integration/);
  });

  it('stopped: context desktop-linux points at a dead pipe (localized tail)', () => {
    const v = classifyDockerBackend({
      host: { os: 'windows' },
      cli: { present: true },
      context: { name: 'desktop-linux', endpoint: LINUX_PIPE },
      current: dead(LINUX_PIPE, STOPPED_DESKTOP),
    });
    expect(v).toMatchObject({ backend: 'stopped', linuxContainers: false, engineOs: null, endpoint: LINUX_PIPE });
    expect(v.warnings[0]).toMatch(/No Docker engine answers at `npipe:\/\/\/\/\.\/pipe\/dockerDesktopLinuxEngine`/);
  });

  it('stopped on a Linux host: the systemctl advice (not Docker Desktop), and a sentence about the socket', () => {
    const socket = 'unix:///var/run/docker.sock';
    const v = classifyDockerBackend({
      host: { os: 'linux' },
      cli: { present: true },
      context: { name: 'default', endpoint: socket },
      current: dead(socket, `Cannot connect to the Docker daemon at ${socket}. Is the docker daemon running?`),
    });
    expect(v.backend).toBe('stopped');
    expect(v.warnings[0]).toMatch(
      /^No Docker engine answers at `unix:\/\/\/var\/run\/docker.sock`: start it \(`sudo systemctl start docker`\)/,
    );
    expect(v.warnings.join(' ')).not.toMatch(/Docker Desktop/);
    expect(v.evidence).toContain(
      '`unix:///var/run/docker.sock` is the endpoint of rootful dockerd of this Linux host.',
    );
  });

  it('stopped, and names the engine that does answer elsewhere', () => {
    const podmanPipe = 'npipe:////./pipe/podman-machine-default';
    const v = classifyDockerBackend({
      host: { os: 'windows' },
      cli: { present: true },
      context: { name: 'desktop-linux', endpoint: LINUX_PIPE },
      current: dead(LINUX_PIPE, STOPPED_DESKTOP),
      others: [
        answering('podman', podmanPipe),
        dead('npipe:////./pipe/docker_engine', 'open //./pipe/docker_engine: x'),
      ],
    });
    expect(v.backend).toBe('stopped');
    expect(v.otherEngines).toEqual([
      { endpoint: podmanPipe, backend: 'podman', engineOs: 'linux', serverVersion: '5.2.3' },
    ]);
    expect(v.warnings.join(' ')).toMatch(/podman answers at `npipe:\/\/\/\/\.\/pipe\/podman-machine-default`/);
  });

  it('Desktop installed, but the CLI points at Podman', () => {
    const podmanPipe = 'npipe:////./pipe/podman-machine-default';
    const v = classifyDockerBackend({
      host: { os: 'windows' },
      cli: { present: true },
      context: { name: 'podman-machine-default', endpoint: podmanPipe },
      current: answering('podman', podmanPipe),
      others: [answering('desktop-wsl2', LINUX_PIPE, 'desktop-linux')],
      wslDistros: [{ name: 'docker-desktop', version: 2, state: 'Running' }],
    });
    expect(v).toMatchObject({ backend: 'podman', linuxContainers: true, confidence: 'high' });
    expect(v.otherEngines[0]).toMatchObject({ backend: 'desktop-wsl2', endpoint: LINUX_PIPE });
    expect(v.warnings.join(' ')).toMatch(/Docker Desktop is installed and answers at .*targets podman/);
  });

  it('Windows-containers mode: dead Linux pipe plus useWindowsContainers says why', () => {
    const v = classifyDockerBackend({
      host: { os: 'windows' },
      cli: { present: true },
      context: { name: 'desktop-linux', endpoint: LINUX_PIPE },
      current: dead(LINUX_PIPE, STOPPED_DESKTOP),
      desktopSettings: settings('{"UseWindowsContainers": true}'),
      others: [answering('desktop-windows', 'npipe:////./pipe/dockerDesktopWindowsEngine')],
    });
    expect(v.backend).toBe('stopped');
    expect(v.warnings.join(' ')).toMatch(/Windows-containers mode/);
    expect(v.otherEngines[0]?.backend).toBe('desktop-windows');
  });

  it('Windows engine behind the default pipe with only the settings to tell Desktop', () => {
    const current = answering('desktop-windows', 'npipe:////./pipe/docker_engine');
    current.version!.server!.platformName = null;
    current.info!.labels = [];
    const v = classifyDockerBackend({
      host: { os: 'windows' },
      cli: { present: true },
      context: { name: 'default', endpoint: 'npipe:////./pipe/docker_engine' },
      current,
      desktopSettings: settings('{"useWindowsContainers": true}'),
    });
    expect(v).toMatchObject({
      backend: 'desktop-windows',
      confidence: 'medium',
      linuxContainers: false,
      isolation: 'hyperv',
    });
  });

  it('Rancher Desktop moby vs containerd', () => {
    const moby = classifyDockerBackend({
      host: { os: 'windows' },
      cli: { present: true, version: '27.3.1-rd' },
      current: answering('rancher-desktop', 'npipe:////./pipe/docker_engine'),
    });
    expect(moby).toMatchObject({ backend: 'rancher-desktop', linuxContainers: true });

    const containerd = classifyDockerBackend({
      host: { os: 'windows' },
      cli: {
        present: true,
        version: '27.3.1-rd',
        path: 'C:\\Program Files\\Rancher Desktop\\resources\\resources\\win32\\bin\\docker.exe',
      },
      current: dead(
        'npipe:////./pipe/docker_engine',
        'open //./pipe/docker_engine: The system cannot find the file specified.',
        '27.3.1-rd',
      ),
      wslDistros: [
        { name: 'rancher-desktop', version: 2, state: 'Running' },
        { name: 'rancher-desktop-data', version: 2, state: 'Stopped' },
      ],
    });
    expect(containerd).toMatchObject({ backend: 'rancher-desktop', linuxContainers: null, confidence: 'medium' });
    expect(containerd.warnings.join(' ')).toMatch(/containerd mode: use `nerdctl`/);

    const stoppedRd = classifyDockerBackend({
      host: { os: 'windows' },
      cli: { present: true, version: '27.3.1-rd' },
      current: dead('npipe:////./pipe/docker_engine', 'open //./pipe/docker_engine: x', '27.3.1-rd'),
      wslDistros: [{ name: 'rancher-desktop', version: 2, state: 'Stopped' }],
    });
    expect(stoppedRd.backend).toBe('stopped');
    expect(stoppedRd.evidence.join(' ')).toMatch(/ends in `-rd`/);
  });

  it('Desktop with an unknown kernel falls back to the wslEngineEnabled setting', () => {
    const current = answering('desktop-hyperv', LINUX_PIPE);
    current.info!.kernelVersion = '6.1.0-custom';
    current.version!.server!.kernelVersion = '6.1.0-custom';
    const base: DockerEvidence = { host: { os: 'windows' }, cli: { present: true }, current };
    expect(classifyDockerBackend({ ...base, desktopSettings: settings('{"wslEngineEnabled": false}') })).toMatchObject({
      backend: 'desktop-hyperv',
      confidence: 'medium',
    });
    expect(classifyDockerBackend(base)).toMatchObject({ backend: 'desktop-wsl2', confidence: 'low' });
  });

  it('warns when the settings contradict the kernel', () => {
    const v = classifyDockerBackend({
      host: { os: 'windows' },
      cli: { present: true },
      current: answering('desktop-wsl2', LINUX_PIPE),
      desktopSettings: settings('{"WslEngineEnabled": false}'),
    });
    expect(v.backend).toBe('desktop-wsl2');
    expect(v.warnings.join(' ')).toMatch(/wslEngineEnabled: false/);
  });

  it('linuxkit on macOS is not desktop-hyperv; host unknown but npipe endpoint means Windows', () => {
    const mac = classifyDockerBackend({
      host: { os: 'darwin' },
      cli: { present: true },
      current: answering('desktop-hyperv', 'unix:///Users/dev/.docker/run/docker.sock'),
    });
    expect(mac).toMatchObject({ backend: 'desktop-mac', linuxContainers: true });
    const unknown = classifyDockerBackend({
      host: { os: 'unknown' },
      cli: { present: true },
      context: { name: 'desktop-linux', endpoint: LINUX_PIPE },
      current: answering('desktop-hyperv', LINUX_PIPE),
    });
    expect(unknown.backend).toBe('desktop-hyperv');
    expect(unknown.evidence[0]).toMatch(/Host taken as Windows/);
  });

  it('Desktop reached from inside WSL through the integration socket', () => {
    const v = classifyDockerBackend({
      host: { os: 'linux', isWsl: true, wslVersion: 2 },
      cli: { present: true },
      current: answering('desktop-wsl2', 'unix:///var/run/docker.sock'),
    });
    expect(v.backend).toBe('desktop-wsl2');
    expect(v.evidence.join(' ')).toMatch(/WSL integration/);
  });

  it('a plain Linux engine reached from Windows (e.g. DOCKER_HOST=tcp://) is not a Windows backend', () => {
    const v = classifyDockerBackend({
      host: { os: 'windows' },
      cli: { present: true },
      dockerHost: 'tcp://10.0.0.5:2375',
      current: answering('native-linux', 'tcp://10.0.0.5:2375'),
    });
    expect(v).toMatchObject({ backend: 'other-linux', linuxContainers: true, endpoint: 'tcp://10.0.0.5:2375' });
    expect(v.evidence[0]).toMatch(/DOCKER_HOST=`tcp:\/\/10\.0\.0\.5:2375` overrides/);
  });

  it('API mismatch: an engine answered but the CLI cannot use it', () => {
    const v = classifyDockerBackend({
      host: { os: 'windows' },
      cli: { present: true },
      current: dead(
        'npipe:////./pipe/docker_engine',
        'Error response from daemon: client version 1.41 is too old. Minimum supported API version is 1.44, please upgrade your client',
      ),
    });
    expect(v).toMatchObject({ backend: 'stopped', confidence: 'medium' });
    expect(v.warnings[0]).toMatch(/requires API 1\.44/);
  });

  it('the Linux-container proof settles linuxContainers', () => {
    const base: DockerEvidence = {
      host: { os: 'windows' },
      cli: { present: true },
      current: answering('wsl-dockerd', 'tcp://127.0.0.1:2375'),
    };
    expect(classifyDockerBackend({ ...base, linuxProof: { ok: true, errors: [] } }).linuxContainers).toBe(true);
    const refused = parseDockerErrors(
      'docker: Error response from daemon: image operating system "linux" cannot be used on this platform.',
    ).value;
    expect(classifyDockerBackend({ ...base, linuxProof: { ok: false, errors: refused } }).linuxContainers).toBe(false);
    const pullFailed = parseDockerErrors(
      'docker: Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: request canceled',
    ).value;
    const v = classifyDockerBackend({ ...base, linuxProof: { ok: false, errors: pullFailed } });
    // Asked for and not run: unproven (unknown), not a pass on the engine's kind alone.
    expect(v.linuxContainers).toBeNull();
    expect(v.warnings.join(' ')).toMatch(/proof failed/);
  });

  it('Desktop installed in Windows-containers mode, but a plain dockerd owns the default pipe: moby, with a warning', () => {
    // A docker-ce/static Moby engine names its platform `Docker Engine - Community`; Desktop's say `Docker Desktop …`.
    const version = parseDockerVersion(
      '{"Client":{"Version":"28.2.2"},"Server":{"Platform":{"Name":"Docker Engine - Community"},"Version":"27.4.0","Os":"windows","Arch":"amd64","Components":[{"Name":"Engine","Version":"27.4.0"}]}}',
    ).value;
    const info = parseDockerInfo(
      '{"ServerVersion":"27.4.0","OSType":"windows","OperatingSystem":"Microsoft Windows Version 24H2 (OS Build 26100.4652)","Isolation":"hyperv","Driver":"windowsfilter","Labels":[]}',
    ).value;
    const v = classifyDockerBackend({
      host: { os: 'windows', windowsServer: false },
      cli: { present: true },
      current: {
        endpoint: 'npipe:////./pipe/docker_engine',
        context: 'default',
        answered: true,
        version,
        info,
        errors: [],
        warnings: [],
      },
      desktopSettings: settings('{"useWindowsContainers": true, "wslEngineEnabled": true}'),
      desktopInstalled: true,
    });
    expect(v).toMatchObject({ backend: 'moby-windows-server', linuxContainers: false, engineOs: 'windows' });
    expect(v.warnings.join(' ')).toMatch(/Docker Desktop is installed/);
  });

  it('a Windows client engine without any platform name is moby when Desktop is known not to be installed', () => {
    const info = parseDockerInfo(
      '{"ServerVersion":"27.4.0","OSType":"windows","OperatingSystem":"Microsoft Windows Version 23H2 (OS Build 22631.4602)","Driver":"windowsfilter","Labels":[]}',
    ).value;
    const current = {
      endpoint: 'npipe:////./pipe/docker_engine',
      context: 'default',
      answered: true,
      version: null,
      info,
      errors: [],
      warnings: [],
    };
    const evidence: DockerEvidence = { host: { os: 'windows' }, cli: { present: true }, current };
    expect(classifyDockerBackend({ ...evidence, desktopInstalled: false }).backend).toBe('moby-windows-server');
    expect(classifyDockerBackend(evidence).backend).toBe('desktop-windows');
  });

  it("Desktop's Linux engine silent while its Windows engine answers: switch Desktop back, not the CLI over", () => {
    const v = classifyDockerBackend({
      host: { os: 'windows' },
      cli: { present: true },
      context: { name: 'desktop-linux', endpoint: LINUX_PIPE },
      current: dead(LINUX_PIPE, STOPPED_DESKTOP),
      others: [answering('desktop-windows', 'npipe:////./pipe/dockerDesktopWindowsEngine')],
    });
    expect(v.backend).toBe('stopped');
    expect(v.warnings.join(' ')).toMatch(/Windows-containers mode, so its Linux engine is off/);
    expect(v.warnings.join(' ')).not.toMatch(/desktop-windows answers at/);
  });

  it('a Desktop context left behind without Docker Desktop: says to leave the context', () => {
    const v = classifyDockerBackend({
      host: { os: 'windows' },
      cli: { present: true },
      context: { name: 'desktop-linux', endpoint: LINUX_PIPE },
      current: dead(LINUX_PIPE, STOPPED_DESKTOP),
      desktopInstalled: false,
    });
    expect(v.backend).toBe('stopped');
    expect(v.warnings.join(' ')).toMatch(
      /Docker Desktop is not installed, but the CLI still uses its context `desktop-linux`/,
    );
  });
});
