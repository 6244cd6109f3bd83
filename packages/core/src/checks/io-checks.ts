import { readConfigValues } from '../config/index.js';
import type { DoctorContext } from './context.js';
import { IO_BENCH_SCRIPT, parseIoBench, windowsDriveOf } from './io-bench.js';
import { pass, skip, warn } from './outcome.js';
import { callTool } from './tool-call.js';
import type { DoctorCheck } from './types.js';

const FILESYSTEMS_DOCS = 'https://learn.microsoft.com/windows/wsl/filesystems';
const BENCH_TIMEOUT_MS = 60_000;

async function automountRoot(ctx: DoctorContext): Promise<string> {
  const local = await ctx.local.get();
  if (!local?.wslConf) return '/mnt/';
  const root = readConfigValues(local.wslConf, 'wslconf').value.values['automount.root'];
  return typeof root === 'string' && root.startsWith('/') ? root : '/mnt/';
}

export const ioLocationCheck: DoctorCheck = {
  id: 'io.location',
  area: 'io',
  title: 'Project location inside WSL',
  async run(ctx) {
    if (ctx.mode !== 'wsl') return skip('Applies only when wsl-ready runs inside a WSL distribution.');
    const cwd = ctx.options.cwd ?? ctx.env.PWD ?? null;
    if (!cwd) return skip('The current directory is unknown.');
    const [root, local] = await Promise.all([automountRoot(ctx), ctx.local.get()]);
    const mount = (local?.windowsMounts ?? [])
      .filter((m) => cwd === m.target || cwd.startsWith(`${m.target.replace(/\/$/, '')}/`))
      .sort((a, b) => b.target.length - a.target.length)[0];
    const drive = windowsDriveOf(cwd, root);
    const onWindows = drive !== null || mount !== undefined;
    let ratio: number | null = null;
    let bench: ReturnType<typeof parseIoBench> | null = null;
    if (ctx.options.benchIo) {
      const home = ctx.env.HOME ?? '/tmp';
      const call = await callTool(ctx.runner, '/bin/sh', ['-c', IO_BENCH_SCRIPT, 'wsl-ready-bench', cwd, home], {
        timeoutMs: BENCH_TIMEOUT_MS,
      });
      bench = parseIoBench(call.stdout);
      ratio = bench.ratio;
      if (ratio === null)
        ctx.warn(`The I/O benchmark gave no figure (${call.error?.message ?? `exit ${call.result?.exitCode}`}).`);
    }
    const ev = {
      cwd,
      drive,
      filesystem: mount?.type,
      automountRoot: root,
      hereMs: bench?.hereNs ? Math.round(bench.hereNs / 1e5) / 10 : null,
      homeMs: bench?.homeNs ? Math.round(bench.homeNs / 1e5) / 10 : null,
      ratio: ratio !== null ? Math.round(ratio * 10) / 10 : null,
    };
    const measured =
      ratio !== null
        ? ` Small-file create/stat/read/delete here is ${ratio.toFixed(1)}× the time it takes in the Linux home.`
        : '';
    if (onWindows) {
      return warn(
        `The project is on a Windows drive (${drive ? `${drive.toUpperCase()}:` : mount?.target}${mount ? `, ${mount.type}` : ''}): file-heavy work (git, npm, builds) is much slower there than in the Linux file system.${measured}`,
        {
          remediation:
            "Keep the project in the distribution's own file system, e.g. `git clone <repo> ~/src/<name>`; Windows tools reach it at `\\\\wsl.localhost\\<distro>\\home\\<user>\\src`.",
          docsUrl: FILESYSTEMS_DOCS,
          evidence: ev,
        },
      );
    }
    return pass(`The project is in the Linux file system.${measured}`, { evidence: ev });
  },
};

export const IO_CHECKS: readonly DoctorCheck[] = [ioLocationCheck];
