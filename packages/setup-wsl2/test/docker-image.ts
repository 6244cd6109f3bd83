// A distribution image for Docker tests: the twin's busybox image plus stand-ins for what a real distribution's
// package manager would install (the busybox image has no engine, no make, no nohup). `apk` and `apt-get` accept
// the calls the action's packages script makes; `docker.io`/`docker` install a `dockerd` that runs until killed and
// a `docker` whose `-H <host> info` answers while that dockerd runs and /etc/docker/daemon.json lists <host>;
// `build-essential` installs a `make` that runs a target's recipe lines with sh.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from './helpers.js';

const PACKAGE_MANAGER = `#!/bin/sh
# Package manager stand-in (apk, apt-get): installs the stand-ins named by the packages, ignores the rest.
for p in "$@"; do
  case $p in
    docker|docker.io) cp /usr/share/stand-in/docker /usr/share/stand-in/dockerd /usr/bin/ ;;
    build-essential) cp /usr/share/stand-in/make /usr/bin/ ;;
  esac
done
`;

const STAND_INS: Record<string, string> = {
  'sbin/apk': PACKAGE_MANAGER,
  'usr/bin/apt-get': PACKAGE_MANAGER,
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
  'usr/share/stand-in/make': `#!/bin/sh
# make stand-in: runs the recipe lines of the one target asked for.
target=\${1:-all}
awk -v t="$target" '$0 ~ "^" t ":" { on = 1; next } /^[^\\t]/ { on = 0 } on && /^\\t/ { sub(/^\\t/, ""); print }' Makefile | sed 's/[$][$]/$/g' > /tmp/make-recipe
sh -e /tmp/make-recipe
`,
};

/** Writes `<image>` (a tar under the twin's C: drive) = the busybox image + the stand-ins; returns its SHA-256. */
export function dockerImage(scratch: string, rootfs: string, image: string): { path: string; sha: string } {
  const root = join(scratch, 'stand-in-layer');
  for (const [path, text] of Object.entries(STAND_INS)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
    chmodSync(join(root, path), 0o755);
  }
  mkdirSync(join(image, '..'), { recursive: true });
  copyFileSync(rootfs, image);
  const tar = spawnSync('tar', ['--append', '-f', image, '-C', root, ...Object.keys(STAND_INS).map((p) => `./${p}`)]);
  if (tar.status !== 0) throw new Error(`tar --append failed: ${tar.stderr}`);
  return { path: image, sha: sha256(image) };
}
