import { spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

export type ExportFormat = 'tar' | 'tar.gz' | 'tar.xz';

function runTar(args: string[], input?: Readable, output?: Writable): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('tar', args, { stdio: [input ? 'pipe' : 'ignore', output ? 'pipe' : 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    if (input && child.stdin) input.pipe(child.stdin);
    if (output && child.stdout) child.stdout.pipe(output, { end: false });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stderr }));
  });
}

/** Unpack a distro tarball (plain, gzip or xz: GNU tar detects it) into `root`, keeping owners and modes. */
export async function unpackRootfs(source: string | Readable, root: string): Promise<boolean> {
  const args = [
    '-x',
    '--numeric-owner',
    '--same-permissions',
    '-C',
    root,
    '-f',
    typeof source === 'string' ? source : '-',
  ];
  const { code } = await runTar(args, typeof source === 'string' ? undefined : source);
  return code === 0;
}

/** Pack a distro's root into `target` (a file path, or a stream for `-`). */
export async function packRootfs(root: string, target: string | Writable, format: ExportFormat): Promise<boolean> {
  const compress = format === 'tar.gz' ? ['-z'] : format === 'tar.xz' ? ['-J'] : [];
  // /proc, /dev and /mnt are mount points inside a running distro, never part of its file system.
  const args = [
    '-c',
    ...compress,
    '--numeric-owner',
    '--exclude=./proc/*',
    '--exclude=./dev/*',
    '--exclude=./mnt/*',
    '-C',
    root,
    '-f',
    typeof target === 'string' ? target : '-',
    '.',
  ];
  const { code } = await runTar(args, undefined, typeof target === 'string' ? undefined : target);
  return code === 0;
}
