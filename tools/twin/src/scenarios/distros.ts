// Registers a scenario's distributions with the wsl.exe twin: each root is the twin's busybox root file system
// (scripts/build-rootfs.sh) with the scenario's files written over it, so commands inside run for real.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TwinDistro } from '../wsl/state.js';
import { unpackRootfs } from '../wsl/tar.js';
import type { ScenarioDistro } from './types.js';

/** Root directory of a distro under the twin's distro home (`<home>/<name>/rootfs`, like `--import` makes). */
export function distroLocation(distroHome: string, name: string): { location: string; root: string } {
  const location = join(distroHome, name);
  return { location, root: join(location, 'rootfs') };
}

function writeInto(root: string, path: string, content: string, mode?: number): void {
  const target = join(root, ...path.split('/').filter((part) => part !== ''));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
  if (mode !== undefined) chmodSync(target, mode);
}

/**
 * Unpacks (or, without a root file system tarball, only creates) each distro's root and returns the twin state
 * entries. Without the tarball the distro is listed and managed normally, but commands inside it cannot run.
 */
export async function prepareDistros(
  distros: readonly ScenarioDistro[],
  distroHome: string,
  rootfsTar: string | null,
): Promise<TwinDistro[]> {
  const entries: TwinDistro[] = [];
  for (const distro of distros) {
    const { location, root } = distroLocation(distroHome, distro.name);
    mkdirSync(root, { recursive: true });
    if (rootfsTar && !(await unpackRootfs(rootfsTar, root))) {
      throw new Error(`Could not unpack ${rootfsTar} for ${distro.name}: is GNU tar installed?`);
    }
    for (const [path, content] of Object.entries(distro.files ?? {})) writeInto(root, path, content);
    for (const [path, content] of Object.entries(distro.executables ?? {})) writeInto(root, path, content, 0o755);
    entries.push({
      name: distro.name,
      version: distro.version,
      state: distro.state,
      root,
      location,
      defaultUser: distro.defaultUser ?? 'root',
    });
  }
  return entries;
}
