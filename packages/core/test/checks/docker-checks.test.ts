// The Docker checks as the docker-backend-check action runs them: evaluateDockerChecks over a survey made outside
// the doctor gives the doctor's ids, titles and fixes; the fix for a silent engine fits the host.
import { describe, expect, it } from 'vitest';
import { dockerHostFacts, evaluateDockerChecks, type HostMode, surveyDocker } from '../../src/index.js';
import { FakeRunner } from '../../src/testing/index.js';

const SOCKET = 'unix:///var/run/docker.sock';
const SILENT = `Cannot connect to the Docker daemon at ${SOCKET}. Is the docker daemon running?\n`;

/** A CLI whose engine does not answer: the context is known, version and info fail. */
async function silentEngine() {
  const runner = new FakeRunner()
    .on('docker', ['context', 'ls', '--format', '{{json .}}'])
    .reply({ stdout: `${JSON.stringify({ Current: true, DockerEndpoint: SOCKET, Error: '', Name: 'default' })}\n` })
    .on('docker', (args) => args.includes('version') || args.includes('info'))
    .reply({ stderr: SILENT, exitCode: 1 });
  return surveyDocker({
    runner,
    docker: 'docker',
    host: dockerHostFacts('linux', {}),
    parentEnv: {},
    timeoutMs: 5_000,
    otherEndpoints: false,
  });
}

const input = async (mode: HostMode) => ({
  survey: await silentEngine(),
  dockerExe: 'docker',
  mode,
  defaultWslDistro: null,
});

describe('evaluateDockerChecks', () => {
  it("gives the doctor's four Docker checks, timed with the survey's duration", async () => {
    const checks = evaluateDockerChecks(await input('linux'), 42);
    expect(checks.map((c) => [c.id, c.title, c.status, c.durationMs])).toEqual([
      ['docker.cli', 'Docker CLI', 'pass', 42],
      ['docker.engine', 'Docker engine and backend', 'fail', 42],
      ['docker.linux-containers', 'Linux containers', 'skip', 42],
      ['docker.desktop', 'Docker Desktop', 'skip', 42],
    ]);
  });

  it('a silent engine on Linux is started with systemctl, not Docker Desktop', async () => {
    const [, engine] = evaluateDockerChecks(await input('linux'));
    expect(engine?.summary).toContain(SOCKET);
    expect(engine?.remediation).toMatch(/sudo systemctl start docker/);
    expect(engine?.remediation).not.toMatch(/Docker Desktop/);
  });

  it('a Linux engine whose test container did not run is a warning with the error, not a pass', async () => {
    const fixtures = new URL('../fixtures/docker/cli/native-linux/', import.meta.url);
    const { readFileSync } = await import('node:fs');
    const read = (f: string) => readFileSync(new URL(f, fixtures), 'utf8');
    const pullFailed =
      'docker: Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection\n';
    const runner = new FakeRunner()
      .on('docker', ['context', 'ls', '--format', '{{json .}}'])
      .reply({ stdout: `${JSON.stringify({ Current: true, DockerEndpoint: SOCKET, Error: '', Name: 'default' })}\n` })
      .on('docker', ['version', '--format', '{{json .}}'])
      .reply({ stdout: read('version.json.out') })
      .on('docker', ['info', '--format', '{{json .}}'])
      .reply({ stdout: read('info.json.out') })
      .on('docker', (args) => args[0] === 'run')
      .reply({ stderr: pullFailed, exitCode: 125 });
    const survey = await surveyDocker({
      runner,
      docker: 'docker',
      host: dockerHostFacts('linux', {}),
      parentEnv: {},
      timeoutMs: 5_000,
      otherEndpoints: false,
      linuxProof: true,
    });
    const linux = evaluateDockerChecks({ survey, dockerExe: 'docker', mode: 'linux', defaultWslDistro: null }).find(
      (c) => c.id === 'docker.linux-containers',
    );
    expect(linux?.status).toBe('warn');
    expect(linux?.summary).toContain('the test container did not run');
    expect(linux?.summary).toContain('registry-1.docker.io');
    expect(linux?.remediation).toMatch(/network access to the registry/);
  });

  it('Rancher Desktop in containerd mode: the engine check fails with the switch to dockerd, not "start Docker Desktop"', async () => {
    const missing =
      'failed to connect to the docker API at npipe:////./pipe/docker_engine; check if the path is correct and if the daemon is running: open //./pipe/docker_engine: The system cannot find the file specified.\n';
    const runner = new FakeRunner()
      .on('docker.exe', ['context', 'ls', '--format', '{{json .}}'])
      .reply({
        stdout: `${JSON.stringify({ Current: true, DockerEndpoint: 'npipe:////./pipe/docker_engine', Error: '', Name: 'default' })}\n`,
      })
      .on('docker.exe', (args) => args.includes('version'))
      .reply({ stdout: '{"Client":{"Version":"27.3.1-rd"},"Server":null}\n', stderr: missing, exitCode: 1 })
      .on('docker.exe', (args) => args.includes('info'))
      .reply({ stderr: missing, exitCode: 1 });
    const survey = await surveyDocker({
      runner,
      docker: 'docker.exe',
      host: { os: 'windows' },
      parentEnv: {},
      timeoutMs: 5_000,
      otherEndpoints: false,
      wslDistros: Promise.resolve({
        distros: [{ name: 'rancher-desktop', state: 'Running', version: 2 }],
        warnings: [],
      }),
    });
    const engine = evaluateDockerChecks({
      survey,
      dockerExe: 'docker.exe',
      mode: 'windows',
      defaultWslDistro: null,
    }).find((c) => c.id === 'docker.engine');
    expect(survey.classification.backend).toBe('rancher-desktop');
    expect(engine?.status).toBe('fail');
    expect(String(engine?.remediation)).toMatch(/containerd mode/);
  });

  it('a Linux engine elsewhere is reached by its own context or address, not always `desktop-linux`', async () => {
    const fixtures = new URL('../fixtures/docker/cli/', import.meta.url);
    const { readFileSync } = await import('node:fs');
    const read = (f: string) => readFileSync(new URL(f, fixtures), 'utf8');
    const podmanPipe = 'npipe:////./pipe/podman-machine-default';
    const runner = new FakeRunner()
      .on('docker.exe', ['context', 'ls', '--format', '{{json .}}'])
      .reply({
        stdout: `${JSON.stringify({ Current: true, DockerEndpoint: 'npipe:////./pipe/docker_engine', Error: '', Name: 'default' })}\n`,
      })
      .on('docker.exe', ['--host', podmanPipe, 'version', '--format', '{{json .}}'])
      .reply({ stdout: read('podman/version.json.out') })
      .on('docker.exe', ['--host', podmanPipe, 'info', '--format', '{{json .}}'])
      .reply({ stdout: read('podman/info.json.out') })
      .on('docker.exe', (args) => args[0] === '--host')
      .reply({ stderr: 'open //./pipe/x: The system cannot find the file specified.', exitCode: 1 })
      .on('docker.exe', ['version', '--format', '{{json .}}'])
      .reply({ stdout: read('moby-windows-server-2022/version.json.out') })
      .on('docker.exe', ['info', '--format', '{{json .}}'])
      .reply({ stdout: read('moby-windows-server-2022/info.json.out') });
    const survey = await surveyDocker({
      runner,
      docker: 'docker.exe',
      host: { os: 'windows', windowsServer: true },
      parentEnv: {},
      timeoutMs: 5_000,
      otherEndpoints: true,
    });
    const linux = evaluateDockerChecks({
      survey,
      dockerExe: 'docker.exe',
      mode: 'windows',
      defaultWslDistro: null,
    }).find((c) => c.id === 'docker.linux-containers');
    expect(survey.classification.otherEngines.map((o) => o.backend)).toEqual(['podman']);
    expect(linux?.status).toBe('fail');
    const fix = String(linux?.remediation);
    expect(fix).toContain(podmanPipe);
    expect(fix).not.toContain('desktop-linux');
  });

  it('inside a WSL 1 distribution a silent engine gets the WSL 2 conversion, not "start the engine"', async () => {
    // dockerd needs WSL 2's real kernel (microsoft/WSL#4129), and Docker Desktop integrates WSL 2 distributions only.
    const runner = new FakeRunner()
      .on('docker', ['context', 'ls', '--format', '{{json .}}'])
      .reply({ stdout: `${JSON.stringify({ Current: true, DockerEndpoint: SOCKET, Error: '', Name: 'default' })}\n` })
      .on('docker', (args) => args.includes('version') || args.includes('info'))
      .reply({ stderr: SILENT, exitCode: 1 });
    const survey = await surveyDocker({
      runner,
      docker: 'docker',
      host: { os: 'linux', isWsl: true, wslDistroName: 'Ubuntu-18.04' },
      parentEnv: {},
      timeoutMs: 5_000,
      otherEndpoints: false,
      hostRefinements: Promise.resolve({ wslVersion: 1 as const }),
    });
    const engine = evaluateDockerChecks({ survey, dockerExe: 'docker', mode: 'wsl', defaultWslDistro: null }).find(
      (c) => c.id === 'docker.engine',
    );
    expect(engine?.status).toBe('fail');
    expect(String(engine?.remediation)).toMatch(/wsl --set-version Ubuntu-18\.04 2/);
    expect(survey.classification.warnings.join(' ')).toMatch(/WSL 1/);
  });
});
