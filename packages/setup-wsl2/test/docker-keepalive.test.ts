// `docker: true` end to end against WSL's lifetime rules in the twin: the engine started during setup still answers
// in a later step after the (shrunk) instanceIdleTimeout and vmIdleTimeout have passed, because the keep-alive
// .wslconfig was in place before the VM started. The distribution's Docker is a stand-in (the busybox image has
// no engine): `apk add docker` installs a `dockerd` that runs until killed and a `docker` whose `-H <host> info`
// answers while that dockerd runs and /etc/docker/daemon.json lists <host>.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTwinWsl, runStep } from '@wsl-ready/twin';
import { describe, expect, test } from 'vitest';
import { type Lab, makeLab, sha256 } from './helpers.js';

const STAND_INS: Record<string, string> = {
  'sbin/apk': `#!/bin/sh
# apk stand-in: update does nothing; add docker installs the engine stand-ins.
[ "$1" = add ] || exit 0
shift
for p in "$@"; do
  if [ "$p" = docker ]; then cp /usr/share/stand-in/docker /usr/share/stand-in/dockerd /usr/bin/; fi
done
`,
  'usr/bin/nohup': `#!/bin/sh
trap '' HUP
exec "$@"
`,
  'usr/share/stand-in/dockerd': `#!/bin/sh
# dockerd stand-in: runs until killed, as the daemon would.
mkdir -p /run
echo $$ > /run/dockerd.pid
while :; do sleep 1; done
`,
  'usr/share/stand-in/docker': `#!/bin/sh
host=\${DOCKER_HOST:-unix:///var/run/docker.sock}
if [ "\${1:-}" = -H ]; then host=$2; shift 2; fi
[ "\${1:-}" = info ] || exit 2
pid=$(cat /run/dockerd.pid 2>/dev/null) || { echo "Cannot connect to the Docker daemon at $host" >&2; exit 1; }
kill -0 "$pid" 2>/dev/null || { echo "Cannot connect to the Docker daemon at $host" >&2; exit 1; }
grep -q "\\"$host\\"" /etc/docker/daemon.json || { echo "Cannot connect to the Docker daemon at $host" >&2; exit 1; }
echo "Server: dockerd stand-in on $host"
`,
};

/** The lab's busybox image plus the stand-ins, as a tar under the twin's C: drive. */
function dockerImage(lab: Lab): { path: string; sha: string } {
  const root = join(lab.dir, 'docker-layer');
  for (const [path, text] of Object.entries(STAND_INS)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
    chmodSync(join(root, path), 0o755);
  }
  const image = join(lab.mntRoot, 'c', 'images', 'twin-docker.tar');
  copyFileSync(lab.rootfs, image);
  const tar = spawnSync('tar', ['--append', '-f', image, '-C', root, ...Object.keys(STAND_INS).map((p) => `./${p}`)]);
  if (tar.status !== 0) throw new Error(`tar --append failed: ${tar.stderr}`);
  return { path: image, sha: sha256(image) };
}

const SHRUNK = '[general]\ninstanceIdleTimeout=400\n[wsl2]\nvmIdleTimeout=300\n';

function writeProfileWslconfig(mntRoot: string, text: string): void {
  const profile = join(mntRoot, 'c', 'Users', 'runneradmin');
  mkdirSync(profile, { recursive: true });
  writeFileSync(join(profile, '.wslconfig'), text);
}

/** Wait for an event with a generous bound for a loaded machine. */
async function until(what: string, done: () => boolean, boundMs = 30_000): Promise<void> {
  const start = Date.now();
  while (!done()) {
    if (Date.now() - start > boundMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const alive = (pid: number | undefined) => {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('docker: true outlives the setup step', () => {
  test('after the idle timeouts have passed, a later step still reaches the engine at docker-host', async () => {
    const lab = await makeLab();
    const image = dockerImage(lab);
    // The user's .wslconfig shrinks WSL's timeouts (15 s / 60 s by default) so the test can wait past them.
    writeProfileWslconfig(lab.mntRoot, SHRUNK);
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
    writeProfileWslconfig(control.state.mntRoot, SHRUNK);
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
    await until('the control instance to idle out', () => !alive(keeper));

    // The job's distribution still runs, and the engine answers a later step at the exported DOCKER_HOST.
    const twinDistro = lab.twin.state.distros.find((d) => d.name === 'Twin');
    expect(alive(twinDistro?.instance?.keeperPid)).toBe(true);
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
