import { parseBooleanInput, parseListInput, parseMatrixInput } from '@wsl-ready/actions-kit';
import {
  type ConfigPatch,
  didYouMean,
  InputError,
  InputProblems,
  parseConfigPatch,
  validateDistroName,
  validateLinuxUserName,
  validatePackageName,
} from '@wsl-ready/core';

/** Phases whose time bound the user can set with `timeout-minutes`. */
export const TIMED_PHASES = ['download', 'platform-update', 'install', 'packages'] as const;
export type TimedPhase = (typeof TIMED_PHASES)[number];

/** Minutes per phase when `timeout-minutes` does not say (hosted runners: a 372 MB download can take 9 min). */
export const DEFAULT_TIMEOUT_MINUTES: Readonly<Record<TimedPhase, number>> = {
  download: 20,
  'platform-update': 10,
  install: 15,
  packages: 20,
};

export interface SourceInput {
  /** An https URL, or a path on the runner. */
  location: string;
  kind: 'url' | 'path';
  sha256: string;
}

export interface SetupInputs {
  distribution: string;
  source?: SourceInput;
  wslVersion: 1 | 2;
  /** Update WSL only when below this (`2.4.4` style); undefined = only when WSL 2 needs the package. */
  wslMinVersion?: string;
  setAsDefault: boolean;
  update: boolean;
  packages: string[];
  wslConf: ConfigPatch;
  /** The `wsl-conf` text as given (kept for the cache key). */
  wslConfText: string;
  wslconfig: ConfigPatch;
  systemd: boolean;
  user: string;
  cache: boolean;
  docker: boolean;
  /** The engine also listens on tcp://127.0.0.1:2375: `auto` = only on GitHub-hosted (ephemeral) runners. */
  dockerTcp: boolean | 'auto';
  /** Export DOCKER_HOST for the job's later steps when the engine listens on TCP. */
  dockerHostEnv: boolean;
  envPassthrough: boolean;
  /** Folder that holds the distribution's disk (a `<distribution>` folder is made inside); default: the work drive. */
  installLocation?: string;
  timeoutMinutes: Record<TimedPhase, number>;
  report: boolean;
  /** The job's matrix cell (`${{ toJSON(matrix) }}`), naming the report artifact; null when not given. */
  matrix: Record<string, unknown> | null;
}

/** Reads one input as given in `with:` ('' when absent), e.g. `@actions/core`'s getInput. */
export type InputReader = (name: string) => string;

/**
 * Every input, validated before any command runs. All problems are reported at once: an InvalidInputsError (an
 * InputError) lists each input, what is wrong and what is accepted, with a did-you-mean where the choices are
 * fixed. Pure: reads only through `read`.
 */
export function parseInputs(read: InputReader): SetupInputs {
  const problems = new InputProblems();
  const text = (name: string) => read(name).trim();
  const bool = (name: string, fallback: boolean) =>
    problems.attempt(fallback, () => parseBooleanInput(name, read(name), fallback));
  const distribution = problems.attempt<string>('Ubuntu-24.04', () =>
    validateDistroName(text('distribution') || 'Ubuntu-24.04', 'distribution'),
  );
  const wslVersion = problems.attempt<1 | 2>(2, () => parseWslVersion(text('wsl-version') || '2'));
  const systemd = bool('systemd', false);
  const docker = bool('docker', false);
  if (wslVersion === 1 && systemd) {
    problems.add(
      new InputError(
        'systemd',
        'The systemd input needs WSL 2 (WSL 1 has no init system). Accepted: systemd: false with wsl-version: 1.',
      ),
    );
  }
  if (wslVersion === 1 && docker) {
    problems.add(
      new InputError(
        'docker',
        'The docker input needs WSL 2 (Docker Engine does not run on WSL 1). Accepted: docker: false with wsl-version: 1.',
      ),
    );
  }
  const wslConfText = read('wsl-conf');
  const wslConf = problems.attempt({}, () => parseIni('wsl-conf', wslConfText, 'wslconf'));
  if (systemd) wslConf.boot = { ...wslConf.boot, systemd: true };
  const inputs: SetupInputs = {
    distribution,
    wslVersion,
    setAsDefault: bool('set-as-default', true),
    update: bool('update', false),
    packages: problems.attempt([], () => parsePackages(read('packages'))),
    wslConf,
    wslConfText,
    wslconfig: problems.attempt({}, () => parseIni('wslconfig', read('wslconfig'), 'wslconfig')),
    systemd,
    user: problems.attempt<string>('root', () => validateLinuxUserName(text('user') || 'root', 'user')),
    cache: bool('cache', true),
    docker,
    dockerTcp: problems.attempt<'auto' | boolean>('auto', () =>
      text('docker-tcp').toLowerCase() === 'auto' || text('docker-tcp') === ''
        ? 'auto'
        : parseBooleanInput('docker-tcp', read('docker-tcp'), false),
    ),
    dockerHostEnv: bool('docker-host-env', true),
    envPassthrough: bool('env-passthrough', true),
    timeoutMinutes: problems.attempt({ ...DEFAULT_TIMEOUT_MINUTES }, () => parseTimeouts(text('timeout-minutes'))),
    report: bool('report', true),
    matrix: problems.attempt(null, () => parseMatrixInput('matrix', read('matrix'))),
  };
  const minVersion = text('wsl-min-version');
  if (minVersion) {
    const parsed = problems.attempt(undefined, () => parseMinVersion(minVersion));
    if (parsed) inputs.wslMinVersion = parsed;
  }
  const location = text('install-location');
  if (location) {
    const parsed = problems.attempt(undefined, () => parseInstallLocation(location));
    if (parsed) inputs.installLocation = parsed;
  }
  const source = problems.attempt(undefined, () => parseSource(text('source'), text('source-sha256')));
  if (source) inputs.source = source;
  problems.throwIfAny();
  return inputs;
}

function parseInstallLocation(value: string): string {
  // An absolute Windows path (D:\wsl) or, with a stand-in, an absolute host path.
  if (/^[A-Za-z]:[\\/]/.test(value) || value.startsWith('/')) return value;
  throw new InputError(
    'install-location',
    `The install-location input ${JSON.stringify(value)} is not an absolute path. Accepted: a folder such as D:\\wsl (a folder per distribution is made inside).`,
  );
}

function parseWslVersion(value: string): 1 | 2 {
  if (value === '1' || value === '2') return Number(value) as 1 | 2;
  throw new InputError(
    'wsl-version',
    `The wsl-version input ${JSON.stringify(value)} is not a WSL version. Accepted: 1 or 2.`,
  );
}

function parseMinVersion(value: string): string {
  if (!/^\d{1,4}(?:\.\d{1,6}){0,3}$/.test(value)) {
    throw new InputError(
      'wsl-min-version',
      `The wsl-min-version input ${JSON.stringify(value)} is not a version. Accepted: dotted numbers such as 2.4.4 or 2.6.1.0.`,
    );
  }
  return value;
}

/** Package names separated by spaces, commas or line breaks; each checked like apt/dnf/zypper/apk accept them. */
export function parsePackages(value: string): string[] {
  // The kit splits lines and commas (and drops repeats); a line may also hold several names.
  const names = [...new Set(parseListInput(value).flatMap((item) => item.split(/\s+/)))];
  for (const name of names) validatePackageName(name, 'packages');
  return names;
}

function parseIni(input: string, text: string, kind: 'wslconf' | 'wslconfig'): ConfigPatch {
  if (!text.trim()) return {};
  const parsed = parseConfigPatch(text, { kind });
  const [first] = parsed.errors;
  if (first) {
    const more = parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more)` : '';
    throw new InputError(
      input,
      `The ${input} input has a problem on line ${first.line}: ${first.message}${more}. Accepted: INI lines \`[section]\` and \`key = value\` with keys WSL knows.`,
    );
  }
  return parsed.patch;
}

const TIMEOUT_ACCEPTED = `minutes as one number for every phase, or ${TIMED_PHASES.map((p) => `${p}=<minutes>`).join(', ')} separated by commas or line breaks (a number greater than 0, at most 360)`;

export function parseTimeouts(value: string): Record<TimedPhase, number> {
  const result = { ...DEFAULT_TIMEOUT_MINUTES };
  if (value === '') return result;
  const minutes = (text: string, what: string) => {
    const number = Number(text);
    if (!/^\d+(?:\.\d+)?$/.test(text) || !(number > 0) || number > 360) {
      throw new InputError(
        'timeout-minutes',
        `The timeout-minutes value ${JSON.stringify(what)} is not valid. Accepted: ${TIMEOUT_ACCEPTED}.`,
      );
    }
    return number;
  };
  if (/^[\d.]+$/.test(value)) {
    const all = minutes(value, value);
    for (const phase of TIMED_PHASES) result[phase] = all;
    return result;
  }
  for (const item of value
    .split(/[,\n]+/)
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = /^([a-z-]+)\s*[=:]\s*(\S+)$/.exec(item);
    const phase = match?.[1] as TimedPhase | undefined;
    if (!match || !phase || !TIMED_PHASES.includes(phase)) {
      throw new InputError(
        'timeout-minutes',
        `The timeout-minutes item ${JSON.stringify(item)} is not valid.${didYouMean(/^[A-Za-z][\w-]*/.exec(item)?.[0] ?? '', TIMED_PHASES)} Accepted: ${TIMEOUT_ACCEPTED}.`,
      );
    }
    result[phase] = minutes(match[2] ?? '', item);
  }
  return result;
}

const SHA256 = /^[0-9a-fA-F]{64}$/;

function parseSource(location: string, sha256: string): SourceInput | undefined {
  if (!location) {
    if (sha256)
      throw new InputError(
        'source-sha256',
        'The source-sha256 input is set but source is empty. Accepted: both source and source-sha256, or neither.',
      );
    return undefined;
  }
  if (!SHA256.test(sha256)) {
    throw new InputError(
      'source-sha256',
      `The source input needs the SHA-256 of the file in source-sha256${sha256 ? `, and ${JSON.stringify(sha256.slice(0, 70))} is not one` : ''}. Accepted: 64 hexadecimal digits.`,
    );
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location)) {
    if (!/^https:\/\/[^\s]+$/i.test(location)) {
      throw new InputError(
        'source',
        `The source input ${JSON.stringify(location.slice(0, 100))} is not an https URL. Accepted: an https:// URL or a path on the runner to a .wsl, .tar, .tar.gz or .tar.xz file.`,
      );
    }
    return { location, kind: 'url', sha256: sha256.toLowerCase() };
  }
  if (/[\0\r\n"<>|*?]/.test(location)) {
    throw new InputError(
      'source',
      `The source path ${JSON.stringify(location.slice(0, 100))} holds characters no file path may hold. Accepted: an https:// URL or a path to a .wsl, .tar, .tar.gz or .tar.xz file.`,
    );
  }
  return { location, kind: 'path', sha256: sha256.toLowerCase() };
}
