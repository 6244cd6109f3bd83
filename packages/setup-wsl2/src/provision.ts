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
  for (const line of stdout.replace(/\r\n/g, '\n').split('\n')) {
    if (line.startsWith(`${MARK} `)) {
      if (current) sections.set(current, lines.join('\n'));
      current = line.slice(MARK.length + 1).trim();
      lines = [];
    } else if (current) {
      lines.push(line);
    }
  }
  const get = (name: string) => (sections.get(name) ?? '').trim();
  const os = get('os-release') ? parseOsRelease(get('os-release')) : null;
  const kernel = get('kernel') ? parseKernel(get('kernel')) : null;
  return {
    osRelease: os?.recognized ? os.value : null,
    // wsl.conf keeps its exact bytes apart from the section framing (the merge must not touch anything else).
    wslConf: (sections.get('wsl.conf') ?? '').replace(/^\n/, '').replace(/\n$/, ''),
    bash: get('bash') || null,
    userExists: /^\d+$/.test(get('user')),
    kernelRelease: kernel?.recognized ? kernel.value.kernelRelease : get('kernel') || null,
    wslGeneration: kernel?.recognized ? kernel.value.wslGeneration : null,
    ip: /^\d{1,3}(?:\.\d{1,3}){3}$/.test(get('ip')) ? get('ip') : null,
    packageManager: get('manager') || null,
  };
}

/**
 * Write /etc/wsl.conf from stdin (when $2 is 1), atomically and with LF endings, and create the user (when
 * missing) with passwordless sudo and no password of its own: useradd, busybox/Alpine adduser, or plain
 * passwd/group lines as the last resort.
 */
export const CONFIGURE_SCRIPT = `
set -eu
user=$1; write_conf=$2; docker=$3
if [ "$write_conf" = 1 ]; then
  tmp=/etc/.wsl.conf.wsl-ready.$$
  tr -d '\\r' > "$tmp"
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
    command -v usermod >/dev/null 2>&1 && usermod -aG docker "$user" || true
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
    [ "$docker" = 1 ] && set -- "$@" moby-engine
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

/** Start dockerd detached (the VM is kept alive by vmIdleTimeout=-1) and wait until it answers. */
export const DOCKER_START_SCRIPT = `
set -eu
if ! docker info >/dev/null 2>&1; then
  mkdir -p /var/log
  nohup dockerd -H unix:///var/run/docker.sock -H tcp://127.0.0.1:2375 </dev/null >/var/log/dockerd.log 2>&1 &
fi
i=0
until docker info >/dev/null 2>&1; do
  i=$((i + 1))
  if [ "$i" -gt 60 ]; then tail -n 20 /var/log/dockerd.log >&2 || true; echo "dockerd did not start" >&2; exit 4; fi
  sleep 1
done
echo docker-ready
`;

/** argv after `--exec` for one of the scripts above. */
export function scriptCommand(script: string, args: readonly string[]): string[] {
  return ['/bin/sh', '-c', script, 'wsl-ready', ...args];
}
