import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  INSTANCE_PROGRAM,
  pid1Identity,
  procVersionText,
  RUN_PROGRAM,
  VM_PROGRAM,
  WSL_INTEROP_BINFMT,
} from './distro-init.js';
import { JOURNALCTL_SCRIPT, SYSTEMCTL_SCRIPT } from './systemd.js';
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
  nsenter?: string;
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
    const nsenter = which('nsenter');
    const chroot = which('chroot');
    const env = which('env');
    if (!unshare) return { ok: false, reason: 'util-linux unshare is not installed' };
    if (!nsenter) return { ok: false, reason: 'util-linux nsenter is not installed' };
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
    return { ok: true, unshare, nsenter, chroot, env, perl };
  })();
  cachedIsolation = result;
  return result;
}

// Runs inside the distro: enter the working directory, then become the program (no shell stays in between).
const ENTER_SCRIPT = 'cd -- "$1" || exit 1; shift; exec "$@"';

function requireIsolation(): Isolation {
  const iso = probeIsolation();
  if (!iso.ok) {
    throw new Error(
      `cannot run commands inside a distro on this host: ${iso.reason}. The twin needs root, util-linux unshare and nsenter, chroot and perl.`,
    );
  }
  return iso;
}

/** Read the first line a freshly spawned keeper prints (`ready …`), or fail with what it wrote to stderr. */
function readyLine(child: ChildProcess, what: string, timeoutMs = 15_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => finish(new Error(`${what} did not start within ${timeoutMs} ms`)), timeoutMs);
    const finish = (error?: Error, line?: string) => {
      clearTimeout(timer);
      child.stdout?.removeAllListeners('data');
      child.stdout?.destroy();
      child.stderr?.destroy();
      if (error) {
        child.kill('SIGKILL');
        reject(error);
      } else resolve(line!);
    };
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const nl = out.indexOf('\n');
      if (nl >= 0) finish(undefined, out.slice(0, nl));
    });
    child.stderr?.on('data', (c: Buffer) => {
      err += c.toString();
    });
    child.on('exit', (code) => finish(new Error(`${what} exited (${code}) before it was ready: ${err.trim()}`)));
    child.on('error', (e) => finish(e));
  });
}

/**
 * Marks the twin's processes that stand for the Linux side (the VM, an instance, the relay of a call): they are
 * outside the Windows process tree, so a runner's tree kill (the harness) passes them by. The command itself gets
 * a clean environment (`env -i`) and never sees it.
 */
export const LINUX_SIDE_MARKER = 'WSL_TWIN_LINUX_SIDE';
const linuxSideEnv = (): NodeJS.ProcessEnv => ({ ...process.env, [LINUX_SIDE_MARKER]: '1' });

/** After the command exits, how long wsl.exe keeps relaying what is already in its output pipes. */
const OUTPUT_DRAIN_MS = 500;

/** Start the WSL 2 VM keeper: a detached process listening on `socket`; resolves to its pid. */
export async function startVmKeeper(socket: string, idleMs: number): Promise<number> {
  const iso = requireIsolation();
  const child = spawn(iso.perl!, ['-e', VM_PROGRAM, '--', socket, String(idleMs)], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: linuxSideEnv(),
  });
  await readyLine(child, 'the WSL 2 VM stand-in');
  child.unref();
  return child.pid!;
}

export interface InstanceSpec {
  root: string;
  mntRoot: string;
  kernelRelease: string;
  version: 1 | 2;
  boot: DistroBoot;
  /** The instance's client socket. */
  socket: string;
  idleMs: number;
  /** The VM keeper's socket (WSL 2), whose end ends the instance. */
  vmSocket?: string;
}

/** Boot a distro instance (its own mount and PID namespace, PID 1 reaping); resolves to the keeper's and PID 1's pids. */
export async function startInstance(spec: InstanceSpec): Promise<{ keeperPid: number; pid1: number }> {
  const iso = requireIsolation();
  for (const dir of ['mnt', 'proc', 'dev']) mkdirSync(join(spec.root, dir), { recursive: true });
  const scratch = mkdtempSync(join(tmpdir(), 'wsl-twin-boot-'));
  const krelFile = join(scratch, 'kernel-release');
  const versionFile = join(scratch, 'version');
  writeFileSync(krelFile, `${spec.kernelRelease}\n`);
  writeFileSync(versionFile, procVersionText(spec.kernelRelease, spec.version));
  // systemd's tools, for PID 1 to bind-mount into the distro when the instance boots with systemd.
  const systemdTools = join(scratch, 'systemd');
  if (spec.boot.systemd) {
    mkdirSync(systemdTools);
    writeFileSync(join(systemdTools, 'systemctl'), SYSTEMCTL_SCRIPT, { mode: 0o755 });
    writeFileSync(join(systemdTools, 'journalctl'), JOURNALCTL_SCRIPT, { mode: 0o755 });
  }
  const pid1 = pid1Identity(spec.boot.systemd);
  // `unshare --pid` without `--fork`: perl stays outside as the keeper and its first child is PID 1.
  const child = spawn(
    iso.unshare!,
    [
      '--mount',
      '--pid',
      '--propagation',
      'private',
      '--',
      iso.perl!,
      '-e',
      INSTANCE_PROGRAM,
      '--',
      spec.root,
      spec.mntRoot,
      krelFile,
      versionFile,
      pid1.comm,
      pid1.cmdline,
      spec.boot.interop ? '1' : '0',
      WSL_INTEROP_BINFMT,
      spec.socket,
      String(spec.idleMs),
      spec.vmSocket ?? '-',
      spec.boot.systemd ? systemdTools : '-',
    ],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: linuxSideEnv() },
  );
  try {
    const line = await readyLine(child, 'the distro instance');
    child.unref();
    return { keeperPid: child.pid!, pid1: Number(line.split(' ')[1]) };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export interface DistroRun {
  /** PID 1 of the running instance (a host pid). */
  pid1: number;
  root: string;
  user: DistroUser;
  cwd: string;
  argv: string[];
  env: Record<string, string>;
  stdio?: 'inherit' | 'capture-stdout';
}

/**
 * Run a program inside a running instance; resolves to its exit status (a signal's number if it was killed). What it
 * starts in the background stays in the instance (unless the terminal's hangup ends it, see `RUN_PROGRAM`).
 *
 * As in WSL, the command's output passes through this process (the relay's pipes and sockets end in wsl.exe), so
 * when wsl.exe is gone, so is the reader: later writes fail with EPIPE. wsl.exe installs no Ctrl+C handler and
 * forwards no signal (microsoft/WSL `src/windows/common/svccomm.cpp` `SvcComm::LaunchProcess`; `SetConsoleCtrlHandler`
 * appears only in `src/windows/common/install.cpp`): a SIGINT or SIGTERM to this process (a console Ctrl+C or
 * Ctrl+Break with the default handler) ends it at once, and the Linux side learns it only through the closed
 * control channel (fd 3 of the relay).
 */
export function runInDistro(run: DistroRun): Promise<{ code: number; stdout: Buffer }> {
  const iso = requireIsolation();
  const envArgs = Object.entries(run.env).map(([k, v]) => `${k}=${v}`);
  const spec = `${run.user.uid}:${run.user.gid}`;
  const args = [
    `--target=${run.pid1}`,
    '--mount',
    '--pid',
    '--no-fork',
    '--',
    iso.perl!,
    '-e',
    RUN_PROGRAM,
    '--',
    '3',
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
  const capture = run.stdio === 'capture-stdout';
  return new Promise((resolve, reject) => {
    const child = spawn(iso.nsenter!, args, {
      stdio: ['inherit', 'pipe', capture ? 'inherit' : 'pipe', 'pipe'],
      // The Linux side is not in wsl.exe's process group, as in WSL: a signal to wsl.exe's group never reaches it.
      detached: true,
      env: linuxSideEnv(),
    });
    const chunks: Buffer[] = [];
    if (capture) child.stdout?.on('data', (c: Buffer) => chunks.push(c));
    else {
      child.stdout?.on('data', (c: Buffer) => process.stdout.write(c));
      child.stderr?.on('data', (c: Buffer) => process.stderr.write(c));
    }
    child.on('error', reject);
    let status = 1;
    const done = () => {
      for (const stream of child.stdio) stream?.destroy();
      resolve({ code: status, stdout: Buffer.concat(chunks) });
    };
    // WSL hands back the raw wait status for a killed process: the signal number, not 128 + signal.
    const statusOf = (code: number | null, signal: NodeJS.Signals | null) =>
      code ?? (signal ? constants.signals[signal] : 1);
    if (capture) {
      // Captured output (short, internal commands) is read to its end.
      child.on('close', (code: number | null, signal: NodeJS.Signals | null) => {
        status = statusOf(code, signal);
        done();
      });
      return;
    }
    // wsl.exe returns when the command does: what is already in the pipes is relayed, but a background process
    // that holds them open is not waited for (WSL's relay shuts its output sockets down when the command exits).
    child.on('exit', (code: number | null, signal: NodeJS.Signals | null) => {
      status = statusOf(code, signal);
      let open = 2;
      const timer = setTimeout(done, OUTPUT_DRAIN_MS);
      const ended = () => {
        open -= 1;
        if (open === 0) {
          clearTimeout(timer);
          done();
        }
      };
      for (const stream of [child.stdout, child.stderr]) {
        if (!stream || stream.readableEnded) ended();
        else stream.once('end', ended);
      }
    });
  });
}
