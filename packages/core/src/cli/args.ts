import { type ParseArgsConfig, parseArgs } from 'node:util';
import { editDistance } from '../text/edit-distance.js';
import { UsageError } from './errors.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/**
 * Strict `parseArgs` whose failures become UsageErrors that name the option, suggest the closest known one and
 * point at the command's `--help` (Node's own messages talk about `--` and positionals, which confuses users).
 */
export function parseCommandLine(
  argv: readonly string[],
  options: OptionSpec,
  command: string | null,
  maxPositionals: number,
): ParsedArgs {
  let result: ReturnType<typeof parseArgs>;
  try {
    result = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
  } catch (error) {
    throw translate(error, options, command);
  }
  const positionals = result.positionals;
  if (positionals.length > maxPositionals) {
    const extra = positionals[maxPositionals]!;
    throw new UsageError(extra, `Unexpected argument ${JSON.stringify(extra)}.`, command);
  }
  return { values: result.values as ParsedArgs['values'], positionals };
}

function translate(error: unknown, options: OptionSpec, command: string | null): Error {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const named = /'(-{1,2}[^'\s]*)/.exec(message)?.[1] ?? '';
  const where = command ? ` for \`${command}\`` : '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = named || 'option';
    const hint = closestOption(option, options);
    return new UsageError(option, `Unknown option ${option}${where}.${hint ? ` Did you mean ${hint}?` : ''}`, command);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = /--([\w-]+)/.exec(message)?.[1];
    const spec = name ? options[name] : undefined;
    if (spec?.type === 'string') {
      return new UsageError(`--${name}`, `Option --${name} needs a value (\`--${name} <value>\`).`, command);
    }
    return new UsageError(name ? `--${name}` : named, `Option ${name ? `--${name}` : named} takes no value.`, command);
  }
  return new UsageError(named || 'arguments', `Cannot read the arguments: ${message}`, command);
}

// A swap of neighbours counts as two edits here; only distances up to 2 are hints.
const HINT_DISTANCE = { swaps: false, limit: 2 } as const;

/** The known long option nearest to what was typed (edit distance ≤ 2, or a unique prefix). */
function closestOption(typed: string, options: OptionSpec): string | null {
  const word = typed.replace(/^-+/, '').split('=')[0]!.toLowerCase();
  if (!word) return null;
  const names = Object.keys(options);
  const prefixed = names.filter((name) => name.startsWith(word));
  if (prefixed.length === 1) return `--${prefixed[0]}`;
  let best: string | null = null;
  let bestDistance = 3;
  for (const name of names) {
    const distance = editDistance(word, name, HINT_DISTANCE);
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best ? `--${best}` : null;
}

/** The nearest word of `words` (edit distance ≤ 2, or a unique prefix), for commands and kinds. */
export function closestWord(typed: string, words: readonly string[]): string | null {
  const word = typed.toLowerCase();
  const prefixed = words.filter((candidate) => candidate.startsWith(word));
  if (word.length >= 2 && prefixed.length === 1) return prefixed[0]!;
  let best: string | null = null;
  let bestDistance = 3;
  for (const candidate of words) {
    const distance = editDistance(word, candidate, HINT_DISTANCE);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
