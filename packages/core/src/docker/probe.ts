import type { EnvRecord } from '../env.js';
import { CommandNotFoundError, CommandTimeoutError } from '../errors.js';
import type { CommandResult, CommandRunner } from '../runner/types.js';
import { decodeOutput } from '../text/decode.js';
import type { Parsed } from '../text/parse-result.js';
import {
  CURRENT_TARGET,
  type DockerCommand,
  type DockerTarget,
  dockerContextListCommand,
  dockerInfoCommand,
  dockerLinuxProofCommand,
  dockerVersionCommand,
  type LinuxProofOptions,
} from './argv.js';
import { knownEndpoints, normalizeEndpoint, sameEndpoint } from './endpoints.js';
import { parseDockerErrors } from './parsers/connection-errors.js';
import { currentContext, parseDockerContextList } from './parsers/context.js';
import { infoShowsAnswer, parseDockerInfo } from './parsers/info.js';
import { parseDockerVersion, preview } from './parsers/version.js';
import type {
  DesktopSettings,
  DockerCliError,
  DockerContextEntry,
  DockerEndpointProbe,
  DockerEvidence,
  DockerHostFacts,
  WslDistroFact,
} from './types.js';

export interface DockerProbeOptions {
  runner: CommandRunner;
  /** Path (or name) of the docker executable. */
  docker: string;
  /** Per call; every call has one. Default 10 s. */
  timeoutMs?: number;
  /** Cap on each call's output; a docker answer is a few kB. Default 1 MiB. */
  maxOutputBytes?: number;
  /** Variables set for every call (e.g. `DOCKER_CONFIG`); `undefined` removes one. */
  env?: EnvRecord;
  /** The environment the calls inherit, read to record DOCKER_HOST/DOCKER_CONTEXT. Default `process.env`. */
  parentEnv?: EnvRecord;
  /** How many endpoint probes run at once. Default 4. */
  concurrency?: number;
}

export interface DockerCollectOptions {
  host: DockerHostFacts;
  /** Also probe other endpoints: `true` for the host's known ones, or a list. Default false. */
  otherEndpoints?: boolean | readonly string[];
  /** Bound of each call to another endpoint (a dead pipe answers at once; a hung one must not hold up the rest). */
  otherEndpointTimeoutMs?: number;
  /** Run `docker run --rm --platform linux <tiny image>` when a Linux engine answers. Default false. */
  linuxProof?: boolean | (LinuxProofOptions & { timeoutMs?: number });
  /** Facts gathered elsewhere, passed through to the evidence. */
  desktopSettings?: DesktopSettings | null;
  desktopInstalled?: boolean | null;
  wslDistros?: WslDistroFact[];
}

export interface DockerCollectResult {
  evidence: DockerEvidence;
  /** Odd outputs and failed calls, in words. One failing probe never hides the others. */
  warnings: string[];
}

interface CallOutcome {
  result: CommandResult | null;
  stdout: string;
  stderr: string;
  errors: DockerCliError[];
  warnings: string[];
  cliMissing: boolean;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_PROOF_TIMEOUT_MS = 120_000;
const DEFAULT_MAX_OUTPUT = 1024 * 1024;

/** Runs the docker CLI's read-only probes through a `CommandRunner` and gathers evidence for the classifier. */
export class DockerProbe {
  readonly #options: DockerProbeOptions;

  constructor(options: DockerProbeOptions) {
    this.#options = options;
  }

  /** `docker version` and `docker info` against one target, run concurrently. */
  async probe(target: DockerTarget = CURRENT_TARGET): Promise<DockerEndpointProbe> {
    const [version, info] = await Promise.all([
      this.#call(dockerVersionCommand(target), 'docker version'),
      this.#call(dockerInfoCommand(target), 'docker info'),
    ]);
    return this.#assemble(target, version, info);
  }

  /**
   * Probe another endpoint: `docker version` first, and `docker info` only when something answered (a dead pipe
   * costs one call). Info is what tells Rancher Desktop and WSL distributions apart.
   */
  async probeEndpoint(endpoint: string, timeoutMs?: number): Promise<DockerEndpointProbe> {
    const target: DockerTarget = { kind: 'host', endpoint };
    const version = await this.#call(dockerVersionCommand(target), `docker --host ${endpoint} version`, timeoutMs);
    const parsedVersion = parseDockerVersion(version.stdout);
    const info =
      version.result?.exitCode === 0 && parsedVersion.value.server
        ? await this.#call(dockerInfoCommand(target), `docker --host ${endpoint} info`, timeoutMs)
        : null;
    return this.#assemble(target, version, info);
  }

  /** `docker context ls`; an empty list with warnings when it fails. */
  async contexts(): Promise<Parsed<DockerContextEntry[]> & { cliMissing: boolean }> {
    const outcome = await this.#call(dockerContextListCommand(), 'docker context ls');
    const list = parseDockerContextList(outcome.stdout);
    const warnings = [...outcome.warnings];
    if (outcome.result && outcome.result.exitCode !== 0 && !list.recognized) {
      warnings.push(`\`docker context ls\` failed (exit ${outcome.result.exitCode}): ${firstLine(outcome.stderr)}`);
    } else warnings.push(...list.warnings.map((w) => `docker context ls: ${w}`));
    return { ...list, warnings, cliMissing: outcome.cliMissing };
  }

  /** Run a tiny Linux image; `ok` only when it exits 0. */
  async linuxProof(
    target: DockerTarget = CURRENT_TARGET,
    options: LinuxProofOptions & { timeoutMs?: number } = {},
  ): Promise<{ ok: boolean; errors: DockerCliError[]; warnings: string[] }> {
    const outcome = await this.#call(
      dockerLinuxProofCommand(target, options),
      'docker run (Linux container proof)',
      options.timeoutMs ?? DEFAULT_PROOF_TIMEOUT_MS,
    );
    return { ok: outcome.result?.exitCode === 0, errors: outcome.errors, warnings: outcome.warnings };
  }

  /**
   * Everything the classifier needs: contexts, the current engine, optionally other endpoints and the proof.
   * The other endpoints are asked as soon as the CLI's own endpoint is known (at once with `DOCKER_HOST`, else when
   * `docker context ls` answers), while the current engine's `version` and `info` are still in flight.
   */
  async collect(options: DockerCollectOptions): Promise<DockerCollectResult> {
    const warnings: string[] = [];
    const dockerHost = this.#parentValue('DOCKER_HOST') ?? null;
    const dockerContext = this.#parentValue('DOCKER_CONTEXT') ?? null;
    const contextsPending = this.contexts();
    const currentPending = this.probe(CURRENT_TARGET);
    const othersPending = this.#probeOthers(options, dockerHost, contextsPending);
    const [contexts, current, others] = await Promise.all([contextsPending, currentPending, othersPending]);
    const cliMissing = contexts.cliMissing && current.errors.some((e) => e.kind === 'cli-not-found');
    warnings.push(...contexts.warnings, ...current.warnings);
    const listed = currentContext(contexts.value);
    const contextName = dockerHost ? 'default' : (current.version?.client?.context ?? listed?.name ?? null);
    const contextEndpoint = dockerHost
      ? normalizeEndpoint(dockerHost)
      : (contexts.value.find((c) => c.name === contextName)?.endpoint ?? listed?.endpoint ?? null);
    current.context = contextName;
    current.endpoint = contextEndpoint;

    // `docker version` may name another context than `context ls` marked; that endpoint is the current one, not another.
    const otherProbes = cliMissing ? [] : others.filter((o) => !sameEndpoint(o.endpoint, contextEndpoint));
    for (const other of otherProbes) warnings.push(...otherEndpointWarnings(other));

    let linuxProof: DockerEvidence['linuxProof'] = null;
    const linuxEngine = (current.info?.osType ?? current.version?.server?.os) === 'linux';
    if (options.linuxProof && current.answered && linuxEngine) {
      const proof = await this.linuxProof(CURRENT_TARGET, options.linuxProof === true ? {} : options.linuxProof);
      warnings.push(...proof.warnings);
      linuxProof = { ok: proof.ok, errors: proof.errors };
    }

    const evidence: DockerEvidence = {
      host: options.host,
      cli: {
        present: !cliMissing,
        path: this.#options.docker,
        version: current.version?.client?.version ?? current.info?.clientVersion ?? null,
      },
      dockerHost,
      dockerContext,
      context: { name: contextName, endpoint: contextEndpoint },
      contexts: contexts.value,
      current,
      others: otherProbes,
      linuxProof,
      ...(options.desktopSettings !== undefined ? { desktopSettings: options.desktopSettings } : {}),
      ...(options.desktopInstalled !== undefined ? { desktopInstalled: options.desktopInstalled } : {}),
      ...(options.wslDistros ? { wslDistros: options.wslDistros } : {}),
    };
    return { evidence, warnings: dedupe(warnings) };
  }

  /**
   * The other endpoints, started once the CLI's own endpoint is known so that it is not asked twice: immediately
   * when `DOCKER_HOST` names it, else when `docker context ls` answers (a local file read, no engine involved).
   */
  async #probeOthers(
    options: DockerCollectOptions,
    dockerHost: string | null,
    contextsPending: Promise<Parsed<DockerContextEntry[]> & { cliMissing: boolean }>,
  ): Promise<DockerEndpointProbe[]> {
    if (!options.otherEndpoints) return [];
    let current: string | null = dockerHost ? normalizeEndpoint(dockerHost) : null;
    if (!dockerHost) {
      const contexts = await contextsPending;
      if (contexts.cliMissing) return [];
      current = currentContext(contexts.value)?.endpoint ?? null;
    }
    const candidates =
      options.otherEndpoints === true ? knownEndpoints(options.host).map((e) => e.endpoint) : options.otherEndpoints;
    const unique = candidates
      .map(normalizeEndpoint)
      .filter((ep, i, all) => all.findIndex((x) => sameEndpoint(x, ep)) === i)
      .filter((ep) => !sameEndpoint(ep, current));
    const timeoutMs = options.otherEndpointTimeoutMs;
    return pool(unique, this.#options.concurrency ?? 4, (ep) => this.probeEndpoint(ep, timeoutMs));
  }

  #parentValue(name: string): string | undefined {
    const own = this.#options.env;
    if (own && Object.hasOwn(own, name)) return own[name] || undefined;
    return (this.#options.parentEnv ?? process.env)[name] || undefined;
  }

  #assemble(target: DockerTarget, version: CallOutcome, info: CallOutcome | null): DockerEndpointProbe {
    const warnings = [...version.warnings, ...(info?.warnings ?? [])];
    const v = parseDockerVersion(version.stdout);
    const i = info ? parseDockerInfo(info.stdout) : null;
    const label = target.kind === 'host' ? `docker --host ${target.endpoint}` : 'docker';
    if (version.result && !v.recognized && version.stdout.trim() !== '') {
      warnings.push(`${label} version: ${v.warnings.join(' ') || 'output not understood.'}`);
    } else warnings.push(...v.warnings.map((w) => `${label} version: ${w}`));
    if (info && i) {
      if (info.result && !i.recognized && info.stdout.trim() !== '') {
        warnings.push(`${label} info: ${i.warnings.join(' ') || 'output not understood.'}`);
      } else warnings.push(...i.warnings.map((w) => `${label} info: ${w}`));
    }
    const versionAnswered = version.result?.exitCode === 0 && v.value.server !== null;
    const infoAnswered = !!info && info.result?.exitCode === 0 && infoShowsAnswer(i?.value ?? null);
    const errors = dedupeErrors([
      ...version.errors,
      ...v.value.errors,
      ...(info?.errors ?? []),
      ...(i?.value.errors ?? []),
    ]);
    if (!versionAnswered && !infoAnswered && errors.length === 0 && version.result && version.result.exitCode !== 0) {
      const said = firstLine(version.stderr) || firstLine(version.stdout);
      warnings.push(`${label} version failed (exit ${version.result.exitCode})${said ? `: ${said}` : ''}.`);
    }
    return {
      endpoint: target.kind === 'host' ? normalizeEndpoint(target.endpoint) : null,
      context: target.kind === 'context' ? target.name : null,
      answered: versionAnswered || infoAnswered,
      version: v.recognized ? v.value : null,
      info: i?.recognized ? i.value : null,
      errors,
      warnings,
    };
  }

  async #call(command: DockerCommand, label: string, timeoutMs?: number): Promise<CallOutcome> {
    const { runner, docker } = this.#options;
    const timeout = timeoutMs ?? this.#options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    let result: CommandResult;
    try {
      result = await runner.run(docker, command.args, {
        env: { ...this.#options.env, ...command.env },
        timeoutMs: timeout,
        maxOutputBytes: this.#options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT,
      });
    } catch (error) {
      return failedCall(error, label, docker, timeout);
    }
    const stdout = decodeOutput(result.stdout);
    const stderr = decodeOutput(result.stderr);
    const warnings: string[] = [];
    if (result.truncated) {
      warnings.push(`${label}: output was cut at the size limit; the answer may be incomplete.`);
    }
    const errors = parseDockerErrors(stderr);
    warnings.push(...errors.warnings.map((w) => `${label}: ${w}`));
    const cliMissing = errors.value.some((e) => e.kind === 'cli-not-found' || e.kind === 'wsl-integration-off');
    if (result.exitCode !== 0 && /<html|<!doctype/i.test(stdout + stderr)) {
      warnings.push(`${label}: an HTML page came back instead of a docker answer (a proxy in the way?).`);
    }
    return { result, stdout, stderr, errors: errors.value, warnings, cliMissing };
  }
}

/**
 * A silent endpoint is the normal case for most of the list, so its "nothing there" is not worth a warning; an
 * endpoint that answered oddly, or took the connection and then hung, is.
 */
function otherEndpointWarnings(probe: DockerEndpointProbe): string[] {
  return probe.answered || probe.errors.some((e) => e.kind === 'timeout') ? probe.warnings : [];
}

function failedCall(error: unknown, label: string, docker: string, timeoutMs: number): CallOutcome {
  const empty = { result: null, stdout: '', stderr: '' };
  if (error instanceof CommandNotFoundError) {
    return {
      ...empty,
      errors: [{ kind: 'cli-not-found', endpoint: null, line: error.message }],
      warnings: [],
      cliMissing: true,
    };
  }
  if (error instanceof CommandTimeoutError) {
    return {
      ...empty,
      errors: [{ kind: 'timeout', endpoint: null, line: `${label} did not finish within ${timeoutMs} ms.` }],
      warnings: [`${label}: no answer within ${timeoutMs} ms; the engine or the CLI may be hung.`],
      cliMissing: false,
    };
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') {
    return {
      ...empty,
      errors: [{ kind: 'cli-not-found', endpoint: null, line: `${docker}: not found` }],
      warnings: [],
      cliMissing: true,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { ...empty, errors: [], warnings: [`${label} could not run: ${preview(message)}`], cliMissing: false };
}

async function pool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  });
  await Promise.all(workers);
  return results;
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l !== '')
      ?.slice(0, 300) ?? ''
  );
}

function dedupe(list: string[]): string[] {
  return [...new Set(list)];
}

function dedupeErrors(errors: DockerCliError[]): DockerCliError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.kind}|${e.endpoint}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
