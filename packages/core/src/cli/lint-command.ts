import pc from 'picocolors';
import { detectConfigKind } from '../config/detect-kind.js';
import { lintConfig } from '../config/lint.js';
import type { LintFinding, LintSeverity } from '../config/lint-types.js';
import type { ConfigKind } from '../config/types.js';
import { InputError } from '../errors.js';
import { sanitizeText } from '../report/text.js';
import { decodeOutput } from '../text/decode.js';
import { parseCommandLine } from './args.js';
import { useColor } from './color.js';
import { UsageError } from './errors.js';
import { LINT_HELP } from './help.js';
import { readFileCapped, readInput } from './input.js';
import type { CliIo } from './io.js';

const OPTIONS = {
  json: { type: 'boolean' },
  verbose: { type: 'boolean', short: 'v' },
  kind: { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const KINDS: readonly ConfigKind[] = ['wslconfig', 'wslconf'];

/** `wsl-ready lint-config [FILE]`: exit 1 when a finding is an error, 0 otherwise. */
export async function lintCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, OPTIONS, 'lint-config', 1);
  if (values.help) {
    io.stdout(LINT_HELP);
    return 0;
  }
  const forced = kindOf(values.kind);
  let file = positionals[0];
  let bytes: Buffer;
  if (file === undefined) {
    file = defaultConfigPath(io);
    try {
      bytes = await readFileCapped(file, 'lint-config');
    } catch (error) {
      if (error instanceof InputError && /does not exist/.test(error.message)) {
        io.stdout(`${file} does not exist: WSL uses its defaults. Nothing to lint.\n`);
        return 0;
      }
      throw error;
    }
  } else {
    bytes = (await readInput(file, io, 'lint-config')).bytes;
  }

  const fileName = file === '-' ? undefined : file;
  const kind = forced ?? detectConfigKind(decodeOutput(bytes), fileName);
  const { findings } = lintConfig(bytes, kind, { policyNotes: values.verbose ? true : 'once' });
  const counts = countFindings(findings);
  const shown = file === '-' ? '<stdin>' : file;
  if (values.json) {
    io.stdout(`${JSON.stringify({ file: shown, kind, findings, counts }, null, 2)}\n`);
  } else {
    const color = useColor(
      { color: values.color === true, noColor: values['no-color'] === true },
      io.env,
      io.stdoutIsTTY,
    );
    io.stdout(renderFindings(shown, kind, findings, counts, color));
  }
  return counts.error > 0 ? 1 : 0;
}

/** `%USERPROFILE%\.wslconfig` on Windows, `/etc/wsl.conf` inside WSL; elsewhere the user must name the file. */
function defaultConfigPath(io: CliIo): string {
  const platform = io.platform ?? process.platform;
  const env = io.env;
  if (platform === 'win32') {
    const profile = env.USERPROFILE;
    if (!profile) {
      throw new UsageError(
        'FILE',
        'USERPROFILE is not set, so .wslconfig cannot be found: name the file.',
        'lint-config',
      );
    }
    return `${profile.replace(/[\\/]+$/, '')}\\.wslconfig`;
  }
  if (platform === 'linux' && (env.WSL_DISTRO_NAME || env.WSL_INTEROP)) return '/etc/wsl.conf';
  throw new UsageError(
    'FILE',
    'This is neither Windows nor a WSL distribution, so there is no default file to lint: name the file.',
    'lint-config',
  );
}

function kindOf(value: string | boolean | undefined): ConfigKind | undefined {
  if (value === undefined) return undefined;
  const normalized = String(value)
    .toLowerCase()
    .replace(/^\.|\.|-/g, '');
  const kind = KINDS.find((known) => known === normalized);
  if (!kind) {
    throw new UsageError(
      '--kind',
      `--kind must be wslconfig or wslconf (not ${JSON.stringify(value)}).`,
      'lint-config',
    );
  }
  return kind;
}

type Counts = Record<LintSeverity, number>;

function countFindings(findings: readonly LintFinding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** Compiler-style lines (`file:line:column: severity rule: message`) that editors and terminals link. */
function renderFindings(
  file: string,
  kind: ConfigKind,
  findings: readonly LintFinding[],
  counts: Counts,
  color: boolean,
) {
  const c = pc.createColors(color);
  const tint: Record<LintSeverity, (text: string) => string> = { error: c.red, warning: c.yellow, info: c.cyan };
  const label = kind === 'wslconfig' ? '.wslconfig' : 'wsl.conf';
  const out: string[] = [];
  for (const finding of findings) {
    const where = `${file}:${finding.line}${finding.column ? `:${finding.column}` : ''}`;
    out.push(
      `${c.bold(clean(where))}: ${tint[finding.severity](finding.severity)} ${c.dim(finding.rule)}: ${clean(finding.message)}`,
    );
    if (finding.suggestion !== undefined) out.push(`  ${c.dim('suggestion:')} ${clean(finding.suggestion)}`);
  }
  if (findings.length > 0) out.push('');
  const total = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'note')}`;
  const verdict = counts.error > 0 ? c.red('✖') : counts.warning > 0 ? c.yellow('⚠') : c.green('✔');
  out.push(`${verdict} ${clean(file)} (${label}): ${total}.`);
  return `${out.join('\n')}\n`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** File content may hold control characters and bidi overrides: never let them reach the terminal. */
function clean(text: string): string {
  return sanitizeText(text);
}
