import { randomUUID } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import type { EnvRecord } from '@wsl-ready/core';
import {
  type OptionSpec,
  type ParsedSubcommand,
  parseSubcommand,
  type SubcommandError,
  type TopLevel,
  windowsCommandLine,
} from './args.js';
import { type DistroUser, readDistroUser, runInDistro } from './distro-exec.js';
import {
  diskFull,
  distroNotFound,
  errorCode,
  forbidden,
  invalidArgument,
  missingArgument,
  usageFailure,
  versionParseError,
  WslFailure,
} from './errors.js';
import { acquireInstance, readWslConfigNow, shutdownAll, terminateInstance } from './instances.js';
import { renderList, renderListOnline, renderListVerbose, renderStatus, renderVersion } from './layouts.js';
import type { WslOutput } from './output.js';
import {
  forwardedVariables,
  hostPathFromArgument,
  isWindowsAbsolute,
  linuxPathOfHostDir,
  windowsToLinuxPath,
} from './paths.js';
import {
  type CatalogueEntry,
  defaultDistro,
  findDistro,
  type Http403Operation,
  readState,
  type TwinDistro,
  type TwinWslState,
  updateState,
  VM_PLATFORM_COMPONENT,
  WSL_OPTIONAL_COMPONENT,
} from './state.js';
import { englishOnly, resource, systemMessage } from './strings.js';
import { type ExportFormat, packRootfs, unpackRootfs } from './tar.js';

export interface CallContext {
  statePath: string;
  /** The state as read when the call started (mutations go through `mutate`). */
  state: TwinWslState;
  env: EnvRecord;
  cwd: string;
  out: WslOutput;
  sleep(ms: number): Promise<void>;
}

const locale = (ctx: CallContext) => ctx.state.locale;

/** Change the state file under its lock, and keep this call's view in step with what was written. */
function mutate<T>(ctx: CallContext, change: (state: TwinWslState) => T): T {
  return updateState(ctx.statePath, (state) => {
    const result = change(state);
    ctx.state = structuredClone(state);
    return result;
  });
}

/** Whether this download answers 403: always for a plain entry; a counted entry is used up one 403 at a time. */
function takeHttp403(ctx: CallContext, operation: Http403Operation): boolean {
  const faults = ctx.state.faults?.http403;
  if (!faults?.length) return false;
  if (faults.includes(operation)) return true;
  const counted = (f: (typeof faults)[number]) => typeof f === 'object' && f.operation === operation && f.count > 0;
  if (!faults.some(counted)) return false;
  return mutate(ctx, (state) => {
    const fault = state.faults?.http403?.find(counted);
    if (typeof fault !== 'object') return false;
    fault.count--;
    return true;
  });
}

function success(ctx: CallContext): number {
  ctx.out.line(systemMessage(locale(ctx), 'ERROR_SUCCESS'));
  return 0;
}

function sub(ctx: CallContext, args: readonly string[], spec: OptionSpec): ParsedSubcommand {
  const parsed: ParsedSubcommand | SubcommandError = parseSubcommand(args, spec);
  if ('error' in parsed) {
    throw parsed.error === 'missing'
      ? missingArgument(locale(ctx), parsed.arg)
      : invalidArgument(locale(ctx), parsed.arg);
  }
  return parsed;
}

function parseVersion(ctx: CallContext, text: string | true | undefined): 1 | 2 | undefined {
  if (text === undefined) return undefined;
  if (text === '1' || text === '2') return Number(text) as 1 | 2;
  throw versionParseError(locale(ctx));
}

function requireDistro(ctx: CallContext, name: string | undefined): TwinDistro {
  if (name === undefined) throw usageFailure();
  const distro = findDistro(ctx.state, name);
  if (!distro) throw distroNotFound(locale(ctx));
  return distro;
}

/** Run one parsed wsl.exe call; returns the exit code (failures are thrown as WslFailure). */
export async function runCommand(top: TopLevel, ctx: CallContext): Promise<number> {
  switch (top.kind) {
    case 'invalid-option':
      return invalidOption(ctx, top.option);
    case 'missing-parameter':
      throw new WslFailure(resource(locale(ctx), 'MessageRequiredParameterMissing', top.option));
    case 'distro-already-set':
      throw new WslFailure(englishOnly('MessageDistroAlreadySet'));
    case 'exec':
      return execInDistro(ctx, top);
    case 'management':
      break;
  }
  if (ctx.state.kind === 'inbox' && (top.callKind === 'version' || top.callKind === 'manage')) {
    return invalidOption(ctx, top.option);
  }
  const rest = top.rest;
  switch (top.callKind) {
    case 'version':
      ctx.out.line(renderVersion(ctx.state));
      return 0;
    case 'status':
      ctx.out.line(renderStatus(ctx.state));
      return 0;
    case 'help':
      throw usageFailure();
    case 'list':
      return list(ctx, rest);
    case 'install':
      return install(ctx, rest);
    case 'import':
      return importDistro(ctx, rest);
    case 'export':
      return exportDistro(ctx, rest);
    case 'unregister':
      return unregister(ctx, rest);
    case 'set-default':
      return setDefault(ctx, rest);
    case 'set-version':
      return setVersion(ctx, rest);
    case 'set-default-version':
      return setDefaultVersion(ctx, rest);
    case 'terminate':
      return terminate(ctx, rest);
    case 'shutdown':
      sub(ctx, rest, { options: { '--force': { key: 'force', value: false } } });
      await shutdownAll(ctx.statePath);
      mutate(ctx, (s) => {
        for (const d of s.distros) {
          if (d.state === 'Running') d.state = 'Stopped';
          d.instance = undefined;
        }
        s.vmRunning = false;
        s.vm = undefined;
      });
      return 0;
    case 'update':
      return update(ctx, rest);
    case 'manage':
      return manage(ctx, rest);
  }
}

function invalidOption(ctx: CallContext, option: string): number {
  if (ctx.state.kind === 'inbox') {
    throw new WslFailure(`${englishOnly('InboxInvalidOption', option)}\n${englishOnly('InboxUsageHead')}`);
  }
  throw new WslFailure(resource(locale(ctx), 'MessageInvalidCommandLine', option, 'wsl.exe'));
}

function list(ctx: CallContext, args: readonly string[]): number {
  const { flags } = sub(ctx, args, {
    options: {
      '--all': { key: 'all', value: false },
      '--running': { key: 'running', value: false },
      '--quiet': { key: 'quiet', value: false },
      '-q': { key: 'quiet', value: false },
      '--verbose': { key: 'verbose', value: false },
      '-v': { key: 'verbose', value: false },
      '--online': { key: 'online', value: false },
      '-o': { key: 'online', value: false },
    },
  });
  const has = (k: string) => flags.has(k);
  if ((has('quiet') && has('verbose')) || (has('all') && has('running'))) throw usageFailure();
  if (has('online')) {
    if (has('verbose') || has('all')) throw usageFailure();
    ctx.out.line(renderListOnline(ctx.state));
    return 0;
  }
  const hidden = new Set(['Installing', 'Uninstalling', 'Converting', 'Exporting']);
  let distros = ctx.state.distros.filter((d) => has('verbose') || has('all') || !hidden.has(d.state));
  if (has('running')) distros = distros.filter((d) => d.state === 'Running');
  if (distros.length === 0) {
    if (has('quiet')) return 0;
    if (has('running') && ctx.state.distros.length > 0) {
      throw new WslFailure(resource(locale(ctx), 'MessageNoRunningDistro'));
    }
    throw new WslFailure(resource(locale(ctx), 'MessageNoDefaultDistro'));
  }
  const def = defaultDistro(ctx.state);
  const ordered = [...distros.filter((d) => d === def), ...distros.filter((d) => d !== def)];
  const defName = def?.name;
  if (has('quiet')) {
    ctx.out.line(ordered.map((d) => d.name).join('\n'));
  } else if (has('verbose')) {
    ctx.out.line(renderListVerbose(ordered, defName));
  } else {
    ctx.out.line(renderList(locale(ctx), ordered, defName));
  }
  return 0;
}

const INSTALL_SPEC: OptionSpec = {
  options: {
    '--distribution': { key: 'distribution', value: true },
    '-d': { key: 'distribution', value: true },
    '--no-launch': { key: 'no-launch', value: false },
    '-n': { key: 'no-launch', value: false },
    '--web-download': { key: 'web-download', value: false },
    '--no-distribution': { key: 'no-distribution', value: false },
    '--enable-wsl1': { key: 'enable-wsl1', value: false },
    '--from-file': { key: 'from-file', value: true },
    '-f': { key: 'from-file', value: true },
    '--name': { key: 'name', value: true },
    '--location': { key: 'location', value: true },
    '-l': { key: 'location', value: true },
    '--legacy': { key: 'legacy', value: false },
    '--version': { key: 'version', value: true },
    '--vhd-size': { key: 'vhd-size', value: true },
    '--fixed-vhd': { key: 'fixed-vhd', value: false },
    '--pre-release': { key: 'pre-release', value: false },
    '--prompt-before-exit': { key: 'prompt-before-exit', value: false },
    '--inbox': { key: 'inbox', value: false },
  },
};

async function install(ctx: CallContext, args: readonly string[]): Promise<number> {
  const { flags, positionals } = sub(ctx, args, INSTALL_SPEC);
  const l = locale(ctx);
  const asked = (flags.get('distribution') as string | undefined) ?? positionals[0];
  const fromFile = flags.get('from-file') as string | undefined;
  if (flags.has('no-distribution') && asked !== undefined) {
    throw new WslFailure(englishOnly('InstallNoDistributionConflict'), 'Wsl/E_INVALIDARG');
  }
  if (fromFile !== undefined && asked !== undefined) {
    throw new WslFailure(englishOnly('InstallFromFileConflict'), 'Wsl/E_INVALIDARG');
  }
  if (flags.has('fixed-vhd') && !flags.has('vhd-size')) {
    throw new WslFailure(englishOnly('InstallFixedVhdNeedsSize'), 'Wsl/E_INVALIDARG');
  }
  const version = parseVersion(ctx, flags.get('version')) ?? ctx.state.defaultVersion;

  // Missing optional components come first (WslClient.cpp InstallPrerequisites). A reboot is required while the
  // Virtual Machine Platform is not active, also on a second `wsl --install` before the reboot
  // (WslInstall::CheckForMissingOptionalComponents): no distribution is installed, the reboot message is printed,
  // and wsl.exe exits 0.
  const needed = [VM_PLATFORM_COMPONENT, ...(flags.has('enable-wsl1') ? [WSL_OPTIONAL_COMPONENT] : [])];
  const missing = ctx.state.kind === 'absent' ? needed : needed.filter((f) => !ctx.state.features.includes(f));
  if (missing.length > 0 || ctx.state.kind === 'absent' || ctx.state.rebootPending) {
    for (const feature of missing) ctx.out.line(resource(l, 'MessageInstallingWindowsComponent', feature));
    mutate(ctx, (s) => {
      for (const f of missing) if (!s.features.includes(f)) s.features.push(f);
      if (s.kind === 'absent') s.kind = 'store';
      s.rebootPending = true;
    });
    ctx.out.line(systemMessage(l, 'ERROR_SUCCESS_REBOOT_REQUIRED'));
    return 0;
  }
  if (flags.has('no-distribution')) return success(ctx);

  let entry: CatalogueEntry | undefined;
  let source: string;
  let name: string;
  if (fromFile !== undefined) {
    source = hostPathFromArgument(fromFile, ctx.state.mntRoot, ctx.cwd);
    if (!existsSync(source)) {
      throw new WslFailure(
        systemMessage(l, 'ERROR_FILE_NOT_FOUND'),
        errorCode(['Wsl', 'InstallDistro'], 'ERROR_FILE_NOT_FOUND'),
      );
    }
    name = (flags.get('name') as string | undefined) ?? basename(source).replace(/\.(wsl|tar(\.gz|\.xz)?)$/i, '');
  } else {
    const wanted = (asked ?? 'Ubuntu').toLowerCase();
    // Modern (`ModernDistributions`) names first, then the legacy `Distributions` list
    // (Distribution.cpp LookupDistributionInManifest).
    entry = ctx.state.online.find((e) => e.name.toLowerCase() === wanted);
    const legacy = entry ? undefined : ctx.state.legacyOnline?.find((e) => e.name.toLowerCase() === wanted);
    if (legacy) return installLegacy(ctx, legacy, flags);
    if (!entry) {
      throw new WslFailure(
        resource(l, 'MessageInvalidDistributionName', asked ?? 'Ubuntu'),
        errorCode(['Wsl', 'InstallDistro'], 'WSL_E_DISTRO_NOT_FOUND'),
      );
    }
    source = entry.rootfs;
    name = (flags.get('name') as string | undefined) ?? entry.name;
  }
  const contexts = ['Wsl', 'InstallDistro', 'Service', 'RegisterDistro'] as const;
  if (findDistro(ctx.state, name)) {
    throw new WslFailure(resource(l, 'MessageDistroNameAlreadyExists'), errorCode(contexts, 'ERROR_ALREADY_EXISTS'));
  }
  if (entry) {
    ctx.out.line(resource(l, 'MessageDownloading', entry.friendlyName));
    if (takeHttp403(ctx, 'install')) throw forbidden(l, ['Wsl', 'InstallDistro']);
    ctx.out.line(resource(l, 'MessageInstalling', entry.friendlyName));
  }
  const location = flags.has('location')
    ? hostPathFromArgument(flags.get('location') as string, ctx.state.mntRoot, ctx.cwd)
    : defaultDistributionPath(ctx.state);
  await register(ctx, { name, location, source, version, contexts: [...contexts] });
  ctx.out.line(resource(l, 'MessageDistributionInstalled', name));
  if (!flags.has('no-launch')) {
    // The launch opens the distro's shell on the caller's console; without one it returns at once.
    ctx.out.line(resource(l, 'MessageLaunchingDistro', name));
    mutate(ctx, (s) => {
      const d = findDistro(s, name);
      if (d) d.state = 'Running';
      if (version === 2) s.vmRunning = true;
    });
  }
  return 0;
}

/**
 * Where a distribution goes without `--location`: `[general] distributionInstallPath` of .wslconfig as it is now, or
 * `%LOCALAPPDATA%\wsl`, plus a new GUID (LxssUserSessionImpl::RegisterDistribution; WslCoreConfig.cpp defaults
 * DefaultDistributionLocation to GetLocalAppDataPath(token) / "wsl").
 */
export function defaultDistributionPath(state: TwinWslState): string {
  const configured = readWslConfigNow(state).distributionInstallPath;
  const base = configured ?? `${state.userProfile}\\AppData\\Local\\wsl`;
  return join(hostPathFromArgument(base, state.mntRoot, '/'), `{${randomUUID()}}`);
}

/**
 * A name only in the manifest's legacy `Distributions` list (WslInstall::InstallDistribution): `--name`,
 * `--location`, `--vhd-size`, `--fixed-vhd` are refused; the warning comes first, then `--version` is refused;
 * the Store app package is installed, and only launching it registers the distribution, so `--no-launch` leaves
 * nothing registered.
 */
function installLegacy(ctx: CallContext, entry: CatalogueEntry, flags: ParsedSubcommand['flags']): number {
  const unsupported: [string, string][] = [
    ['name', '--name'],
    ['location', '--location'],
    ['vhd-size', '--vhd-size'],
    ['fixed-vhd', '--fixed-vhd'],
  ];
  for (const [key, argument] of unsupported) {
    if (flags.has(key)) {
      throw new WslFailure(englishOnly('MessageNotSupportedOnLegacyDistros', argument), 'Wsl/WSL_E_INVALID_USAGE');
    }
  }
  const l = locale(ctx);
  const installed =
    ctx.state.legacyInstalled?.some((n) => n.toLowerCase() === entry.name.toLowerCase()) ||
    findDistro(ctx.state, entry.name) !== undefined;
  if (!installed) {
    // EMIT_USER_WARNING: ExecutionContext::EmitUserWarning prints `wsl: <warning>`.
    ctx.out.line(`wsl: ${englishOnly('MessageUsingLegacyDistribution')}`, 'stderr');
    if (flags.has('version')) {
      throw new WslFailure(englishOnly('MessageLegacyDistributionVersionArgNotSupported'), 'Wsl/WSL_E_INVALID_USAGE');
    }
    mutate(ctx, (s) => {
      s.legacyInstalled = [...(s.legacyInstalled ?? []), entry.name];
    });
    ctx.out.line(resource(l, 'MessageDistributionInstalled', entry.friendlyName));
  }
  if (flags.has('no-launch')) return 0;
  ctx.out.line(resource(l, 'MessageLaunchingDistro', entry.friendlyName));
  throw new WslFailure(
    'The twin does not run legacy distribution apps (their first launch registers them); use a modern name or --no-launch.',
  );
}

/** Unpack a distro into `<location>/rootfs` and register it (shared by --install and --import). */
async function register(
  ctx: CallContext,
  spec: {
    name: string;
    location: string;
    source: string | Readable;
    version: 1 | 2;
    contexts: Parameters<typeof errorCode>[0][number][];
  },
): Promise<void> {
  const l = locale(ctx);
  if (ctx.state.distros.some((d) => d.location === spec.location)) {
    throw new WslFailure(
      resource(l, 'MessageDistroInstallPathAlreadyExists'),
      errorCode(spec.contexts, 'ERROR_FILE_EXISTS'),
    );
  }
  if (spec.version === 2 && !vmCanStart(ctx.state)) {
    throw new WslFailure(
      resource(l, 'MessageEnableVirtualization'),
      errorCode([...spec.contexts, 'CreateVm', 'HCS'], 'HCS_E_HYPERV_NOT_INSTALLED'),
    );
  }
  if (ctx.state.faults?.diskFull) throw diskFull(l, spec.contexts);
  const root = join(spec.location, 'rootfs');
  mkdirSync(root, { recursive: true });
  const ok = await unpackRootfs(spec.source, root);
  if (!ok || !existsSync(join(root, 'bin')) || !statSync(join(root, 'bin')).isDirectory()) {
    rmSync(spec.location, { recursive: true, force: true });
    throw new WslFailure(
      resource(l, 'MessageInvalidDistributionTar'),
      errorCode(spec.contexts, 'WSL_E_NOT_A_LINUX_DISTRO'),
    );
  }
  mutate(ctx, (s) => {
    s.distros.push({
      name: spec.name,
      version: spec.version,
      state: 'Stopped',
      root,
      location: spec.location,
      defaultUser: 'root',
    });
    if (!defaultDistro(s)) s.defaultDistro = spec.name;
  });
}

async function importDistro(ctx: CallContext, args: readonly string[]): Promise<number> {
  const { flags, positionals } = sub(ctx, args, {
    options: { '--version': { key: 'version', value: true }, '--vhd': { key: 'vhd', value: false } },
  });
  const [name, location, file] = positionals;
  if (name === undefined || location === undefined || file === undefined) throw usageFailure();
  const l = locale(ctx);
  const version = parseVersion(ctx, flags.get('version')) ?? ctx.state.defaultVersion;
  const source = file === '-' ? process.stdin : hostPathFromArgument(file, ctx.state.mntRoot, ctx.cwd);
  if (typeof source === 'string' && !existsSync(source)) {
    throw new WslFailure(systemMessage(l, 'ERROR_FILE_NOT_FOUND'), 'Wsl/ERROR_FILE_NOT_FOUND');
  }
  const contexts: Parameters<typeof errorCode>[0][number][] = ['Wsl', 'Service', 'RegisterDistro'];
  if (findDistro(ctx.state, name)) {
    throw new WslFailure(resource(l, 'MessageDistroNameAlreadyExists'), errorCode(contexts, 'ERROR_ALREADY_EXISTS'));
  }
  const hostLocation = hostPathFromArgument(location, ctx.state.mntRoot, ctx.cwd);
  await register(ctx, { name, location: hostLocation, source, version, contexts });
  return success(ctx);
}

async function exportDistro(ctx: CallContext, args: readonly string[]): Promise<number> {
  const { flags, positionals } = sub(ctx, args, {
    options: { '--format': { key: 'format', value: true }, '--vhd': { key: 'vhd', value: false } },
  });
  const [name, file] = positionals;
  if (name === undefined || file === undefined) throw usageFailure();
  const format = (flags.get('format') as string | undefined) ?? 'tar';
  if (format === 'vhd' || flags.has('vhd')) {
    if (format === 'tar.gz' || format === 'tar.xz') throw usageFailure();
    throw new WslFailure(
      resource(locale(ctx), 'MessageWsl2Needed'),
      errorCode(['Wsl', 'Service'], 'WSL_E_WSL2_NEEDED'),
    );
  }
  if (!['tar', 'tar.gz', 'tar.xz'].includes(format)) throw invalidArgument(locale(ctx), format);
  const distro = requireDistro(ctx, name);
  const contexts: Parameters<typeof errorCode>[0][number][] = ['Wsl', 'Service', 'ExportDistro'];
  const target = file === '-' ? process.stdout : hostPathFromArgument(file, ctx.state.mntRoot, ctx.cwd);
  if (ctx.state.faults?.diskFull) throw diskFull(locale(ctx), contexts);
  const ok = await packRootfs(distro.root, target, format as ExportFormat);
  if (!ok) {
    if (typeof target === 'string') rmSync(target, { force: true });
    throw new WslFailure(resource(locale(ctx), 'MessageInvalidDistributionTar'), errorCode(contexts, 'E_FAIL'));
  }
  // With `-` the tar stream owns stdout, so the success line is not printed.
  return file === '-' ? 0 : success(ctx);
}

function positional(ctx: CallContext, args: readonly string[], count: number): string[] {
  const { positionals } = sub(ctx, args, { options: {} });
  if (positionals.length < count) throw usageFailure();
  return positionals;
}

function unregister(ctx: CallContext, args: readonly string[]): number {
  const [name] = positional(ctx, args, 1);
  const distro = requireDistro(ctx, name);
  rmSync(distro.location ?? distro.root, { recursive: true, force: true });
  mutate(ctx, (s) => {
    s.distros = s.distros.filter((d) => d.name !== distro.name);
    if (s.defaultDistro?.toLowerCase() === distro.name.toLowerCase()) s.defaultDistro = s.distros[0]?.name;
  });
  return success(ctx);
}

function setDefault(ctx: CallContext, args: readonly string[]): number {
  const [name] = positional(ctx, args, 1);
  const distro = requireDistro(ctx, name);
  mutate(ctx, (s) => {
    s.defaultDistro = distro.name;
  });
  return success(ctx);
}

async function terminate(ctx: CallContext, args: readonly string[]): Promise<number> {
  const [name] = positional(ctx, args, 1);
  const distro = requireDistro(ctx, name);
  await terminateInstance(ctx.statePath, distro.name);
  mutate(ctx, (s) => {
    const d = findDistro(s, distro.name);
    if (d) {
      d.state = 'Stopped';
      d.instance = undefined;
    }
  });
  return success(ctx);
}

function setVersion(ctx: CallContext, args: readonly string[]): number {
  const [name, versionText] = positional(ctx, args, 2);
  const distro = requireDistro(ctx, name);
  const version = parseVersion(ctx, versionText)!;
  const l = locale(ctx);
  if (version === distro.version) {
    throw new WslFailure(
      resource(l, 'MessageAlreadyRequestedVersion'),
      errorCode(['Wsl', 'Service'], 'WSL_E_VM_MODE_INVALID_STATE'),
    );
  }
  if (version === 1 && !ctx.state.features.includes(WSL_OPTIONAL_COMPONENT)) {
    throw new WslFailure(
      resource(l, 'MessageWsl1NotSupported'),
      errorCode(['Wsl', 'Service'], 'WSL_E_WSL1_NOT_SUPPORTED'),
    );
  }
  if (version === 2) ctx.out.line(resource(l, 'MessageVmModeConversionInfo'));
  mutate(ctx, (s) => {
    const d = findDistro(s, distro.name);
    if (d) {
      d.version = version;
      d.state = 'Stopped';
    }
  });
  return success(ctx);
}

function setDefaultVersion(ctx: CallContext, args: readonly string[]): number {
  const [versionText] = positional(ctx, args, 1);
  const version = parseVersion(ctx, versionText)!;
  const l = locale(ctx);
  if (version === 1 && !ctx.state.features.includes(WSL_OPTIONAL_COMPONENT)) {
    throw new WslFailure(resource(l, 'MessageWsl1NotSupported'), errorCode(['Wsl'], 'WSL_E_WSL1_NOT_SUPPORTED'));
  }
  if (version === 2) ctx.out.line(resource(l, 'MessageVmModeConversionInfo'));
  mutate(ctx, (s) => {
    s.defaultVersion = version;
  });
  return success(ctx);
}

function update(ctx: CallContext, args: readonly string[]): number {
  sub(ctx, args, {
    options: {
      '--web-download': { key: 'web-download', value: false },
      '--pre-release': { key: 'pre-release', value: false },
      '--confirm': { key: 'confirm', value: false },
      '--prompt-before-exit': { key: 'prompt-before-exit', value: false },
    },
  });
  const l = locale(ctx);
  ctx.out.line(resource(l, 'MessageCheckingForUpdates'));
  if (takeHttp403(ctx, 'update')) {
    throw forbidden(l, ['Wsl', 'UpdatePackage', 'QueryLatestGitHubRelease']);
  }
  const latest = ctx.state.latestWsl;
  if (latest === undefined || (ctx.state.kind === 'store' && latest === ctx.state.versions.wsl)) {
    ctx.out.line(resource(l, 'MessageUpdateNotNeeded'));
    return 0;
  }
  ctx.out.line(resource(l, 'MessageUpdatingToVersion', latest));
  mutate(ctx, (s) => {
    s.versions.wsl = latest;
    s.kind = 'store';
  });
  return 0;
}

async function manage(ctx: CallContext, args: readonly string[]): Promise<number> {
  const { flags, positionals } = sub(ctx, args, {
    options: {
      '--move': { key: 'move', value: true },
      '-m': { key: 'move', value: true },
      '--set-sparse': { key: 'set-sparse', value: true },
      '-s': { key: 'set-sparse', value: true },
      '--allow-unsafe': { key: 'allow-unsafe', value: false },
      '--set-default-user': { key: 'set-default-user', value: true },
      '--resize': { key: 'resize', value: true },
      '-r': { key: 'resize', value: true },
    },
  });
  const actions = ['move', 'set-sparse', 'set-default-user', 'resize'].filter((k) => flags.has(k));
  if (positionals.length !== 1 || actions.length !== 1) throw usageFailure();
  const distro = requireDistro(ctx, positionals[0]);
  const l = locale(ctx);
  const action = actions[0]!;
  const value = flags.get(action) as string;
  if ((action === 'resize' || action === 'set-sparse') && distro.version === 1) {
    throw new WslFailure(resource(l, 'MessageWsl2Needed'), errorCode(['Wsl', 'Service'], 'WSL_E_WSL2_NEEDED'));
  }
  if (action === 'move') {
    if (distro.state === 'Running') {
      throw new WslFailure(
        resource(l, 'MessageVhdInUse'),
        errorCode(['Wsl', 'Service', 'MoveDistro'], 'WSL_E_DISTRO_NOT_STOPPED'),
      );
    }
    const target = hostPathFromArgument(value, ctx.state.mntRoot, ctx.cwd);
    const from = distro.location ?? distro.root;
    mkdirSync(join(target, '..'), { recursive: true });
    renameSync(from, target);
    mutate(ctx, (s) => {
      const d = findDistro(s, distro.name);
      if (d) {
        d.root = distro.location ? join(target, 'rootfs') : target;
        d.location = distro.location ? target : undefined;
      }
    });
  } else if (action === 'set-default-user') {
    // wsl.exe asks the distro itself: `id -u <user>`, whose failure code it returns.
    const code = await runLinux(ctx, distro, { user: 'root', cd: '/', argv: ['id', '-u', value], capture: true });
    if (code !== 0) return code;
    mutate(ctx, (s) => {
      const d = findDistro(s, distro.name);
      if (d) d.defaultUser = value;
    });
  }
  return success(ctx);
}

/** The WSL 2 VM needs the hypervisor, the Virtual Machine Platform component, and the reboot after installing it. */
function vmCanStart(state: TwinWslState): boolean {
  return state.virtualization && state.features.includes(VM_PLATFORM_COMPONENT) && !state.rebootPending;
}

const LINUX_PATH = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

function isRegularFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

async function execInDistro(ctx: CallContext, top: Extract<TopLevel, { kind: 'exec' }>): Promise<number> {
  const l = locale(ctx);
  if (ctx.state.distros.length === 0) throw new WslFailure(resource(l, 'MessageNoDefaultDistro'));
  const distro = top.distro === undefined ? defaultDistro(ctx.state) : findDistro(ctx.state, top.distro);
  if (!distro) throw distroNotFound(l);
  return runLinux(ctx, distro, { user: top.user, cd: top.cd, argv: top.argv, mode: top.mode });
}

async function runLinux(
  ctx: CallContext,
  distro: TwinDistro,
  request: {
    user?: string;
    cd?: string;
    argv: string[];
    mode?: 'shell' | 'login' | 'exec' | 'interactive';
    capture?: boolean;
  },
): Promise<number> {
  const l = locale(ctx);
  // The VM starts before anything inside the distro is looked at.
  if (distro.version === 2 && !vmCanStart(ctx.state)) {
    throw new WslFailure(
      resource(l, 'MessageEnableVirtualization'),
      errorCode(['Wsl', 'Service', 'CreateInstance', 'CreateVm', 'HCS'], 'HCS_E_HYPERV_NOT_INSTALLED'),
    );
  }
  // wsl.exe refuses a relative --cd itself, before any instance starts.
  if (request.cd !== undefined && request.cd !== '~' && !request.cd.startsWith('/') && !isWindowsAbsolute(request.cd)) {
    throw new WslFailure(resource(l, 'MessageInvalidCommandLine', request.cd, 'wsl.exe'), 'Wsl/E_INVALIDARG');
  }
  // The first command into a stopped distro (or a stopped VM) boots it; this call is a client of the instance until
  // it returns, and the instance's idle timer starts when its last client is gone.
  const booting = !distro.instance || distro.state !== 'Running' || (distro.version === 2 && !ctx.state.vmRunning);
  if (booting) await ctx.sleep(ctx.state.latencyMs?.boot ?? 0);
  const lease = await acquireInstance(ctx.statePath, distro.name);
  ctx.state = readState(ctx.statePath);
  try {
    // A `-u` user must exist. Otherwise `[user] default=` of /etc/wsl.conf (read when the instance starts,
    // src/linux/init/config.cpp) names the user when it exists, else the registered default user does, else root
    // (src/linux/init/init.cpp `CreateProcessParseCommon`: getpwnam, then getpwuid(DefaultUid), then ROOT_UID).
    const confUser = lease.distro.instance?.defaultUser;
    const user =
      request.user !== undefined
        ? readDistroUser(distro.root, request.user)
        : ((confUser !== undefined ? readDistroUser(distro.root, confUser) : undefined) ??
          readDistroUser(distro.root, distro.defaultUser) ??
          readDistroUser(distro.root, 'root'));
    if (!user)
      throw new WslFailure(resource(l, 'MessageUserNotFound'), errorCode(['Wsl', 'Service'], 'WSL_E_USER_NOT_FOUND'));

    let cwd: string;
    if (request.cd === undefined) {
      cwd = linuxPathOfHostDir(ctx.cwd, ctx.state.mntRoot) ?? user.home;
    } else if (request.cd === '~') {
      cwd = user.home;
    } else if (request.cd.startsWith('/')) {
      cwd = request.cd;
    } else if (isWindowsAbsolute(request.cd)) {
      cwd = windowsToLinuxPath(request.cd);
    } else {
      throw new WslFailure(resource(l, 'MessageInvalidCommandLine', request.cd, 'wsl.exe'), 'Wsl/E_INVALIDARG');
    }

    return await runCommandInInstance(ctx, lease.distro, lease.pid1, user, cwd, request);
  } finally {
    lease.release();
  }
}

async function runCommandInInstance(
  ctx: CallContext,
  distro: TwinDistro,
  pid1: number,
  user: DistroUser,
  cwd: string,
  request: { argv: string[]; mode?: 'shell' | 'login' | 'exec' | 'interactive'; capture?: boolean },
): Promise<number> {
  const mode = request.mode ?? 'exec';
  let argv: string[];
  if (mode === 'exec') {
    argv = [...request.argv];
    const program = argv[0];
    // Busybox's `exec` prefers its applets over files on PATH; a real file (like the twin's uname) must win.
    if (program !== undefined && !program.includes('/')) {
      const file = LINUX_PATH.map((dir) => `${dir}/${program}`).find((p) => isRegularFile(join(distro.root, p)));
      if (file) argv[0] = file;
    }
  } else if (mode === 'interactive') {
    argv = [user.shell];
  } else {
    // Busybox's shell runs its own applets before searching PATH, so the shell gets a uname that reports WSL's kernel.
    const twinUname = existsSync(join(distro.root, 'usr/lib/wsl-twin/kernel-release'));
    const script = `${twinUname ? 'uname() { /bin/uname "$@"; }\n' : ''}${windowsCommandLine(request.argv)}`;
    argv = mode === 'login' ? [user.shell, '-l', '-c', script] : [user.shell, '-c', script];
  }
  const env: Record<string, string> = {
    HOME: user.home,
    USER: user.name,
    LOGNAME: user.name,
    SHELL: user.shell,
    PATH: LINUX_PATH.join(':'),
    TERM: ctx.env.TERM ?? 'xterm-256color',
    LANG: 'C.UTF-8',
    WSL_DISTRO_NAME: distro.name,
    NAME: 'twin',
    ...(ctx.env.WSLENV !== undefined ? { WSLENV: ctx.env.WSLENV } : {}),
    ...forwardedVariables(ctx.env),
  };
  const result = await runInDistro({
    pid1,
    root: distro.root,
    user,
    cwd,
    argv,
    env,
    stdio: request.capture ? 'capture-stdout' : 'inherit',
  });
  return result.code;
}
