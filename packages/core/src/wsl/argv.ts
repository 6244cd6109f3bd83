import { InputError } from '../errors.js';
import { mergeWslenv, type WslenvEntryOptions, wslenvEntry } from '../runner/wslenv.js';
import {
  validateDistroName,
  validateEnvName,
  validateLinuxUserName,
  validateMemorySize,
  validateWindowsPath,
  validateWslDirectory,
  validateWslVersion,
  type WslVersion,
} from './validate.js';

/**
 * Pure argv builders for wsl.exe: each returns the arguments after the executable, validated first (InputError
 * names the input and the accepted values). Long option names throughout: every one used here exists on the
 * supported releases (microsoft/WSL 2.5.8 → 2.9.4, and the inbox binary where noted in the reference).
 */

export interface ListOptions {
  /** Include distros that are installing, uninstalling, converting or exporting (`--all`). */
  all?: boolean;
}

/** `wsl --list --verbose`: the NAME / STATE / VERSION table. Exit -1 when no distro is installed. */
export function wslListVerboseArgs(options: ListOptions = {}): string[] {
  return ['--list', '--verbose', ...(options.all ? ['--all'] : [])];
}

/** `wsl --list --quiet`: bare names; empty output and exit 0 with no distros, which makes it the safe probe. */
export function wslListQuietArgs(options: ListOptions = {}): string[] {
  return ['--list', '--quiet', ...(options.all ? ['--all'] : [])];
}

/** `wsl --list --running [--quiet]`. Without `--quiet` "no running distro" is a failure (exit -1). */
export function wslListRunningArgs(options: { quiet?: boolean } = {}): string[] {
  return ['--list', '--running', ...((options.quiet ?? true) ? ['--quiet'] : [])];
}

/** `wsl --list --online`: the distros available to install (needs the network). */
export function wslListOnlineArgs(): string[] {
  return ['--list', '--online'];
}

export function wslStatusArgs(): string[] {
  return ['--status'];
}

/** `wsl --version`: unknown to the inbox wsl.exe, so success also means "the WSL package is installed". */
export function wslVersionArgs(): string[] {
  return ['--version'];
}

export interface InstallOptions {
  /** Distro to install. */
  distribution?: string;
  /**
   * How the distro is passed: `--distribution <name>` (default; understood by the inbox wsl.exe too) or as the
   * positional argument `--install <name>` of current releases.
   */
  distributionForm?: 'flag' | 'positional';
  /** Install only WSL itself (`--no-distribution`). */
  noDistribution?: boolean;
  /** Do not launch the distro after installing (`--no-launch`): required in CI. */
  noLaunch?: boolean;
  /** Download from the internet instead of the Microsoft Store (`--web-download`). */
  webDownload?: boolean;
  /** Install from a local `.wsl`/tar file (`--from-file`, 2.4.4+), or `-` for stdin. */
  fromFile?: string;
  /** Name of the new distro (`--name`, 2.4.4+). */
  name?: string;
  /** Absolute folder for the distro's disk (`--location`, 2.4.4+). */
  location?: string;
  /** WSL version of the new distro (`--version`). */
  version?: WslVersion | '1' | '2';
  /** Size of the disk (`--vhd-size`), e.g. `256GB`. */
  vhdSize?: string;
  /** Fixed-size disk (`--fixed-vhd`; needs `vhdSize`). */
  fixedVhd?: boolean;
  /** Also enable the WSL 1 optional component (`--enable-wsl1`). */
  enableWsl1?: boolean;
}

export function wslInstallArgs(options: InstallOptions = {}): string[] {
  const args = ['--install'];
  if (options.distribution !== undefined) {
    const distro = validateDistroName(options.distribution, 'distribution to install');
    if (options.noDistribution) conflict('distribution to install', '"noDistribution" and a distribution');
    if (options.fromFile !== undefined) conflict('distribution to install', '"fromFile" and a distribution');
    if (options.distributionForm === 'positional') args.push(distro);
    else args.push('--distribution', distro);
  }
  if (options.noDistribution) {
    for (const key of ['fromFile', 'name', 'location', 'version', 'vhdSize'] as const) {
      if (options[key] !== undefined) conflict('install options', `"noDistribution" and "${key}"`);
    }
    args.push('--no-distribution');
  }
  if (options.noLaunch) args.push('--no-launch');
  if (options.webDownload) args.push('--web-download');
  if (options.fromFile !== undefined) args.push('--from-file', fileOrDash(options.fromFile, 'file to install from'));
  if (options.name !== undefined) args.push('--name', validateDistroName(options.name, 'name of the new distribution'));
  if (options.location !== undefined)
    args.push('--location', validateWindowsPath(options.location, 'install location'));
  if (options.version !== undefined) args.push('--version', String(validateWslVersion(options.version)));
  if (options.vhdSize !== undefined) args.push('--vhd-size', validateMemorySize(options.vhdSize, 'disk size'));
  if (options.fixedVhd) {
    if (options.vhdSize === undefined)
      conflict('fixed disk', '"fixedVhd" without "vhdSize" (a fixed disk needs a size)');
    args.push('--fixed-vhd');
  }
  if (options.enableWsl1) args.push('--enable-wsl1');
  return args;
}

export interface ImportOptions {
  distribution: string;
  /** Absolute Windows folder for the new distro's disk (created if missing). */
  installLocation: string;
  /** The tar (or `.vhdx` with `vhd: true`) file, or `-` for stdin. */
  file: string;
  version?: WslVersion | '1' | '2';
  /** The file is a VHD(X) disk, not a tar (`--vhd`). wsl.exe refuses a `.vhdx` without it. */
  vhd?: boolean;
}

export function wslImportArgs(options: ImportOptions): string[] {
  const distro = validateDistroName(options.distribution);
  const location = validateWindowsPath(options.installLocation, 'install location');
  const file = fileOrDash(options.file, 'file to import');
  if (/\.vhdx?$/i.test(file) && !options.vhd) {
    throw new InputError(
      'file to import',
      `The file to import ${JSON.stringify(file)} is a virtual disk: pass vhd: true (wsl --import … --vhd), or import a tar file.`,
    );
  }
  const args = ['--import', distro, location, file];
  if (options.version !== undefined) args.push('--version', String(validateWslVersion(options.version)));
  if (options.vhd) args.push('--vhd');
  return args;
}

/** `wsl --import-in-place <distro> <file.vhdx>`: register an existing ext4 VHDX where it is. */
export function wslImportInPlaceArgs(distribution: string, vhdxFile: string): string[] {
  const file = validateWindowsPath(vhdxFile, 'disk to import in place', { absolute: false });
  if (!/\.vhdx$/i.test(file)) {
    throw new InputError(
      'disk to import in place',
      `The disk to import in place ${JSON.stringify(file)} is not a .vhdx file. Accepted: a path to an ext4 .vhdx disk.`,
    );
  }
  return ['--import-in-place', validateDistroName(distribution), file];
}

export type ExportFormat = 'tar' | 'tar.gz' | 'tar.xz' | 'vhd';
const EXPORT_FORMATS: readonly ExportFormat[] = ['tar', 'tar.gz', 'tar.xz', 'vhd'];

export interface ExportOptions {
  distribution: string;
  /** Target file, or `-` for stdout. */
  file: string;
  /** `--format` (≤2.5.8): tar, tar.gz, tar.xz or vhd. */
  format?: ExportFormat;
  /** `--vhd`: export the disk itself (WSL 2 only); the same as format `vhd`. */
  vhd?: boolean;
}

export function wslExportArgs(options: ExportOptions): string[] {
  const distro = validateDistroName(options.distribution);
  const file = fileOrDash(options.file, 'export file');
  const args = ['--export', distro, file];
  if (options.format !== undefined) {
    if (!EXPORT_FORMATS.includes(options.format)) {
      throw new InputError(
        'export format',
        `The export format ${JSON.stringify(options.format)} is not known. Accepted: ${EXPORT_FORMATS.join(', ')}.`,
      );
    }
    if (options.vhd && options.format !== 'vhd') {
      conflict('export format', `"vhd" and format ${JSON.stringify(options.format)} (a disk export is not a tar)`);
    }
    args.push('--format', options.format);
  } else if (options.vhd) {
    args.push('--vhd');
  }
  return args;
}

export function wslUnregisterArgs(distribution: string): string[] {
  return ['--unregister', validateDistroName(distribution)];
}

export function wslSetDefaultArgs(distribution: string): string[] {
  return ['--set-default', validateDistroName(distribution)];
}

export function wslSetVersionArgs(distribution: string, version: WslVersion | '1' | '2'): string[] {
  return ['--set-version', validateDistroName(distribution), String(validateWslVersion(version))];
}

export function wslSetDefaultVersionArgs(version: WslVersion | '1' | '2'): string[] {
  return ['--set-default-version', String(validateWslVersion(version))];
}

export function wslTerminateArgs(distribution: string): string[] {
  return ['--terminate', validateDistroName(distribution)];
}

/** `wsl --shutdown [--force]`: `--force` stops the VM even mid-operation (may lose data). */
export function wslShutdownArgs(options: { force?: boolean } = {}): string[] {
  return ['--shutdown', ...(options.force ? ['--force'] : [])];
}

export interface UpdateOptions {
  /** Kept for the inbox wsl.exe; current releases accept and ignore it. */
  webDownload?: boolean;
  /** Update to a pre-release (`--pre-release`). */
  preRelease?: boolean;
}

export function wslUpdateArgs(options: UpdateOptions = {}): string[] {
  const args = ['--update'];
  if (options.webDownload) args.push('--web-download');
  if (options.preRelease) args.push('--pre-release');
  return args;
}

export function wslUninstallArgs(): string[] {
  return ['--uninstall'];
}

/** Exactly one `--manage` action (wsl.exe rejects zero or several). */
export type ManageAction =
  | { move: string }
  | { setSparse: boolean; allowUnsafe?: boolean }
  | { setDefaultUser: string }
  | { resize: string };

export function wslManageArgs(distribution: string, action: ManageAction): string[] {
  const distro = validateDistroName(distribution);
  const chosen = (['move', 'setSparse', 'setDefaultUser', 'resize'] as const).filter(
    (key) => (action as Record<string, unknown>)[key] !== undefined,
  );
  if (chosen.length !== 1) {
    throw new InputError(
      'manage action',
      `Exactly one manage action is needed, got ${chosen.length ? chosen.join(' and ') : 'none'}. Accepted: move, setSparse, setDefaultUser or resize.`,
    );
  }
  if ('move' in action && action.move !== undefined) {
    return ['--manage', distro, '--move', validateWindowsPath(action.move, 'new location')];
  }
  if ('setSparse' in action && action.setSparse !== undefined) {
    if (typeof action.setSparse !== 'boolean') {
      throw new InputError('sparse setting', 'The sparse setting must be true or false.');
    }
    return [
      '--manage',
      distro,
      '--set-sparse',
      String(action.setSparse),
      ...(action.allowUnsafe ? ['--allow-unsafe'] : []),
    ];
  }
  if ('setDefaultUser' in action && action.setDefaultUser !== undefined) {
    return ['--manage', distro, '--set-default-user', validateLinuxUserName(action.setDefaultUser, 'default user')];
  }
  const { resize } = action as { resize: string };
  return ['--manage', distro, '--resize', validateMemorySize(resize, 'new disk size')];
}

/** A variable forwarded into the distro, with how WSLENV should translate it. */
export interface ForwardedEnvValue extends WslenvEntryOptions {
  value: string;
}

export interface ExecOptions {
  /** Distro to run in (default distro when absent). */
  distribution?: string;
  /** Linux user to run as (`--user`). */
  user?: string;
  /** Working directory (`--cd`): `~`, an absolute Linux path or an absolute Windows path. */
  cwd?: string;
  /** Program and arguments, run without a shell (`--exec`). Every byte arrives as given. */
  command?: readonly string[];
  /** A POSIX shell script, run as `--exec <shell> -c <script>`: shell syntax without wsl.exe's re-quoting. */
  script?: string;
  /** The shell used for `script` (default `/bin/sh`). */
  scriptShell?: string;
  /**
   * Words handed to the distro's `$SHELL -c` after `--`. wsl.exe passes the raw remainder of its command line,
   * so each word must be a plain token (no spaces, tabs or double quotes); use `script` for anything else.
   */
  shellCommand?: readonly string[];
  /** `--shell-type` for `shellCommand`: `login` runs a login shell. */
  shellType?: 'standard' | 'login';
  /** Variables to forward: a string value, or a value with WSLENV translation flags. */
  env?: Readonly<Record<string, string | ForwardedEnvValue>>;
  /** The WSLENV the call would otherwise inherit (e.g. `process.env.WSLENV`), merged without duplicates. */
  baseWslenv?: string;
}

export interface ExecInvocation {
  args: string[];
  /** Pass as `RunOptions.env`: the forwarded variables plus WSLENV (empty when nothing is forwarded). */
  env: Record<string, string>;
}

export function wslExecArgs(options: ExecOptions): ExecInvocation {
  const modes = (['command', 'script', 'shellCommand'] as const).filter((key) => options[key] !== undefined);
  if (modes.length !== 1) {
    throw new InputError(
      'command',
      `Give exactly one of command (run without a shell), script (run by /bin/sh -c) or shellCommand (run by the distro's shell); got ${modes.length ? modes.join(' and ') : 'none'}.`,
    );
  }
  const args: string[] = [];
  if (options.distribution !== undefined) args.push('--distribution', validateDistroName(options.distribution));
  if (options.user !== undefined) args.push('--user', validateLinuxUserName(options.user));
  if (options.cwd !== undefined) args.push('--cd', validateWslDirectory(options.cwd));

  if (options.command !== undefined) {
    const [program, ...rest] = options.command;
    if (!program) throw new InputError('command', 'The command to run is empty. Accepted: [program, ...arguments].');
    for (const word of options.command) checkNoNul('command', word);
    args.push('--exec', program, ...rest);
  } else if (options.script !== undefined) {
    if (!options.script.trim()) throw new InputError('script', 'The script to run is empty.');
    checkNoNul('script', options.script);
    const shell = options.scriptShell ?? '/bin/sh';
    if (!shell.startsWith('/') || /[\s\0]/.test(shell)) {
      throw new InputError(
        'script shell',
        `The script shell ${JSON.stringify(shell)} must be an absolute Linux path without spaces.`,
      );
    }
    args.push('--exec', shell, '-c', options.script);
  } else {
    const words = options.shellCommand ?? [];
    if (!words.length) throw new InputError('shell command', 'The shell command is empty.');
    for (const word of words) {
      checkNoNul('shell command', word);
      if (word === '' || /[\s"]/.test(word)) {
        throw new InputError(
          'shell command',
          `The shell word ${JSON.stringify(word)} would be re-quoted on its way through wsl.exe. Accepted: words without spaces, tabs or double quotes; pass a script or a command instead.`,
        );
      }
    }
    if (options.shellType) {
      if (options.shellType !== 'standard' && options.shellType !== 'login') {
        throw new InputError(
          'shell type',
          `The shell type ${JSON.stringify(options.shellType)} is not known. Accepted: standard, login.`,
        );
      }
      args.push('--shell-type', options.shellType);
    }
    args.push('--', ...words);
  }
  return { args, env: forwardedEnv(options.env, options.baseWslenv) };
}

function forwardedEnv(
  env: Readonly<Record<string, string | ForwardedEnvValue>> | undefined,
  baseWslenv: string | undefined,
): Record<string, string> {
  if (!env || Object.keys(env).length === 0) return {};
  const result: Record<string, string> = {};
  const entries = [];
  for (const [name, spec] of Object.entries(env)) {
    validateEnvName(name);
    if (name === 'WSLENV') {
      throw new InputError(
        'environment variable name',
        'WSLENV is built from the forwarded variables; pass baseWslenv instead.',
      );
    }
    const value = typeof spec === 'string' ? spec : spec.value;
    if (typeof value !== 'string') throw new InputError(name, `The value of ${name} must be text.`);
    checkNoNul(name, value);
    if (
      typeof spec !== 'string' &&
      spec.direction !== undefined &&
      !['both', 'to-wsl', 'to-windows'].includes(spec.direction)
    ) {
      throw new InputError(name, `The direction of ${name} is not known. Accepted: both, to-wsl, to-windows.`);
    }
    result[name] = value;
    entries.push(wslenvEntry(name, typeof spec === 'string' ? {} : spec));
  }
  result.WSLENV = mergeWslenv(baseWslenv, entries);
  return result;
}

function checkNoNul(input: string, value: string): void {
  if (value.includes('\0')) {
    throw new InputError(input, `The ${input} contains a NUL byte, which no process argument can carry.`);
  }
}

function fileOrDash(value: string, input: string): string {
  return value === '-' ? value : validateWindowsPath(value, input, { absolute: false });
}

function conflict(input: string, what: string): never {
  throw new InputError(input, `wsl.exe rejects ${what} together; drop one of them.`);
}
