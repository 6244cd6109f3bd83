// `docker: true` end to end against WSL's lifetime rules in the twin: the engine started during setup still answers
// in a later step after the (shrunk) instanceIdleTimeout and vmIdleTimeout have passed, because the keep-alive
// .wslconfig was in place before the VM started. The distribution's Docker is a stand-in (the busybox image has
// no engine): `apk add docker` installs a `dockerd` that runs until killed and a `docker` whose `-H <host> info`
// answers while that dockerd runs and /etc/docker/daemon.json lists <host>.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createTwinWsl, processAlive, runStep } from '@wsl-ready/twin';
import { describe, expect, test } from 'vitest';
import { dockerImage } from './docker-image.js';
import { makeLab, SHRUNK_IDLE_TIMEOUTS, until, writeProfileWslconfig } from './helpers.js';

describe('docker: true outlives the setup step', () => {
  test('after the idle timeouts have passed, a later step still reaches the engine at docker-host', async () => {
    const lab = await makeLab();
    const image = dockerImage(lab.dir, lab.rootfs, join(lab.mntRoot, 'c', 'images', 'twin-docker.tar'));
    // The user's .wslconfig shrinks WSL's timeouts (15 s / 60 s by default) so the test can wait past them.
    writeProfileWslconfig(lab.mntRoot, SHRUNK_IDLE_TIMEOUTS);
    const setup = await lab.run(
      { distribution: 'Twin', source: image.path, 'source-sha256': image.sha, docker: 'true', cache: 'false' },
      { RUNNER_ENVIRONMENT: 'github-hosted' },
      120_000,
    );
    expect(setup.conclusion, setup.log).toBe('success');
    expect(setup.outputs['docker-host']).toBe('tcp://127.0.0.1:2375');
    expect(setup.exportedEnv.DOCKER_HOST).toBe('tcp://127.0.0.1:2375');

    // A control machine with the same shrunk timeouts and no keep-alive: its instance ends 400 ms after its last
    // client. It starts after the setup's last call, so once it has ended, the setup's deadlines have passed too.
    const control = createTwinWsl({ dir: join(lab.dir, 'control') });
    writeProfileWslconfig(control.state.mntRoot, SHRUNK_IDLE_TIMEOUTS);
    const env = { ...control.env, PATH: process.env.PATH };
    const imported = spawnSync(control.wslPath, ['--import', 'Ctl', join(lab.dir, 'control', 'ctl'), lab.rootfs], {
      env,
    });
    expect(imported.status, String(imported.stderr)).toBe(0);
    const started = spawnSync(
      control.wslPath,
      ['-d', 'Ctl', '-e', 'sh', '-c', 'sleep 1000 >/dev/null 2>&1 & echo started'],
      { env },
    );
    expect(String(started.stdout)).toBe('started\n');
    const keeper = control.state.distros.find((d) => d.name === 'Ctl')?.instance?.keeperPid;
    expect(keeper).toBeGreaterThan(0);
    await until('the control instance to idle out', () => !processAlive(keeper));

    // The job's distribution still runs, and the engine answers a later step at the exported DOCKER_HOST.
    const twinDistro = lab.twin.state.distros.find((d) => d.name === 'Twin');
    expect(processAlive(twinDistro?.instance?.keeperPid)).toBe(true);
    const step = await runStep({
      shell: 'wsl-bash {0}',
      script: 'docker info\ndocker -H unix:///var/run/docker.sock info\n',
      tempDir: lab.dirs.temp,
      cwd: lab.dirs.workspace,
      addedPath: setup.addedPath,
      env: { ...lab.twin.env, WSL_READY_MNT_ROOT: lab.mntRoot, ...setup.exportedEnv },
    });
    expect(step.stderr, JSON.stringify(step)).toBe('');
    expect(step.stdout).toBe(
      'Server: dockerd stand-in on tcp://127.0.0.1:2375\nServer: dockerd stand-in on unix:///var/run/docker.sock\n',
    );
    expect(step.exitCode).toBe(0);
  }, 180_000);
});
