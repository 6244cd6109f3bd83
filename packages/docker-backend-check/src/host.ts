import { homedir } from 'node:os';
import { type DockerHostFacts, isInsideWsl, isWindowsHost } from '@wsl-ready/core';

export type Env = Readonly<Record<string, string | undefined>>;

/** GitHub-hosted Windows images run Windows Server (ImageOS win19, win22, win25). */
const HOSTED_WINDOWS_SERVER = /^win\d\d$/i;

/**
 * Where the action runs, as the Docker classifier needs it. `WSL_READY_WSL` makes the host Windows (design §5),
 * so the whole action can run against the twin on Linux. The Hyper-V rule (a LinuxKit kernel means Docker
 * Desktop's Hyper-V VM) only applies when this says Windows.
 */
export function dockerHostFacts(env: Env, platform: NodeJS.Platform): DockerHostFacts {
  if (isWindowsHost(env, platform)) {
    const imageOs = env.ImageOS ?? env.IMAGEOS;
    return { os: 'windows', windowsServer: imageOs ? HOSTED_WINDOWS_SERVER.test(imageOs) : null };
  }
  if (platform === 'linux' || platform === 'darwin') {
    const wsl = isInsideWsl(env, platform);
    const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
    return {
      os: platform,
      ...(wsl ? { isWsl: true, wslDistroName: env.WSL_DISTRO_NAME ?? null } : {}),
      homeDir: env.HOME || homedir(),
      ...(uid !== undefined ? { uid } : {}),
      ...(env.XDG_RUNTIME_DIR ? { xdgRuntimeDir: env.XDG_RUNTIME_DIR } : {}),
    };
  }
  return { os: 'unknown' };
}
