import type { CommandRunner } from '../runner/types.js';
import { wslListVerboseArgs } from '../wsl/argv.js';
import { type DistroEntry, parseListVerbose } from '../wsl/parsers/parse-list-verbose.js';
import type { WslDistroFact } from './types.js';

/** The WSL distributions as the Docker classifier reads them (`docker-desktop`, `rancher-desktop`, Podman's). */
export function wslDistroFacts(distros: readonly Pick<DistroEntry, 'name' | 'state' | 'version'>[]): WslDistroFact[] {
  return distros.map((d) => ({
    name: d.name,
    state: d.state,
    version: d.version === 1 || d.version === 2 ? d.version : null,
  }));
}

/** Docker Desktop's own distribution (its engine VM on the WSL 2 backend), when listed. */
export function dockerDesktopDistro(distros: readonly WslDistroFact[] | null | undefined): WslDistroFact | undefined {
  return distros?.find((d) => d.name.toLowerCase() === 'docker-desktop');
}

export interface WslDistroListing {
  /** `null` when there is no listing (no WSL, no distribution, or an answer that could not be read). */
  distros: WslDistroFact[] | null;
  warnings: string[];
}

/**
 * `wsl --list --verbose` for the engines' distributions. It never boots the VM. A host without WSL, or without
 * any distribution (wsl.exe then exits -1 with a localized message), is simply "no listing".
 */
export async function listWslDistroFacts(
  runner: CommandRunner,
  wsl: string,
  timeoutMs: number,
): Promise<WslDistroListing> {
  try {
    const result = await runner.run(wsl, wslListVerboseArgs(), { timeoutMs, maxOutputBytes: 256 * 1024 });
    const list = parseListVerbose(result.stdout);
    if (list.recognized) return { distros: wslDistroFacts(list.value.distros), warnings: [] };
    return { distros: null, warnings: result.exitCode === 0 ? list.warnings : [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { distros: null, warnings: [`wsl --list --verbose could not run: ${message.split('\n')[0]}`] };
  }
}
