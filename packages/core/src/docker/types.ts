/** The backends of Report v1 (docs/architecture.md §4), the values Report v1 carries in `docker.backend`. */
export const DOCKER_BACKENDS = [
  'desktop-wsl2',
  'desktop-hyperv',
  'desktop-windows',
  'moby-windows-server',
  'wsl-dockerd',
  'wsl1-dockerd',
  'rancher-desktop',
  'podman',
  'stopped',
  'none',
  // Engines of Linux and macOS hosts (not Windows backends, but an engine that answers is never `none`).
  'native-linux',
  'desktop-mac',
  'desktop-linux',
  'other-linux',
] as const;
export type DockerBackend = (typeof DOCKER_BACKENDS)[number];

/** What each backend value means, for messages, summaries and documentation. */
export const DOCKER_BACKEND_DESCRIPTIONS: Record<DockerBackend, string> = {
  'desktop-wsl2': 'Docker Desktop with the WSL 2 engine',
  'desktop-hyperv': 'Docker Desktop with the Hyper-V engine',
  'desktop-windows': 'Docker Desktop in Windows-containers mode',
  'moby-windows-server': 'Moby (dockerd) running Windows containers, as on GitHub-hosted Windows runners',
  'wsl-dockerd': 'dockerd inside a WSL 2 distribution',
  'wsl1-dockerd': 'dockerd inside a WSL 1 distribution (answers, but cannot run containers)',
  'rancher-desktop': 'Rancher Desktop (moby mode)',
  podman: "Podman's Docker-compatible API",
  stopped: 'the docker CLI is installed but no engine answers',
  none: 'no docker CLI, or no engine at all',
  'native-linux': "the Linux host's own dockerd (as on ubuntu-latest)",
  'desktop-mac': 'Docker Desktop for Mac',
  'desktop-linux': 'Docker Desktop for Linux',
  'other-linux': 'a Linux engine elsewhere (a VM engine such as Colima, or a remote tcp:// or ssh:// engine)',
};

export type DockerHostOs = 'windows' | 'linux' | 'darwin' | 'unknown';

/** Where the probes ran. `isWsl` means a Linux host that is a WSL distribution. */
export interface DockerHostFacts {
  os: DockerHostOs;
  isWsl?: boolean;
  /** 1 or 2 when `isWsl`; unknown otherwise. */
  wslVersion?: 1 | 2 | null;
  /** `WSL_DISTRO_NAME` inside WSL, to check Docker Desktop's integration list. */
  wslDistroName?: string | null;
  /** Windows Server edition (no Docker Desktop there). */
  windowsServer?: boolean | null;
  /** Windows Home edition (no Hyper-V, no Windows containers). */
  windowsHome?: boolean | null;
  homeDir?: string;
  uid?: number;
  xdgRuntimeDir?: string;
}

export interface DockerComponent {
  name: string;
  version: string | null;
}

export interface DockerClientFacts {
  version: string | null;
  apiVersion: string | null;
  defaultApiVersion: string | null;
  os: string | null;
  arch: string | null;
  context: string | null;
  platformName: string | null;
}

export interface DockerServerFacts {
  /** `Server.Platform.Name`: names the product (`Docker Desktop 4.43.2 (199162)`, `linux/amd64/fedora-40`, …). */
  platformName: string | null;
  version: string | null;
  apiVersion: string | null;
  minApiVersion: string | null;
  os: string | null;
  arch: string | null;
  kernelVersion: string | null;
  components: DockerComponent[];
}

/** What `docker version` said, from its JSON or its text form. */
export interface DockerVersionFacts {
  form: 'json' | 'text' | 'none';
  client: DockerClientFacts | null;
  /** `null` when the engine did not answer (`"Server":null`, or no Server block). */
  server: DockerServerFacts | null;
  /** Errors the CLI printed next to the output (engine down, permission, …). */
  errors: DockerCliError[];
}

/** What `docker info` said. Every string is `null` when missing or empty (a down engine prints zero values). */
export interface DockerInfoFacts {
  form: 'json' | 'text' | 'none';
  serverVersion: string | null;
  osType: string | null;
  operatingSystem: string | null;
  kernelVersion: string | null;
  isolation: string | null;
  name: string | null;
  labels: string[];
  driver: string | null;
  dockerRootDir: string | null;
  httpProxy: string | null;
  cgroupVersion: string | null;
  ncpu: number | null;
  memTotal: number | null;
  productLicense: string | null;
  /** Keys only Podman's compat `/info` has (`BuildahVersion`, `Rootless`, …) that were present. */
  podmanKeys: string[];
  serverPlugins: { volume: string[]; network: string[]; log: string[]; authorization: string[] };
  clientPlugins: string[];
  clientVersion: string | null;
  clientContext: string | null;
  serverWarnings: string[];
  /** `ServerErrors` and `ClientErrors` as printed, plus errors found in the surrounding text. */
  serverErrors: string[];
  clientErrors: string[];
  errors: DockerCliError[];
}

export interface DockerContextEntry {
  name: string;
  description: string | null;
  endpoint: string | null;
  current: boolean;
  error: string | null;
}

export type DockerCliErrorKind =
  /** No engine behind the endpoint (missing pipe or socket, refused connection). */
  | 'engine-not-running'
  /** The endpoint exists but this user may not open it (docker-users / docker group). */
  | 'permission-denied'
  /** The engine answered but is starting or wedged (500 on `_ping`, Desktop "unable to start"). */
  | 'engine-failed'
  /** A proxy answered but the engine behind it did not (Rancher's Bad Gateway, Desktop 2.x `docker_engine_linux`). */
  | 'engine-behind-proxy-down'
  | 'api-too-new'
  | 'api-too-old'
  | 'context-not-found'
  | 'cli-not-found'
  /** Docker Desktop's stub in a WSL distro whose integration is off. */
  | 'wsl-integration-off'
  /** A Windows engine was asked for a Linux image. */
  | 'linux-image-unsupported'
  | 'container-os-mismatch'
  | 'tls'
  | 'timeout'
  /** `DOCKER_HOST` overrides the active context (a notice, not a failure). */
  | 'docker-host-overrides-context'
  /** Any other `Error response from daemon:`: the engine answered. */
  | 'daemon-error';

export interface DockerCliError {
  kind: DockerCliErrorKind;
  /** Canonical endpoint the error names (`npipe:////./pipe/dockerDesktopLinuxEngine`, `unix:///var/run/docker.sock`). */
  endpoint: string | null;
  /** The line the error was found in, trimmed and clamped. */
  line: string;
  /** The wording also suggests running elevated (Windows default pipe). */
  mayNeedElevation?: boolean;
  /** Extra values: context name, API versions. */
  detail?: Record<string, string>;
}

/** What one probe of one engine endpoint (or the current context) found. */
export interface DockerEndpointProbe {
  /** Canonical endpoint, or `null` when unknown (the current context before it is resolved). */
  endpoint: string | null;
  /** Context name when the probe went through a context. */
  context: string | null;
  /** True when an engine answered: a Server block, or a non-empty `ServerVersion` with exit code 0. */
  answered: boolean;
  version: DockerVersionFacts | null;
  info: DockerInfoFacts | null;
  errors: DockerCliError[];
  warnings: string[];
}

export interface DesktopSettings {
  wslEngineEnabled: boolean | null;
  useWindowsContainers: boolean | null;
  integratedWslDistros: string[];
  enableIntegrationWithDefaultWslDistro: boolean | null;
  memoryMiB: number | null;
  cpus: number | null;
  autoStart: boolean | null;
  exposeDockerApiOnTcp2375: boolean | null;
  /** Keys an admin locked (admin-settings.json), e.g. `wslEngineEnabled`. */
  lockedKeys: string[];
}

export interface WslDistroFact {
  name: string;
  version?: 1 | 2 | null;
  /** `Running`, `Stopped`, … as wsl -l -v prints them (English on every locale). */
  state?: string | null;
}

/** Everything the probes found; the classifier's only input. Missing facts are simply absent. */
export interface DockerEvidence {
  host: DockerHostFacts;
  cli: {
    present: boolean;
    /** Resolved path of the docker executable (tells Rancher's or Podman's CLI apart). */
    path?: string | null;
    version?: string | null;
  };
  /** `DOCKER_HOST` as set in the environment of the probes. */
  dockerHost?: string | null;
  /** `DOCKER_CONTEXT` or `--context`. */
  dockerContext?: string | null;
  /** The context the CLI uses and its endpoint (from `docker context ls`). */
  context?: { name: string | null; endpoint: string | null } | null;
  contexts?: DockerContextEntry[];
  /** The engine the CLI targets. */
  current?: DockerEndpointProbe | null;
  /** Other endpoints probed with `--host`. */
  others?: DockerEndpointProbe[];
  desktopSettings?: DesktopSettings | null;
  /** Docker Desktop looks installed (settings file, install dir, service) even if nothing answers. */
  desktopInstalled?: boolean | null;
  wslDistros?: WslDistroFact[];
  /** Result of `docker run --rm --platform linux <tiny image>`. */
  linuxProof?: { ok: boolean; errors: DockerCliError[] } | null;
}

export type Confidence = 'high' | 'medium' | 'low';

export interface OtherEngine {
  endpoint: string | null;
  backend: DockerBackend;
  engineOs: 'linux' | 'windows' | null;
  serverVersion: string | null;
}

export interface DockerBackendClassification {
  backend: DockerBackend;
  /** Can the CLI run Linux containers now? `null` when it cannot be told. */
  linuxContainers: boolean | null;
  engineOs: 'linux' | 'windows' | null;
  isolation?: 'hyperv' | 'process';
  confidence: Confidence;
  /** Each signal that decided, in words. */
  evidence: string[];
  warnings: string[];
  endpoint: string | null;
  context: string | null;
  cliVersion: string | null;
  serverVersion: string | null;
  desktopVersion: string | null;
  /** Engines that answered on endpoints other than the CLI's. */
  otherEngines: OtherEngine[];
  /**
   * Set when the evidence is partial (a truncated paste, a client-only answer, no kernel or OS): the backends still
   * possible. `backend` is then only the likeliest of them.
   */
  possibleBackends?: DockerBackend[];
  /** With `possibleBackends`: what is missing to decide, in words. */
  missingEvidence?: string[];
}
