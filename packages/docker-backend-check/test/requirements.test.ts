// Pass and fail paths of the requirements, with the messages a user reads, through the bundled action.
import { afterEach, describe, expect, it } from 'vitest';
import { dockerCalls, errorText, type Rig, startRig, warningText } from './twin-setup.js';

const DESKTOP_LINUX = { name: 'desktop-linux', host: 'npipe:////./pipe/dockerDesktopLinuxEngine' };
let rig: Rig | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

describe('expect-backend', () => {
  it('passes when the backend is one of the list', async () => {
    rig = await startRig({ engines: { [DESKTOP_LINUX.host]: 'desktop-wsl2' }, context: DESKTOP_LINUX });
    const result = await rig.run({ 'expect-backend': 'wsl-dockerd, desktop-wsl2', 'probe-all-endpoints': 'false' });
    expect(result.exitCode).toBe(0);
    expect(result.conclusion).toBe('success');
    expect(result.outputs.backend).toBe('desktop-wsl2');
  });

  it('fails on Hyper-V with what was expected, what was found and the switch to WSL 2', async () => {
    rig = await startRig({ engines: { [DESKTOP_LINUX.host]: 'desktop-hyperv' }, context: DESKTOP_LINUX });
    const result = await rig.run({ 'expect-backend': 'desktop-wsl2', 'probe-all-endpoints': 'false' });
    expect(result.exitCode).toBe(1);
    const message = errorText(result);
    expect(message).toContain('Unexpected Docker backend: expected backend `desktop-wsl2`');
    expect(message).toContain('found `desktop-hyperv` (Docker Desktop 4.26.0 with the Hyper-V engine');
    expect(message).toContain('Switch Docker Desktop to the WSL 2 engine');
    // Outputs are set before failing, so `if: always()` steps can read them.
    expect(result.outputs.backend).toBe('desktop-hyperv');
  });

  it('fail-on: warn annotates the same finding and lets the job go on', async () => {
    rig = await startRig({ engines: { [DESKTOP_LINUX.host]: 'desktop-hyperv' }, context: DESKTOP_LINUX });
    const result = await rig.run({
      'expect-backend': 'desktop-wsl2',
      'fail-on': 'warn',
      'probe-all-endpoints': 'false',
    });
    expect(result.exitCode).toBe(0);
    expect(errorText(result)).toBe('');
    expect(warningText(result)).toContain('Switch Docker Desktop to the WSL 2 engine');
    expect(result.summary).toContain('Degraded');
  });
});

describe('require-linux-containers', () => {
  it('passes on Docker Desktop with the WSL 2 engine, proven by a container', async () => {
    rig = await startRig({ engines: { [DESKTOP_LINUX.host]: 'desktop-wsl2' }, context: DESKTOP_LINUX });
    const result = await rig.run({
      'require-linux-containers': 'true',
      'run-container': 'true',
      'probe-all-endpoints': 'false',
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['linux-containers']).toBe('true');
    expect(result.summary).toContain('A tiny Linux container ran');
    const engine = rig.engines.engines[DESKTOP_LINUX.host];
    expect(engine?.requests.some((r) => r.route === '/containers/create')).toBe(true);
    expect(dockerCalls(result)).toBe(4);
  });

  it('a proof that was asked for and failed (the pull broke) is not a pass: it fails with what docker said', async () => {
    // The image pull answered by a broken proxy; the engine itself is Docker Desktop's Linux engine.
    const fault = { kind: 'html-error', status: 502, route: '/images/create' } as const;
    const engine = { profile: 'desktop-wsl2', faults: fault } as const;
    rig = await startRig({ engines: { [DESKTOP_LINUX.host]: engine }, context: DESKTOP_LINUX });
    const result = await rig.run({
      'require-linux-containers': 'true',
      'run-container': 'true',
      'probe-all-endpoints': 'false',
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ backend: 'desktop-wsl2', 'linux-containers': 'false' });
    const message = errorText(result);
    expect(message).toContain('Linux containers are not available');
    expect(message).toContain('but the test container did not run');
    expect(message).toContain('proof failed');
    expect(message).toContain("Check the engine's network access to the registry");
  });

  it('fails on the hosted runner engine and points at setup-wsl2 with docker: true', async () => {
    rig = await startRig({ engines: { 'npipe:////./pipe/docker_engine': 'moby-windows-server' } });
    const result = await rig.run({ 'require-linux-containers': 'true', 'run-container': 'true' }, { imageOs: 'win25' });
    expect(result.exitCode).toBe(1);
    const message = errorText(result);
    expect(message).toContain('Linux containers are not available: expected an engine that runs Linux containers');
    expect(message).toContain('found `moby-windows-server`');
    expect(message).toContain('add a step `uses: wsl-ready/wsl-ready/packages/setup-wsl2@v1` with `docker: true`');
    // A Windows engine is never asked to run a Linux image: the classification already settles it.
    const engine = rig.engines.engines['npipe:////./pipe/docker_engine'];
    expect(engine?.requests.some((r) => r.route.startsWith('/containers'))).toBe(false);
  });

  it('fails in Windows-containers mode with the switch to Linux containers', async () => {
    const host = 'npipe:////./pipe/dockerDesktopWindowsEngine';
    rig = await startRig({ engines: { [host]: 'desktop-windows' }, context: { name: 'desktop-windows', host } });
    const result = await rig.run({ 'require-linux-containers': 'true', 'probe-all-endpoints': 'false' });
    expect(result.exitCode).toBe(1);
    expect(errorText(result)).toContain('docker desktop engine use linux');
  });
});

describe('no engine', () => {
  it('stopped Docker Desktop: says so and says to start it', async () => {
    rig = await startRig({
      engines: { [DESKTOP_LINUX.host]: 'stopped' },
      context: DESKTOP_LINUX,
      desktopSettings: { WslEngineEnabled: true },
      wsl: {
        distros: [{ name: 'docker-desktop', version: 2, state: 'Stopped', root: '/nonexistent', defaultUser: 'root' }],
      },
    });
    const result = await rig.run({ 'probe-all-endpoints': 'false' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ backend: 'stopped', 'linux-containers': 'false', 'server-version': '' });
    const message = errorText(result);
    expect(message).toContain('No Docker engine answers: expected a running Docker engine');
    expect(message).toContain('found `stopped`');
    expect(message).toContain('Start Docker Desktop');
  });

  it('fail-on: warn says "No Docker engine answers" once, with the fix', async () => {
    rig = await startRig({ engines: { [DESKTOP_LINUX.host]: 'stopped' }, context: DESKTOP_LINUX });
    const result = await rig.run({ 'fail-on': 'warn', 'probe-all-endpoints': 'false' });
    expect(result.exitCode).toBe(0);
    const warnings = warningText(result);
    expect(warnings.match(/No Docker engine answers/g)).toHaveLength(1);
    expect(warnings).toContain('No Docker engine answers: expected a running Docker engine');
  });

  it('require-engine: false accepts a stopped engine', async () => {
    rig = await startRig({ engines: { 'npipe:////./pipe/docker_engine': 'stopped' } });
    const result = await rig.run({ 'require-engine': 'false', 'probe-all-endpoints': 'false' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.backend).toBe('stopped');
  });

  it('no docker CLI: backend none, with the install hint', async () => {
    rig = await startRig({ engines: {} });
    const result = await rig.run({ 'docker-path': '/nonexistent/bin/docker' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.backend).toBe('none');
    const message = errorText(result);
    expect(message).toContain('found `none`: the docker CLI is not installed or not on PATH');
    expect(message).toContain('docker-path');
    // No CLI: the other endpoints are not asked.
    expect(dockerCalls(result)).toBe(3);
  });

  it('the context points at a dead pipe while another endpoint answers: names it and how to switch', async () => {
    rig = await startRig({
      engines: { 'npipe:////./pipe/docker_engine': 'moby-windows-server' },
      context: DESKTOP_LINUX,
    });
    const result = await rig.run({});
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({
      backend: 'stopped',
      context: 'desktop-linux',
      endpoint: DESKTOP_LINUX.host,
    });
    const message = errorText(result);
    expect(message).toContain('found `stopped`');
    expect(message).toContain('`moby-windows-server` answers at `npipe:////./pipe/docker_engine`');
    // The default pipe is the `default` context's (docker/cli's own context), so the switch is named exactly.
    expect(message).toContain('docker context use default');
    // All six known Windows pipes but the context's own were asked, concurrently; one answered (+ its info).
    expect(dockerCalls(result)).toBe(3 + 5 + 1);
  });
});
