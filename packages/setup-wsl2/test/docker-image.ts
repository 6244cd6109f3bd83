// A distribution image for Docker tests: the twin's busybox image plus stand-ins for what a real distribution's
// package manager would install (the busybox image has no engine, no make, no nohup). `apk` and `apt-get` accept
// the calls the action's packages script makes; `docker.io`/`docker` install a `dockerd`, a `docker` CLI and
// Ubuntu's docker.service, and on a systemd boot do what the package's postinst does (enable and start the unit);
// `build-essential` installs a `make` that runs a target's recipe lines with sh.
//
// The dockerd stand-in takes its listeners as dockerd does: `-H`/`--host` flags, else `hosts` of
// /etc/docker/daemon.json, else the default socket; `fd://` is the socket systemd hands over (docker.socket's
// /run/docker.sock, which is /var/run/docker.sock). A setting given both ways is refused with moby's message
// (moby `cmd/dockerd/daemon.go` `loadDaemonCliConfig`: "unable to configure the Docker daemon with file %s";
// `daemon/config/config.go` `findConfigurationConflicts`: "the following directives are specified both as a flag
// and in the configuration file: %s", each conflict "%s: (from flag: %v, from file: %v)", Go's %v of a list being
// "[a b]"), exit 1. A second dockerd refuses while the first runs (the pid-file check; its wording is assumed).
// It records where it listens in /run/dockerd.hosts; the `docker` stand-in's `-H <host> info` answers only for a
// host the running dockerd listens on.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from './helpers.js';

/**
 * The unit Ubuntu's docker.io installs: moby's `contrib/init/systemd/docker.service` (Type=notify, the ExecStart
 * line below, `WantedBy=multi-user.target`), cut to the settings the twin's systemctl reads.
 */
export const DOCKER_UNIT_EXEC_START = '/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock';
const DOCKER_UNIT = `[Unit]
Description=Docker Application Container Engine
Documentation=https://docs.docker.com

[Service]
Type=notify
ExecStart=${DOCKER_UNIT_EXEC_START}

[Install]
WantedBy=multi-user.target
`;

const PACKAGE_MANAGER = `#!/bin/sh
# Package manager stand-in (apk, apt-get): installs the stand-ins named by the packages, ignores the rest.
engine=0
for p in "$@"; do
  case $p in
    docker|docker.io)
      cp /usr/share/stand-in/docker /usr/share/stand-in/dockerd /usr/bin/
      mkdir -p /usr/lib/systemd/system
      cp /usr/share/stand-in/docker.service /usr/lib/systemd/system/docker.service
      engine=1 ;;
    build-essential) cp /usr/share/stand-in/make /usr/bin/ ;;
  esac
done
# The package's postinst (debhelper's systemd snippet): under a running systemd, reload, enable and start the unit.
if [ "$engine" = 1 ] && [ -d /run/systemd/system ]; then
  systemctl --system daemon-reload
  systemctl enable docker.service 2>/dev/null
  systemctl start docker.service || { echo "dpkg: error processing package docker.io (--configure)" >&2; exit 100; }
fi
`;

const STAND_INS: Record<string, string> = {
  'sbin/apk': PACKAGE_MANAGER,
  'usr/bin/apt-get': PACKAGE_MANAGER,
  'usr/bin/nohup': `#!/bin/sh
trap '' HUP
exec "$@"
`,
  'usr/share/stand-in/docker.service': DOCKER_UNIT,
  'usr/share/stand-in/dockerd': `#!/bin/sh
# dockerd stand-in: listens (on paper) where dockerd would, runs until stopped.
config=/etc/docker/daemon.json
flag=
while [ $# -gt 0 ]; do
  case $1 in
    -H|--host) flag="$flag \${2:?flag needs an argument: $1}"; shift ;;
    -H=*|--host=*) flag="$flag \${1#*=}" ;;
    -H*) flag="$flag \${1#-H}" ;;
    --config-file) config=$2; shift ;;
    --config-file=*) config=\${1#*=} ;;
  esac
  shift
done
file=
if [ -f "$config" ]; then
  file=$(tr -d '\\r\\n' < "$config" | sed -n 's/.*"hosts"[[:space:]]*:[[:space:]]*\\[\\([^]]*\\)\\].*/\\1/p' | tr ',' '\\n' | sed 's/^[[:space:]]*"//; s/"[[:space:]]*$//' | tr '\\n' ' ')
fi
# shellcheck disable=SC2086
flag=$(echo $flag); file=$(echo $file)
if [ -n "$flag" ] && [ -n "$file" ]; then
  echo "unable to configure the Docker daemon with file $config: the following directives are specified both as a flag and in the configuration file: hosts: (from flag: [$flag], from file: [$file])" >&2
  exit 1
fi
old=$(cat /run/dockerd.pid 2>/dev/null)
if [ -n "$old" ] && [ "$old" != $$ ] && kill -0 "$old" 2>/dev/null; then
  echo "failed to start daemon, ensure docker is not running or delete /var/run/docker.pid: process with PID $old is still running" >&2
  exit 1
fi
hosts=\${flag:-\${file:-unix:///var/run/docker.sock}}
mkdir -p /run
: > /run/dockerd.hosts
for h in $hosts; do
  [ "$h" = fd:// ] && h=unix:///var/run/docker.sock
  echo "$h" >> /run/dockerd.hosts
done
echo $$ > /run/dockerd.pid
trap 'rm -f /run/dockerd.pid /run/dockerd.hosts; kill "$sleeper" 2>/dev/null; exit 0' TERM INT
[ -n "\${NOTIFY_SOCKET:-}" ] && echo READY=1 >> "$NOTIFY_SOCKET"
while :; do sleep 3600 & sleeper=$!; wait "$sleeper"; done
`,
  'usr/share/stand-in/docker': `#!/bin/sh
host=\${DOCKER_HOST:-unix:///var/run/docker.sock}
if [ "\${1:-}" = -H ]; then host=$2; shift 2; fi
[ "\${1:-}" = info ] || exit 2
pid=$(cat /run/dockerd.pid 2>/dev/null)
if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null || ! grep -qxF "$host" /run/dockerd.hosts 2>/dev/null; then
  echo "Cannot connect to the Docker daemon at $host. Is the docker daemon running?" >&2
  exit 1
fi
echo "Server: dockerd stand-in on $host"
`,
  'usr/share/stand-in/make': `#!/bin/sh
# make stand-in: runs the recipe lines of the one target asked for.
target=\${1:-all}
awk -v t="$target" '$0 ~ "^" t ":" { on = 1; next } /^[^\\t]/ { on = 0 } on && /^\\t/ { sub(/^\\t/, ""); print }' Makefile | sed 's/[$][$]/$/g' > /tmp/make-recipe
sh -e /tmp/make-recipe
`,
};

/**
 * Writes `<image>` (a tar under the twin's C: drive) = the busybox image + the stand-ins; returns its SHA-256. With
 * `systemd`, the image's /etc/wsl.conf boots systemd, as Ubuntu's `.wsl` images do.
 */
export function dockerImage(
  scratch: string,
  rootfs: string,
  image: string,
  options: { systemd?: boolean } = {},
): { path: string; sha: string } {
  const root = join(scratch, options.systemd ? 'stand-in-layer-systemd' : 'stand-in-layer');
  const files = { ...STAND_INS, ...(options.systemd ? { 'etc/wsl.conf': '[boot]\nsystemd=true\n' } : {}) };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
    chmodSync(join(root, path), path.startsWith('etc/') ? 0o644 : 0o755);
  }
  mkdirSync(join(image, '..'), { recursive: true });
  copyFileSync(rootfs, image);
  const tar = spawnSync('tar', ['--append', '-f', image, '-C', root, ...Object.keys(files).map((p) => `./${p}`)]);
  if (tar.status !== 0) throw new Error(`tar --append failed: ${tar.stderr}`);
  return { path: image, sha: sha256(image) };
}
