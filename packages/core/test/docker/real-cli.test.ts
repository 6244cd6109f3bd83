// The real docker CLI against a fake engine serving each backend's profile: proves the committed CLI outputs are
// what the CLI prints, and that the probe + classifier read them through a real process boundary.
// WSL_READY_UPDATE_FIXTURES=1 rewrites fixtures/docker/cli from the CLI on this machine.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyDockerBackend, DockerProbe } from '../../src/docker/index.js';
import { startFakeEngine } from './fake-engine.js';
import { type CLI_OUTPUTS, FIXTURES, fixture, fixtureExists, hostFacts, loadProfiles } from './profiles.js';
import { ExecRunner } from './runners.js';

function dockerVersion(): string | null {
  try {
    return execFileSync('docker', ['--version'], { encoding: 'utf8', timeout: 5000 }).trim();
  } catch {
    return null;
  }
}

const cliVersion = dockerVersion();
const update = process.env.WSL_READY_UPDATE_FIXTURES === '1';
const recordedCli = fixtureExists('cli/CLI-VERSION') ? fixture('cli/CLI-VERSION').trim() : null;

describe.skipIf(cliVersion === null)('real docker CLI against the fake engine', () => {
  let config: string;
  beforeAll(() => {
    config = mkdtempSync(join(tmpdir(), 'wsl-ready-docker-config-'));
    if (update) {
      mkdirSync(`${FIXTURES}cli`, { recursive: true });
      writeFileSync(`${FIXTURES}cli/CLI-VERSION`, `${cliVersion}\n`);
    }
  });
  afterAll(() => rmSync(config, { recursive: true, force: true }));

  for (const { name, profile } of loadProfiles()) {
    it(`${name}: CLI output matches the fixtures and classifies as ${profile.backend}`, async () => {
      const engine = await startFakeEngine(profile);
      try {
        const env = { DOCKER_HOST: engine.endpoint, DOCKER_CONFIG: config, DOCKER_CLI_HINTS: 'false' };
        const runner = new ExecRunner();
        const run = async (args: string[]) => {
          const r = await runner.run('docker', args, { env, timeoutMs: 10_000 });
          // The socket path differs per run; fixtures hold a stable placeholder.
          const clean = (b: Buffer) => b.toString('utf8').split(engine.endpoint).join('unix:///tmp/engine.sock');
          return { out: clean(r.stdout), err: clean(r.stderr), exitCode: r.exitCode };
        };
        const outputs: Record<(typeof CLI_OUTPUTS)[number], string> = {
          'version.json.out': (await run(['version', '--format', '{{json .}}'])).out,
          'version.txt.out': (await run(['version'])).out,
          'info.json.out': (await run(['info', '--format', '{{json .}}'])).out,
          ...(await run(['info']).then((r) => ({ 'info.txt.out': r.out, 'info.txt.err': r.err }))),
        };
        if (update) {
          mkdirSync(`${FIXTURES}cli/${name}`, { recursive: true });
          for (const [file, text] of Object.entries(outputs)) writeFileSync(`${FIXTURES}cli/${name}/${file}`, text);
        } else if (recordedCli === cliVersion) {
          for (const [file, text] of Object.entries(outputs)) expect(text, file).toBe(fixture(`cli/${name}/${file}`));
        }

        // DOCKER_HOST reaches the CLI through the runner env, as it would through the parent environment.
        const collected = await new DockerProbe({
          runner,
          docker: 'docker',
          timeoutMs: 10_000,
          env: { DOCKER_CONFIG: config, DOCKER_HOST: engine.endpoint },
        }).collect({ host: hostFacts(profile.host) });
        expect(collected.evidence.current?.answered).toBe(true);
        expect(collected.evidence.context?.endpoint).toBe(engine.endpoint);
        const verdict = classifyDockerBackend(collected.evidence);
        expect(verdict.backend).toBe(profile.backend);
        expect(verdict.cliVersion).toBe(cliVersion?.match(/version ([^,]+)/)?.[1]);
      } finally {
        await engine.close();
      }
    });
  }

  it('reports a stopped engine when the socket does not exist', async () => {
    const runner = new ExecRunner();
    const dead = `unix://${join(config, 'missing.sock')}`;
    const collected = await new DockerProbe({
      runner,
      docker: 'docker',
      timeoutMs: 10_000,
      env: { DOCKER_CONFIG: config, DOCKER_HOST: dead },
    }).collect({ host: { os: 'linux', isWsl: true, wslVersion: 2 } });
    const verdict = classifyDockerBackend(collected.evidence);
    expect(verdict.backend).toBe('stopped');
    expect(collected.evidence.current?.errors.map((e) => [e.kind, e.endpoint])).toContainEqual([
      'engine-not-running',
      dead,
    ]);
  });

  it('reports none when the docker executable does not exist', async () => {
    const collected = await new DockerProbe({
      runner: new ExecRunner(),
      docker: join(config, 'no-such-docker'),
      timeoutMs: 5_000,
    }).collect({ host: { os: 'windows' } });
    expect(collected.evidence.cli.present).toBe(false);
    expect(classifyDockerBackend(collected.evidence).backend).toBe('none');
  });
});
