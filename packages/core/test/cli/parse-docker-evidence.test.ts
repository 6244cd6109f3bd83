// `wsl-ready parse docker`: the engine's evidence decides, whatever the host (issue 15).
import { describe, expect, it } from 'vitest';
import { json, runCli } from './run-cli.js';

const info = (kernel: string, os: string) => `$ docker info
Client:
 Version:    27.5.1
 Context:    default
 Debug Mode: false

Server:
 Containers: 0
 Server Version: 27.5.1
 Storage Driver: overlay2
 Kernel Version: ${kernel}
 Operating System: ${os}
 OSType: linux
 Architecture: x86_64
 Name: docker-desktop
`;

async function backend(text: string, host: string) {
  return json(await runCli(['parse', 'docker', '--host', host], { stdinBytes: text }));
}

describe('parse docker: classify by the engine as well as the host', () => {
  it('Docker Desktop with a WSL 2 kernel is desktop-wsl2 from Windows and from inside a distribution', async () => {
    const text = info('5.15.167.4-microsoft-standard-WSL2', 'Docker Desktop');
    expect(await backend(text, 'windows')).toMatchObject({ backend: 'desktop-wsl2' });
    expect(await backend(text, 'linux')).toMatchObject({ backend: 'desktop-wsl2' });
  });

  it('Docker Desktop for Linux (LinuxKit kernel on a Linux host) stays desktop-linux', async () => {
    expect(await backend(info('6.10.14-linuxkit', 'Docker Desktop'), 'linux')).toMatchObject({
      backend: 'desktop-linux',
    });
  });

  it('a client-only paste yields the classes still possible and what is missing, not a class', async () => {
    const text = 'Client:\n Version:    27.5.1\n Context:    desktop-linux\n Debug Mode: false\n';
    const out = await backend(text, 'windows');
    expect(out.backend).toBeNull();
    expect(out.possibleBackends).toEqual(['desktop-wsl2', 'desktop-hyperv']);
    expect((out.missingEvidence as string[]).join(' ')).toMatch(/kernel/);
  });
});
