import { createHash } from 'node:crypto';
import { compareVersions, type parseVersion, wslImportArgs, wslInstallArgs } from '@wsl-ready/core';
import type { CatalogueFile } from './catalogue/index.js';
import type { SetupInputs } from './inputs.js';

/** Which wsl.exe answers on this host, from `wsl --version` (and its failure). */
export type WslKind = 'store' | 'inbox' | 'absent';

/** Which WSL answers, and its `wsl --version` facts (null for the inbox wsl.exe, which has no such command). */
export interface WslProbe {
  kind: WslKind;
  info: ReturnType<typeof parseVersion>['value'] | null;
}

export type PlatformPlan =
  | { action: 'none' }
  | { action: 'update'; reason: string; strategies: readonly ('msi' | 'web-update')[] };

/**
 * Whether WSL itself must be installed or updated, and how: the pinned, checksum-verified MSI first where msiexec
 * exists (Windows), then `wsl --update --web-download` with back-off. The inbox wsl.exe (windows-2022) runs
 * WSL 1 and `--import`, but WSL 2 and `--install` need the package.
 */
export function planPlatform(options: {
  kind: WslKind;
  version: string | null;
  inputs: Pick<SetupInputs, 'wslVersion' | 'wslMinVersion'>;
  needsInstallCommand: boolean;
  msiVersion: string | undefined;
  canRunMsi: boolean;
}): PlatformPlan {
  const { kind, version, inputs } = options;
  let reason: string | undefined;
  if (kind === 'inbox' && inputs.wslVersion === 2)
    reason = 'WSL 2 needs the WSL package; this host has only the inbox WSL';
  else if (kind === 'inbox' && options.needsInstallCommand)
    reason = 'installing from the online list needs the WSL package';
  else if (kind === 'inbox' && inputs.wslMinVersion)
    reason = `wsl-min-version ${inputs.wslMinVersion} asks for the WSL package`;
  else if (
    kind === 'store' &&
    inputs.wslMinVersion &&
    (!version || compareVersions(version, inputs.wslMinVersion) < 0)
  ) {
    reason = `WSL ${version ?? '(unknown)'} is older than wsl-min-version ${inputs.wslMinVersion}`;
  }
  if (!reason) return { action: 'none' };
  const msiFits =
    options.canRunMsi &&
    options.msiVersion !== undefined &&
    (!inputs.wslMinVersion || compareVersions(options.msiVersion, inputs.wslMinVersion) >= 0) &&
    (!version || compareVersions(options.msiVersion, version) > 0);
  return { action: 'update', reason, strategies: msiFits ? ['msi', 'web-update'] : ['web-update'] };
}

export type InstallPlan =
  | { method: 'existing' }
  | { method: 'cache'; args: string[] }
  | { method: 'import'; urls: string[]; sha256: string; sizeBytes?: number; args: string[] }
  | { method: 'import-file'; path: string; sha256: string; args: string[] }
  | { method: 'web-install'; args: string[] };

/**
 * How the distribution gets onto the machine. Pinned catalogue entries and `source` are downloaded by the action
 * (checksum-verified, bounded, retried) and imported; other names go through `wsl --install --web-download`, which
 * verifies Microsoft's own manifest hashes.
 */
export function planInstall(options: {
  inputs: Pick<SetupInputs, 'distribution' | 'wslVersion' | 'source'>;
  alreadyInstalled: boolean;
  cacheFile?: string;
  catalogueFile?: CatalogueFile;
  /** Windows paths handed to wsl.exe. */
  installLocation: string;
  /** `wsl --install --location` is understood (WSL 2.4.4 and later): the web install goes there too. */
  installLocationFlag?: boolean;
  downloadFile: string;
  sourceFile?: string;
}): InstallPlan {
  const { inputs } = options;
  if (options.alreadyInstalled) return { method: 'existing' };
  const importFrom = (file: string) =>
    wslImportArgs({
      distribution: inputs.distribution,
      installLocation: options.installLocation,
      file,
      version: inputs.wslVersion,
    });
  if (options.cacheFile) return { method: 'cache', args: importFrom(options.cacheFile) };
  if (inputs.source?.kind === 'path' && options.sourceFile) {
    return {
      method: 'import-file',
      path: inputs.source.location,
      sha256: inputs.source.sha256,
      args: importFrom(options.sourceFile),
    };
  }
  if (inputs.source?.kind === 'url') {
    return {
      method: 'import',
      urls: [inputs.source.location],
      sha256: inputs.source.sha256,
      args: importFrom(options.downloadFile),
    };
  }
  if (options.catalogueFile) {
    const file = options.catalogueFile;
    return {
      method: 'import',
      urls: [file.url, ...(file.mirrors ?? [])],
      sha256: file.sha256,
      ...(file.sizeBytes !== undefined ? { sizeBytes: file.sizeBytes } : {}),
      args: importFrom(options.downloadFile),
    };
  }
  return {
    method: 'web-install',
    args: wslInstallArgs({
      distribution: inputs.distribution,
      webDownload: true,
      noLaunch: true,
      version: inputs.wslVersion,
      ...(options.installLocationFlag ? { location: options.installLocation } : {}),
    }),
  };
}

/**
 * Where the distribution's disk goes: the `install-location` input, else a `_wsl` folder beside RUNNER_TEMP on
 * whichever drive the runner works on (C:\a on today's hosted windows-2025/2022 images, which lost their D: work
 * drive, actions/runner-images #12647; D:\a where a runner still works there), outside RUNNER_TEMP because the
 * runner empties that between jobs while a self-hosted machine keeps its distributions. Without RUNNER_TEMP
 * (outside Actions): %LOCALAPPDATA%\wsl-ready\distros. Pure.
 */
export function installRootFor(
  env: Readonly<Record<string, string | undefined>>,
  distribution: string,
  input: string | undefined,
  pathApi: { join(...parts: string[]): string; dirname(path: string): string },
): string {
  if (input) return pathApi.join(input, distribution);
  const temp = env.RUNNER_TEMP?.trim();
  if (temp) return pathApi.join(pathApi.dirname(temp), '_wsl', distribution);
  return pathApi.join(env.LOCALAPPDATA || '.', 'wsl-ready', 'distros', distribution);
}

/** Bumped when what goes into an exported distribution changes shape. */
export const CACHE_FORMAT = 1;

/** What else an export depends on: the WSL that made it and the runner image it was made on. */
export interface CacheKeyContext {
  /** The WSL package version after any update (`2.7.11.0`), or `inbox`. */
  wslPackage: string;
  /** The runner image (`ImageOS`, `ImageVersion`), empty on self-hosted machines. */
  imageOs?: string | undefined;
  imageVersion?: string | undefined;
}

/**
 * The cache key: a hash of everything that shapes the provisioned distribution, and of what made it: its WSL
 * version (1/2), the WSL package, the runner image and the architecture, so matrix cells never restore each
 * other's exports. With `update: true` the ISO week is part of it, so upgrades are refreshed weekly. Pure.
 */
export function cacheKey(
  options: { inputs: SetupInputs; arch: string; imageFile: string; now?: Date } & CacheKeyContext,
): string {
  const { inputs } = options;
  const shape = {
    format: CACHE_FORMAT,
    distribution: inputs.distribution.toLowerCase(),
    image: options.imageFile,
    arch: options.arch,
    wslVersion: inputs.wslVersion,
    wslPackage: options.wslPackage,
    runnerImage: [options.imageOs ?? '', options.imageVersion ?? ''],
    update: inputs.update ? isoWeek(options.now ?? new Date()) : false,
    packages: [...inputs.packages].sort(),
    wslConf: inputs.wslConf,
    user: inputs.user,
    docker: inputs.docker,
  };
  const digest = createHash('sha256').update(JSON.stringify(shape)).digest('hex').slice(0, 32);
  return `wsl-ready-distro-${inputs.distribution.toLowerCase()}-${options.arch}-wsl${inputs.wslVersion}-${digest}`;
}

function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
