// Engine profiles (fixtures/docker/engines) and the docker CLI outputs captured from them (fixtures/docker/cli).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DockerHostFacts } from '../../src/docker/index.js';
import type { EngineProfile } from './fake-engine.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/docker/', import.meta.url));

export function fixture(path: string): string {
  return readFileSync(`${FIXTURES}${path}`, 'utf8');
}

export function fixtureExists(path: string): boolean {
  return existsSync(`${FIXTURES}${path}`);
}

export function loadProfiles(): { name: string; profile: EngineProfile }[] {
  return readdirSync(`${FIXTURES}engines`)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), profile: JSON.parse(fixture(`engines/${f}`)) as EngineProfile }));
}

/** The outputs captured per profile: `docker version`/`info`, JSON and text. */
export const CLI_OUTPUTS = [
  'version.json.out',
  'version.txt.out',
  'info.json.out',
  'info.txt.out',
  'info.txt.err',
] as const;

export function hostFacts(kind: string): DockerHostFacts {
  switch (kind) {
    case 'windows':
      return { os: 'windows', windowsServer: false };
    case 'windows-server':
      return { os: 'windows', windowsServer: true };
    case 'wsl2':
      return { os: 'linux', isWsl: true, wslVersion: 2, wslDistroName: 'Ubuntu' };
    case 'wsl1':
      return { os: 'linux', isWsl: true, wslVersion: 1, wslDistroName: 'Ubuntu-18.04' };
    case 'darwin':
      return { os: 'darwin' };
    default:
      return { os: 'linux', isWsl: false };
  }
}
