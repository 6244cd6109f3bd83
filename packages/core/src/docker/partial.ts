import { isPodmanLicense, isWsl2Kernel } from './classify.js';
import type { DockerBackend, DockerEvidence } from './types.js';

/** Signs outside the engine's answer that point at Docker Desktop's CLI (plugins, contexts). */
export interface ClientHints {
  /** The client shows Docker Desktop's plugins (`desktop`, `…-desktop.N` builds) or a `desktop-*` context. */
  desktopClient: boolean;
}

export interface PartialVerdict {
  possibleBackends: DockerBackend[];
  missingEvidence: string[];
}

const WINDOWS_HOST: readonly DockerBackend[] = [
  'desktop-wsl2',
  'desktop-hyperv',
  'desktop-windows',
  'moby-windows-server',
  'wsl-dockerd',
  'rancher-desktop',
  'podman',
  'other-linux',
];
const LINUX_HOST: readonly DockerBackend[] = [
  'native-linux',
  'wsl-dockerd',
  'desktop-wsl2',
  'desktop-linux',
  'rancher-desktop',
  'podman',
  'other-linux',
];
const DARWIN_HOST: readonly DockerBackend[] = ['desktop-mac', 'rancher-desktop', 'podman', 'other-linux'];
const DESKTOP: readonly DockerBackend[] = [
  'desktop-wsl2',
  'desktop-hyperv',
  'desktop-windows',
  'desktop-linux',
  'desktop-mac',
];
const WINDOWS_ENGINES: readonly DockerBackend[] = ['desktop-windows', 'moby-windows-server'];

/**
 * When a pasted text stops before the facts that decide the backend (no engine part, or an engine part without
 * kernel and operating system), say which backends are still possible and what is missing, instead of guessing.
 * Returns null when the evidence is complete enough, or when the engine failed (that is a finding, not a gap).
 */
export function partialVerdict(evidence: DockerEvidence, hints: ClientHints): PartialVerdict | null {
  const probe = evidence.current;
  if (!probe) return null;
  const info = probe.info;
  const server = probe.version?.server ?? null;
  if (probe.errors.length > 0 && !probe.answered) return null;
  const kernel = info?.kernelVersion ?? server?.kernelVersion ?? null;
  const os = info?.operatingSystem ?? null;
  const osType = (info?.osType ?? server?.os ?? '').toLowerCase() || null;
  const platform = server?.platformName ?? null;
  const podman =
    (server?.components ?? []).some((c) => /podman/i.test(c.name)) ||
    (platform !== null && /^linux\/\w+\//.test(platform)) ||
    (info?.podmanKeys.length ?? 0) > 0 ||
    isPodmanLicense(info?.productLicense);
  if (podman || osType === 'windows' || info?.driver === 'windowsfilter') return null;
  if (os !== null) {
    // Docker Desktop's engine without its kernel line (Testcontainers' Java log prints none): WSL 2 or Hyper-V.
    if (kernel === null && /^Docker Desktop$/i.test(os) && evidence.host.os === 'windows') {
      return {
        possibleBackends: ['desktop-wsl2', 'desktop-hyperv'],
        missingEvidence: ['the kernel version (`Kernel Version:` of `docker info`)'],
      };
    }
    return null;
  }
  if (platform && /Rancher/i.test(platform)) return null;
  const desktopPlatform = platform !== null && /^Docker Desktop/i.test(platform);
  const host = evidence.host.os;
  if (kernel !== null) {
    // A WSL 2 kernel without the OS line: a distribution's dockerd, or Rancher Desktop's engine (same kernel). Only
    // docker-ce's own build names itself `Docker Engine - Community`, and Rancher Desktop does not ship that build.
    if (isWsl2Kernel(kernel) && !desktopPlatform && !/Docker Engine - Community/i.test(platform ?? '')) {
      return {
        possibleBackends: ['wsl-dockerd', 'rancher-desktop'],
        missingEvidence: ['the operating system (`Operating System:` of `docker info`)'],
      };
    }
    return null;
  }
  if (desktopPlatform) {
    // `docker version` names Docker Desktop but its text form prints no kernel, which tells WSL 2 from Hyper-V.
    if (host === 'darwin' || osType !== 'linux') return null;
    return {
      possibleBackends: host === 'linux' ? ['desktop-wsl2', 'desktop-linux'] : ['desktop-wsl2', 'desktop-hyperv'],
      missingEvidence: ['the kernel version (`Kernel Version:` of `docker info`, or `docker version --format json`)'],
    };
  }

  const engineAnswered = server !== null || (info?.serverVersion ?? null) !== null;
  const missingEvidence: string[] = [];
  if (!engineAnswered) {
    missingEvidence.push(
      'the engine part (`Server:` of `docker info`/`docker version`): the paste ends before it or no engine answered',
    );
  }
  missingEvidence.push('the kernel version (`Kernel Version:` of `docker info`)');
  missingEvidence.push('the operating system (`Operating System:` of `docker info`)');

  const base = evidence.host.os === 'linux' ? LINUX_HOST : evidence.host.os === 'darwin' ? DARWIN_HOST : WINDOWS_HOST;
  let possible = base.filter((backend) => !(engineAnswered && backend === 'podman'));
  if (osType === 'linux') possible = possible.filter((backend) => !WINDOWS_ENGINES.includes(backend));
  const contextName = evidence.context?.name ?? '';
  if (hints.desktopClient || /^desktop-/.test(contextName)) {
    const desktop = possible.filter((backend) => DESKTOP.includes(backend) && backend !== 'desktop-windows');
    if (desktop.length > 0) possible = desktop;
  } else if (platform && /Docker Engine - Community/i.test(platform) && majorOf(server?.version) >= 23) {
    // Docker Desktop has named its server platform `Docker Desktop <version>` since well before Engine 23.
    possible = possible.filter((backend) => !DESKTOP.includes(backend));
  }
  return { possibleBackends: possible, missingEvidence };
}

function majorOf(version: string | null | undefined): number {
  return Number(/^(\d+)\./.exec(version ?? '')?.[1] ?? 0);
}
