// Every backend's captured CLI output (JSON and text forms) parses to the same facts and classifies as the profile
// says, also when the outputs are pasted together with prompts, CRLF line ends, or as UTF-16LE.
import { describe, expect, it } from 'vitest';
import {
  classifyDockerBackend,
  type DockerEndpointProbe,
  type DockerEvidence,
  parseDockerInfo,
  parseDockerVersion,
} from '../../src/docker/index.js';
import { fixture, hostFacts, loadProfiles } from './profiles.js';

const profiles = loadProfiles();

function evidenceFrom(name: string, versionText: string, infoText: string): DockerEvidence {
  const { profile } = profiles.find((p) => p.name === name)!;
  const version = parseDockerVersion(versionText);
  const info = parseDockerInfo(infoText);
  const current: DockerEndpointProbe = {
    endpoint: profile.endpoint,
    context: profile.context,
    answered: version.value.server !== null,
    version: version.value,
    info: info.value,
    errors: [],
    warnings: [],
  };
  return {
    host: hostFacts(profile.host),
    cli: { present: true, version: version.value.client?.version ?? null },
    context: { name: profile.context, endpoint: profile.endpoint },
    current,
  };
}

describe.each(profiles)('$name profile', ({ name, profile }) => {
  const versionJson = fixture(`cli/${name}/version.json.out`);
  const versionText = fixture(`cli/${name}/version.txt.out`);
  const infoJson = fixture(`cli/${name}/info.json.out`);
  const infoText = fixture(`cli/${name}/info.txt.out`) + fixture(`cli/${name}/info.txt.err`);

  it('reads the same engine facts from the JSON and the text forms', () => {
    const vj = parseDockerVersion(versionJson);
    const vt = parseDockerVersion(versionText);
    expect([vj.recognized, vj.value.form, vt.recognized, vt.value.form]).toEqual([true, 'json', true, 'text']);
    expect(vj.value.server?.version).toBe(profile.version.Version);
    expect(vt.value.server?.version).toBe(profile.version.Version);
    expect(vt.value.server?.platformName ?? '').toBe((profile.version.Platform as { Name: string }).Name);
    expect(vt.value.server?.os).toBe(vj.value.server?.os);
    expect(vt.value.client?.version).toBe(vj.value.client?.version);
    expect(vt.value.client?.context).toBe('default');

    const ij = parseDockerInfo(infoJson);
    const it_ = parseDockerInfo(infoText);
    expect([ij.value.form, it_.value.form]).toEqual(['json', 'text']);
    for (const key of ['serverVersion', 'osType', 'operatingSystem', 'kernelVersion', 'name', 'driver'] as const) {
      expect(it_.value[key], key).toBe(ij.value[key]);
      expect(ij.value[key], key).toBe((profile.info as Record<string, unknown>)[keyOf(key)] || null);
    }
    expect(it_.value.isolation).toBe(ij.value.isolation);
    expect(it_.value.labels).toEqual(ij.value.labels);
    expect(it_.value.serverWarnings).toEqual(ij.value.serverWarnings);
    expect(it_.value.serverPlugins.network).toEqual(ij.value.serverPlugins.network);
  });

  it(`classifies as ${profile.backend} from either form`, () => {
    for (const [v, i] of [
      [versionJson, infoJson],
      [versionText, infoText],
    ] as const) {
      const verdict = classifyDockerBackend(evidenceFrom(name, v, i));
      expect(verdict.backend).toBe(profile.backend);
      expect(verdict.evidence.length).toBeGreaterThan(0);
      expect(verdict.serverVersion).toBe(profile.version.Version);
      expect(verdict.engineOs).toBe(profile.version.Os);
    }
  });

  it('finds both outputs in one pasted session (prompts, CRLF, UTF-16LE)', () => {
    const session = [
      'PS C:\\Users\\dev> docker version',
      versionText,
      'PS C:\\Users\\dev> docker info',
      infoText,
      'PS C:\\Users\\dev> docker version --format "{{json .}}"',
      versionJson,
    ]
      .join('\n')
      .replace(/\n/g, '\r\n');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(session, 'utf16le')]);
    for (const input of [session, bytes]) {
      const v = parseDockerVersion(input);
      const i = parseDockerInfo(input);
      expect(v.value.server?.version).toBe(profile.version.Version);
      expect(i.value.operatingSystem).toBe((profile.info as { OperatingSystem: string }).OperatingSystem);
      expect(classifyDockerBackend(evidenceFrom(name, session, session)).backend).toBe(profile.backend);
    }
  });
});

function keyOf(key: string): string {
  return (
    {
      serverVersion: 'ServerVersion',
      osType: 'OSType',
      operatingSystem: 'OperatingSystem',
      kernelVersion: 'KernelVersion',
      name: 'Name',
      driver: 'Driver',
    } as Record<string, string>
  )[key]!;
}

describe('specific facts', () => {
  it('reads Desktop 4.63 in Windows-containers mode: isolation, API floor, product', () => {
    const evidence = evidenceFrom(
      'desktop-windows',
      fixture('cli/desktop-windows/version.json.out'),
      fixture('cli/desktop-windows/info.txt.out'),
    );
    expect(evidence.current?.version?.server?.minApiVersion).toBe('1.44');
    const verdict = classifyDockerBackend(evidence);
    expect(verdict).toMatchObject({
      backend: 'desktop-windows',
      linuxContainers: false,
      engineOs: 'windows',
      isolation: 'hyperv',
      desktopVersion: '4.63.0',
      confidence: 'high',
    });
  });

  it('reads the API floor from the text form too', () => {
    const v = parseDockerVersion(fixture('cli/desktop-wsl2/version.txt.out'));
    expect(v.value.server).toMatchObject({ apiVersion: '1.51', minApiVersion: '1.24', os: 'linux', arch: 'amd64' });
    expect(v.value.server?.components.map((c) => c.name)).toEqual(['Engine', 'containerd', 'runc', 'docker-init']);
    expect(v.value.client?.apiVersion).toBe('1.50');
  });

  it("reads Podman's component list and kernel from the text form", () => {
    const v = parseDockerVersion(fixture('cli/podman/version.txt.out'));
    expect(v.value.server?.components[0]).toEqual({ name: 'Podman Engine', version: '5.2.3' });
    expect(v.value.server?.kernelVersion).toBe('5.15.167.4-microsoft-standard-WSL2');
    // The CLI re-encodes /info through its own struct: Podman-only keys are gone from `docker info --format json`.
    const viaCli = parseDockerInfo(fixture('cli/podman/info.json.out'));
    expect(viaCli.value.podmanKeys).toEqual([]);
    expect(viaCli.value.productLicense).toBe('Apache-2.0');
    // …but a raw /info body (an API answer, a twin capture) keeps them.
    const raw = parseDockerInfo(JSON.stringify(profiles.find((p) => p.name === 'podman')!.profile.info));
    expect(raw.value.podmanKeys).toEqual(['BuildahVersion', 'Rootless', 'Uptime', 'SwapFree', 'SwapTotal']);
  });

  it('reads memory, CPUs, cgroup version and client plugins', () => {
    const i = parseDockerInfo(fixture('cli/desktop-wsl2/info.txt.out'));
    expect(i.value.ncpu).toBe(8);
    expect(Math.abs((i.value.memTotal ?? 0) - 16624066560)).toBeLessThan(16624066560 * 0.01);
    expect(i.value.cgroupVersion).toBe('2');
    expect(i.value.httpProxy).toBe('http.docker.internal:3128');
  });
});
