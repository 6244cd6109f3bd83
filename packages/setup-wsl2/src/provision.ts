import { parseKernel, parseOsRelease } from '@wsl-ready/core';

/**
 * The shell scripts run inside the distribution. Each is a fixed text run as `/bin/sh -c <script> wsl-ready
 * <args...>`: values (already validated) travel as positional arguments, never spliced into the script, and file
 * contents travel on stdin.
 */

const MARK = '@@wsl-ready@@';

/** One call that gathers what the later phases need: os-release, wsl.conf, bash, the user, kernel and address. */
export const PROBE_SCRIPT = `
user=$1
section() { printf '\\n${MARK} %s\\n' "$1"; }
section os-release; cat /etc/os-release 2>/dev/null || cat /usr/lib/os-release 2>/dev/null || true
section wsl.conf; cat /etc/wsl.conf 2>/dev/null || true
section bash; command -v bash 2>/dev/null || true
section user; id -u "$user" 2>/dev/null || true
section kernel; for u in /usr/bin/uname /bin/uname; do if [ -x "$u" ]; then "$u" -r; break; fi; done
section ip; (ip -4 -o addr show scope global 2>/dev/null || true) | awk '{split($4, a, "/"); print a[1]; exit}'
section manager; for m in apt-get dnf microdnf yum zypper apk pacman; do if command -v "$m" >/dev/null 2>&1; then echo "$m"; break; fi; done
section end
`;

export interface ProbeFacts {
  osRelease: ReturnType<typeof parseOsRelease>['value'] | null;
  wslConf: string;
  bash: string | null;
  userExists: boolean;
  kernelRelease: string | null;
  wslGeneration: 1 | 2 | null;
  ip: string | null;
  packageManager: string | null;
}

/** Split the probe's output into its sections. Total: missing sections read as empty. */
export function parseProbe(stdout: string): ProbeFacts {
  const sections = new Map<string, string>();
  let current: string | undefined;
  let lines: string[] = [];
  // Split on LF only: a CR is part of wsl.conf's bytes (WSL's init reads `\` + CRLF differently from `\` + LF).
  for (const line of stdout.split('\n')) {
    if (line.startsWith(`${MARK} `)) {
      if (current) sections.set(current, lines.join('\n'));
      current = line.slice(MARK.length + 1).trim();
      lines = [];
    } else if (current) {
      lines.push(line);
    }
  }
  const get = (name: string) => (sections.get(name) ?? '').replace(/\r\n/g, '\n').trim();
  const os = get('os-release') ? parseOsRelease(get('os-release')) : null;
  const kernel = get('kernel') ? parseKernel(get('kernel')) : null;
  return {
    osRelease: os?.recognized ? os.value : null,
    // wsl.conf keeps its exact bytes: the LF before the next marker is the framing's, which the split took.
    wslConf: sections.get('wsl.conf') ?? '',
    bash: get('bash') || null,
    userExists: /^\d+$/.test(get('user')),
    kernelRelease: kernel?.recognized ? kernel.value.kernelRelease : get('kernel') || null,
    wslGeneration: kernel?.recognized ? kernel.value.wslGeneration : null,
    ip: /^\d{1,3}(?:\.\d{1,3}){3}$/.test(get('ip')) ? get('ip') : null,
    packageManager: get('manager') || null,
  };
}

/**
 * Write /etc/wsl.conf from stdin (when $2 is 1), atomically and byte for byte: its line endings are the file's own
 * (WSL's init reads it as bytes, where `\` + CRLF ends a value but `\` + LF continues it, so folding CRLF would
 * change what WSL reads). Create the user (when
 * missing) with passwordless sudo and no password of its own: useradd, busybox/Alpine adduser, or plain
 * passwd/group lines as the last resort.
 */
export const CONFIGURE_SCRIPT = `
set -eu
user=$1; write_conf=$2; docker=$3
if [ "$write_conf" = 1 ]; then
  tmp=/etc/.wsl.conf.wsl-ready.$$
  cat > "$tmp"
  chmod 644 "$tmp"
  mv -f "$tmp" /etc/wsl.conf
fi
if [ "$user" != root ]; then
  if ! id -u "$user" >/dev/null 2>&1; then
    shell=/bin/sh; [ -x /bin/bash ] && shell=/bin/bash
    if command -v useradd >/dev/null 2>&1; then
      useradd --create-home --shell "$shell" "$user"
    elif command -v adduser >/dev/null 2>&1 && adduser 2>&1 | grep -q -- '-D'; then
      adduser -D -s "$shell" "$user"
    else
      uid=$(awk -F: 'BEGIN { max = 999 } $3 >= 1000 && $3 < 60000 && $3 > max { max = $3 } END { print max + 1 }' /etc/passwd)
      echo "$user:x:$uid:$uid::/home/$user:$shell" >> /etc/passwd
      echo "$user:x:$uid:" >> /etc/group
      mkdir -p "/home/$user" && chown "$uid:$uid" "/home/$user"
    fi
  fi
  mkdir -p /etc/sudoers.d
  printf '%s ALL=(ALL) NOPASSWD:ALL\\n' "$user" > "/etc/sudoers.d/90-wsl-ready-$user"
  chmod 0440 "/etc/sudoers.d/90-wsl-ready-$user"
  if [ "$docker" = 1 ] && command -v groupadd >/dev/null 2>&1; then
    groupadd -f docker 2>/dev/null || true
    if command -v usermod >/dev/null 2>&1; then usermod -aG docker "$user" || true; fi
  fi
fi
echo configured
`;

/**
 * Refresh the package index, upgrade (when $2 is 1) and install packages with the distribution's own manager,
 * non-interactive and with retries for flaky mirrors. Docker (when $1 is 1) is added under the family's name for it.
 */
export const PACKAGES_SCRIPT = `
set -eu
docker=$1; upgrade=$2; shift 2
manager=
for m in apt-get dnf microdnf yum zypper apk pacman; do
  if command -v "$m" >/dev/null 2>&1; then manager=$m; break; fi
done
if [ -z "$manager" ]; then
  echo "No package manager found (apt-get, dnf, yum, zypper, apk or pacman): install packages in your own step." >&2
  exit 3
fi
command -v bash >/dev/null 2>&1 || set -- "$@" bash
case $manager in
  apt-get)
    export DEBIAN_FRONTEND=noninteractive
    [ "$docker" = 1 ] && set -- "$@" docker.io
    apt-get -o Acquire::Retries=3 -o Acquire::ForceIPv4=true -q update
    [ "$upgrade" = 1 ] && apt-get -o Acquire::Retries=3 -o Acquire::ForceIPv4=true -q -y upgrade
    [ $# -gt 0 ] && apt-get -o Acquire::Retries=3 -o Acquire::ForceIPv4=true -q -y install --no-install-recommends "$@"
    ;;
  dnf|microdnf|yum)
    if [ "$docker" = 1 ]; then
      # Fedora packages Docker Engine as moby-engine; AlmaLinux, Rocky and RHEL do not package it at all.
      # shellcheck source=/dev/null
      os_id=$(. /etc/os-release 2>/dev/null && echo "\${ID:-}")
      if [ "$os_id" = fedora ]; then
        set -- "$@" moby-engine
      elif "$manager" -q list docker-ce >/dev/null 2>&1; then
        set -- "$@" docker-ce docker-ce-cli containerd.io
      else
        echo "Docker Engine is not packaged for $os_id (moby-engine is Fedora's). Add Docker's own repository for it in a step before this one (Docker's install guide for RHEL/CentOS: dnf config-manager --add-repo <docker-ce.repo>), or use docker: true with Ubuntu, Debian, Fedora, openSUSE or Arch." >&2
        exit 5
      fi
    fi
    [ "$upgrade" = 1 ] && "$manager" -y upgrade
    [ $# -gt 0 ] && "$manager" -y install "$@"
    ;;
  zypper)
    [ "$docker" = 1 ] && set -- "$@" docker
    zypper --non-interactive refresh
    [ "$upgrade" = 1 ] && zypper --non-interactive update
    [ $# -gt 0 ] && zypper --non-interactive install "$@"
    ;;
  apk)
    [ "$docker" = 1 ] && set -- "$@" docker
    apk update
    [ "$upgrade" = 1 ] && apk upgrade
    [ $# -gt 0 ] && apk add "$@"
    ;;
  pacman)
    [ "$docker" = 1 ] && set -- "$@" docker
    if [ "$upgrade" = 1 ]; then pacman -Syu --noconfirm; else pacman -Sy --noconfirm; fi
    [ $# -gt 0 ] && pacman -S --needed --noconfirm "$@"
    ;;
esac
echo packages-done
`;

/**
 * Configure the engine's listeners ($@: the hosts, e.g. unix:///var/run/docker.sock tcp://127.0.0.1:2375) and
 * start it, the same way with and without systemd: the hosts live in /etc/docker/daemon.json, and a systemd
 * drop-in clears the unit's ExecStart, whose `-H fd://` would clash with them (dockerd refuses a setting given
 * both as a flag and in daemon.json; Docker's documentation "Configure remote access for Docker daemon").
 * Under systemd (/run/systemd/system exists, sd_booted's test) docker.service is restarted to read them; without
 * it, dockerd runs detached (the instance is kept alive by instanceIdleTimeout=-1). Done when every host answers.
 */
export const DOCKER_START_SCRIPT = `
set -eu
[ $# -gt 0 ] || { echo "no hosts to listen on" >&2; exit 2; }
hosts=
for h in "$@"; do hosts="\${hosts:+$hosts, }\\"$h\\""; done
mkdir -p /etc/docker /var/log
conf=/etc/docker/daemon.json
if [ -s "$conf" ] && [ "$(tr -d ' \\t\\r\\n' < "$conf")" != "{}" ]; then
  if grep -q '"hosts"' "$conf"; then
    echo "$conf already sets hosts; they are kept (the engine may not listen where docker-host says)." >&2
  else
    # Our key first, the user's settings after it.
    awk -v hosts="$hosts" '!done && sub(/[{]/, "{\\"hosts\\": [" hosts "],") { done = 1 } { print }' "$conf" > "$conf.wsl-ready"
    mv "$conf.wsl-ready" "$conf"
  fi
else
  printf '{"hosts": [%s]}\\n' "$hosts" > "$conf"
fi
answers() {
  for h in "$@"; do docker -H "$h" info >/dev/null 2>&1 || return 1; done
}
if [ -d /run/systemd/system ]; then
  mkdir -p /etc/systemd/system/docker.service.d
  printf '[Service]\\nExecStart=\\nExecStart=%s\\n' "$(command -v dockerd)" > /etc/systemd/system/docker.service.d/wsl-ready-hosts.conf
  systemctl daemon-reload
  systemctl enable docker.service >/dev/null 2>&1 || true
  systemctl restart docker.service
elif ! answers "$@"; then
  if pidof dockerd >/dev/null 2>&1; then
    for pid in $(pidof dockerd); do kill "$pid" 2>/dev/null || true; done
    i=0
    while pidof dockerd >/dev/null 2>&1 && [ "$i" -lt 30 ]; do i=$((i + 1)); sleep 1; done
  fi
  nohup dockerd </dev/null >/var/log/dockerd.log 2>&1 &
fi
i=0
until answers "$@"; do
  i=$((i + 1))
  if [ "$i" -gt 60 ]; then
    tail -n 20 /var/log/dockerd.log >&2 2>/dev/null || journalctl -u docker.service -n 20 --no-pager >&2 || true
    echo "dockerd did not answer on $*" >&2
    exit 4
  fi
  sleep 1
done
echo docker-ready
`;

/** argv after `--exec` for one of the scripts above. */
export function scriptCommand(script: string, args: readonly string[]): string[] {
  return ['/bin/sh', '-c', script, 'wsl-ready', ...args];
}
