/**
 * `wsl-ready parse <kind>`: one entry per kind, each turning raw bytes into the flat JSON object the CLI prints
 * (`recognized`, the kind's keys, `warnings`). The key names are a public interface (users script against them):
 * the same names and normalised values as Report v1.
 */
import { parseConfigDocument } from '../config/document.js';
import { lintConfig } from '../config/lint.js';
import type { ConfigKind } from '../config/types.js';
import { classifyDockerBackend } from '../docker/classify.js';
import { currentContext, parseDockerContextList } from '../docker/parsers/context.js';
import { infoShowsAnswer, parseDockerInfo } from '../docker/parsers/info.js';
import { parseDockerVersion } from '../docker/parsers/version.js';
import { partialVerdict } from '../docker/partial.js';
import type { DockerCliError, DockerEndpointProbe, DockerEvidence } from '../docker/types.js';
import { decodeOutput } from '../text/decode.js';
import { cleanPastedText } from '../text/paste.js';
import { parseWslError } from '../wsl/errors/parse-error.js';
import { parseKernel } from '../wsl/parsers/parse-kernel.js';
import { parseList } from '../wsl/parsers/parse-list.js';
import { parseListOnline } from '../wsl/parsers/parse-list-online.js';
import { parseListQuiet } from '../wsl/parsers/parse-list-quiet.js';
import { parseListVerbose } from '../wsl/parsers/parse-list-verbose.js';
import { parseOsRelease } from '../wsl/parsers/parse-os-release.js';
import { parseStatus } from '../wsl/parsers/parse-status.js';
import { parseSysteminfo } from '../wsl/parsers/parse-systeminfo.js';
import { parseVersion } from '../wsl/parsers/parse-version.js';
import type { ParseKind } from './help.js';

export const DOCKER_HOSTS = ['windows', 'linux', 'darwin'] as const;
export type DockerHostOs = (typeof DOCKER_HOSTS)[number];

export interface ParseKindOptions {
  /** The OS the docker output came from (docker kind only). */
  host: DockerHostOs;
}

/** What one kind found: `fields` go into the printed object between `recognized` and `warnings`. */
export interface KindResult {
  recognized: boolean;
  fields: Record<string, unknown>;
  warnings: string[];
}

type KindParser = (bytes: Uint8Array, options: ParseKindOptions) => KindResult;

export const KIND_PARSERS: Record<ParseKind, KindParser> = {
  version(bytes) {
    const { recognized, value, warnings } = parseVersion(bytes);
    const { wslVersion, kernelVersion, wslgVersion, msrdcVersion, direct3dVersion, dxcoreVersion, windowsVersion } =
      value;
    return {
      recognized,
      fields: { wslVersion, kernelVersion, wslgVersion, msrdcVersion, direct3dVersion, dxcoreVersion, windowsVersion },
      warnings,
    };
  },
  'list-verbose'(bytes) {
    const { recognized, value, warnings } = parseListVerbose(bytes);
    const distros = value.distros.map(({ name, state, version, default: isDefault }) => ({
      name,
      state,
      version,
      default: isDefault,
    }));
    return { recognized, fields: { distros }, warnings };
  },
  list(bytes) {
    const { recognized, value, warnings } = parseList(bytes);
    const distros = value.distros.map(({ name, default: isDefault }) => ({ name, default: isDefault }));
    return { recognized, fields: { distros }, warnings };
  },
  'list-quiet'(bytes) {
    const { recognized, value, warnings } = parseListQuiet(bytes);
    // wsl -l -q prints an empty answer when no distribution is installed; an empty paste is not that answer.
    const empty = decodeOutput(bytes).trim() === '';
    return {
      recognized: recognized && !empty,
      fields: { distros: value.names.map((name) => ({ name })) },
      warnings: empty ? [...warnings, 'The input is empty.'] : warnings,
    };
  },
  status(bytes) {
    const { recognized, value, warnings } = parseStatus(bytes);
    const fields: Record<string, unknown> = {
      defaultDistribution: value.defaultDistribution,
      defaultVersion: value.defaultVersion,
    };
    // Shown only by some wsl.exe releases: present in the JSON only when the output had them.
    if (value.kernelVersion !== null) fields.kernelVersion = value.kernelVersion;
    if (value.lastUpdated !== null) fields.lastUpdated = value.lastUpdated;
    if (value.automaticUpdates !== null) fields.automaticUpdates = value.automaticUpdates;
    return { recognized, fields, warnings };
  },
  'list-online'(bytes) {
    const { recognized, value, warnings } = parseListOnline(bytes);
    const distributions = value.distributions.map((entry) => ({
      name: entry.name,
      friendlyName: entry.friendlyName,
      ...(entry.default !== undefined ? { default: entry.default } : {}),
    }));
    return { recognized, fields: { distributions }, warnings };
  },
  error(bytes) {
    const { recognized, value, warnings } = parseWslError(bytes);
    return {
      recognized,
      fields: {
        code: value.code,
        hresult: value.hresult,
        symbol: value.symbol,
        category: value.category,
        remediation: [...value.remediation],
      },
      warnings,
    };
  },
  kernel(bytes) {
    const { recognized, value, warnings } = parseKernel(bytes);
    const fields: Record<string, unknown> = {
      kernelRelease: value.kernelRelease,
      kernelVersion: value.kernelVersion,
      wslGeneration: value.wslGeneration,
    };
    if (value.windowsBuild !== undefined) fields.windowsBuild = value.windowsBuild;
    if (value.arch !== undefined) fields.arch = value.arch;
    return { recognized, fields, warnings };
  },
  systeminfo(bytes) {
    const { recognized, value, warnings } = parseSysteminfo(bytes);
    return {
      recognized,
      fields: {
        hypervisorDetected: value.hypervisorDetected,
        vmMonitorModeExtensions: value.vmMonitorModeExtensions,
        virtualizationEnabledInFirmware: value.virtualizationEnabledInFirmware,
        secondLevelAddressTranslation: value.secondLevelAddressTranslation,
        dataExecutionPreventionAvailable: value.dataExecutionPreventionAvailable,
      },
      warnings,
    };
  },
  'os-release'(bytes) {
    const { recognized, value, warnings } = parseOsRelease(bytes);
    const { id, idLike, versionId, prettyName, name, versionCodename, family, fields } = value;
    return {
      recognized,
      fields: { id, idLike, versionId, prettyName, name, versionCodename, family, fields },
      warnings,
    };
  },
  docker: parseDockerPaste,
  wslconfig: (bytes) => lintKind(bytes, 'wslconfig'),
  wslconf: (bytes) => lintKind(bytes, 'wslconf'),
  auto: parseEverything,
};

/**
 * The kinds `parse auto` looks for in a pasted text. Each finds its own block by layout wherever it sits, so every
 * parser reads the whole text. Left out: list-quiet (any column of words reads as names), os-release and the config
 * kinds (any `key=value` lines would do).
 */
const AUTO_KINDS = [
  'version',
  'list-verbose',
  'list',
  'status',
  'list-online',
  'error',
  'kernel',
  'systeminfo',
  'docker',
] as const;

/** `parse auto`: every recognisable output of a pasted text (an issue body), each with its kind's fields. */
function parseEverything(bytes: Uint8Array, options: ParseKindOptions): KindResult {
  const found: Record<string, unknown>[] = [];
  const warnings: string[] = [];
  for (const kind of AUTO_KINDS) {
    const result = KIND_PARSERS[kind](bytes, options);
    if (!result.recognized) continue;
    found.push({ kind, ...result.fields });
    for (const warning of result.warnings) warnings.push(`${kind}: ${warning}`);
  }
  if (found.length === 0) warnings.push('No wsl.exe or docker output was recognised in the input.');
  return { recognized: found.length > 0, fields: { found }, warnings };
}

/**
 * Pasted `docker version` and/or `docker info` (and `docker context ls`) output, JSON or text, classified with the
 * same classifier the doctor uses. Only what the paste shows is evidence: nothing is probed.
 */
function parseDockerPaste(bytes: Uint8Array, options: ParseKindOptions): KindResult {
  const text = cleanPastedText(decodeOutput(bytes));
  const version = parseDockerVersion(text);
  const info = parseDockerInfo(text);
  const contexts = parseDockerContextList(text);
  const errors = uniqueErrors([...version.value.errors, ...info.value.errors]);
  const warnings = [...version.warnings, ...info.warnings].filter(
    // Each parser notes that the other's output is missing; with both kinds pasted that is not worth saying.
    (warning) => !/^No `docker (version|info)` output found/.test(warning) || !(version.recognized || info.recognized),
  );
  const recognized = version.recognized || info.recognized || errors.length > 0;
  const listed = contexts.recognized ? currentContext(contexts.value) : null;
  const contextName = version.value.client?.context ?? info.value.clientContext ?? listed?.name ?? null;
  const contextEndpoint =
    (contexts.recognized ? contexts.value.find((entry) => entry.name === contextName)?.endpoint : null) ??
    listed?.endpoint ??
    null;
  const answered = version.value.server !== null || infoShowsAnswer(info.recognized ? info.value : null);
  const current: DockerEndpointProbe = {
    endpoint: contextEndpoint,
    context: contextName,
    answered,
    version: version.recognized ? version.value : null,
    info: info.recognized ? info.value : null,
    errors,
    warnings: [],
  };
  const evidence: DockerEvidence = {
    host: { os: options.host },
    cli: {
      present: true,
      version: version.value.client?.version ?? info.value.clientVersion ?? null,
    },
    context: { name: contextName, endpoint: contextEndpoint },
    ...(contexts.recognized ? { contexts: contexts.value } : {}),
    current,
  };
  const verdict = classifyDockerBackend(evidence);
  const server = version.value.server;
  const partial = recognized ? partialVerdict(evidence, { desktopClient: DESKTOP_CLIENT.test(text) }) : null;
  const decided = partial === null || partial.possibleBackends.length === 1;
  const warningsOut = recognized ? [...warnings, ...(partial ? [] : verdict.warnings)] : warnings;
  if (partial) {
    warningsOut.push(
      `The text is partial: the backend is one of ${partial.possibleBackends.join(', ')}. Missing: ${partial.missingEvidence.join('; ')}.`,
    );
  }
  return {
    recognized,
    fields: {
      backend: !recognized ? null : partial ? (decided ? partial.possibleBackends[0] : null) : verdict.backend,
      ...(partial ? partial : {}),
      // A paste cut before the engine part tells nothing about what the engine runs.
      linuxContainers: recognized && (partial === null || answered) ? verdict.linuxContainers : null,
      osType: info.value.osType ?? server?.os ?? null,
      operatingSystem: info.value.operatingSystem,
      kernelVersion: info.value.kernelVersion ?? server?.kernelVersion ?? null,
      serverVersion: verdict.serverVersion ?? info.value.serverVersion ?? server?.version ?? null,
      context: verdict.context ?? contextName,
    },
    warnings: warningsOut,
  };
}

// Docker Desktop's CLI plugins (`desktop`, builds tagged `-desktop.N`) or one of its contexts.
const DESKTOP_CLIENT = /^\s*desktop: Docker Desktop commands|-desktop\.\d|^\s*Context:\s+desktop-(?:linux|windows)\b/m;

function uniqueErrors(errors: DockerCliError[]): DockerCliError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.kind}\u0000${error.endpoint}\u0000${error.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Config kinds: the lint findings. Recognised when the text holds at least one section header or key and is
 * text at all (binary junk can contain `=` and `[`).
 */
function lintKind(bytes: Uint8Array, kind: ConfigKind): KindResult {
  const result = lintConfig(bytes, kind);
  const findings = result.findings.map(({ line, severity, rule, message, suggestion }) => ({
    line,
    severity,
    rule,
    message,
    ...(suggestion !== undefined ? { suggestion } : {}),
  }));
  const text = decodeOutput(bytes);
  const document = parseConfigDocument(text, kind);
  const hasContent = document.sections.length > 0 || document.entries.length > 0;
  const recognized = hasContent && looksLikeText(text);
  const warnings: string[] = [];
  if (!recognized) {
    warnings.push(
      text.trim() === ''
        ? 'The input is empty.'
        : `No ${kind === 'wslconfig' ? '.wslconfig' : 'wsl.conf'} sections or keys found in the input.`,
    );
  }
  return { recognized, fields: { findings: recognized ? findings : [] }, warnings };
}

/** Text, not binary: few control characters and replacement characters. */
export function looksLikeText(text: string): boolean {
  if (text.length === 0) return false;
  let odd = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffd || code === 0x7f) odd++;
  }
  return odd * 20 <= text.length;
}
