import { access, open } from 'node:fs/promises';
import path from 'node:path';
import type { EnvRecord } from '../env.js';
import { decodeOutput } from '../text/decode.js';
import type { Parsed } from '../text/parse-result.js';
import { mergeDesktopSettings } from './parsers/desktop-settings.js';
import type { DesktopSettings } from './types.js';

/** The host's files, injected so that tests and replays never read the real machine. */
export interface HostFiles {
  /** A small text file; `null` when it does not exist or cannot be read. */
  read(file: string): Promise<string | null>;
  /** Omitted where existence cannot be asked (the answer is then unknown). */
  exists?(file: string): Promise<boolean>;
}

/** Where Docker Desktop for Windows keeps what tells it is installed and how it is set up; `null` = unknown. */
export interface DesktopFilePaths {
  /** `%APPDATA%\Docker\settings-store.json` (Desktop 4.35+). */
  settingsStore: string | null;
  /** `%APPDATA%\Docker\settings.json` (Desktop 4.34 and older). */
  settings: string | null;
  /** `%ProgramData%\DockerDesktop\admin-settings.json` (values an admin locked). */
  adminSettings: string | null;
  /** `%ProgramFiles%\Docker\Docker\Docker Desktop.exe`: installed, even before Desktop first ran. */
  executable: string | null;
}

/** The settings files' text as read (absent or `null` when missing), whoever read them. */
export interface DesktopFileTexts {
  settingsStore?: string | null;
  settings?: string | null;
  adminSettings?: string | null;
}

export interface DesktopFacts {
  /** The files merged (admin-locked values first); `null` when no settings file was found. */
  settings: Parsed<DesktopSettings> | null;
  /** The settings files found: their paths where known, else their names. */
  settingsFiles: string[];
  /** `true` on any sign of an install, `false` when the signs were looked for and absent, `null` when unknown. */
  installed: boolean | null;
  /** The version the installer registered, when it was read (the engine's answer is preferred). */
  version: string | null;
}

export const NO_DESKTOP: DesktopFacts = { settings: null, settingsFiles: [], installed: null, version: null };

/** Settings files are a few kB; more than this is not a settings file. */
export const MAX_DESKTOP_SETTINGS_BYTES = 1024 * 1024;

/**
 * The paths of Docker Desktop's files from the Windows environment. Windows paths on Windows; elsewhere (the twin,
 * with `WSL_READY_WSL` set) the variables point at POSIX folders and are joined as such.
 */
export function desktopFilePaths(env: EnvRecord, platform: NodeJS.Platform): DesktopFilePaths {
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  const appData = env.APPDATA;
  const programData = env.ProgramData ?? env.PROGRAMDATA;
  const programFiles = env.ProgramFiles ?? env.PROGRAMFILES;
  return {
    settingsStore: appData ? join(appData, 'Docker', 'settings-store.json') : null,
    settings: appData ? join(appData, 'Docker', 'settings.json') : null,
    adminSettings: programData ? join(programData, 'DockerDesktop', 'admin-settings.json') : null,
    executable: programFiles ? join(programFiles, 'Docker', 'Docker', 'Docker Desktop.exe') : null,
  };
}

const FILE_NAMES = {
  settingsStore: 'settings-store.json',
  settings: 'settings.json',
  adminSettings: 'admin-settings.json',
} as const;

/**
 * Desktop's facts from its settings files, however they were read (directly, or by the doctor's PowerShell host
 * probe). `paths` name the files in the evidence; `installed` is what else is known (executable, registry).
 */
export function desktopFactsFromFiles(
  texts: DesktopFileTexts,
  known: { paths?: Partial<DesktopFilePaths>; installed?: boolean | null; version?: string | null } = {},
): DesktopFacts {
  const keys = ['settingsStore', 'settings', 'adminSettings'] as const;
  const clip = (text: string | null | undefined) => (text == null ? null : text.slice(0, MAX_DESKTOP_SETTINGS_BYTES));
  const clipped = {
    settingsStore: clip(texts.settingsStore),
    settings: clip(texts.settings),
    adminSettings: clip(texts.adminSettings),
  };
  const found = keys.filter((k) => clipped[k] !== null).map((k) => known.paths?.[k] ?? FILE_NAMES[k]);
  const version = known.version || null;
  if (found.length === 0) return { settings: null, settingsFiles: [], installed: known.installed ?? null, version };
  return { settings: mergeDesktopSettings(clipped), settingsFiles: found, installed: true, version };
}

/** Read Docker Desktop's settings files and look for its executable, all at once; never throws. */
export async function readDesktopFiles(
  env: EnvRecord,
  platform: NodeJS.Platform,
  files: HostFiles,
): Promise<DesktopFacts> {
  const paths = desktopFilePaths(env, platform);
  const read = (file: string | null) => (file ? files.read(file).catch(() => null) : Promise.resolve(null));
  const exists = (file: string | null): Promise<boolean | null> =>
    file && files.exists ? files.exists(file).catch(() => null) : Promise.resolve(null);
  const [settingsStore, settings, adminSettings, executable] = await Promise.all([
    read(paths.settingsStore),
    read(paths.settings),
    read(paths.adminSettings),
    exists(paths.executable),
  ]);
  return desktopFactsFromFiles({ settingsStore, settings, adminSettings }, { paths, installed: executable });
}

/** The real file system: missing or unreadable files are `null`; reads at most the first MiB, UTF-8 or UTF-16. */
export const nodeHostFiles: Required<HostFiles> = {
  async read(file) {
    try {
      const handle = await open(file, 'r');
      try {
        const buffer = Buffer.alloc(MAX_DESKTOP_SETTINGS_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        return decodeOutput(buffer.subarray(0, bytesRead));
      } finally {
        await handle.close();
      }
    } catch {
      return null;
    }
  },
  async exists(file) {
    try {
      await access(file);
      return true;
    } catch {
      return false;
    }
  },
};
