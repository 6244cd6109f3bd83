// The root README's example workflow, as written, in the twin's windows-2025 scenario: setup-wsl2 with docker: true,
// a `wsl-bash {0}` step running `make test`, then docker-backend-check expecting the WSL engine. Outside the
// twin's reach: actions/checkout (the workspace is laid out beforehand), the download of Ubuntu (a catalogue
// override serves a stand-in image under the same name) and dockerd itself (the distribution's engine is a
// stand-in; the Engine API at tcp://127.0.0.1:2375 is the twin's wsl-dockerd engine behind a loopback relay).

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createConnection, createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildBusyboxRootfs,
  type RunnerDirs,
  runAction,
  runStep,
  startDockerEngines,
  startScenario,
} from '@wsl-ready/twin';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { dockerImage } from './docker-image.js';
import { ACTION_DIR } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CHECK_DIR = join(ROOT, 'packages', 'docker-backend-check');
const closers: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const close of closers.splice(0).reverse()) await close().catch(() => undefined);
});

interface WorkflowStep {
  uses?: string;
  with?: Record<string, unknown>;
  shell?: string;
  run?: string;
}

/** The first yaml block under "## Using the actions" of the root README. */
function readmeSteps(): WorkflowStep[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Using the actions'));
  const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error('no yaml block under "## Using the actions" in README.md');
  const workflow = parse(block) as { jobs: Record<string, { 'runs-on': string; steps: WorkflowStep[] }> };
  const [job] = Object.values(workflow.jobs);
  expect(job?.['runs-on']).toBe('windows-2025');
  return job!.steps;
}

const inputsOf = (step: WorkflowStep) =>
  Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, String(v)]));

/** A relay from the fixed docker-host address to the twin engine's own loopback port. */
async function relay(port: number, target: number): Promise<Server | null> {
  const server = createServer((socket) => {
    const upstream = createConnection(target, '127.0.0.1');
    socket.pipe(upstream).pipe(socket);
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  return new Promise((resolve) => {
    server.once('error', () => resolve(null));
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

describe('the root README example', () => {
  test('runs as written on windows-2025: engine set up, make test in WSL, docker-backend-check sees wsl-dockerd', async () => {
    const steps = readmeSteps();
    const scenario = await startScenario('windows-2025-runner');
    closers.push(() => scenario.close());
    const mntRoot = scenario.wsl.state.mntRoot;
    // Today's hosted windows-2025 runners work in C:\a: the image has no D: drive (actions/runner-images #12647).
    const root = join(mntRoot, 'c', 'a');
    const dirs: RunnerDirs = {
      root,
      temp: join(root, '_temp'),
      toolCache: join(root, '_tool'),
      workspace: join(root, 'repo', 'repo'),
    };
    for (const d of [dirs.temp, dirs.toolCache, dirs.workspace]) mkdirSync(d, { recursive: true });
    // What actions/checkout would have put there.
    writeFileSync(join(dirs.workspace, 'Makefile'), 'test:\n\techo "make test ran in $$WSL_DISTRO_NAME"\n');

    // Ubuntu-24.04 from a catalogue override: the stand-in image, served over HTTP and pinned by its SHA-256. It boots
    // systemd, as Ubuntu's .wsl images do, so the engine is docker.service moved to daemon.json's hosts.
    const image = dockerImage(scenario.dir, buildBusyboxRootfs(), join(scenario.dir, 'ubuntu.wsl'), { systemd: true });
    const http = createHttpServer((_req, res) => res.end(readFileSync(image.path)));
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    closers.push(() => new Promise((resolve) => http.close(resolve)));
    const catalogue = join(scenario.dir, 'catalogue.json');
    writeFileSync(
      catalogue,
      JSON.stringify({
        source: 'test',
        distributions: [
          {
            name: 'Ubuntu-24.04',
            aliases: ['Ubuntu'],
            friendlyName: 'Ubuntu 24.04 LTS',
            family: 'debian',
            arch: {
              x64: {
                url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/ubuntu.wsl`,
                sha256: image.sha,
              },
            },
          },
        ],
      }),
    );
    const engines = await startDockerEngines({ wsl: { profile: 'wsl-dockerd', tcp: true } });
    closers.push(() => engines.close());
    const enginePort = Number(new URL(engines.engines.wsl!.tcpUrl!.replace('tcp:', 'http:')).port);
    const relayServer = await relay(2375, enginePort);
    if (!relayServer) throw new Error('127.0.0.1:2375 is taken on this machine: the README example needs it free');
    closers.push(() => new Promise((resolve) => relayServer.close(resolve)));

    const profile = join(mntRoot, 'c', 'Users', 'runneradmin');
    const jobEnv: Record<string, string | undefined> = {
      ...scenario.env,
      WSL_READY_MNT_ROOT: mntRoot,
      WSL_READY_CATALOGUE: catalogue,
      WSL_READY_BACKOFF_MS: '50',
      USERPROFILE: profile,
    };
    let addedPath: string[] = [];
    const ran: string[] = [];
    for (const step of steps) {
      if (step.uses?.startsWith('actions/checkout@')) {
        ran.push('checkout (laid out beforehand)');
        continue;
      }
      if (step.uses) {
        const actionDir = step.uses.includes('/setup-wsl2@') ? ACTION_DIR : CHECK_DIR;
        expect(step.uses).toMatch(/^wsl-ready\/wsl-ready\/packages\/(setup-wsl2|docker-backend-check)@v1$/);
        const result = await runAction({
          actionDir,
          inputs: inputsOf(step),
          dirs,
          imageOs: 'win25',
          timeoutMs: 120_000,
          env: { ...jobEnv, PATH: [...addedPath, scenario.env.PATH].join(':') },
        });
        expect(result.conclusion, `${step.uses}\n${result.log}`).toBe('success');
        Object.assign(jobEnv, result.exportedEnv);
        addedPath = [...result.addedPath, ...addedPath];
        ran.push(`${step.uses} → ${JSON.stringify(result.outputs['docker-host'] ?? result.outputs.backend)}`);
        continue;
      }
      const run = await runStep({
        shell: step.shell ?? '',
        script: step.run ?? '',
        tempDir: dirs.temp,
        cwd: dirs.workspace,
        addedPath,
        env: jobEnv,
      });
      expect(run.exitCode, run.stderr + run.stdout).toBe(0);
      expect(run.stdout).toBe('make test ran in Ubuntu-24.04\n');
      ran.push(`${step.shell}: ${step.run?.trim()}`);
    }
    expect(ran).toEqual([
      'checkout (laid out beforehand)',
      'wsl-ready/wsl-ready/packages/setup-wsl2@v1 → "tcp://127.0.0.1:2375"',
      'wsl-bash {0}: make test',
      'wsl-ready/wsl-ready/packages/docker-backend-check@v1 → "wsl-dockerd"',
    ]);
    expect(jobEnv.DOCKER_HOST).toBe('tcp://127.0.0.1:2375');
    // The engine ran as the systemd service the README's distribution starts it as.
    const ubuntu = scenario.wsl.state.distros.find((d) => d.name === 'Ubuntu-24.04');
    expect(ubuntu?.instance?.boot.systemd).toBe(true);
  }, 240_000);
});
