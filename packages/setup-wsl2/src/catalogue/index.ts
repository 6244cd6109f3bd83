import { readFileSync } from 'node:fs';
import { InputError } from '@wsl-ready/core';
import builtIn from './distributions.json' with { type: 'json' };
import wslPackages from './wsl-packages.json' with { type: 'json' };

export type CatalogueArch = 'x64' | 'arm64';

export interface CatalogueFile {
  url: string;
  /** Same bytes at other addresses, tried in order when the first one fails. */
  mirrors?: string[];
  sha256: string;
  sizeBytes?: number;
}

export interface CatalogueDistribution {
  name: string;
  aliases: string[];
  friendlyName: string;
  family: string;
  arch: Partial<Record<CatalogueArch, CatalogueFile>>;
}

export interface Catalogue {
  source: string;
  distributions: CatalogueDistribution[];
}

const SHA256 = /^[0-9a-f]{64}$/;

/** Checks a catalogue's shape: every file needs an http(s) URL and a SHA-256 (never an entry without one). */
export function validateCatalogue(value: unknown, origin: string): Catalogue {
  const fail = (what: string): never => {
    throw new InputError('catalogue', `The distribution catalogue ${origin} is not valid: ${what}.`);
  };
  const data = value as Partial<Catalogue> | null;
  if (!data || typeof data !== 'object' || !Array.isArray(data.distributions)) fail('it has no "distributions" list');
  const distributions = (data as Catalogue).distributions;
  for (const entry of distributions) {
    if (!entry || typeof entry.name !== 'string' || !/^[A-Za-z0-9._-]{1,256}$/.test(entry.name)) {
      fail(`an entry has no valid "name"`);
    }
    for (const [arch, file] of Object.entries(entry.arch ?? {})) {
      const urls = [file?.url, ...(file?.mirrors ?? [])];
      if (!file || urls.some((url) => typeof url !== 'string' || !/^https?:\/\/\S+$/.test(url))) {
        fail(`${entry.name} (${arch}) needs http(s) URLs`);
      }
      if (typeof file.sha256 !== 'string' || !SHA256.test(file.sha256))
        fail(`${entry.name} (${arch}) needs a lower-case SHA-256`);
    }
  }
  return { source: typeof data?.source === 'string' ? data.source : origin, distributions };
}

/**
 * The built-in catalogue, or the file `WSL_READY_CATALOGUE` names (a mirror list kept by an organisation, or a
 * test's local server). A bad file is an input error: nothing runs.
 */
export function loadCatalogue(env: Readonly<Record<string, string | undefined>> = process.env): Catalogue {
  const path = env.WSL_READY_CATALOGUE?.trim();
  if (!path) return validateCatalogue(builtIn, 'built into the action');
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InputError(
      'catalogue',
      `WSL_READY_CATALOGUE points at ${path}, which is not a readable JSON file: ${(error as Error).message}.`,
    );
  }
  return validateCatalogue(parsed, path);
}

/** The pinned file for a distribution name (or alias, case-insensitive) on an architecture. */
export function findCatalogueFile(
  catalogue: Catalogue,
  name: string,
  arch: CatalogueArch,
): { entry: CatalogueDistribution; file: CatalogueFile } | undefined {
  const wanted = name.toLowerCase();
  const entry = catalogue.distributions.find(
    (d) => d.name.toLowerCase() === wanted || d.aliases.some((a) => a.toLowerCase() === wanted),
  );
  const file = entry?.arch[arch];
  return entry && file ? { entry, file } : undefined;
}

export interface WslPackage {
  version: string;
  file: CatalogueFile;
}

/** The pinned WSL MSI for an architecture. */
export function pinnedWslPackage(arch: CatalogueArch): WslPackage | undefined {
  const file = (wslPackages.arch as Partial<Record<CatalogueArch, CatalogueFile>>)[arch];
  return file ? { version: wslPackages.version, file } : undefined;
}

/** Node's `process.arch` (or `RUNNER_ARCH`) as a catalogue architecture. */
export function catalogueArch(arch: string): CatalogueArch | undefined {
  const value = arch.toLowerCase();
  if (value === 'x64' || value === 'amd64' || value === 'x86_64') return 'x64';
  if (value === 'arm64' || value === 'aarch64') return 'arm64';
  return undefined;
}
