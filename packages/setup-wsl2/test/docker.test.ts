// Where the engine listens: unauthenticated TCP only on GitHub-hosted (ephemeral) runners unless asked for.
import { describe, expect, test } from 'vitest';
import { parseInputs } from '../src/inputs.js';
import { dockerListeners } from '../src/phases/docker.js';

const inputs = (values: Record<string, string>) => parseInputs((name) => values[name] ?? '');

describe('docker listeners', () => {
  test('auto: TCP and DOCKER_HOST on hosted runners, the Unix socket only on self-hosted ones', () => {
    const auto = inputs({ docker: 'true' });
    expect(auto.dockerTcp).toBe('auto');
    expect(auto.dockerHostEnv).toBe(true);
    expect(dockerListeners(auto, { RUNNER_ENVIRONMENT: 'github-hosted' })).toEqual({
      hosts: ['unix:///var/run/docker.sock', 'tcp://127.0.0.1:2375'],
      dockerHost: 'tcp://127.0.0.1:2375',
      tcp: true,
    });
    for (const env of [{ RUNNER_ENVIRONMENT: 'self-hosted' }, {}]) {
      expect(dockerListeners(auto, env)).toEqual({
        hosts: ['unix:///var/run/docker.sock'],
        dockerHost: 'unix:///var/run/docker.sock',
        tcp: false,
      });
    }
  });
  test('docker-tcp true/false wins over the runner kind; docker-host-env false; bad values name the input', () => {
    expect(dockerListeners(inputs({ 'docker-tcp': 'true' }), { RUNNER_ENVIRONMENT: 'self-hosted' }).tcp).toBe(true);
    expect(dockerListeners(inputs({ 'docker-tcp': 'false' }), { RUNNER_ENVIRONMENT: 'github-hosted' }).tcp).toBe(false);
    expect(inputs({ 'docker-tcp': 'AUTO' }).dockerTcp).toBe('auto');
    expect(inputs({ 'docker-host-env': 'false' }).dockerHostEnv).toBe(false);
    expect(() => inputs({ 'docker-tcp': 'maybe' })).toThrow(/docker-tcp/);
  });
});
