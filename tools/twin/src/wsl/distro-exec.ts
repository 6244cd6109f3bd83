import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DISTRO_INIT_PROGRAM, pid1Identity, procVersionText, WSL_INTEROP_BINFMT } from './distro-init.js';
import type { DistroBoot } from './wsl-conf.js';

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

export interface Isolation {
  ok: boolean;
  /** Why commands cannot run inside a distro here (when `ok` is false). */
  reason?: string;
  unshare?: string;
  chroot?: string;
  env?: string;
  perl?: string;
}

let cachedIsolation: Isolation | undefined;

function which(name: string): string | undefined {
  for (const dir of ['/usr/bin', '/usr/sbin', '/bin', '/sbin', ...(process.env.PATH ?? '').split(':')]) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/**
 * Whether this host lets the twin run a distro's commands for real: root, util-linux `unshare`, `chroot`, `perl`
 * (the stand-in init), and private mount and PID namespaces that permit mounts (a fresh `/proc` among them). There
 * is no unsafe fallback: without isolation a distro's absolute paths would hit the host.
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
    const perl = which('perl');
    if (!perl) return { ok: false, reason: "perl is not installed (Debian's perl-base runs the stand-in init)" };
    const probe = spawnSync(
      unshare,
      [
        '--mount',
        '--pid',
        '--fork',
        '--propagation',
        'private',
        '--',
        '/bin/sh',
        '-c',
        'mount -t tmpfs none /mnt && mount -t proc proc /mnt && umount /mnt && umount /mnt',
      ],
      { timeout: 5000, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    if (probe.status !== 0) {
      const why = probe.error?.message ?? probe.stderr?.toString().trim() ?? `exit ${probe.status}`;
      return { ok: false, reason: `private mount and PID namespaces are not permitted here (${why})` };
    }
    return { ok: true, unshare, chroot, env, perl };
  })();
  cachedIsolation = result;
  return result;
}

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
  /** The distro's generation: WSL 1 and WSL 2 kernels print different `/proc/version` lines. */
  version: 1 | 2;
  /** PID 1 and the interop registration, from the distro's wsl.conf (`distroBoot`). */
  boot: DistroBoot;
  stdio?: 'inherit' | 'capture-stdout';
}

/** Run a program inside the distro's root; resolves to its exit status (a signal's number if it was killed). */
export function runInDistro(run: DistroRun): Promise<{ code: number; stdout: Buffer }> {
  const iso = probeIsolation();
  if (!iso.ok) {
    throw new Error(
      `cannot run commands inside a distro on this host: ${iso.reason}. The twin needs root, util-linux unshare, chroot and perl.`,
    );
  }
  for (const dir of ['mnt', 'proc', 'dev']) mkdirSync(join(run.root, dir), { recursive: true });
  // Files bind-mounted over the distro's view for this call only.
  const scratch = mkdtempSync(join(tmpdir(), 'wsl-twin-call-'));
  const krelFile = join(scratch, 'kernel-release');
  const versionFile = join(scratch, 'version');
  writeFileSync(krelFile, `${run.kernelRelease}\n`);
  writeFileSync(versionFile, procVersionText(run.kernelRelease, run.version));
  const envArgs = Object.entries(run.env).map(([k, v]) => `${k}=${v}`);
  const spec = `${run.user.uid}:${run.user.gid}`;
  const pid1 = pid1Identity(run.boot.systemd);
  // `unshare --pid` without `--fork`: perl stays outside as the supervisor and its first child is PID 1.
  const args = [
    '--mount',
    '--pid',
    '--propagation',
    'private',
    '--',
    iso.perl!,
    '-e',
    DISTRO_INIT_PROGRAM,
    '--',
    run.root,
    run.mntRoot,
    krelFile,
    versionFile,
    pid1.comm,
    pid1.cmdline,
    run.boot.interop ? '1' : '0',
    WSL_INTEROP_BINFMT,
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
      // The Linux side is not in wsl.exe's process group, as in WSL: a Ctrl+C or a signal to wsl.exe's group
      // reaches the Linux program once, through the forwarding below, never twice.
      detached: true,
    });
    const chunks: Buffer[] = [];
    child.stdout?.on('data', (c: Buffer) => chunks.push(c));
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
    const onTerm = forward('SIGTERM');
    const onInt = forward('SIGINT');
    process.on('SIGTERM', onTerm);
    process.on('SIGINT', onInt);
    child.on('error', (error) => {
      rmSync(scratch, { recursive: true, force: true });
      reject(error);
    });
    child.on('close', (code, signal) => {
      process.off('SIGTERM', onTerm);
      process.off('SIGINT', onInt);
      rmSync(scratch, { recursive: true, force: true });
      // WSL hands back the raw wait status for a killed process: the signal number, not 128 + signal.
      const status = code ?? (signal ? constants.signals[signal] : 1);
      resolve({ code: status, stdout: Buffer.concat(chunks) });
    });
  });
}
