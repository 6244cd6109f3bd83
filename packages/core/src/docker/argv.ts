import type { EnvRecord } from '../env.js';
import { InputError } from '../errors.js';

/**
 * Pure argv builders for the docker CLI. The engine a command talks to is chosen by a `DockerTarget`:
 * nothing (the CLI's own choice: `--context`/`DOCKER_CONTEXT`/`DOCKER_HOST`/config), a context, or an endpoint.
 */
export type DockerTarget = { kind: 'current' } | { kind: 'context'; name: string } | { kind: 'host'; endpoint: string };

export interface DockerCommand {
  args: string[];
  /** Variables to set (or remove, when `undefined`) for this call. */
  env: EnvRecord;
}

export const CURRENT_TARGET: DockerTarget = { kind: 'current' };

// Context names as the CLI accepts them; endpoints of the schemes the CLI dials.
const CONTEXT_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.+-]*$/;
const ENDPOINT = /^(?:npipe|unix|tcp|ssh|fd):\/\/[^\s]*$/i;
const IMAGE = /^[a-z0-9][a-z0-9._/:@-]*$/i;

/** Keep the CLI's output to what we parse: no "What's next" hints, no update nags. */
const QUIET_ENV: Record<string, string> = { DOCKER_CLI_HINTS: 'false' };

function targetArgs(target: DockerTarget): { args: string[]; env: EnvRecord } {
  switch (target.kind) {
    case 'current':
      return { args: [], env: {} };
    case 'context':
      if (!CONTEXT_NAME.test(target.name)) {
        throw new InputError('context', `\`${target.name}\` is not a docker context name; see \`docker context ls\`.`);
      }
      // An explicit --context wins over DOCKER_HOST; removing it also silences the "overrides" warning.
      return { args: ['--context', target.name], env: { DOCKER_HOST: undefined, DOCKER_CONTEXT: undefined } };
    case 'host':
      if (!ENDPOINT.test(target.endpoint)) {
        throw new InputError(
          'endpoint',
          `\`${target.endpoint}\` is not a docker endpoint; use npipe://, unix://, tcp:// or ssh:// addresses.`,
        );
      }
      // --host and DOCKER_CONTEXT together are rejected by some CLIs; the probe names the engine itself.
      return { args: ['--host', target.endpoint], env: { DOCKER_HOST: undefined, DOCKER_CONTEXT: undefined } };
  }
}

function command(target: DockerTarget, rest: string[]): DockerCommand {
  const t = targetArgs(target);
  return { args: [...t.args, ...rest], env: { ...QUIET_ENV, ...t.env } };
}

/** `docker version --format '{{json .}}'`: Client and Server blocks (Server null when the engine is down). */
export function dockerVersionCommand(target: DockerTarget = CURRENT_TARGET): DockerCommand {
  return command(target, ['version', '--format', '{{json .}}']);
}

/** `docker info --format '{{json .}}'`: the engine's /info plus ClientInfo, ServerErrors and ClientErrors. */
export function dockerInfoCommand(target: DockerTarget = CURRENT_TARGET): DockerCommand {
  return command(target, ['info', '--format', '{{json .}}']);
}

/**
 * `docker context ls`, one JSON object per line. `--format json` only exists since CLI 23 (older ones print the
 * word "json"), while the `{{json .}}` template works on every version; the parser reads both shapes anyway.
 */
export function dockerContextListCommand(): DockerCommand {
  return { args: ['context', 'ls', '--format', '{{json .}}'], env: { ...QUIET_ENV } };
}

/** `docker context inspect [name]`: its default output is already a JSON array on every version. */
export function dockerContextInspectCommand(name?: string): DockerCommand {
  if (name !== undefined && !CONTEXT_NAME.test(name)) {
    throw new InputError('context', `\`${name}\` is not a docker context name; see \`docker context ls\`.`);
  }
  return { args: ['context', 'inspect', ...(name !== undefined ? [name] : [])], env: { ...QUIET_ENV } };
}

export interface LinuxProofOptions {
  /** A tiny image published for Linux; `hello-world` is about 10 kB. */
  image?: string;
  /** Command and arguments run inside the image (none for `hello-world`). */
  command?: string[];
}

/**
 * `docker run --rm --platform linux --network none <image>`: the proof that the engine runs Linux containers.
 * A Windows engine refuses with `image operating system "linux" cannot be used on this platform`. `--platform linux`
 * leaves the architecture to the engine, so arm64 hosts need no emulation.
 */
export function dockerLinuxProofCommand(
  target: DockerTarget = CURRENT_TARGET,
  options: LinuxProofOptions = {},
): DockerCommand {
  const image = options.image ?? 'hello-world';
  if (!IMAGE.test(image)) {
    throw new InputError(
      'image',
      `\`${image}\` is not an image reference; use a name like \`hello-world\` or \`busybox:1.36\`.`,
    );
  }
  return command(target, [
    'run',
    '--rm',
    '--platform',
    'linux',
    '--network',
    'none',
    image,
    ...(options.command ?? []),
  ]);
}
