import type { DockerHostFacts } from '../docker/types.js';
import type { EnvRecord } from '../env.js';

/** How the host was reached; the same values as the doctor's host mode (`detectHostMode`). */
export type DockerHostMode = 'windows' | 'wsl' | 'linux' | 'darwin' | 'other';

export interface DockerHostExtras {
  /** The user's home, for the per-user sockets (Desktop, Rancher, Colima). Default `HOME`. */
  homeDir?: string;
  /** For the rootless sockets under `/run/user/<uid>` when `XDG_RUNTIME_DIR` is not set. */
  uid?: number;
}

/**
 * GitHub-hosted Windows images that run Windows Server: ImageOS win19, win22, win25 and the Visual Studio 2026
 * build `win25-vs2026` that the `windows-2025`/`windows-latest` labels run (actions/runner-images README.md,
 * helpers/GenerateResourcesAndImage.ps1). The Arm64 images (`win11-arm64`, `win11-vs2026-arm64`) run Windows 11.
 */
const HOSTED_WINDOWS_SERVER = /^win\d\d(?:-vs\d{4})?$/i;

/**
 * The host as the Docker probes and the classifier need it. On Windows, a GitHub-hosted image (`ImageOS`) already
 * says Windows Server; a caller that knows the edition refines `windowsServer`/`windowsHome` afterwards. The
 * Hyper-V rule of the classifier (a LinuxKit kernel means Docker Desktop's Hyper-V VM) only applies to `windows`.
 */
export function dockerHostFacts(mode: DockerHostMode, env: EnvRecord, extras: DockerHostExtras = {}): DockerHostFacts {
  const home = extras.homeDir || env.HOME;
  const local = {
    ...(home ? { homeDir: home } : {}),
    ...(extras.uid !== undefined ? { uid: extras.uid } : {}),
    ...(env.XDG_RUNTIME_DIR ? { xdgRuntimeDir: env.XDG_RUNTIME_DIR } : {}),
  };
  switch (mode) {
    case 'windows': {
      const imageOs = env.ImageOS ?? env.IMAGEOS;
      return imageOs && HOSTED_WINDOWS_SERVER.test(imageOs)
        ? { os: 'windows', windowsServer: true }
        : { os: 'windows' };
    }
    case 'wsl':
      return { os: 'linux', isWsl: true, wslDistroName: env.WSL_DISTRO_NAME ?? null, ...local };
    case 'linux':
    case 'darwin':
      return { os: mode, ...local };
    default:
      return { os: 'unknown' };
  }
}
