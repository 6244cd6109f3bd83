// `docker run` round trips through the twin: create, attach (hijacked multiplexed stream), wait, start, remove.
import { afterEach, describe, expect, it } from 'vitest';
import { type DockerEngine, type ProfileName, startDockerEngine } from '../../src/docker/index.js';
import { runDocker } from './run-docker.js';

let engine: DockerEngine | undefined;
afterEach(async () => {
  await engine?.close();
  engine = undefined;
});

async function start(profile: ProfileName, images?: string[]) {
  engine = await startDockerEngine({ profile, ...(images ? { images } : {}) });
  return engine;
}

describe('docker run on Linux engines', () => {
  it.each(['desktop-wsl2', 'wsl-dockerd', 'rancher-desktop', 'podman', 'desktop-hyperv'] as const)(
    '%s: pulls, runs `echo`, streams stdout and removes the container',
    async (profile) => {
      const e = await start(profile);
      const run = await runDocker(['run', '--rm', 'alpine', 'echo', 'hello', 'twin'], e.env);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe('hello twin\n');
      expect(run.stderr).toContain("Unable to find image 'alpine:latest' locally");
      expect(run.stderr).toContain('Status: Downloaded newer image for alpine:latest');
      expect(e.containers().map((c) => c.state)).toEqual(['removed']);
      const routes = e.requests.map((r) => `${r.method} ${r.route.replace(/[0-9a-f]{64}/, '<id>')}`);
      expect(routes).toEqual(
        expect.arrayContaining([
          'POST /containers/create',
          'POST /images/create',
          'POST /containers/<id>/attach',
          'POST /containers/<id>/wait',
          'POST /containers/<id>/start',
        ]),
      );
    },
  );

  it('reports the engine kernel from `uname -r`', async () => {
    const e = await start('desktop-wsl2', ['busybox']);
    const run = await runDocker(['run', '--rm', 'busybox', 'uname', '-r'], e.env);
    expect(run.stdout.trim()).toBe('6.6.114.1-microsoft-standard-WSL2');
    expect(run.stderr).toBe('');
  });

  it('passes the container exit code through', async () => {
    const e = await start('wsl-dockerd', ['alpine']);
    const run = await runDocker(['run', '--rm', 'alpine', 'sh', '-c', 'exit 3'], e.env);
    expect(run.code).toBe(3);
  });

  it('a missing executable is the runc error and exit 127', async () => {
    const e = await start('wsl-dockerd', ['alpine']);
    const run = await runDocker(['run', '--rm', 'alpine', 'no-such-tool'], e.env);
    expect(run.code).toBe(127);
    expect(run.stderr).toContain('exec: "no-such-tool": executable file not found in $PATH');
  });

  it('with -t, streams raw (no frame headers)', async () => {
    const e = await start('desktop-wsl2', ['alpine']);
    const run = await runDocker(['run', '--rm', '-t', 'alpine', 'echo', 'on a tty'], e.env);
    expect(run.stdout).toBe('on a tty\n');
    expect(e.requests.find((r) => r.route.endsWith('/create'))?.body).toMatchObject({ Tty: true });
  });

  it('greets from hello-world', async () => {
    const e = await start('podman');
    const run = await runDocker(['run', '--rm', 'hello-world'], e.env);
    expect(run.stdout).toContain('Hello from Docker!');
  });

  it('supports run -d, logs, wait and rm', async () => {
    const e = await start('desktop-wsl2', ['alpine']);
    const detached = await runDocker(['run', '-d', 'alpine', 'echo', 'in the background'], e.env);
    const id = detached.stdout.trim();
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect((await runDocker(['wait', id], e.env)).stdout.trim()).toBe('0');
    expect((await runDocker(['logs', id], e.env)).stdout).toBe('in the background\n');
    expect((await runDocker(['rm', id], e.env)).code).toBe(0);
    expect((await runDocker(['logs', id], e.env)).stderr).toContain('No such container');
  });

  it('image inspect knows pulled images only', async () => {
    const e = await start('desktop-wsl2');
    expect((await runDocker(['image', 'inspect', 'alpine'], e.env)).stderr).toContain('No such image: alpine:latest');
    await runDocker(['pull', 'alpine'], e.env);
    const run = await runDocker(['image', 'inspect', 'alpine', '--format', '{{.Os}}'], e.env);
    expect(run.stdout.trim()).toBe('linux');
  });
});

describe('docker run of a Linux image on Windows engines', () => {
  it('moby-windows-server fails the pull with the runner text', async () => {
    const e = await start('moby-windows-server');
    const run = await runDocker(['run', '--rm', 'alpine', 'echo', 'hi'], e.env);
    expect(run.code).toBe(125);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('docker: image operating system "linux" cannot be used on this platform');
  });

  it('desktop-windows fails with no matching manifest when no platform is asked for', async () => {
    const e = await start('desktop-windows');
    const run = await runDocker(['run', '--rm', 'alpine', 'true'], e.env);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('no matching manifest for windows/amd64 10.0.19045 in the manifest list entries');
  });

  it('a Windows engine asked for --platform linux refuses the image OS, as moby does (not a manifest miss)', async () => {
    const e = await start('desktop-windows');
    const run = await runDocker(['run', '--rm', '--platform', 'linux', 'hello-world'], e.env);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('image operating system "linux" cannot be used on this platform');
    expect(run.stderr).not.toContain('no matching manifest');
  });
});
