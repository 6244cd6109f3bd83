// `docker: true` on a distribution that boots systemd (issue 13, item 2), end to end against the twin: the package's
// postinst starts docker.service on `-H fd://` (the Unix socket only), and the action must move the engine to the
// listeners of daemon.json through its drop-in, as a systemd service that outlives the step and the (shrunk) idle
// timeouts. The negative control runs the product's own script without the drop-in: dockerd refuses the hosts given
// both as a flag and in daemon.json, so these tests fail if the drop-in ever goes.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createTwinWsl, processAlive, runStep } from '@wsl-ready/twin';
import { describe, expect, test } from 'vitest';
import { DOCKER_START_SCRIPT, scriptCommand } from '../src/provision.js';
import { DOCKER_UNIT_EXEC_START, dockerImage } from './docker-image.js';
import { type Lab, makeLab, runTool, SHRUNK_IDLE_TIMEOUTS, until, writeProfileWslconfig } from './helpers.js';

const HOSTS = ['unix:///var/run/docker.sock', 'tcp://127.0.0.1:2375'];
const DROP_IN = '/etc/systemd/system/docker.service.d/wsl-ready-hosts.conf';

/**
 * Let WSL's default idle deadlines pass: a control machine with the same shrunk timeouts and no keep-alive starts
 * after the setup's last call, so once its instance has ended, the setup's deadlines have passed too.
 */
async function idleTimeoutsPassed(lab: Lab): Promise<void> {
  const control = createTwinWsl({ dir: join(lab.dir, 'control') });
  writeProfileWslconfig(control.state.mntRoot, SHRUNK_IDLE_TIMEOUTS);
  const env = { ...control.env, PATH: process.env.PATH };
  const imported = spawnSync(control.wslPath, ['--import', 'Ctl', join(lab.dir, 'control', 'ctl'), lab.rootfs], {
    env,
  });
  expect(imported.status, String(imported.stderr)).toBe(0);
  const started = spawnSync(control.wslPath, ['-d', 'Ctl', '-e', 'sh', '-c', 'sleep 1000 >/dev/null 2>&1 & echo ok'], {
    env,
  });
  expect(String(started.stdout)).toBe('ok\n');
  const keeper = control.state.distros.find((d) => d.name === 'Ctl')?.instance?.keeperPid;
  expect(keeper).toBeGreaterThan(0);
  await until('the control instance to idle out', () => !processAlive(keeper));
}

/** A command as root in the job's distribution, through the twin's wsl.exe. */
function asRoot(lab: Lab, command: string[]) {
  return runTool(lab.twin.wslPath, ['-d', 'Twin', '-u', 'root', '-e', ...command], {
    env: { ...lab.twin.env, PATH: process.env.PATH },
  });
}

/** The later step: the engine answers at docker-host, as docker.service's main process configured by the drop-in. */
const LATER_STEP = `docker info
docker -H unix:///var/run/docker.sock info
cat ${DROP_IN}
systemctl is-active docker.service
[ "$(systemctl show -p MainPID --value docker.service)" = "$(cat /run/dockerd.pid)" ] && echo "dockerd is docker.service's main process"
[ -e /var/log/dockerd.log ] || echo "no nohup log"
tr '\\0' ' ' < "/proc/$(cat /run/dockerd.pid)/cmdline"; echo
`;

const LATER_STEP_OUT = `Server: dockerd stand-in on tcp://127.0.0.1:2375
Server: dockerd stand-in on unix:///var/run/docker.sock
[Service]
ExecStart=
ExecStart=/usr/bin/dockerd
active
dockerd is docker.service's main process
no nohup log
/bin/sh /usr/bin/dockerd 
`;

async function setUp(inputs: Record<string, string>, image: { path: string; sha: string }, lab: Lab) {
  writeProfileWslconfig(lab.mntRoot, SHRUNK_IDLE_TIMEOUTS);
  const setup = await lab.run(
    { distribution: 'Twin', source: image.path, 'source-sha256': image.sha, docker: 'true', cache: 'false', ...inputs },
    { RUNNER_ENVIRONMENT: 'github-hosted' },
    120_000,
  );
  expect(setup.conclusion, setup.log).toBe('success');
  expect(setup.outputs['docker-host']).toBe('tcp://127.0.0.1:2375');
  expect(lab.twin.state.distros.find((d) => d.name === 'Twin')?.instance?.boot.systemd).toBe(true);
  return setup;
}

describe.concurrent('docker: true on a systemd distribution', () => {
  test("an image that boots systemd: docker.service moves to daemon.json's hosts and outlives the step", async () => {
    const lab = await makeLab();
    const image = dockerImage(lab.dir, lab.rootfs, join(lab.mntRoot, 'c', 'images', 'twin-docker-systemd.tar'), {
      systemd: true,
    });
    const setup = await setUp({}, image, lab);
    await idleTimeoutsPassed(lab);

    const twinDistro = lab.twin.state.distros.find((d) => d.name === 'Twin');
    expect(processAlive(twinDistro?.instance?.keeperPid)).toBe(true);
    const step = await runStep({
      shell: 'wsl-bash {0}',
      script: LATER_STEP,
      tempDir: lab.dirs.temp,
      cwd: lab.dirs.workspace,
      addedPath: setup.addedPath,
      env: { ...lab.twin.env, WSL_READY_MNT_ROOT: lab.mntRoot, ...setup.exportedEnv },
    });
    expect(step.stderr, JSON.stringify(step)).toBe('');
    expect(step.stdout).toBe(LATER_STEP_OUT);
    expect(step.exitCode).toBe(0);

    // Negative control: the product's script without the drop-in, on the unit as the package ships it.
    const withoutDropIn = DOCKER_START_SCRIPT.replace(/^.*wsl-ready-hosts\.conf\n/m, '');
    expect(withoutDropIn).not.toBe(DOCKER_START_SCRIPT);
    expect((await asRoot(lab, ['rm', DROP_IN])).code).toBe(0);
    const broken = await asRoot(lab, scriptCommand(withoutDropIn, HOSTS));
    expect(broken.code).not.toBe(0);
    expect(broken.stderr).toContain(
      'Job for docker.service failed because the control process exited with error code.\n' +
        'See "systemctl status docker.service" and "journalctl -xeu docker.service" for details.\n',
    );
    const why = await asRoot(lab, [
      'sh',
      '-c',
      'journalctl -u docker.service -n 1; docker -H tcp://127.0.0.1:2375 info',
    ]);
    expect(why.stdout).toBe(
      'unable to configure the Docker daemon with file /etc/docker/daemon.json: the following directives are specified both as a flag and in the configuration file: hosts: (from flag: [fd://], from file: [unix:///var/run/docker.sock tcp://127.0.0.1:2375])\n',
    );
    expect(why.stderr).toBe(
      'Cannot connect to the Docker daemon at tcp://127.0.0.1:2375. Is the docker daemon running?\n',
    );

    // The product's script as shipped puts it right again (keeping the hosts it wrote the first time).
    const fixed = await asRoot(lab, scriptCommand(DOCKER_START_SCRIPT, HOSTS));
    expect(fixed.stderr).toBe(
      '/etc/docker/daemon.json already sets hosts; they are kept (the engine may not listen where docker-host says).\n',
    );
    expect(fixed.stdout).toBe('docker-ready\n');
    expect(fixed.code).toBe(0);
  }, 240_000);

  test('the systemd input on an image without it: systemd boots after configure, the same engine set-up', async () => {
    const lab = await makeLab();
    const image = dockerImage(lab.dir, lab.rootfs, join(lab.mntRoot, 'c', 'images', 'twin-docker.tar'));
    const setup = await setUp({ systemd: 'true' }, image, lab);
    await idleTimeoutsPassed(lab);
    const step = await runStep({
      shell: 'wsl-bash {0}',
      script: LATER_STEP,
      tempDir: lab.dirs.temp,
      cwd: lab.dirs.workspace,
      addedPath: setup.addedPath,
      env: { ...lab.twin.env, WSL_READY_MNT_ROOT: lab.mntRoot, ...setup.exportedEnv },
    });
    expect(step.stderr, JSON.stringify(step)).toBe('');
    expect(step.stdout).toBe(LATER_STEP_OUT);
    expect(step.exitCode).toBe(0);
    // The package's unit is what the drop-in overrides.
    const unit = await asRoot(lab, ['grep', '^ExecStart=', '/usr/lib/systemd/system/docker.service']);
    expect(unit.stdout).toBe(`ExecStart=${DOCKER_UNIT_EXEC_START}\n`);
  }, 240_000);
});
