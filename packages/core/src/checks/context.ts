import { readFile as readFileFs } from 'node:fs/promises';
import path from 'node:path';
import type { EnvRecord } from '../env.js';
import {
  detectHostMode,
  emptyHostFacts,
  type HostMode,
  hostProbeArgs,
  parseHostProbe,
  RUNNER_ENV_NAMES,
  resolvePowerShell,
  resolveSysteminfo,
} from '../host/index.js';
import { resolveDockerExecutable, resolveWslExecutable } from '../wsl/executables.js';
import { parseSysteminfo } from '../wsl/parsers/index.js';
import { collectDocker, type DockerFacts } from './docker-probes.js';
import { Lazy } from './lazy.js';
import type { DoctorOptions, ReadTextFile } from './options.js';
import type { HostProbe, MachineFile, SysteminfoProbe } from './probe-results.js';
import { ProbeRunner } from './probe-runner.js';
import { callTool, firstLine } from './tool-call.js';
import { inspectLocal, type LinuxFacts, WslProbes } from './wsl-probes.js';

export type { HostProbe, MachineFile, SysteminfoProbe } from './probe-results.js';

export const DEFAULT_CONCURRENCY = 6;
export const DEFAULT_COMMAND_TIMEOUT_MS = 20_000;
/** Host facts come from CIM, which can be slow on a busy machine; systeminfo is slower still. */
const HOST_PROBE_TIMEOUT_MS = 30_000;

/**
 * Everything checks share: the options, how the machine is reached, and every probe, each run at most once and
 * only when a check asks for it (so `--only wsl` never starts docker). Warnings collect facts that could not
 * be learnt (a missing tool), for the report's `warnings`.
 */
export class DoctorContext {
  readonly options: DoctorOptions;
  readonly env: EnvRecord;
  readonly mode: HostMode;
  readonly runner: ProbeRunner;
  readonly timeoutMs: number;
  readonly wslExe: string | null;
  readonly dockerExe: string;
  readonly powershellExe: string;
  readonly systeminfoExe: string;
  readonly readFile: ReadTextFile;
  readonly wsl: WslProbes;
  readonly #warnings = new Set<string>();

  readonly hostProbe: Lazy<HostProbe>;
  readonly systeminfo: Lazy<SysteminfoProbe>;
  readonly local: Lazy<LinuxFacts | null>;
  readonly docker: Lazy<DockerFacts>;
  readonly wslconfig: Lazy<MachineFile>;

  constructor(options: DoctorOptions, procVersion: string | null) {
    this.options = options;
    this.env = options.env;
    this.mode = detectHostMode(options.env, options.platform, procVersion);
    this.timeoutMs = options.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS;
    this.runner = new ProbeRunner(options.runner, {
      concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
      timeoutMs: this.timeoutMs,
      // Calls that name no priority (the Docker survey's many endpoint probes, the I/O bench) come last.
      defaultPriority: 'background',
    });
    this.readFile = options.readFile ?? readTextFile;
    const wslChoice = resolveWslExecutable(options.env, options.platform);
    this.wslExe = wslChoice?.file ?? (this.mode === 'wsl' ? 'wsl.exe' : null);
    this.dockerExe = resolveDockerExecutable(options.env, options.platform).file;
    this.powershellExe = resolvePowerShell(options.env, options.platform);
    this.systeminfoExe = resolveSysteminfo(options.env, options.platform);
    this.wsl = new WslProbes(this);

    this.hostProbe = new Lazy(() => this.#probeHost());
    this.systeminfo = new Lazy(async () => {
      const call = await callTool(this.runner.at('normal'), this.systeminfoExe, [], {
        timeoutMs: HOST_PROBE_TIMEOUT_MS,
      });
      if (call.error || call.result?.exitCode !== 0) {
        this.warn(`systeminfo gave no answer (${call.error?.message ?? `exit ${call.result?.exitCode}`}).`);
        return { call, facts: null };
      }
      const parsed = parseSysteminfo(call.stdout);
      return { call, facts: parsed.recognized ? parsed.value : null };
    });
    this.local = new Lazy(() => inspectLocal(this));
    this.docker = new Lazy(() => collectDocker(this));
    this.wslconfig = new Lazy(() => this.#readWslconfig());
  }

  get isWindows(): boolean {
    return this.mode === 'windows';
  }

  /** Windows facts are reachable: natively, or from inside WSL through interop. */
  get reachesWindows(): boolean {
    return this.mode === 'windows' || this.mode === 'wsl';
  }

  get deep(): boolean {
    return this.options.deep === true;
  }

  warn(message: string): void {
    this.#warnings.add(message);
  }

  get warnings(): string[] {
    return [...this.#warnings];
  }

  /**
   * The variables that describe the runner and the account. On Windows the host probe's snapshot wins when it
   * answered: it is what the machine itself saw, and it travels in a recorded transcript, so a replay elsewhere
   * reports the recorded runner, not the replaying one.
   */
  async runnerEnv(): Promise<EnvRecord> {
    if (!this.reachesWindows) return this.env;
    const probe = await this.hostProbe.get();
    if (!probe.answered) return this.env;
    if (this.mode === 'wsl') return { ...this.env, ...probe.facts.env };
    const merged: Record<string, string | undefined> = { ...this.env };
    for (const name of RUNNER_ENV_NAMES) {
      for (const key of Object.keys(merged)) if (key.toLowerCase() === name.toLowerCase()) delete merged[key];
      merged[name] = probe.facts.env[name];
    }
    return merged;
  }

  async #probeHost(): Promise<HostProbe> {
    if (!this.reachesWindows) return { call: null, answered: false, facts: emptyHostFacts() };
    // The slowest single probe, and Desktop's files and the runner facts wait for it: it starts first.
    // The probe prints one line per fact as it learns it: what arrived before a timeout is kept.
    const printed: Buffer[] = [];
    const call = await callTool(this.runner.at('critical'), this.powershellExe, hostProbeArgs(), {
      timeoutMs: HOST_PROBE_TIMEOUT_MS,
      onStdout: (chunk) => printed.push(chunk),
    });
    if (call.error?.kind === 'timeout' && printed.length > 0) {
      const partial = parseHostProbe(Buffer.concat(printed));
      if (partial.recognized) {
        this.warn(`Some Windows host facts are unknown: ${call.error.message}`);
        for (const warning of partial.warnings) this.warn(`Host probe: ${warning}`);
        return { call, answered: true, facts: partial.value };
      }
    }
    if (call.error) {
      this.warn(
        `Windows host facts are unknown: ${call.error.message} (PowerShell answers the build, edition and virtualization questions).`,
      );
      return { call, answered: false, facts: emptyHostFacts() };
    }
    const parsed = parseHostProbe(call.stdout);
    if (!parsed.recognized) {
      const said = firstLine(call.stderr) || firstLine(call.stdout);
      this.warn(
        `Windows host facts are unknown: PowerShell exited ${call.result?.exitCode}${said ? ` (${said})` : ''}.`,
      );
      return { call, answered: false, facts: emptyHostFacts() };
    }
    for (const warning of parsed.warnings) this.warn(`Host probe: ${warning}`);
    return { call, answered: true, facts: parsed.value };
  }

  async #readWslconfig(): Promise<MachineFile> {
    if (!this.reachesWindows) return { text: null, source: 'unknown', path: null };
    const probe = await this.hostProbe.get();
    if (probe.answered) {
      const profile = probe.facts.env.USERPROFILE ?? null;
      return {
        text: probe.facts.files.wslconfig ?? null,
        source: 'host-probe',
        path: profile ? path.win32.join(profile, '.wslconfig') : '%UserProfile%\\.wslconfig',
      };
    }
    const profile = this.env.USERPROFILE;
    if (this.options.platform === 'win32' && profile) {
      const file = path.win32.join(profile, '.wslconfig');
      return { text: await this.readFile(file), source: 'file', path: file };
    }
    return { text: null, source: 'unknown', path: null };
  }
}

export async function readTextFile(file: string): Promise<string | null> {
  try {
    return await readFileFs(file, 'utf8');
  } catch {
    return null;
  }
}
