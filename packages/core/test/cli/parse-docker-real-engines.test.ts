// `wsl-ready parse docker` against what real engines print, where the engine fixtures once assumed otherwise. Each
// case names the public source of the text's shape.
import { describe, expect, it } from 'vitest';
import { fixture } from '../docker/profiles.js';
import { json, runCli } from './run-cli.js';

async function parse(text: string, host = 'windows') {
  return json(await runCli(['parse', 'docker', '--host', host], { stdinBytes: text }));
}

/** `docker info` text of a Windows engine, as the docker CLI lays it out. */
const windowsInfo = (operatingSystem: string, isolation: string, labels: string[] = []) => `Client:
 Version:    28.2.2
 Context:    default
 Debug Mode: false

Server:
 Containers: 0
 Images: 3
 Server Version: 27.4.0
 Storage Driver: windowsfilter
 Logging Driver: json-file
 Swarm: inactive
 Default Isolation: ${isolation}
 Kernel Version: 10.0 26100 (26100.1.amd64fre.ge_release.240331-1435)
 Operating System: ${operatingSystem}
 OSType: windows
 Architecture: x86_64
 CPUs: 16
 Total Memory: 31.74GiB
 Name: DEV-LAPTOP
 Docker Root Dir: C:\\ProgramData\\Docker
 Debug Mode: false
${labels.length > 0 ? ` Labels:\n${labels.map((l) => `  ${l}\n`).join('')}` : ''} Experimental: false
 Live Restore Enabled: false
`;

describe('Windows engines name the OS as moby >= 23 does', () => {
  // moby/moby pkg/parsers/operatingsystem/windows_os_string.go (windowsOSRelease.String, since v23.0.0, the fix of
  // moby#43284): "Microsoft Windows[ Server] Version <DisplayVersion> (OS Build <build>.<UBR>)"; the edition name
  // (ProductName) is no longer printed.
  it('a client edition ("Microsoft Windows Version …") is Docker Desktop in Windows-containers mode', async () => {
    const out = await parse(windowsInfo('Microsoft Windows Version 24H2 (OS Build 26100.4652)', 'hyperv'));
    expect(out).toMatchObject({ backend: 'desktop-windows', linuxContainers: false, osType: 'windows' });
  });

  it('a server edition ("Microsoft Windows Server Version …") is the runner-style Moby engine', async () => {
    const out = await parse(windowsInfo('Microsoft Windows Server Version 21H2 (OS Build 20348.3932)', 'process'));
    expect(out).toMatchObject({ backend: 'moby-windows-server', linuxContainers: false });
  });

  it('the pre-23 edition form ("Windows 10 Pro Version 2009 …", moby#43284) still reads as a client edition', async () => {
    const out = await parse(windowsInfo('Windows 10 Pro Version 2009 (OS Build 22000.527)', 'hyperv'));
    expect(out).toMatchObject({ backend: 'desktop-windows' });
  });
});

/** `docker version` text of a Windows engine; `platform` is the Server line (the product name). */
const windowsVersion = (platform: string, version: string) => `Client:
 Version:           28.2.2
 API version:       1.50
 OS/Arch:           windows/amd64
 Context:           default

Server: ${platform}
 Engine:
  Version:          ${version}
  API version:      1.47 (minimum version 1.24)
  OS/Arch:          windows/amd64
  Experimental:     false
`;

describe('a plain dockerd on a Windows client edition is not Docker Desktop', () => {
  // Docker Desktop names its engines' platform `Docker Desktop <version> (<build>)` (docker/desktop-feedback#162,
  // microsoft/Windows-Containers#399); a docker-ce or static Moby build says `Docker Engine - Community` (actions
  // runner logs in gesellix/docker-client#259 show Mirantis' name the same way). Microsoft's install-docker-ce.ps1
  // installs such a dockerd as a Windows service on Windows 10/11 as well as on Server.
  const info = windowsInfo('Microsoft Windows Version 24H2 (OS Build 26100.4652)', 'hyperv');

  it('`Docker Engine - Community` 27 answering on the default pipe is moby, not desktop-windows', async () => {
    const out = await parse(`${windowsVersion('Docker Engine - Community', '27.4.0')}\n${info}`);
    expect(out).toMatchObject({ backend: 'moby-windows-server', linuxContainers: false });
  });

  it("Docker Desktop's own platform name still decides desktop-windows", async () => {
    const out = await parse(`${windowsVersion('Docker Desktop 4.37.1 (178610)', '27.4.0')}\n${info}`);
    expect(out).toMatchObject({ backend: 'desktop-windows' });
  });
});

describe("Podman's compat API seen through `docker info` alone", () => {
  // containers/podman pkg/api/handlers/compat/info.go (GetInfo): ProductLicense is the constant "Apache-2.0", and
  // OperatingSystem the bare distribution id; the Podman-only keys (BuildahVersion, …) do not survive the docker CLI.
  // moby's own default license is empty (moby/moby dockerversion/version_lib.go DefaultProductLicense), docker-ce's
  // "Community Engine".
  it('text: a Podman machine on WSL 2 is podman, not a distribution dockerd', async () => {
    const out = await parse(fixture('cli/podman/info.txt.out'));
    expect(out).toMatchObject({ backend: 'podman', operatingSystem: 'fedora' });
  });

  it('JSON: the same', async () => {
    expect(await parse(fixture('cli/podman/info.json.out'))).toMatchObject({ backend: 'podman' });
  });

  it('a dockerd in a WSL distribution (license "Community Engine") stays wsl-dockerd', async () => {
    expect(await parse(fixture('cli/wsl-dockerd/info.txt.out'))).toMatchObject({ backend: 'wsl-dockerd' });
  });
});

describe('a named pipe that refuses this user', () => {
  // moby/moby daemon/listeners/listeners_windows.go: a Windows dockerd's pipe allows only Administrators and SYSTEM
  // (`D:P(A;;GA;;;BA)(A;;GA;;;SY)`) plus the groups of its `group` setting; `docker-users` is Docker Desktop's group.
  // The current CLI says `permission denied while trying to connect to the docker API at <host>` (moby client
  // request.go), older ones end `open //./pipe/docker_engine:` with Windows' localized "Access is denied".
  it('says how to get in to a Windows dockerd (elevation, its group setting) as well as to Docker Desktop', async () => {
    const out = await parse(
      '{"Client":{"Version":"28.2.2","Context":"default"},"Server":null}\n' +
        'permission denied while trying to connect to the docker API at npipe:////./pipe/docker_engine\n',
    );
    expect(out.backend).toBe('stopped');
    const advice = (out.warnings as string[]).join(' ');
    expect(advice).toMatch(/docker-users/);
    expect(advice).toMatch(/Administrator/);
    expect(advice).toMatch(/`group`/);
  });

  it('a Unix socket keeps the docker-group advice', async () => {
    const out = await parse(
      'permission denied while trying to connect to the docker API at unix:///var/run/docker.sock\n',
      'linux',
    );
    expect((out.warnings as string[]).join(' ')).toMatch(/`docker` group/);
  });
});

describe('a paste that ends before the engine part', () => {
  it('says nothing about Linux containers (null), rather than that they do not run', async () => {
    // `docker info` text as CLI 24+ prints it, cut after `Server:` (docker/for-win#14544 pastes end there).
    const text = 'Client:\n Version:    27.4.0\n Context:    desktop-linux\n Debug Mode: false\n\nServer:\n';
    const out = await parse(text);
    expect(out).toMatchObject({ backend: null, linuxContainers: null });
    expect(out.possibleBackends).toEqual(['desktop-wsl2', 'desktop-hyperv']);
  });
});

describe('stderr lines merged into the text output', () => {
  // The docker CLI writes `WARNING:` lines (blkio support on WSL 2 kernels, invalid CLI plugins) to stderr, so a
  // `2>&1` capture can place them anywhere between stdout's lines; they must not end the block they fall into.
  it('a WARNING inside the Server block keeps the kernel and OS after it', async () => {
    const lines = fixture('cli/desktop-wsl2/info.txt.out').split('\n');
    const at = lines.findIndex((l) => l.startsWith(' Server Version:'));
    lines.splice(
      at + 1,
      0,
      'WARNING: No blkio throttle.read_bps_device support',
      'WARNING: No blkio throttle.write_bps_device support',
    );
    const out = await parse(lines.join('\n'));
    expect(out).toMatchObject({ backend: 'desktop-wsl2', kernelVersion: '6.6.87.2-microsoft-standard-WSL2' });
  });

  it('a plugin WARNING inside the Client block keeps the context after it', async () => {
    const lines = fixture('cli/desktop-wsl2/info.txt.out').split('\n');
    lines.splice(2, 0, 'WARNING: Plugin "C:\\Program Files\\Docker\\cli-plugins\\docker-feedback.exe" is not valid');
    expect(await parse(lines.join('\n'))).toMatchObject({ backend: 'desktop-wsl2', context: 'default' });
  });
});

describe('JSON cut short', () => {
  // `docker info --format '{{json .}}'` is one long line; issue pastes and log excerpts cut it (docker/for-win
  // issues often end mid-line). The fields before the cut still decide.
  it('a truncated `docker info` JSON is read up to the cut, and says it was cut', async () => {
    const full = fixture('cli/desktop-wsl2/info.json.out');
    const cut = full.slice(0, full.indexOf('"Architecture"') + 20);
    const out = await parse(cut);
    expect(out).toMatchObject({
      recognized: true,
      backend: 'desktop-wsl2',
      operatingSystem: 'Docker Desktop',
      kernelVersion: '6.6.87.2-microsoft-standard-WSL2',
    });
    expect((out.warnings as string[]).join(' ')).toMatch(/truncated/);
  });

  it('cut before the deciding fields, it stays partial rather than guessing', async () => {
    const full = fixture('cli/desktop-wsl2/info.json.out');
    const out = await parse(full.slice(0, full.indexOf('"KernelVersion"') - 1));
    expect(out.backend).toBeNull();
  });
});

describe("podman-docker's own JSON (`docker` is Podman's shim, no Docker CLI at all)", () => {
  // containers/podman libpod/define/version.go (Version: APIVersion, BuiltTime, OsArch, …) and libpod/define/info.go
  // (Info: host{kernel, os, distribution, buildahVersion, …}, store, version): what `podman version/info --format
  // '{{json .}}'` print, and so what `docker … --format '{{json .}}'` prints through podman-docker. Local Podman has
  // no server, so the version JSON holds only the Client.
  const version =
    '{"Client":{"APIVersion":"5.2.3","Version":"5.2.3","GoVersion":"go1.22.5","GitCommit":"","BuiltTime":"Tue Sep 10 00:00:00 2024","Built":1725926400,"OsArch":"linux/amd64","Os":"linux"}}';
  const info = JSON.stringify({
    host: {
      arch: 'amd64',
      buildahVersion: '1.37.2',
      cgroupVersion: 'v2',
      distribution: { distribution: 'fedora', version: '40' },
      hostname: 'DEV-LAPTOP',
      kernel: '5.15.167.4-microsoft-standard-WSL2',
      os: 'linux',
    },
    store: { graphDriverName: 'overlay', graphRoot: '/var/lib/containers/storage' },
    registries: {},
    plugins: { volume: ['local'], network: ['bridge'], log: ['k8s-file'] },
    version: JSON.parse(version).Client,
  });

  it('is podman, with the kernel and distribution from its info', async () => {
    const out = await parse(
      `Emulate Docker CLI using podman. Create /etc/containers/nodocker to quiet msg.\n${version}\n${info}\n`,
      'linux',
    );
    expect(out).toMatchObject({
      backend: 'podman',
      linuxContainers: true,
      kernelVersion: '5.15.167.4-microsoft-standard-WSL2',
      operatingSystem: 'fedora',
      serverVersion: '5.2.3',
    });
  });
});

describe('`docker version` alone (what issue templates ask for)', () => {
  // `docker version` names the product (`Server: Docker Desktop …`) but prints no kernel in its text form: it cannot
  // tell Docker Desktop's WSL 2 engine from its Hyper-V one.
  it("Docker Desktop's text form: WSL 2 or Hyper-V, not a guess", async () => {
    const out = await parse(fixture('cli/desktop-hyperv/version.txt.out'));
    expect(out.backend).toBeNull();
    expect(out.possibleBackends).toEqual(['desktop-wsl2', 'desktop-hyperv']);
    expect((out.missingEvidence as string[]).join(' ')).toMatch(/kernel/);
  });

  it('the JSON form carries the kernel, which decides', async () => {
    expect(await parse(fixture('cli/desktop-hyperv/version.json.out'))).toMatchObject({ backend: 'desktop-hyperv' });
    expect(await parse(fixture('cli/desktop-wsl2/version.json.out'))).toMatchObject({ backend: 'desktop-wsl2' });
  });

  it('a LinuxKit kernel on Windows is Docker Desktop even when its 2019 engine called itself Docker Engine - Community', async () => {
    expect(await parse(fixture('cli/desktop-hyperv-2019/version.json.out'))).toMatchObject({
      backend: 'desktop-hyperv',
    });
  });

  it('a WSL 2 kernel without a product name or OS may be Rancher Desktop as well as a distribution dockerd', async () => {
    const out = await parse(fixture('cli/rancher-desktop/version.json.out'));
    expect(out.backend).toBeNull();
    expect(out.possibleBackends).toEqual(expect.arrayContaining(['wsl-dockerd', 'rancher-desktop']));
    // docker-ce's own build names itself, and Rancher Desktop does not ship it.
    expect(await parse(fixture('cli/wsl-dockerd/version.json.out'))).toMatchObject({ backend: 'wsl-dockerd' });
  });
});

describe('every CLI error comes with a next step', () => {
  it('a timeout and a bare daemon error say what to do, not only what happened', async () => {
    const hung = await parse(
      '{"Client":{"Version":"28.2.2","Context":"desktop-linux"},"Server":null}\n' +
        'Get "http://%2F%2F.%2Fpipe%2FdockerDesktopLinuxEngine/v1.51/version": context deadline exceeded\n',
    );
    expect((hung.warnings as string[]).join(' ')).toMatch(/restart/i);
    const refused = await parse(
      '{"Client":{"Version":"28.2.2","Context":"default"},"Server":null}\n' +
        'Error response from daemon: This node is not a swarm manager.\n',
    );
    expect((refused.warnings as string[]).join(' ')).toMatch(/what it names|restart/i);
  });
});

describe("Testcontainers' 'Connected to docker:' block (the engine facts most Java/.NET test logs carry)", () => {
  // testcontainers-java core/src/main/java/org/testcontainers/DockerClientFactory.java logs Server Version, API
  // Version, Operating System and Total Memory under "Connected to docker:"; testcontainers-dotnet adds Host and
  // Kernel Version. Both read the engine's /info, so the same fields decide.
  it('Java, Rancher Desktop on the default pipe', async () => {
    const log = [
      '12:41:00.521 [main] INFO  org.testcontainers.dockerclient.DockerClientProviderStrategy - Found Docker environment with local Npipe socket (npipe:////./pipe/docker_engine)',
      '12:41:00.539 [main] INFO  org.testcontainers.DockerClientFactory - Connected to docker:',
      '  Server Version: 27.3.1',
      '  API Version: 1.47',
      '  Operating System: Rancher Desktop WSL Distribution',
      '  Total Memory: 15588 MB',
      '12:41:00.573 [main] INFO  tc.testcontainers/ryuk:0.12.0 - Creating container for image: testcontainers/ryuk:0.12.0',
    ].join('\n');
    expect(await parse(log)).toMatchObject({
      recognized: true,
      backend: 'rancher-desktop',
      serverVersion: '27.3.1',
      operatingSystem: 'Rancher Desktop WSL Distribution',
    });
  });

  it('.NET, Docker Desktop with its kernel line', async () => {
    const log = [
      '[testcontainers.org 00:00:00.07] Connected to Docker:',
      '  Host: npipe://./pipe/docker_engine',
      '  Server Version: 27.4.0',
      '  Kernel Version: 5.15.167.4-microsoft-standard-WSL2',
      '  API Version: 1.47',
      '  Operating System: Docker Desktop',
      '  Total Memory: 15.49 GB',
      '[testcontainers.org 00:00:00.30] Docker container 9ee2a64caf93 created',
    ].join('\n');
    expect(await parse(log)).toMatchObject({
      backend: 'desktop-wsl2',
      kernelVersion: '5.15.167.4-microsoft-standard-WSL2',
    });
  });

  it('Java, Docker Desktop without a kernel line: WSL 2 or Hyper-V', async () => {
    const log = [
      '[INFO] Connected to docker:',
      '  Server Version: 27.4.0',
      '  API Version: 1.47',
      '  Operating System: Docker Desktop',
      '  Total Memory: 15897 MB',
    ].join('\n');
    const out = await parse(log);
    expect(out.backend).toBeNull();
    expect(out.possibleBackends).toEqual(['desktop-wsl2', 'desktop-hyperv']);
  });
});
