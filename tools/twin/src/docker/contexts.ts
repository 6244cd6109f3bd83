// Writes docker CLI contexts straight into a config dir, the way the Windows CLI stores them: the Linux CLI refuses
// to create an npipe endpoint itself, but reads and lists one without complaint.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DockerContextSpec {
  name: string;
  /** Endpoint address, e.g. `npipe:////./pipe/dockerDesktopLinuxEngine` or `unix:///var/run/docker.sock`. */
  host: string;
  description?: string;
  /** Also make it the current context (`currentContext` in config.json). */
  current?: boolean;
}

/** Stores a context under `<configDir>/contexts/meta/<sha256(name)>/meta.json`. */
export function writeDockerContext(configDir: string, spec: DockerContextSpec): void {
  const hash = createHash('sha256').update(spec.name).digest('hex');
  const dir = join(configDir, 'contexts', 'meta', hash);
  mkdirSync(dir, { recursive: true });
  const meta = {
    Name: spec.name,
    Metadata: { Description: spec.description ?? '' },
    Endpoints: { docker: { Host: spec.host, SkipTLSVerify: false } },
  };
  writeFileSync(join(dir, 'meta.json'), JSON.stringify(meta));
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
