import { isAbsolute, relative, sep } from 'node:path';
import { InputError, windowsPathToWsl } from '@wsl-ready/core';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * How paths on the machine running the action look to wsl.exe (Windows form) and inside the distro (Linux form),
 * computed without starting a process. On Windows a path is already in Windows form. On a Linux host driving a
 * wsl stand-in (`WSL_READY_WSL`), `WSL_READY_MNT_ROOT` names the host folder whose `c/` stands for `C:\`.
 */
export interface HostPaths {
  /** `D:\a\_temp\x` (or undefined when the path has no Windows form). */
  toWindows(hostPath: string): string | undefined;
  /** `/mnt/d/a/_temp/x` (or undefined). */
  toLinux(hostPath: string): string | undefined;
  /** Like toWindows, but an InputError naming `what` when there is no Windows form. */
  requireWindows(hostPath: string, what: string): string;
}

export function createHostPaths(
  env: Env = process.env,
  platform: NodeJS.Platform = process.platform,
  automountRoot?: string,
): HostPaths {
  const options = automountRoot ? { automountRoot } : {};
  let toWindows: (hostPath: string) => string | undefined;
  if (platform === 'win32') {
    toWindows = (hostPath) => hostPath;
  } else {
    const mntRoot = env.WSL_READY_MNT_ROOT?.trim();
    toWindows = (hostPath) => {
      if (!mntRoot) return undefined;
      const rel = relative(mntRoot, hostPath);
      if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
      const [drive, ...rest] = rel.split(sep);
      if (!drive || !/^[a-z]$/i.test(drive)) return undefined;
      return `${drive.toUpperCase()}:\\${rest.join('\\')}`;
    };
  }
  return {
    toWindows,
    toLinux(hostPath) {
      const windows = toWindows(hostPath);
      return windows === undefined ? undefined : windowsPathToWsl(windows, options);
    },
    requireWindows(hostPath, what) {
      const windows = toWindows(hostPath);
      if (windows === undefined) {
        throw new InputError(
          what,
          `The ${what} ${JSON.stringify(hostPath)} has no Windows path. On a Linux host driving a wsl stand-in, set WSL_READY_MNT_ROOT to the folder that stands for the Windows drives and keep the runner's folders below it.`,
        );
      }
      return windows;
    },
  };
}
