import type { HostMode } from '../host/index.js';
import { wslExecArgs, wslListVerboseArgs, wslStatusArgs, wslVersionArgs } from '../wsl/argv.js';
import type { WslErrorDetails } from '../wsl/errors/index.js';
import { classifyWslFailure } from '../wsl/errors/index.js';
import {
  type DistroEntry,
  type KernelInfo,
  type OsRelease,
  parseKernel,
  parseListVerbose,
  parseOsRelease,
  parseStatus,
  parseVersion,
  type WslStatus,
  type WslVersionInfo,
} from '../wsl/parsers/index.js';
import { Lazy } from './lazy.js';
import {
  type DnsLookup,
  LINUX_INSPECT_SCRIPT,
  type LinuxInspection,
  parseLinuxInspection,
  readDnsLookup,
  readNameservers,
  readWindowsMounts,
} from './linux-inspect.js';
import type { ProbePriority, ProbeRunner } from './probe-runner.js';
import { callTool, type ToolCall } from './tool-call.js';

/** What the WSL probes need of the doctor's context (the `WslProbeHost` gives it; tests may give less). */
export interface WslProbeHost {
  readonly mode: HostMode;
  readonly runner: Pick<ProbeRunner, 'at'>;
  readonly wslExe: string | null;
  warn(message: string): void;
}

/** WSL errors that mean "WSL itself is not installed or not enabled" rather than "WSL failed". */
const NOT_INSTALLED_SYMBOLS = new Set([
  'WSL_E_WSL_OPTIONAL_COMPONENT_REQUIRED',
  'ERROR_LINUX_SUBSYSTEM_NOT_PRESENT',
  'ERROR_LINUX_SUBSYSTEM_UPDATE_REQUIRED',
]);

export interface WslVersionProbe {
  call: ToolCall | null;
  info: WslVersionInfo | null;
  /** `store`: the WSL package answered; `inbox`: the Windows component answered with its usage text. */
  kind: 'store' | 'inbox' | null;
  failure: WslErrorDetails | null;
}

export interface WslStatusProbe {
  call: ToolCall | null;
  status: WslStatus | null;
  failure: WslErrorDetails | null;
}

export interface WslListProbe {
  call: ToolCall | null;
  distros: DistroEntry[] | null;
  failure: WslErrorDetails | null;
}

/** What one look inside a Linux system found (a distro through wsl.exe, or this one when inside WSL). */
export interface LinuxFacts {
  call: ToolCall;
  inspection: LinuxInspection | null;
  osRelease: OsRelease | null;
  wslConf: string | null;
  /** PID 1 is systemd. */
  systemd: boolean | null;
  kernel: KernelInfo | null;
  interop: boolean | null;
  dns: DnsLookup;
  nameservers: string[];
  windowsMounts: { target: string; type: string }[];
  failure: WslErrorDetails | null;
}

export type WslInstallState =
  | { installed: true; kind: 'store' | 'inbox' | null }
  | { installed: false; reason: 'no-wsl-exe' | 'not-enabled'; failure: WslErrorDetails | null }
  | { installed: null; reason: string };

/** The wsl.exe probes, each run once. None of them starts a distribution or the WSL VM. */
export class WslProbes {
  readonly version: Lazy<WslVersionProbe>;
  readonly status: Lazy<WslStatusProbe>;
  readonly list: Lazy<WslListProbe>;
  readonly #inspections = new Map<string, Promise<LinuxFacts>>();
  readonly #ctx: WslProbeHost;

  constructor(ctx: WslProbeHost) {
    this.#ctx = ctx;
    this.version = new Lazy(async () => {
      // `--version` decides whether WSL is installed, the first link of the chain to the default distribution.
      const call = await this.#call(wslVersionArgs(), 'critical');
      if (!call?.result) return { call, info: null, kind: null, failure: null };
      const parsed = parseVersion(call.stdout);
      if (call.result.exitCode === 0 && parsed.recognized) {
        return { call, info: parsed.value, kind: 'store', failure: null };
      }
      if (parsed.value.inbox) return { call, info: null, kind: 'inbox', failure: null };
      return { call, info: null, kind: null, failure: failureOf(call) };
    });
    this.status = new Lazy(async () => {
      const call = await this.#call(wslStatusArgs(), 'normal');
      if (!call?.result) return { call, status: null, failure: null };
      const parsed = parseStatus(call.stdout);
      if (parsed.recognized) return { call, status: parsed.value, failure: null };
      return { call, status: null, failure: failureOf(call) };
    });
    this.list = new Lazy(async () => {
      // The list starts the slowest dependent chain: list → look inside the running default distribution.
      const call = await this.#call(wslListVerboseArgs(), 'critical');
      if (!call?.result) return { call, distros: null, failure: null };
      const parsed = parseListVerbose(call.stdout);
      if (parsed.recognized) return { call, distros: parsed.value.distros, failure: null };
      return { call, distros: null, failure: failureOf(call) };
    });
  }

  /** Installed or not, from `--version` first, then `--status`; a missing wsl.exe means not installed. */
  async installState(): Promise<WslInstallState> {
    if (this.#ctx.wslExe === null) return { installed: null, reason: 'this host has no wsl.exe' };
    const version = await this.version.get();
    if (version.kind) return { installed: true, kind: version.kind };
    if (version.call?.error?.kind === 'missing') {
      return { installed: false, reason: 'no-wsl-exe', failure: null };
    }
    const failure = version.failure ?? (await this.status.get()).failure;
    if (failure?.symbol && NOT_INSTALLED_SYMBOLS.has(failure.symbol)) {
      return { installed: false, reason: 'not-enabled', failure };
    }
    const status = await this.status.get();
    if (status.status) return { installed: true, kind: null };
    return {
      installed: null,
      reason:
        version.call?.error?.message ?? failure?.title ?? 'wsl.exe gave no answer that says whether WSL is installed',
    };
  }

  /**
   * Look inside a distribution: `wsl --distribution <name> --exec /bin/sh -c <script>`. This starts the
   * distribution (and the VM) when it is stopped, so callers only ask for a running one, or with `deep`.
   */
  inspectDistro(name: string): Promise<LinuxFacts> {
    let pending = this.#inspections.get(name);
    if (!pending) {
      pending = (async () => {
        const invocation = wslExecArgs({ distribution: name, script: LINUX_INSPECT_SCRIPT });
        const runner = this.#ctx.runner.at('critical');
        const call = await callTool(runner, this.#ctx.wslExe ?? 'wsl.exe', invocation.args);
        return linuxFacts(call, true);
      })();
      this.#inspections.set(name, pending);
    }
    return pending;
  }

  async #call(args: string[], priority: ProbePriority): Promise<ToolCall | null> {
    const exe = this.#ctx.wslExe;
    if (exe === null) return null;
    const call = await callTool(this.#ctx.runner.at(priority), exe, args);
    if (call.error && call.error.kind !== 'missing') this.#ctx.warn(call.error.message);
    return call;
  }
}

/** Inside WSL: the same look at this distribution, run directly. */
export async function inspectLocal(ctx: WslProbeHost): Promise<LinuxFacts | null> {
  if (ctx.mode !== 'wsl') return null;
  const call = await callTool(ctx.runner.at('critical'), '/bin/sh', ['-c', LINUX_INSPECT_SCRIPT]);
  if (call.error) ctx.warn(`Could not look at this distribution: ${call.error.message}`);
  return linuxFacts(call, false);
}

function linuxFacts(call: ToolCall, throughWsl: boolean): LinuxFacts {
  const empty: LinuxFacts = {
    call,
    inspection: null,
    osRelease: null,
    wslConf: null,
    systemd: null,
    kernel: null,
    interop: null,
    dns: { resolved: null, address: null },
    nameservers: [],
    windowsMounts: [],
    failure: null,
  };
  if (!call.result) return empty;
  const inspection = parseLinuxInspection(call.stdout);
  if (Object.keys(inspection.sections).length === 0) {
    // Nothing of the script ran: wsl.exe (or the shell) failed before it.
    return { ...empty, failure: throughWsl ? failureOf(call) : null };
  }
  const { sections } = inspection;
  const osRelease = sections['os-release'] ? parseOsRelease(sections['os-release']) : null;
  const kernel = sections.kernel ? parseKernel(sections.kernel) : null;
  const pid1 = sections.pid1?.trim();
  return {
    call,
    inspection,
    osRelease: osRelease?.recognized ? osRelease.value : null,
    wslConf: sections['wsl.conf'] !== undefined && sections['wsl.conf'] !== '' ? sections['wsl.conf'] : null,
    systemd: pid1 ? pid1 === 'systemd' : null,
    kernel: kernel?.recognized ? kernel.value : null,
    interop: sections.interop === 'enabled' ? true : sections.interop === 'disabled' ? false : null,
    dns: readDnsLookup(sections.dns),
    nameservers: readNameservers(sections['resolv.conf']),
    windowsMounts: readWindowsMounts(sections.mounts),
    failure: null,
  };
}

/** What a failed wsl.exe call said, through the error knowledge base; null when it said nothing recognisable. */
export function failureOf(call: ToolCall): WslErrorDetails | null {
  if (!call.result || call.result.exitCode === 0) return null;
  return (
    classifyWslFailure({ exitCode: call.result.exitCode, stdout: call.result.stdout, stderr: call.result.stderr })
      ?.value ?? null
  );
}
