// probe-all-endpoints: other engines are found (concurrently) and a sidelined Docker Desktop is reported.
import { afterEach, describe, expect, it } from 'vitest';
import { dockerCalls, errorText, type Rig, startRig, warningText } from './twin-setup.js';

let rig: Rig | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

describe('probe-all-endpoints', () => {
  it('Docker Desktop installed and answering, but the CLI targets Podman: reported, not failed', async () => {
    rig = await startRig({
      engines: {
        'npipe:////./pipe/podman-machine-default': 'podman',
        'npipe:////./pipe/dockerDesktopLinuxEngine': 'desktop-wsl2',
      },
      desktopSettings: { WslEngineEnabled: true },
    });
    const env = { DOCKER_HOST: 'npipe:////./pipe/podman-machine-default' };
    const result = await rig.run({}, { env });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.backend).toBe('podman');
    expect(warningText(result)).toContain(
      'Docker Desktop is installed and answers at `npipe:////./pipe/dockerDesktopLinuxEngine`',
    );
    expect(result.summary).toContain('also answering');
    expect(result.summary).toContain('desktop-wsl2');
    // The CLI's own engine (context ls, version, info), five other pipes (version each), info of the one answering.
    expect(dockerCalls(result)).toBe(3 + 5 + 1);

    const without = await rig.run({ 'probe-all-endpoints': 'false' }, { env });
    expect(without.outputs.backend).toBe('podman');
    expect(dockerCalls(without)).toBe(3);
    expect(without.summary).not.toContain('also answering');
  });

  it("the CLI's engine decides; another engine that would match is named with the switch", async () => {
    rig = await startRig({
      engines: {
        'npipe:////./pipe/docker_engine': 'moby-windows-server',
        'npipe:////./pipe/dockerDesktopLinuxEngine': 'desktop-wsl2',
      },
    });
    const result = await rig.run({ 'expect-backend': 'desktop-wsl2' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.backend).toBe('moby-windows-server');
    expect(errorText(result)).toContain(
      '`desktop-wsl2` answers at `npipe:////./pipe/dockerDesktopLinuxEngine`, but the CLI targets another engine: ' +
        'switch with `docker context use desktop-linux`',
    );
  });
});
