import type { EnvRecord } from '../env.js';
/**
 * Colour decision of the CLI, most specific first: `--no-color` / `--color`, then NO_COLOR (any non-empty
 * value, see no-color.org), then FORCE_COLOR (`0`/`false` off, anything else on), then whether stdout is a
 * terminal that is not `dumb`.
 */
export function useColor(
  flags: { color?: boolean | undefined; noColor?: boolean | undefined },
  env: EnvRecord,
  isTTY: boolean | undefined,
): boolean {
  if (flags.noColor) return false;
  if (flags.color) return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !(force === '0' || force.toLowerCase() === 'false');
  return isTTY === true && env.TERM !== 'dumb';
}

/** A live progress line only on an interactive terminal: never in CI logs, pipes or files. */
export function useProgress(env: EnvRecord, isTTY: boolean | undefined): boolean {
  return isTTY === true && env.TERM !== 'dumb';
}
