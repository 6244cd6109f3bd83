import { access, open } from 'node:fs/promises';
import path from 'node:path';
import {
  type CommandRunner,
  type DesktopSettings,
  decodeOutput,
  mergeDesktopSettings,
  parseListVerbose,
  resolveWslExecutable,
  type WslDistroFact,
  wslListVerboseArgs,
} from '@wsl-ready/core';
import type { Env } from './host.js';

/** The host's files, injected so tests and replays do not read the real machine. */
export interface HostFiles {
  /** A small text file; `null` when it does not exist or cannot be read. */
  read(file: string): Promise<string | null>;
  exists(file: string): Promise<boolean>;
}

export interface DesktopFacts {
  settings: DesktopSettings | null;
  /** Settings files that were found, for the evidence. */
  settingsFiles: string[];
  installed: boolean;
  warnings: string[];
}

const MAX_SETTINGS_BYTES = 1024 * 1024;

/**
 * Docker Desktop's settings on Windows: `%APPDATA%\Docker\settings-store.json` (4.35+), `settings.json` (≤ 4.34)
 * and the admin lock file `%ProgramData%\DockerDesktop\admin-settings.json`. The executable under
 * `%ProgramFiles%\Docker\Docker` marks an install even before Desktop first ran.
 */
export async function readDesktopFacts(env: Env, platform: NodeJS.Platform, files: HostFiles): Promise<DesktopFacts> {
  // Windows paths on Windows; the twin on Linux points APPDATA and friends at POSIX folders.
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  const appData = env.APPDATA;
  const programData = env.ProgramData ?? env.PROGRAMDATA;
  const programFiles = env.ProgramFiles ?? env.PROGRAMFILES;
  const paths = {
    settingsStore: appData ? join(appData, 'Docker', 'settings-store.json') : null,
    settings: appData ? join(appData, 'Docker', 'settings.json') : null,
    adminSettings: programData ? join(programData, 'DockerDesktop', 'admin-settings.json') : null,
  };
  const read = async (file: string | null) => {
    if (!file) return null;
    const text = await files.read(file);
    return text === null ? null : text.slice(0, MAX_SETTINGS_BYTES);
  };
  const [settingsStore, settings, adminSettings, desktopExe] = await Promise.all([
    read(paths.settingsStore),
    read(paths.settings),
    read(paths.adminSettings),
    programFiles ? files.exists(join(programFiles, 'Docker', 'Docker', 'Docker Desktop.exe')) : false,
  ]);
  const found = [
    settingsStore !== null ? paths.settingsStore : null,
    settings !== null ? paths.settings : null,
    adminSettings !== null ? paths.adminSettings : null,
  ].filter((f): f is string => f !== null);
  if (found.length === 0) return { settings: null, settingsFiles: [], installed: desktopExe, warnings: [] };
  const merged = mergeDesktopSettings({ settingsStore, settings, adminSettings });
  return {
    settings: merged.recognized ? merged.value : null,
    settingsFiles: found,
    installed: true,
    warnings: merged.warnings,
  };
}

/** The real file system; never throws (missing or unreadable files are `null`); reads at most the first MiB. */
export const nodeHostFiles: HostFiles = {
  read: readTextFileSafely,
  async exists(file) {
    try {
      await access(file);
      return true;
    } catch {
      return false;
    }
  },
};

async function readTextFileSafely(file: string): Promise<string | null> {
  try {
    const handle = await open(file, 'r');
    try {
      const buffer = Buffer.alloc(MAX_SETTINGS_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      return decodeOutput(buffer.subarray(0, bytesRead));
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}

export interface WslDistroListing {
  distros: WslDistroFact[] | null;
  warnings: string[];
  /** The wsl executable used, when there was one. */
  wsl: string | null;
}

/**
 * `wsl --list --verbose` for the `docker-desktop` (and Rancher, Podman) distributions. It never boots the VM.
 * A host without WSL is simply "no listing".
 */
export async function listWslDistros(
  runner: CommandRunner,
  env: Env,
  platform: NodeJS.Platform,
  timeoutMs: number,
): Promise<WslDistroListing> {
  const wsl = resolveWslExecutable(env, platform);
  // Inside WSL the distributions are Windows' business; the classifier does not need them there.
  if (!wsl || wsl.source === 'interop') return { distros: null, warnings: [], wsl: null };
  try {
    const result = await runner.run(wsl.file, wslListVerboseArgs(), { timeoutMs, maxOutputBytes: 256 * 1024 });
    const list = parseListVerbose(result.stdout);
    if (!list.recognized) {
      return { distros: null, warnings: result.exitCode === 0 ? list.warnings : [], wsl: wsl.file };
    }
    const distros = list.value.distros.map(
      (d): WslDistroFact => ({
        name: d.name,
        state: d.state,
        version: d.version === 1 || d.version === 2 ? d.version : null,
      }),
    );
    return { distros, warnings: [], wsl: wsl.file };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      distros: null,
      warnings: [`wsl --list --verbose could not run: ${message.split('\n')[0]}`],
      wsl: wsl.file,
    };
  }
}
