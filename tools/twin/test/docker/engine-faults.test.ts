// Garbage and failing engines: the CLI must end with an error (or be stopped by our timeout), never hang the suite.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DockerEngine, startDockerEngine } from '../../src/docker/index.js';
import { runDocker } from './run-docker.js';

let engine: DockerEngine;
beforeEach(async () => {
  engine = await startDockerEngine({ profile: 'desktop-wsl2' });
});
afterEach(async () => {
  await engine.close();
});

describe('faults', () => {
  it.each([500, 502] as const)('an HTML %s page is an error response, not a server block', async (status) => {
    engine.setFaults({ kind: 'html-error', status });
    const run = await runDocker(['version', '--format', '{{json .}}'], engine.env);
    expect(run.code).not.toBe(0);
    expect(JSON.parse(run.stdout).Server).toBeNull();
    expect(run.stderr).toContain(`<title>${status} `);
  });

  it('an HTML error on /info alone still lets `info --format json` exit 0 with empty server fields', async () => {
    engine.setFaults({ kind: 'html-error', status: 500, route: '/info' });
    const run = await runDocker(['info', '--format', '{{json .}}'], engine.env);
    const parsed = JSON.parse(run.stdout) as { ServerVersion: string };
    expect(parsed.ServerVersion).toBe('');
    expect(run.stderr).toContain('500 Internal Server Error');
  });

  it('truncated JSON fails with unexpected EOF', async () => {
    engine.setFaults({ kind: 'truncated-json' });
    const run = await runDocker(['version', '--format', '{{json .Server}}'], engine.env);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('unexpected EOF');
  });

  it('a 10 MB body is read through', async () => {
    engine.setFaults({ kind: 'huge-body', route: '/info' });
    const run = await runDocker(['info', '--format', '{{.ServerVersion}}'], engine.env);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe('29.4.0');
  });

  it('a dropped connection is an EOF error', async () => {
    engine.setFaults({ kind: 'drop', route: '/version' });
    const run = await runDocker(['version'], engine.env);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/error during connect: .*EOF/);
  });

  it('a slow answer still arrives', async () => {
    engine.setFaults({ kind: 'delay', ms: 300, route: '/version' });
    const run = await runDocker(['version', '--format', '{{.Server.Version}}'], engine.env);
    expect(run.stdout.trim()).toBe('29.4.0');
  });

  it('a hang is cut by the caller timeout, and the engine still closes cleanly', async () => {
    engine.setFaults({ kind: 'hang', route: '/version' });
    const run = await runDocker(['version'], engine.env, { timeoutMs: 1500 });
    expect(run.timedOut).toBe(true);
  });

  it('`times` makes a fault transient', async () => {
    engine.setFaults({ kind: 'html-error', status: 502, route: '/version', times: 1 });
    const first = await runDocker(['version', '--format', '{{.Server.Version}}'], engine.env);
    const second = await runDocker(['version', '--format', '{{.Server.Version}}'], engine.env);
    expect(first.code).not.toBe(0);
    expect(second.stdout.trim()).toBe('29.4.0');
  });

  it('rejects a client API version above the engine maximum with the daemon text', async () => {
    const run = await runDocker(['version'], { ...engine.env, DOCKER_API_VERSION: '1.55' });
    expect(run.stderr).toContain('client version 1.55 is too new. Maximum supported API version is 1.54');
  });

  it('answers unknown routes with a 404 JSON message', async () => {
    const run = await runDocker(['ps'], engine.env);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('Error response from daemon: page not found');
  });
});
