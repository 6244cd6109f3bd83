// The engine profiles. Every value comes from a captured `docker version` / `docker info` of that backend, cited
// next to it; where no capture had a field, the comment says what the value is derived from.
import { buildInfo, buildVersion, GIB, OVERLAY2_EXTFS_STATUS, WSL2_BLKIO_WARNINGS } from './build.js';
import type { EngineProfile, ProfileName } from './types.js';

// Docker Desktop 4.69.0 on WSL2. Version block: docker/desktop-feedback#308 (2026-04, `docker version` on
// Windows, context desktop-linux). Kernel: the default WSL kernel 6.6.114.1 reported in desktop-feedback#391.
// OperatingSystem "Docker Desktop": the engine distro's os-release (siemens/ghostwire#7). Label and proxy:
// `docker info` on Docker Desktop. Driver overlayfs = containerd image store, Desktop's default since 4.34.
const desktopWsl2: EngineProfile = {
  name: 'desktop-wsl2',
  description: 'Docker Desktop 4.69.0 with the WSL2 backend (context desktop-linux)',
  state: 'serving',
  ping: { apiVersion: '1.54', osType: 'linux', experimental: false, builderVersion: '2' },
  version: buildVersion({
    platformName: 'Docker Desktop 4.69.0 (224084)',
    version: '29.4.0',
    apiVersion: '1.54',
    minApiVersion: '1.40',
    gitCommit: 'daa0cb7',
    goVersion: 'go1.26.1',
    os: 'linux',
    arch: 'amd64',
    kernelVersion: '6.6.114.1-microsoft-standard-WSL2',
    buildTime: '2026-04-07T08:36:03.000000000+00:00',
    components: [
      { name: 'containerd', version: 'v2.2.1', details: { GitCommit: 'dea7da592f5d1d2b7755e3a161be07f43fad8f75' } },
      // runc and docker-init of the neighbouring 29.6.1 capture (desktop-feedback#495).
      { name: 'runc', version: '1.3.6', details: { GitCommit: 'v1.3.6-0-g491b69ba' } },
      { name: 'docker-init', version: '0.19.0', details: { GitCommit: 'de40ad0' } },
    ],
  }),
  info: buildInfo({
    id: 'a6f2c1f4-7d0e-4d8b-9a57-1d3b2f0e9c11',
    name: 'docker-desktop',
    serverVersion: '29.4.0',
    operatingSystem: 'Docker Desktop',
    osVersion: '',
    osType: 'linux',
    kernelVersion: '6.6.114.1-microsoft-standard-WSL2',
    architecture: 'x86_64',
    ncpu: 8,
    memTotal: 16 * GIB,
    driver: 'overlayfs',
    driverStatus: [['driver-type', 'io.containerd.snapshotter.v1']],
    dockerRootDir: '/var/lib/docker',
    labels: ['com.docker.desktop.address=npipe://\\\\.\\pipe\\docker_cli'],
    httpProxy: 'http.docker.internal:3128',
    httpsProxy: 'http.docker.internal:3128',
    noProxy: 'hubproxy.docker.internal',
    cgroupVersion: '2',
    warnings: WSL2_BLKIO_WARNINGS,
    containerdCommit: 'dea7da592f5d1d2b7755e3a161be07f43fad8f75',
    runcCommit: 'v1.3.6-0-g491b69ba',
    initCommit: 'de40ad0',
  }),
  containers: { linux: true, kernelRelease: '6.6.114.1-microsoft-standard-WSL2', machine: 'x86_64' },
};

// Docker Desktop 4.26.0 with the Hyper-V backend. Version block and the 6.5.11-linuxkit kernel: docker/for-mac#7108
// (same Desktop release; the LinuxKit VM kernel is shared across hosts, arch changed to amd64 for a Windows PC).
// OomKillDisable true and NCPU/MemTotal from Desktop's resource settings: guitarrapc gist cited in
// core's classify.ts (rows 3–4). No modern Windows Hyper-V capture exists publicly.
const desktopHyperv: EngineProfile = {
  name: 'desktop-hyperv',
  description: 'Docker Desktop 4.26.0 with the Hyper-V backend (LinuxKit VM)',
  state: 'serving',
  ping: { apiVersion: '1.43', osType: 'linux', experimental: false, builderVersion: '2' },
  version: buildVersion({
    platformName: 'Docker Desktop 4.26.0 (130397)',
    version: '24.0.7',
    apiVersion: '1.43',
    minApiVersion: '1.12',
    gitCommit: '311b9ff',
    goVersion: 'go1.20.10',
    os: 'linux',
    arch: 'amd64',
    kernelVersion: '6.5.11-linuxkit',
    buildTime: '2023-10-26T09:08:15.000000000+00:00',
    components: [
      { name: 'containerd', version: '1.6.25', details: { GitCommit: 'd8f198a4ed8892c764191ef7b3b06d8a2eeb5c7f' } },
      { name: 'runc', version: '1.1.10', details: { GitCommit: 'v1.1.10-0-g18a0cb0' } },
      { name: 'docker-init', version: '0.19.0', details: { GitCommit: 'de40ad0' } },
    ],
  }),
  info: buildInfo({
    id: '3c1b7c0e-2a55-4d7f-8d07-b9a5a3e4c7d2',
    name: 'docker-desktop',
    serverVersion: '24.0.7',
    operatingSystem: 'Docker Desktop',
    osVersion: '',
    osType: 'linux',
    kernelVersion: '6.5.11-linuxkit',
    architecture: 'x86_64',
    ncpu: 2,
    memTotal: 2 * GIB,
    driver: 'overlay2',
    driverStatus: OVERLAY2_EXTFS_STATUS,
    dockerRootDir: '/var/lib/docker',
    labels: ['com.docker.desktop.address=npipe://\\\\.\\pipe\\docker_cli'],
    httpProxy: 'http.docker.internal:3128',
    httpsProxy: 'http.docker.internal:3128',
    noProxy: 'hubproxy.docker.internal',
    cgroupVersion: '2',
    oomKillDisable: true,
    warnings: [],
    containerdCommit: 'd8f198a4ed8892c764191ef7b3b06d8a2eeb5c7f',
    runcCommit: 'v1.1.10-0-g18a0cb0',
    initCommit: 'de40ad0',
  }),
  containers: { linux: true, kernelRelease: '6.5.11-linuxkit', machine: 'x86_64' },
};

// Docker Desktop 4.21.1 switched to Windows containers. Platform name, engine 24.0.2, windowsfilter and
// "Default Isolation: process": microsoft/Windows-Containers#399 (Windows 10 22H2, build 19045.3086). Kernel
// string built from that build with the 19041 vb_release lab (for-win#11705 BuildLabName). OperatingSystem and
// OSVersion as engines since 23.0 print them: "Microsoft Windows Version <DisplayVersion> (OS Build N.UBR)" (moby/moby
// pkg/parsers/operatingsystem/windows_os_string.go, the fix of moby#43284, which dropped the edition name) and
// "major.minor.build" (GetOperatingSystemVersion there); root dir C:\ProgramData\Docker from moby#43284.
const desktopWindows: EngineProfile = {
  name: 'desktop-windows',
  description: 'Docker Desktop 4.21.1 in Windows-containers mode (context desktop-windows)',
  state: 'serving',
  ping: { apiVersion: '1.43', osType: 'windows', experimental: false, builderVersion: '1' },
  version: buildVersion({
    platformName: 'Docker Desktop 4.21.1 (114176)',
    version: '24.0.2',
    apiVersion: '1.43',
    minApiVersion: '1.24',
    gitCommit: '659604f',
    goVersion: 'go1.20.4',
    os: 'windows',
    arch: 'amd64',
    kernelVersion: '10.0 19045 (19041.1.amd64fre.vb_release.191206-1406)',
    buildTime: '2023-05-25T21:51:16.000000000+00:00',
  }),
  info: buildInfo({
    id: 'BJ23:IQXR:IXL3:FAEE:TGKX:5XWD:7ZKB:6GXF:P5BL:LU3E:T45O:MULU',
    name: 'DEV-PC',
    serverVersion: '24.0.2',
    operatingSystem: 'Microsoft Windows Version 22H2 (OS Build 19045.3086)',
    osVersion: '10.0.19045',
    osType: 'windows',
    kernelVersion: '10.0 19045 (19041.1.amd64fre.vb_release.191206-1406)',
    architecture: 'x86_64',
    ncpu: 8,
    memTotal: 32 * GIB,
    driver: 'windowsfilter',
    dockerRootDir: 'C:\\ProgramData\\Docker',
    labels: ['com.docker.desktop.address=npipe://\\\\.\\pipe\\docker_cli'],
    isolation: 'process',
    productLicense: 'Community Engine',
    warnings: [],
  }),
  containers: {
    linux: false,
    // Real daemon text for a multi-arch Linux image pulled on a Windows engine (docker/for-win#1949, #6127).
    linuxImagePullError: 'no matching manifest for windows/amd64 10.0.19045 in the manifest list entries',
    kernelRelease: '10.0 19045',
    machine: 'x86_64',
  },
};

// The GitHub-hosted windows-2022 runner's engine as captured in gesellix/docker-client#259 (Feb 2022): Mirantis
// Container Runtime 20.10.7, API 1.41 (minimum 1.24), Windows Server 2022 Datacenter build 20348.524. Since
// Sept 2022 the image installs Moby static binaries instead (runner-images PR #6220); the API and Windows-only
// behaviour are the same. Pull error for Linux images: actions/runner-images#1143.
const mobyWindowsServer: EngineProfile = {
  name: 'moby-windows-server',
  description: 'Windows Server 2022 dockerd of a GitHub-hosted windows-2022 runner (npipe docker_engine)',
  state: 'serving',
  ping: { apiVersion: '1.41', osType: 'windows', experimental: false, builderVersion: '1' },
  version: buildVersion({
    platformName: 'Mirantis Container Runtime',
    version: '20.10.7',
    apiVersion: '1.41',
    minApiVersion: '1.24',
    gitCommit: 'e1bf5b9c13',
    goVersion: 'go1.13.15',
    os: 'windows',
    arch: 'amd64',
    kernelVersion: '10.0 20348 (20348.1.amd64fre.fe_release.210507-1500)',
    buildTime: '2021-08-19T18:53:20.000000000+00:00',
  }),
  info: buildInfo({
    id: 'XK7Q:2Z3L:JH4M:ND6P:QW8R:ST9U:VX2Y:ZA3B:CD4E:FG5H:IJ6K:LM7N',
    name: 'fv-az1234-567',
    serverVersion: '20.10.7',
    operatingSystem: 'Windows Server 2022 Datacenter Version 2009 (OS Build 20348.524)',
    osVersion: '10.0.20348',
    osType: 'windows',
    kernelVersion: '10.0 20348 (20348.1.amd64fre.fe_release.210507-1500)',
    architecture: 'x86_64',
    ncpu: 4,
    memTotal: 16 * GIB,
    driver: 'windowsfilter',
    dockerRootDir: 'C:\\ProgramData\\docker',
    labels: [],
    isolation: 'process',
    productLicense: 'Mirantis Container Runtime',
    warnings: [],
  }),
  containers: {
    linux: false,
    linuxImagePullError: 'image operating system "linux" cannot be used on this platform',
    kernelRelease: '10.0 20348',
    machine: 'x86_64',
  },
};

// dockerd from docker-ce installed inside an Ubuntu 24.04 WSL2 distro (classify.ts row 7: Platform
// "Docker Engine - Community", OperatingSystem = the distro's PRETTY_NAME, WSL2 kernel, no Desktop label or
// proxy). Kernel 5.15.153.1-microsoft-standard-WSL2: `uname -r` in rancher-desktop#7266. Engine version: the
// 28.0.4 that GitHub's Ubuntu images carried (actions-runner-controller#4312); containerd/runc of that release.
const wslDockerd: EngineProfile = {
  name: 'wsl-dockerd',
  description: 'docker-ce 28.0.4 inside an Ubuntu 24.04 WSL2 distro (unix:///var/run/docker.sock)',
  state: 'serving',
  ping: { apiVersion: '1.48', osType: 'linux', experimental: false, builderVersion: '2' },
  version: buildVersion({
    platformName: 'Docker Engine - Community',
    version: '28.0.4',
    apiVersion: '1.48',
    minApiVersion: '1.24',
    gitCommit: '6430e49',
    goVersion: 'go1.23.7',
    os: 'linux',
    arch: 'amd64',
    kernelVersion: '5.15.153.1-microsoft-standard-WSL2',
    buildTime: '2025-03-25T15:07:22.000000000+00:00',
    components: [
      { name: 'containerd', version: '1.7.27', details: { GitCommit: '05044ec0a9a75232cad458027ca83437aae3f4da' } },
      { name: 'runc', version: '1.2.5', details: { GitCommit: 'v1.2.5-0-g59923ef' } },
      { name: 'docker-init', version: '0.19.0', details: { GitCommit: 'de40ad0' } },
    ],
  }),
  info: buildInfo({
    id: '5b0f7a8e-4c61-4f27-9b1d-0e2c7d9a8f34',
    name: 'DESKTOP-7Q2K9LM',
    serverVersion: '28.0.4',
    operatingSystem: 'Ubuntu 24.04 LTS',
    osVersion: '24.04',
    osType: 'linux',
    kernelVersion: '5.15.153.1-microsoft-standard-WSL2',
    architecture: 'x86_64',
    ncpu: 8,
    memTotal: 15 * GIB,
    driver: 'overlay2',
    driverStatus: OVERLAY2_EXTFS_STATUS,
    dockerRootDir: '/var/lib/docker',
    labels: [],
    cgroupVersion: '2',
    cgroupDriver: 'systemd',
    warnings: WSL2_BLKIO_WARNINGS,
    containerdCommit: '05044ec0a9a75232cad458027ca83437aae3f4da',
    runcCommit: 'v1.2.5-0-g59923ef',
    initCommit: 'de40ad0',
  }),
  containers: { linux: true, kernelRelease: '5.15.153.1-microsoft-standard-WSL2', machine: 'x86_64' },
};

// Rancher Desktop in moby mode. OperatingSystem: PRETTY_NAME of rancher-desktop-wsl-distro's os-release
// (classify.ts row 2). Client 27.2.1-rd: docker/for-win#14544; the engine is assumed to be the same
// moby release (RD ships them together). Kernel: WSL2 5.15.153.1 (rancher-desktop#7266, RD 1.14.2). RD's moby is
// Alpine's package, which sets no Platform name.
const rancherDesktop: EngineProfile = {
  name: 'rancher-desktop',
  description: 'Rancher Desktop (moby engine) in its rancher-desktop WSL2 distro',
  state: 'serving',
  ping: { apiVersion: '1.47', osType: 'linux', experimental: false, builderVersion: '2' },
  version: buildVersion({
    platformName: '',
    version: '27.2.1',
    apiVersion: '1.47',
    minApiVersion: '1.24',
    gitCommit: '8b539b8',
    goVersion: 'go1.22.7',
    os: 'linux',
    arch: 'amd64',
    kernelVersion: '5.15.153.1-microsoft-standard-WSL2',
    buildTime: '2024-09-06T12:00:00.000000000+00:00',
    components: [
      { name: 'containerd', version: 'v1.7.17', details: { GitCommit: '3a4de459a68952ffb703bbe7f2290861a75b6b67' } },
      { name: 'runc', version: '1.1.14', details: { GitCommit: '2c9f5602f0ba3d9da1c2596322dfc4e156844890' } },
      { name: 'docker-init', version: '0.19.0', details: { GitCommit: '' } },
    ],
  }),
  info: buildInfo({
    id: 'c3e1d4a2-8b7f-4e6d-a5c9-2f1e0d3b4a56',
    name: 'DESKTOP-7Q2K9LM',
    serverVersion: '27.2.1',
    operatingSystem: 'Rancher Desktop WSL Distribution',
    osVersion: '0.77',
    osType: 'linux',
    kernelVersion: '5.15.153.1-microsoft-standard-WSL2',
    architecture: 'x86_64',
    ncpu: 8,
    memTotal: 15 * GIB,
    driver: 'overlay2',
    dockerRootDir: '/var/lib/docker',
    labels: [],
    cgroupVersion: '2',
    warnings: WSL2_BLKIO_WARNINGS,
    containerdCommit: '3a4de459a68952ffb703bbe7f2290861a75b6b67',
    runcCommit: '2c9f5602f0ba3d9da1c2596322dfc4e156844890',
  }),
  containers: { linux: true, kernelRelease: '5.15.153.1-microsoft-standard-WSL2', machine: 'x86_64' },
};

// Podman 5.x machine on WSL2 answering the Docker API. Field shapes from containers/podman compat handlers
// (compat/version and compat/info): Platform.Name "linux/amd64/fedora-40", components "Podman Engine", "Conmon",
// "OCI Runtime (crun)"; /info OperatingSystem "fedora", ProductLicense "Apache-2.0", ExperimentalBuild true,
// IndexServerAddress/LoggingDriver/InitBinary empty, Labels null, plus BuildahVersion/Rootless/Uptime/Swap*.
// Podman's compat API level is 1.41 (minimum 1.24); versions 5.2.2/1.37.2/2.1.12/1.16 of the podman-wsl-fedora
// 40 image (podman#16330 describes the machine image; pypa/cibuildwheel#2016 shows a 5.x server block).
const podman: EngineProfile = {
  name: 'podman',
  description: 'Podman 5.2 machine (podman-machine-default, Fedora 40 on WSL2) through its Docker API',
  state: 'serving',
  ping: {
    apiVersion: '1.41',
    osType: 'linux',
    experimental: true,
    builderVersion: '',
    extraHeaders: { 'Libpod-Api-Version': '5.2.2', 'Libpod-Buildah-Version': '1.37.2' },
  },
  version: buildVersion({
    platformName: 'linux/amd64/fedora-40',
    engineComponentName: 'Podman Engine',
    version: '5.2.2',
    apiVersion: '1.41',
    minApiVersion: '1.24',
    gitCommit: '',
    goVersion: 'go1.22.6',
    os: 'linux',
    arch: 'amd64',
    kernelVersion: '5.15.153.1-microsoft-standard-WSL2',
    buildTime: '2024-08-21T00:00:00+00:00',
    components: [
      {
        name: 'Conmon',
        version: 'conmon version 2.1.12, commit: ',
        details: { Package: 'conmon-2.1.12-2.fc40.x86_64' },
      },
      {
        name: 'OCI Runtime (crun)',
        version: 'crun version 1.16.1',
        details: { Package: 'crun-1.16.1-1.fc40.x86_64' },
      },
    ],
  }),
  info: buildInfo({
    id: '7f3a2b1c-9d8e-4f6a-b5c4-3d2e1f0a9b8c',
    name: 'WINDEV',
    serverVersion: '5.2.2',
    operatingSystem: 'fedora',
    osVersion: '40',
    osType: 'linux',
    kernelVersion: '5.15.153.1-microsoft-standard-WSL2',
    architecture: 'x86_64',
    ncpu: 8,
    memTotal: 2 * GIB,
    driver: 'overlay',
    driverStatus: [
      ['Backing Filesystem', 'extfs'],
      ['Native Overlay Diff', 'true'],
      ['Supports d_type', 'true'],
      ['Supports shifting', 'false'],
      ['Supports volatile', 'true'],
      ['Using metacopy', 'false'],
    ],
    dockerRootDir: '/var/lib/containers/storage',
    labels: null,
    cgroupVersion: '2',
    cgroupDriver: 'systemd',
    experimental: true,
    productLicense: 'Apache-2.0',
    warnings: null,
    extra: {
      IndexServerAddress: '',
      LoggingDriver: '',
      InitBinary: '',
      BuildahVersion: '1.37.2',
      Rootless: false,
      SwapFree: 4294967296,
      SwapTotal: 4294967296,
      Uptime: '0h 12m 3.00s',
    },
  }),
  containers: { linux: true, kernelRelease: '5.15.153.1-microsoft-standard-WSL2', machine: 'x86_64' },
};

// Installed but not running: the endpoint exists and refuses connections.
const stopped: EngineProfile = {
  name: 'stopped',
  description: 'An engine that is installed but not running: the socket refuses connections',
  state: 'refusing',
};

// Nothing installed: no endpoint at all.
const absent: EngineProfile = {
  name: 'absent',
  description: 'No engine: the endpoint does not exist',
  state: 'missing',
};

const catalogue: Record<ProfileName, EngineProfile> = {
  'desktop-wsl2': desktopWsl2,
  'desktop-hyperv': desktopHyperv,
  'desktop-windows': desktopWindows,
  'moby-windows-server': mobyWindowsServer,
  'wsl-dockerd': wslDockerd,
  'rancher-desktop': rancherDesktop,
  podman,
  stopped,
  absent,
};

/** A deep copy of a named profile, so callers may edit it freely. */
export function getProfile(name: ProfileName): EngineProfile {
  const profile = catalogue[name];
  if (!profile) throw new Error(`Unknown docker engine profile "${String(name)}".`);
  return structuredClone(profile);
}
