import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';

/** One line of a distro's `/etc/passwd`. */
export interface DistroUser {
  name: string;
  uid: number;
  gid: number;
  home: string;
  shell: string;
}

export function readDistroUser(root: string, name: string): DistroUser | undefined {
  let passwd: string;
  try {
    passwd = readFileSync(join(root, 'etc/passwd'), 'utf8');
  } catch {
    return undefined;
  }
  for (const line of passwd.split('\n')) {
    const f = line.split(':');
    if (f.length < 7 || f[0] !== name) continue;
    const uid = Number(f[2]);
    const gid = Number(f[3]);
    if (!Number.isInteger(uid) || !Number.isInteger(gid)) continue;
    return { name, uid, gid, home: f[5] || '/', shell: f[6] || '/bin/sh' };
  }
  return undefined;
}

/** `[user] default=` of the distro's `/etc/wsl.conf`, which wsl.exe honours at every launch. */
export function wslConfDefaultUser(root: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(join(root, 'etc/wsl.conf'), 'utf8');
  } catch {
    return undefined;
  }
  let section = '';
  let found: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/[#;].*$/, '').trim();
    const header = /^\[([^\]]*)\]$/.exec(line);
    if (header) {
      section = header[1]!.trim().toLowerCase();
      continue;
    }
    const kv = /^([^=]+)=(.*)$/.exec(line);
    if (section === 'user' && kv && kv[1]!.trim().toLowerCase() === 'default') found = kv[2]!.trim();
  }
  return found || undefined;
}

export interface Isolation {
  ok: boolean;
  /** Why commands cannot run inside a distro here (when `ok` is false). */
  reason?: string;
  unshare?: string;
  chroot?: string;
  env?: string;
}

let cachedIsolation: Isolation | undefined;

function which(name: string): string | undefined {
  for (const dir of ['/usr/bin', '/usr/sbin', '/bin', '/sbin', ...(process.env.PATH ?? '').split(':')]) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/**
 * Whether this host lets the twin run a distro's commands for real: root, util-linux `unshare`, `chroot`, and a
 * private mount namespace that permits bind mounts. There is no unsafe fallback: without isolation a distro's
 * absolute paths would hit the host.
 */
export function probeIsolation(): Isolation {
  if (cachedIsolation) return cachedIsolation;
  const result = ((): Isolation => {
    if (process.platform !== 'linux') return { ok: false, reason: 'not Linux' };
    if (process.getuid?.() !== 0) return { ok: false, reason: 'not root (chroot and mount need root)' };
    const unshare = which('unshare');
    const chroot = which('chroot');
    const env = which('env');
    if (!unshare) return { ok: false, reason: 'util-linux unshare is not installed' };
    if (!chroot) return { ok: false, reason: 'chroot is not installed' };
    if (!env) return { ok: false, reason: 'env is not installed' };
    const probe = spawnSync(
      unshare,
      ['--mount', '--propagation', 'private', '--', '/bin/sh', '-c', 'mount -t tmpfs none /mnt && umount /mnt'],
      { timeout: 5000, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    if (probe.status !== 0) {
      const why = probe.error?.message ?? probe.stderr?.toString().trim() ?? `exit ${probe.status}`;
      return { ok: false, reason: `a private mount namespace is not permitted here (${why})` };
    }
    return { ok: true, unshare, chroot, env };
  })();
  cachedIsolation = result;
  return result;
}

// Runs on the host inside the new mount namespace; every value arrives as a positional argument, never as code.
const NAMESPACE_SCRIPT = `set -e
root=$1; mnt=$2; krel=$3; shift 3
if [ -d "$mnt" ]; then mount --bind "$mnt" "$root/mnt"; fi
mount -t proc proc "$root/proc"
mount --rbind /dev "$root/dev"
if [ -n "$krel" ] && [ -f "$root/usr/lib/wsl-twin/kernel-release" ]; then mount --bind "$krel" "$root/usr/lib/wsl-twin/kernel-release"; fi
exec "$@"`;

// Runs inside the distro: enter the working directory, then become the program (no shell stays in between).
const ENTER_SCRIPT = 'cd -- "$1" || exit 1; shift; exec "$@"';

export interface DistroRun {
  root: string;
  mntRoot: string;
  user: DistroUser;
  cwd: string;
  argv: string[];
  env: Record<string, string>;
  kernelRelease: string;
  stdio?: 'inherit' | 'capture-stdout';
}

/** Run a program inside the distro's root; resolves to its exit status (a signal's number if it was killed). */
export function runInDistro(run: DistroRun): Promise<{ code: number; stdout: Buffer }> {
  const iso = probeIsolation();
  if (!iso.ok) {
    throw new Error(
      `cannot run commands inside a distro on this host: ${iso.reason}. The twin needs root, util-linux unshare and chroot.`,
    );
  }
  for (const dir of ['mnt', 'proc', 'dev']) mkdirSync(join(run.root, dir), { recursive: true });
  const krelFile = join(tmpdir(), `wsl-twin-krel-${process.pid}-${Date.now()}`);
  writeFileSync(krelFile, `${run.kernelRelease}\n`);
  const envArgs = Object.entries(run.env).map(([k, v]) => `${k}=${v}`);
  const spec = `${run.user.uid}:${run.user.gid}`;
  const args = [
    '--mount',
    '--propagation',
    'private',
    '--',
    '/bin/sh',
    '-c',
    NAMESPACE_SCRIPT,
    'wsl-twin',
    run.root,
    run.mntRoot,
    krelFile,
    iso.env!,
    '-i',
    ...envArgs,
    iso.chroot!,
    `--userspec=${spec}`,
    `--groups=${run.user.gid}`,
    run.root,
    '/bin/sh',
    '-c',
    ENTER_SCRIPT,
    'wsl',
    run.cwd,
    ...run.argv,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(iso.unshare!, args, {
      stdio: run.stdio === 'capture-stdout' ? ['inherit', 'pipe', 'inherit'] : 'inherit',
    });
    const chunks: Buffer[] = [];
    child.stdout?.on('data', (c: Buffer) => chunks.push(c));
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
    const onTerm = forward('SIGTERM');
    const onInt = forward('SIGINT');
    process.on('SIGTERM', onTerm);
    process.on('SIGINT', onInt);
    child.on('error', (error) => {
      rmSync(krelFile, { force: true });
      reject(error);
    });
    child.on('close', (code, signal) => {
      process.off('SIGTERM', onTerm);
      process.off('SIGINT', onInt);
      rmSync(krelFile, { force: true });
      // WSL hands back the raw wait status for a killed process: the signal number, not 128 + signal.
      const status = code ?? (signal ? constants.signals[signal] : 1);
      resolve({ code: status, stdout: Buffer.concat(chunks) });
    });
  });
}
