// Several engines at once, keyed by the endpoint each stands for (`npipe:////./pipe/docker_engine`,
// `npipe:////./pipe/dockerDesktopLinuxEngine`, `unix:///var/run/docker.sock`, …), plus a docker shim that maps the
// pipe endpoints to their sockets.

import { type DockerEngine, type DockerEngineOptions, startDockerEngine } from './engine.js';
import { pipeName } from './pipe-map.js';
import type { EngineProfile, ProfileName } from './profiles/types.js';
import { createDockerShim, type DockerShim, type DockerShimOptions } from './shim.js';

export type EndpointSpec = ProfileName | EngineProfile | Omit<DockerEngineOptions, 'socketPath'>;

export interface DockerEngines {
  /** Endpoint (as given) → its engine. */
  engines: Record<string, DockerEngine>;
  /** Endpoint (as given) → the unix socket standing for it. */
  sockets: Record<string, string>;
  /** A `docker` launcher that maps every pipe endpoint here to its socket (created by `shim()`). */
  shim(options?: Omit<DockerShimOptions, 'pipes'>): Promise<DockerShim>;
  close(): Promise<void>;
}

/** Starts one engine per endpoint. Endpoints not listed stay dead: the shim maps them to missing sockets. */
export async function startDockerEngines(endpoints: Record<string, EndpointSpec>): Promise<DockerEngines> {
  const engines: Record<string, DockerEngine> = {};
  const sockets: Record<string, string> = {};
  const shims: DockerShim[] = [];
  try {
    for (const [endpoint, spec] of Object.entries(endpoints)) {
      const options: DockerEngineOptions = typeof spec === 'string' || 'name' in spec ? { profile: spec } : spec;
      const engine = await startDockerEngine(options);
      engines[endpoint] = engine;
      sockets[endpoint] = engine.socketPath;
    }
  } catch (error) {
    await Promise.all(Object.values(engines).map((e) => e.close()));
    throw error;
  }
  return {
    engines,
    sockets,
    async shim(options = {}) {
      const pipes: Record<string, string> = {};
      for (const [endpoint, socket] of Object.entries(sockets)) if (pipeName(endpoint)) pipes[endpoint] = socket;
      const shim = await createDockerShim({ ...options, pipes });
      shims.push(shim);
      return shim;
    },
    async close() {
      for (const shim of shims.splice(0)) shim.close();
      await Promise.all(Object.values(engines).map((e) => e.close()));
    },
  };
}
