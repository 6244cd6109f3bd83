import type { TwinDistro, TwinWslState } from './state.js';

/** WSL 2 reports its kernel's release; WSL 1 reports the subsystem's fake 4.4.0 kernel. */
export function kernelReleaseOf(state: TwinWslState, distro: TwinDistro): string {
  if (distro.version === 1) return state.wsl1KernelRelease ?? '4.4.0-19041-Microsoft';
  return `${state.versions.kernel.replace(/-\d+$/, '')}-microsoft-standard-WSL2`;
}
