import { DOCKER_BACKENDS, type DockerBackend, InputError } from '@wsl-ready/core';
import { isDockerBackend } from './backends.js';
import { didYouMean } from './did-you-mean.js';
import { InvalidInputsError } from './errors.js';

export type FailOn = 'fail' | 'warn';

export interface CheckInputs {
  /** `any`, or the backends that are acceptable. */
  expectBackend: 'any' | DockerBackend[];
  requireLinuxContainers: boolean;
  requireEngine: boolean;
  probeAllEndpoints: boolean;
  runContainer: boolean;
  /** Path of the docker executable; null = discovery (`WSL_READY_DOCKER`, then PATH). */
  dockerPath: string | null;
  /** Bound of each docker call. */
  timeoutSeconds: number;
  failOn: FailOn;
  report: boolean;
}

/** The inputs as action.yml declares them, with their defaults (the runner fills these in; tests may not). */
export const INPUT_DEFAULTS: Record<string, string> = {
  'expect-backend': 'any',
  'require-linux-containers': 'false',
  'require-engine': 'true',
  'probe-all-endpoints': 'true',
  'run-container': 'false',
  'docker-path': '',
  'timeout-seconds': '15',
  'fail-on': 'fail',
  report: 'true',
};

export const MAX_TIMEOUT_SECONDS = 600;

/**
 * Reads and validates every input before anything runs. `read` returns the raw value (empty when unset).
 * Throws `InvalidInputsError` naming each bad input, what it got and what it accepts.
 */
export function parseInputs(read: (name: string) => string): CheckInputs {
  const problems: InputError[] = [];
  const raw = (name: string) => {
    const value = read(name).trim();
    return value === '' ? (INPUT_DEFAULTS[name] ?? '') : value;
  };
  const bool = (name: string): boolean => {
    const value = raw(name);
    // YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts them.
    if (/^(true|True|TRUE)$/.test(value)) return true;
    if (/^(false|False|FALSE)$/.test(value)) return false;
    problems.push(new InputError(name, `got \`${clip(value)}\`; use \`true\` or \`false\`.`));
    return INPUT_DEFAULTS[name] === 'true';
  };

  const expectBackend = parseExpectBackend(raw('expect-backend'), problems);
  const requireLinuxContainers = bool('require-linux-containers');
  const requireEngine = bool('require-engine');
  const probeAllEndpoints = bool('probe-all-endpoints');
  const runContainer = bool('run-container');
  const report = bool('report');

  const dockerPathRaw = read('docker-path').trim();
  let dockerPath: string | null = null;
  if (dockerPathRaw !== '') {
    // A path is handed to spawn as the file, never to a shell; control characters can only be a mistake.
    if (/[\u0000-\u001f]/.test(dockerPathRaw)) {
      problems.push(
        new InputError('docker-path', 'contains control characters; give the path of the docker executable.'),
      );
    } else dockerPath = dockerPathRaw;
  }

  const timeoutText = raw('timeout-seconds');
  let timeoutSeconds = Number(INPUT_DEFAULTS['timeout-seconds']);
  if (!/^\d+(\.\d+)?$/.test(timeoutText) || Number(timeoutText) <= 0 || Number(timeoutText) > MAX_TIMEOUT_SECONDS) {
    problems.push(
      new InputError(
        'timeout-seconds',
        `got \`${clip(timeoutText)}\`; use a number of seconds above 0 and at most ${MAX_TIMEOUT_SECONDS}.`,
      ),
    );
  } else timeoutSeconds = Number(timeoutText);

  const failOnText = raw('fail-on').toLowerCase();
  let failOn: FailOn = 'fail';
  if (failOnText === 'fail' || failOnText === 'warn') failOn = failOnText;
  else {
    const hint = didYouMean(failOnText, ['fail', 'warn']);
    problems.push(
      new InputError(
        'fail-on',
        `got \`${clip(failOnText)}\`; use \`fail\` or \`warn\`.${hint ? ` Did you mean \`${hint}\`?` : ''}`,
      ),
    );
  }

  if (problems.length > 0) throw new InvalidInputsError(problems);
  return {
    expectBackend,
    requireLinuxContainers,
    requireEngine,
    probeAllEndpoints,
    runContainer,
    dockerPath,
    timeoutSeconds,
    failOn,
    report,
  };
}

function parseExpectBackend(value: string, problems: InputError[]): 'any' | DockerBackend[] {
  const items = value
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (items.length === 0 || items.some((s) => s.toLowerCase() === 'any')) {
    if (items.length > 1) {
      problems.push(
        new InputError('expect-backend', '`any` cannot be combined with backend names; use one or the other.'),
      );
    }
    return 'any';
  }
  const chosen: DockerBackend[] = [];
  for (const item of items) {
    const name = item.toLowerCase();
    if (isDockerBackend(name)) {
      if (!chosen.includes(name)) chosen.push(name);
      continue;
    }
    const hint = didYouMean(name, DOCKER_BACKENDS);
    problems.push(
      new InputError(
        'expect-backend',
        `\`${clip(item)}\` is not a backend.${hint ? ` Did you mean \`${hint}\`?` : ''} Use \`any\` or a comma list of: ` +
          `${DOCKER_BACKENDS.join(', ')}.`,
      ),
    );
  }
  return chosen;
}

function clip(text: string): string {
  const flat = text.replace(/[\u0000-\u001f`]/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}
