/** Names of the engine profiles the twin can serve (the Report v1 backends of docs/architecture.md §4, plus the two "no engine" states). */
export const PROFILE_NAMES = [
  'desktop-wsl2',
  'desktop-hyperv',
  'desktop-windows',
  'moby-windows-server',
  'wsl-dockerd',
  'rancher-desktop',
  'podman',
  'stopped',
  'absent',
] as const;

export type ProfileName = (typeof PROFILE_NAMES)[number];

/** How an endpoint behaves at the socket level. */
export type EndpointState =
  /** A server answers HTTP. */
  | 'serving'
  /** The socket file exists but nobody accepts: connect() gives ECONNREFUSED (engine stopped, stale socket). */
  | 'refusing'
  /** No socket file at all: connect() gives ENOENT (nothing installed, pipe never created). */
  | 'missing';

/** The headers an engine puts on `/_ping`. */
export interface PingFacts {
  apiVersion: string;
  osType: 'linux' | 'windows';
  experimental: boolean;
  /** `Builder-Version` ("2" = BuildKit, "1" = classic); omitted when empty. */
  builderVersion: string;
  /** Extra headers some engines add (Podman's `Libpod-Api-Version`). */
  extraHeaders?: Record<string, string>;
}

/** What `docker run` of a Linux image does on this engine. */
export interface ContainerFacts {
  /** True when Linux containers run; false for Windows engines. */
  linux: boolean;
  /** The pull error a Windows engine gives for a Linux image (real daemon text). */
  linuxImagePullError?: string;
  /** What `uname -r` prints inside a container (the engine VM's kernel). */
  kernelRelease: string;
  /** `uname -m` inside a container. */
  machine: string;
}

/** A complete engine profile: the bodies of `/_ping`, `/version` and `/info`, and container behaviour. */
export interface EngineProfile {
  name: ProfileName;
  /** One line: what machine this stands for and where its facts come from. */
  description: string;
  state: EndpointState;
  ping?: PingFacts;
  /** Body of `GET /version` (Docker's `types.Version` JSON). */
  version?: Record<string, unknown>;
  /** Body of `GET /info` (Docker's `system.Info` JSON). */
  info?: Record<string, unknown>;
  containers?: ContainerFacts;
}
