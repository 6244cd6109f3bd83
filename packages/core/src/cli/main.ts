// The `wsl-ready` command: argument dispatch and the one place where errors become exit codes.
// Only light modules are imported statically; the doctor, parsers and linter load on demand, so `--version`
// and `--help` do not pay for them (see the cold-start budget in docs/budgets.md).
import { WslReadyError } from '../errors.js';
import { TOOL_NAME, VERSION } from '../version.js';
import { closestWord, parseCommandLine } from './args.js';
import { UsageError } from './errors.js';
import { COMMANDS, helpFor, MAIN_HELP } from './help.js';
import type { CliIo } from './io.js';

export type { CliIo, CliStream } from './io.js';

/** Exit codes of the CLI: 0 ready (or recognised), 1 not ready (or not recognised), 2 usage or internal error. */
export const EXIT = { ok: 0, notReady: 1, usage: 2 } as const;

const DOCTOR_OPTIONS = {
  json: { type: 'boolean' },
  markdown: { type: 'boolean' },
  deep: { type: 'boolean' },
  'bench-io': { type: 'boolean' },
  only: { type: 'string' },
  'min-wsl-version': { type: 'string' },
  record: { type: 'string' },
  force: { type: 'boolean' },
  replay: { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

/** Runs the CLI with argv (without node and script) and returns the exit code. Never calls process.exit. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    return reportFailure(error, io);
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  // Fast paths: no parsing machinery for the commonest calls.
  if (argv.length === 1 && (first === '--version' || first === '-V')) {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (argv.length === 1 && (first === '--help' || first === '-h')) {
    io.stdout(MAIN_HELP);
    return EXIT.ok;
  }
  if (first === 'parse') {
    const { parseCommand } = await import('./parse-command.js');
    return parseCommand(rest, io);
  }
  if (first === 'lint-config') {
    const { lintCommand } = await import('./lint-command.js');
    return lintCommand(rest, io);
  }
  if (first === 'help') {
    const topic = rest[0] ?? null;
    if (topic !== null && !(COMMANDS as readonly string[]).includes(topic)) throw unknownCommand(topic);
    io.stdout(helpFor(topic));
    return EXIT.ok;
  }

  const { values, positionals } = parseCommandLine(argv, DOCTOR_OPTIONS, null, Number.POSITIVE_INFINITY);
  if (positionals.length > 0) {
    const word = positionals[0]!;
    if ((COMMANDS as readonly string[]).includes(word)) {
      throw new UsageError(word, `Put the command first: \`${TOOL_NAME} ${word} …\`, with its options after it.`);
    }
    throw unknownCommand(word);
  }
  if (values.help) {
    io.stdout(MAIN_HELP);
    return EXIT.ok;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const { doctorCommand } = await import('./doctor-command.js');
  return doctorCommand(
    {
      json: values.json === true,
      markdown: values.markdown === true,
      deep: values.deep === true,
      benchIo: values['bench-io'] === true,
      color: values.color === true,
      noColor: values['no-color'] === true,
      force: values.force === true,
      ...stringFlag('only', values.only),
      ...stringFlag('record', values.record),
      ...stringFlag('replay', values.replay),
      ...stringFlag('minWslVersion', values['min-wsl-version']),
    },
    io,
  );
}

function stringFlag<K extends string>(key: K, value: string | boolean | undefined): { [P in K]?: string } {
  return (typeof value === 'string' ? { [key]: value } : {}) as { [P in K]?: string };
}

function unknownCommand(word: string): UsageError {
  const hint = closestWord(word, COMMANDS);
  return new UsageError(
    word,
    `Unknown command ${JSON.stringify(word)}.${hint ? ` Did you mean \`${TOOL_NAME} ${hint}\`?` : ''} Commands: ${COMMANDS.join(', ')} (and no command for the doctor).`,
  );
}

/**
 * The one mapping from errors to exit codes and messages. Every failure is exit code 2 (usage or internal
 * error): "not ready" and "not recognised" are results, not errors. Typed errors print their message (it says
 * what to do); anything else is a bug, shown with its stack only when WSL_READY_DEBUG=1.
 */
function reportFailure(error: unknown, io: CliIo): number {
  const debug = io.env.WSL_READY_DEBUG === '1' || io.env.WSL_READY_DEBUG === 'true';
  if (error instanceof WslReadyError) {
    io.stderr(`${TOOL_NAME}: ${error.message}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(
      `${TOOL_NAME}: internal error: ${message}\n` +
        (debug ? '' : 'This is a bug in wsl-ready. Run again with WSL_READY_DEBUG=1 and report the output.\n'),
    );
  }
  if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return EXIT.usage;
}
