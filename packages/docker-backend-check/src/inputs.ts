import { parseBooleanInput, parseIntegerInput, parseListInput, parseMatrixInput } from '@wsl-ready/actions-kit';
import { DOCKER_BACKENDS, type DockerBackend, didYouMean, InputError, InputProblems } from '@wsl-ready/core';
import { isDockerBackend } from './backends.js';

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
  /** The job's matrix cell (`${{ toJSON(matrix) }}`), which names the report artifact; null outside a matrix. */
  matrix: Record<string, unknown> | null;
}

export const DEFAULT_TIMEOUT_SECONDS = 15;
export const MAX_TIMEOUT_SECONDS = 600;

/**
 * Reads and validates every input before anything runs. `read` returns the raw value (empty when unset; empty
 * means the default of action.yml). Throws the core's `InvalidInputsError` naming each bad input, what it got and what it
 * accepts, all at once.
 */
export function parseInputs(read: (name: string) => string): CheckInputs {
  const problems = new InputProblems();
  const bool = (name: string, fallback: boolean) =>
    problems.attempt(fallback, () => parseBooleanInput(name, read(name), fallback));

  const expectBackend = parseExpectBackend(read('expect-backend'), problems);
  const requireLinuxContainers = bool('require-linux-containers', false);
  const requireEngine = bool('require-engine', true);
  const probeAllEndpoints = bool('probe-all-endpoints', true);
  const runContainer = bool('run-container', false);
  const report = bool('report', true);
  const timeoutSeconds = problems.attempt(DEFAULT_TIMEOUT_SECONDS, () =>
    parseIntegerInput('timeout-seconds', read('timeout-seconds'), {
      min: 1,
      max: MAX_TIMEOUT_SECONDS,
      fallback: DEFAULT_TIMEOUT_SECONDS,
    }),
  );

  const dockerPathRaw = read('docker-path').trim();
  let dockerPath: string | null = null;
  if (dockerPathRaw !== '') {
    // A path is handed to spawn as the file, never to a shell; control characters can only be a mistake.
    if (/[\u0000-\u001f]/.test(dockerPathRaw)) {
      problems.add(
        new InputError('docker-path', 'contains control characters; give the path of the docker executable.'),
      );
    } else dockerPath = dockerPathRaw;
  }

  const failOnText = read('fail-on').trim().toLowerCase() || 'fail';
  let failOn: FailOn = 'fail';
  if (failOnText === 'fail' || failOnText === 'warn') failOn = failOnText;
  else {
    problems.add(
      new InputError(
        'fail-on',
        `got \`${clip(failOnText)}\`; use \`fail\` or \`warn\`.${didYouMean(failOnText, ['fail', 'warn'])}`,
      ),
    );
  }

  const matrix = problems.attempt(null, () => parseMatrixInput('matrix', read('matrix')));

  problems.throwIfAny();
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
    matrix,
  };
}

function parseExpectBackend(value: string, problems: InputProblems): 'any' | DockerBackend[] {
  const items = parseListInput(value);
  if (items.length === 0 || items.some((s) => s.toLowerCase() === 'any')) {
    if (items.length > 1) {
      problems.add(
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
    problems.add(
      new InputError(
        'expect-backend',
        `\`${clip(item)}\` is not a backend.${didYouMean(name, DOCKER_BACKENDS)} Use \`any\` or a comma list of: ` +
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
