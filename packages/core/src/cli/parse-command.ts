import { decodeOutput } from '../text/decode.js';
import { closestWord, parseCommandLine } from './args.js';
import { UsageError } from './errors.js';
import { PARSE_HELP, PARSE_KINDS, type ParseKind } from './help.js';
import { readInput } from './input.js';
import type { CliIo } from './io.js';
import { DOCKER_HOSTS, type DockerHostOs, KIND_PARSERS, looksLikeText } from './parse-kinds.js';

const OPTIONS = {
  host: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `wsl-ready parse <kind> [FILE]`: exit 0 when the kind's block was recognised, 1 when not. */
export async function parseCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, OPTIONS, 'parse', 2);
  if (values.help) {
    io.stdout(PARSE_HELP);
    return 0;
  }
  const [kindArg, file] = positionals;
  if (kindArg === undefined) {
    throw new UsageError('kind', `Name the kind of output to parse: ${PARSE_KINDS.join(', ')}.`, 'parse');
  }
  const kind = parseKindOf(kindArg);
  const host = hostOf(values.host, kind);
  const { bytes } = await readInput(file, io, `parse ${kind}`);

  const result = KIND_PARSERS[kind](bytes, { host });
  let { recognized } = result;
  const warnings = [...result.warnings];
  const text = decodeOutput(bytes);
  if (text.trim() === '') {
    if (!warnings.includes('The input is empty.')) warnings.push('The input is empty.');
  } else if (!looksLikeText(text)) {
    // Parsers are total, but a match inside binary data is luck, not a recognised output.
    recognized = false;
    warnings.push('The input is binary data, not the text output of a command.');
  }
  io.stdout(`${JSON.stringify({ kind, recognized, ...result.fields, warnings }, null, 2)}\n`);
  return recognized ? 0 : 1;
}

function parseKindOf(value: string): ParseKind {
  const lower = value.toLowerCase();
  const kind = PARSE_KINDS.find((known) => known === lower);
  if (kind) return kind;
  const hint = closestWord(lower, PARSE_KINDS);
  throw new UsageError(
    value,
    `Unknown kind ${JSON.stringify(value)}.${hint ? ` Did you mean ${hint}?` : ''} Kinds: ${PARSE_KINDS.join(', ')}.`,
    'parse',
  );
}

function hostOf(value: string | boolean | undefined, kind: ParseKind): DockerHostOs {
  if (value === undefined) return 'windows';
  if (kind !== 'docker' && kind !== 'auto') {
    throw new UsageError('--host', `--host applies to the docker kind only, not to ${kind}.`, 'parse');
  }
  const host = DOCKER_HOSTS.find((known) => known === String(value).toLowerCase());
  if (!host) {
    throw new UsageError(
      '--host',
      `--host must be one of ${DOCKER_HOSTS.join(', ')} (not ${JSON.stringify(value)}).`,
      'parse',
    );
  }
  return host;
}
