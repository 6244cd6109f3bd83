import { DOCKER_BACKENDS, type DockerBackend } from '@wsl-ready/core';

/** Is this one of the backend names the core classifier gives (and `expect-backend` accepts)? */
export function isDockerBackend(value: string): value is DockerBackend {
  return (DOCKER_BACKENDS as readonly string[]).includes(value);
}
