// Writes docker CLI contexts straight into a config dir, the way the Windows CLI stores them: the Linux CLI refuses
// to create an npipe endpoint itself, but reads and lists one without complaint.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface DockerContextSpec {
  name: string;
  /** Endpoint address, e.g. `npipe:////./pipe/dockerDesktopLinuxEngine` or `unix:///var/run/docker.sock`. */
  host: string;
  description?: string;
  /** Also make it the current context (`currentContext` in config.json). */
  current?: boolean;
}

/** A context's stored metadata, as far as the twin reads it. */
export interface DockerContextMeta {
  Endpoints?: { docker?: { Host?: string } };
}

/** Where the docker CLI stores a context: `<configDir>/contexts/meta/<sha256(name)>/meta.json`. */
export function contextMetaFile(configDir: string, name: string): string {
  return join(configDir, 'contexts', 'meta', createHash('sha256').update(name).digest('hex'), 'meta.json');
}

/** A stored context's metadata; undefined when the file does not exist. */
export function readContextMeta(file: string): DockerContextMeta | undefined {
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as DockerContextMeta;
}

/** Stores a context under `<configDir>/contexts/meta/<sha256(name)>/meta.json`. */
export function writeDockerContext(configDir: string, spec: DockerContextSpec): void {
  const file = contextMetaFile(configDir, spec.name);
  mkdirSync(dirname(file), { recursive: true });
  const meta = {
    Name: spec.name,
    Metadata: { Description: spec.description ?? '' },
    Endpoints: { docker: { Host: spec.host, SkipTLSVerify: false } },
  };
  writeFileSync(file, JSON.stringify(meta));
  if (spec.current) setCurrentDockerContext(configDir, spec.name);
}

/** Sets `currentContext` in `<configDir>/config.json`, keeping its other keys. */
export function setCurrentDockerContext(configDir: string, name: string): void {
  const file = join(configDir, 'config.json');
  let config: Record<string, unknown> = {};
  if (existsSync(file)) {
    try {
      config = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch {
      config = {};
    }
  }
  config.currentContext = name;
  mkdirSync(configDir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
}
