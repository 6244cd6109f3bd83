import { InputError, WslReadyError } from '../errors.js';
import { TOOL_NAME, VERSION } from '../version.js';

/** Exit codes of the CLI: 0 ready, 1 not ready (or not recognised), 2 usage or internal error. */
export const EXIT = { ok: 0, notReady: 1, usage: 2 } as const;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
}

const HELP = `${TOOL_NAME} ${VERSION}: is this machine ready to build and run Linux software on Windows?

Usage:
  ${TOOL_NAME} [options]          run the readiness doctor
  ${TOOL_NAME} --help             show this help
  ${TOOL_NAME} --version          print the version

Exit codes: 0 ready, 1 not ready, 2 usage or internal error.
`;

/** Runs the CLI with argv (without node and script) and returns the exit code. Never calls process.exit. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    if (argv.includes('--help') || argv.includes('-h')) {
      io.stdout(HELP);
      return EXIT.ok;
    }
    if (argv.includes('--version') || argv.includes('-V')) {
      io.stdout(`${VERSION}\n`);
      return EXIT.ok;
    }
    const unknown = argv.find((a) => a.startsWith('-'));
    if (unknown)
      throw new InputError(unknown, `Unknown option ${unknown}. Run \`${TOOL_NAME} --help\` for the options.`);
    io.stdout(`${TOOL_NAME} ${VERSION}: the readiness doctor is not built yet; nothing was checked.\n`);
    return EXIT.ok;
  } catch (error) {
    io.stderr(`${TOOL_NAME}: ${error instanceof Error ? error.message : String(error)}\n`);
    return error instanceof InputError ? EXIT.usage : error instanceof WslReadyError ? EXIT.notReady : EXIT.usage;
  }
}
