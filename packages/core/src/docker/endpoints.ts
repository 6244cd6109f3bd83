import type { DockerBackend, DockerHostFacts } from './types.js';

/** One engine address worth probing on a host, and what an answer there implies. */
export interface KnownEndpoint {
  endpoint: string;
  /** Backends that serve this address. */
  implies: DockerBackend[];
  /** Context name that usually points here, when there is one. */
  context?: string;
  description: string;
}

/**
 * Canonical form of an engine address, so `npipe://\\.\pipe\docker_engine`, `//./pipe/docker_engine` and
 * `npipe:////./pipe/docker_engine` compare equal. Returns the input trimmed when it is not an address form we know.
 */
export function normalizeEndpoint(endpoint: string): string {
  const trimmed = endpoint.trim().replace(/[.,;]+$/, '');
  const pipe = pipeName(trimmed);
  if (pipe !== null) return `npipe:////./pipe/${pipe}`;
  if (/^unix:\/\//i.test(trimmed)) return `unix://${trimmed.slice(7)}`;
  if (trimmed.startsWith('/')) return `unix://${trimmed}`;
  return trimmed;
}

/** The pipe name of a Windows named-pipe address, in any of its spellings; `null` for other addresses. */
export function pipeName(endpoint: string): string | null {
  const m = /^(?:npipe:)?[\\/]{2,4}\.[\\/]pipe[\\/]([^\\/\s:"']+)$/i.exec(endpoint.trim());
  return m ? m[1]! : null;
}

/** True when two addresses name the same engine (pipe names are case-insensitive on Windows). */
export function sameEndpoint(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const na = normalizeEndpoint(a);
  const nb = normalizeEndpoint(b);
  if (na.startsWith('npipe:') && nb.startsWith('npipe:')) return na.toLowerCase() === nb.toLowerCase();
  return na === nb;
}

/**
 * Turn the host part of a URL the CLI printed (`http://%2F%2F.%2Fpipe%2FdockerDesktopLinuxEngine/v1.51/version`,
 * `http://%2Fvar%2Frun%2Fdocker.sock/v1.24/info`) back into the engine address.
 */
export function endpointFromRequestUrl(url: string): string | null {
  const m = /^https?:\/\/([^/\s"]+)/i.exec(url);
  if (!m) return null;
  let host: string;
  try {
    host = decodeURIComponent(m[1]!);
  } catch {
    return null;
  }
  if (pipeName(host) !== null) return normalizeEndpoint(host);
  if (host.startsWith('/')) return `unix://${host}`;
  // `api.moby.localhost` is the placeholder the CLI uses for socket and pipe transports.
  if (/^[\w.-]+:\d+$/.test(host) && !host.startsWith('api.moby.localhost')) return `tcp://${host}`;
  return null;
}

const WINDOWS_PIPES: KnownEndpoint[] = [
  {
    endpoint: 'npipe:////./pipe/docker_engine',
    context: 'default',
    implies: ['moby-windows-server', 'desktop-wsl2', 'desktop-hyperv', 'desktop-windows', 'podman', 'rancher-desktop'],
    description:
      'Default pipe: a Windows dockerd (runners, Windows Server), or Docker Desktop proxying to its active engine; ' +
      'Podman and Rancher Desktop take it when it is free.',
  },
  {
    endpoint: 'npipe:////./pipe/dockerDesktopLinuxEngine',
    context: 'desktop-linux',
    implies: ['desktop-wsl2', 'desktop-hyperv'],
    description: "Docker Desktop's Linux engine (WSL 2 or Hyper-V backend).",
  },
  {
    endpoint: 'npipe:////./pipe/dockerDesktopWindowsEngine',
    context: 'desktop-windows',
    implies: ['desktop-windows'],
    description: "Docker Desktop's Windows-containers engine.",
  },
  {
    endpoint: 'npipe:////./pipe/docker_engine_linux',
    implies: ['desktop-wsl2', 'desktop-hyperv'],
    description: 'Docker Desktop 2.x Linux engine (legacy).',
  },
  {
    endpoint: 'npipe:////./pipe/podman-machine-default',
    implies: ['podman'],
    description: 'Podman machine (a WSL 2 distribution named podman-machine-default).',
  },
  {
    endpoint: 'npipe:////./pipe/setup_docker_action',
    context: 'setup-docker-action',
    implies: ['moby-windows-server'],
    description: 'dockerd registered by docker/setup-docker-action (Windows containers).',
  },
];

/**
 * Addresses to probe on a host, most likely first. Unix paths that depend on the user come from `homeDir`, `uid`
 * and `xdgRuntimeDir` when given.
 */
export function knownEndpoints(host: DockerHostFacts): KnownEndpoint[] {
  if (host.os === 'windows') return WINDOWS_PIPES.map((e) => ({ ...e, implies: [...e.implies] }));
  if (host.os === 'unknown') return [];
  const list: KnownEndpoint[] = [];
  const runtimeDir = host.xdgRuntimeDir ?? (host.uid !== undefined ? `/run/user/${host.uid}` : null);
  const home = host.homeDir ?? null;
  if (host.isWsl) {
    list.push({
      endpoint: 'unix:///var/run/docker.sock',
      context: 'default',
      implies: host.wslVersion === 1 ? ['wsl1-dockerd'] : ['wsl-dockerd', 'desktop-wsl2', 'rancher-desktop', 'podman'],
      description: "dockerd inside this distribution, or Docker Desktop's or Rancher Desktop's WSL integration proxy.",
    });
  } else {
    list.push({
      endpoint: 'unix:///var/run/docker.sock',
      context: 'default',
      implies: [],
      description:
        host.os === 'darwin'
          ? 'Default socket, a link to Docker Desktop or another VM engine on macOS.'
          : 'Rootful dockerd of this Linux host.',
    });
  }
  if (runtimeDir && host.os === 'linux') {
    list.push({
      endpoint: `unix://${runtimeDir}/docker.sock`,
      implies: host.isWsl ? ['wsl-dockerd'] : [],
      description: 'Rootless dockerd of this user.',
    });
    list.push({
      endpoint: `unix://${runtimeDir}/podman/podman.sock`,
      implies: ['podman'],
      description: "Rootless Podman's Docker-compatible API service.",
    });
  }
  if (host.os === 'linux') {
    list.push({
      endpoint: 'unix:///run/podman/podman.sock',
      implies: ['podman'],
      description: "Rootful Podman's Docker-compatible API service.",
    });
  }
  if (home && !host.isWsl) {
    if (host.os === 'linux') {
      list.push({
        endpoint: `unix://${home}/.docker/desktop/docker.sock`,
        context: 'desktop-linux',
        implies: [],
        description: 'Docker Desktop for Linux (a VM engine; not a Windows backend).',
      });
    } else {
      list.push({
        endpoint: `unix://${home}/.docker/run/docker.sock`,
        context: 'desktop-linux',
        implies: [],
        description: 'Docker Desktop for Mac.',
      });
    }
    list.push({
      endpoint: `unix://${home}/.rd/docker.sock`,
      context: 'rancher-desktop',
      implies: ['rancher-desktop'],
      description: "Rancher Desktop's engine (moby mode).",
    });
    list.push({
      endpoint: `unix://${home}/.colima/default/docker.sock`,
      context: 'colima',
      implies: [],
      description: 'Colima VM engine (not a Windows backend).',
    });
  }
  return list;
}

/** What an address implies, when it is one of the known ones for its kind of host. */
export function describeEndpoint(endpoint: string, host: DockerHostFacts): KnownEndpoint | null {
  const candidates = endpoint.startsWith('npipe:') ? WINDOWS_PIPES : knownEndpoints(host);
  return candidates.find((e) => sameEndpoint(e.endpoint, endpoint)) ?? null;
}
