// Builds the `/version` and `/info` bodies from the few facts that tell engines apart. The field set follows the
// Engine API's `types.Version` and `system.Info`; the facts themselves come from captured outputs (see each profile).

/** Facts of one engine build, as `docker version` shows them. */
export interface EngineBuild {
  /** `Server.Platform.Name` ("Docker Desktop 4.69.0 (224084)", "Docker Engine - Community", "" when absent). */
  platformName: string;
  version: string;
  apiVersion: string;
  minApiVersion: string;
  gitCommit: string;
  goVersion: string;
  os: 'linux' | 'windows';
  arch: string;
  kernelVersion: string;
  /** RFC 3339 build time, e.g. "2026-04-07T08:36:03.000000000+00:00". */
  buildTime: string;
  experimental?: boolean;
  /** Extra components after the engine (containerd, runc, docker-init; Podman's Conmon and OCI runtime). */
  components?: Array<{ name: string; version: string; details?: Record<string, string> }>;
  /** Name of the first component: "Engine" for Docker, "Podman Engine" for Podman. */
  engineComponentName?: string;
}

export function buildVersion(build: EngineBuild): Record<string, unknown> {
  const engine = {
    Name: build.engineComponentName ?? 'Engine',
    Version: build.version,
    Details: {
      ApiVersion: build.apiVersion,
      Arch: build.arch,
      BuildTime: build.buildTime,
      Experimental: String(build.experimental ?? false),
      GitCommit: build.gitCommit,
      GoVersion: build.goVersion,
      KernelVersion: build.kernelVersion,
      MinAPIVersion: build.minApiVersion,
      Os: build.os,
    },
  };
  const others = (build.components ?? []).map((c) => ({ Name: c.name, Version: c.version, Details: c.details ?? {} }));
  return {
    Platform: { Name: build.platformName },
    Components: [engine, ...others],
    Version: build.version,
    ApiVersion: build.apiVersion,
    MinAPIVersion: build.minApiVersion,
    GitCommit: build.gitCommit,
    GoVersion: build.goVersion,
    Os: build.os,
    Arch: build.arch,
    KernelVersion: build.kernelVersion,
    ...(build.experimental ? { Experimental: true } : {}),
    BuildTime: build.buildTime,
  };
}

/** Facts of one engine host, as `docker info` shows them. */
export interface EngineHost {
  id: string;
  name: string;
  serverVersion: string;
  operatingSystem: string;
  osVersion: string;
  osType: 'linux' | 'windows';
  kernelVersion: string;
  architecture: string;
  ncpu: number;
  memTotal: number;
  driver: string;
  driverStatus?: string[][];
  dockerRootDir: string;
  labels?: string[] | null;
  httpProxy?: string;
  httpsProxy?: string;
  noProxy?: string;
  isolation?: string;
  cgroupVersion?: string;
  cgroupDriver?: string;
  images?: number;
  warnings?: string[] | null;
  experimental?: boolean;
  productLicense?: string;
  oomKillDisable?: boolean;
  /** Commits of containerd/runc/init as `docker info` prints them. */
  containerdCommit?: string;
  runcCommit?: string;
  initCommit?: string;
  /** Keys some engines add or drop (Podman's BuildahVersion, Rootless, …). */
  extra?: Record<string, unknown>;
  systemTime?: string;
}

const linuxPlugins = {
  Volume: ['local'],
  Network: ['bridge', 'host', 'ipvlan', 'macvlan', 'null', 'overlay'],
  Authorization: null,
  Log: ['awslogs', 'fluentd', 'gcplogs', 'gelf', 'journald', 'json-file', 'local', 'splunk', 'syslog'],
};

const windowsPlugins = {
  Volume: ['local'],
  Network: ['ics', 'internal', 'l2bridge', 'l2tunnel', 'nat', 'null', 'overlay', 'private', 'transparent'],
  Authorization: null,
  Log: ['awslogs', 'etwlogs', 'fluentd', 'gcplogs', 'gelf', 'json-file', 'local', 'splunk', 'syslog'],
};

export function buildInfo(host: EngineHost): Record<string, unknown> {
  const linux = host.osType === 'linux';
  const commit = (id: string | undefined) => ({ ID: id ?? '' });
  return {
    ID: host.id,
    Containers: 0,
    ContainersRunning: 0,
    ContainersPaused: 0,
    ContainersStopped: 0,
    Images: host.images ?? 0,
    Driver: host.driver,
    DriverStatus: host.driverStatus ?? [],
    Plugins: linux ? linuxPlugins : windowsPlugins,
    MemoryLimit: linux,
    SwapLimit: linux,
    CpuCfsPeriod: linux,
    CpuCfsQuota: linux,
    CPUShares: linux,
    CPUSet: linux,
    PidsLimit: linux,
    IPv4Forwarding: true,
    Debug: false,
    NFd: linux ? 44 : -1,
    OomKillDisable: host.oomKillDisable ?? false,
    NGoroutines: linux ? 62 : 30,
    SystemTime: host.systemTime ?? new Date().toISOString(),
    LoggingDriver: 'json-file',
    CgroupDriver: linux ? (host.cgroupDriver ?? 'cgroupfs') : '',
    CgroupVersion: linux ? (host.cgroupVersion ?? '2') : '',
    NEventsListener: 0,
    KernelVersion: host.kernelVersion,
    OperatingSystem: host.operatingSystem,
    OSVersion: host.osVersion,
    OSType: host.osType,
    Architecture: host.architecture,
    IndexServerAddress: 'https://index.docker.io/v1/',
    RegistryConfig: {
      InsecureRegistryCIDRs: ['::1/128', '127.0.0.0/8'],
      IndexConfigs: {
        'docker.io': { Name: 'docker.io', Mirrors: [], Secure: true, Official: true },
      },
      Mirrors: null,
    },
    NCPU: host.ncpu,
    MemTotal: host.memTotal,
    GenericResources: null,
    DockerRootDir: host.dockerRootDir,
    HttpProxy: host.httpProxy ?? '',
    HttpsProxy: host.httpsProxy ?? '',
    NoProxy: host.noProxy ?? '',
    Name: host.name,
    Labels: host.labels === undefined ? [] : host.labels,
    ExperimentalBuild: host.experimental ?? false,
    ServerVersion: host.serverVersion,
    Runtimes: linux ? { runc: { path: 'runc' }, 'io.containerd.runc.v2': { path: 'runc' } } : {},
    DefaultRuntime: linux ? 'runc' : '',
    Swarm: {
      NodeID: '',
      NodeAddr: '',
      LocalNodeState: 'inactive',
      ControlAvailable: false,
      Error: '',
      RemoteManagers: null,
    },
    LiveRestoreEnabled: false,
    Isolation: host.isolation ?? '',
    InitBinary: linux ? 'docker-init' : '',
    ContainerdCommit: commit(host.containerdCommit),
    RuncCommit: commit(host.runcCommit),
    InitCommit: commit(host.initCommit),
    SecurityOptions: linux ? ['name=seccomp,profile=builtin', `name=cgroupns`] : null,
    ProductLicense: host.productLicense ?? (linux ? '' : 'Community Engine'),
    Warnings: host.warnings === undefined ? [] : host.warnings,
    ...host.extra,
  };
}

/** The blkio lines a dockerd on a WSL2 kernel adds to `Warnings` (as `docker info` shows them on Docker Desktop). */
export const WSL2_BLKIO_WARNINGS = [
  'WARNING: No blkio throttle.read_bps_device support',
  'WARNING: No blkio throttle.write_bps_device support',
  'WARNING: No blkio throttle.read_iops_device support',
  'WARNING: No blkio throttle.write_iops_device support',
];

/** `DriverStatus` of dockerd's overlay2 driver on an ext4 root, as the Hyper-V and WSL dockerd captures show it. */
export const OVERLAY2_EXTFS_STATUS = [
  ['Backing Filesystem', 'extfs'],
  ['Supports d_type', 'true'],
  ['Using metacopy', 'false'],
  ['Native Overlay Diff', 'true'],
  ['userxattr', 'false'],
];

/** 1 GiB in bytes, for `MemTotal`. */
export const GIB = 1024 * 1024 * 1024;
