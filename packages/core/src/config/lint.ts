import { detectConfigKind } from './detect-kind.js';
import { parseConfigDocument } from './document.js';
import type { ConfigEncoding } from './input.js';
import { configTextOf } from './input.js';
import { lintDependencies } from './lint-dependencies.js';
import { lintEntries } from './lint-entries.js';
import { lintSyntax } from './lint-syntax.js';
import type { LintFinding, LintOptions, LintResult } from './lint-types.js';
import type { ConfigKind } from './types.js';

/** Lint `%UserProfile%\.wslconfig` (text or the file's bytes). Never throws. */
export function lintWslConfig(input: string | Uint8Array, options: LintOptions = {}): LintResult {
  return lintConfig(input, 'wslconfig', options);
}

/** Lint `/etc/wsl.conf` (text or the file's bytes). Never throws. */
export function lintWslConf(input: string | Uint8Array, options: LintOptions = {}): LintResult {
  return lintConfig(input, 'wslconf', options);
}

/** Lint either file; without `kind` the file name and content decide (see `detectConfigKind`). */
export function lintConfig(
  input: string | Uint8Array,
  kind?: ConfigKind,
  options: LintOptions & { fileName?: string } = {},
): LintResult {
  const { text, encoding } = configTextOf(input);
  const resolved = kind ?? detectConfigKind(text, options.fileName);
  const doc = parseConfigDocument(text, resolved);
  return {
    kind: resolved,
    findings: sortFindings(
      policyOnce(
        [
          ...encodingFindings(resolved, encoding),
          ...lintSyntax(doc),
          ...lintEntries(doc, options),
          ...lintDependencies(doc, options),
        ],
        options.policyNotes ?? 'once',
      ),
    ),
  };
}

/**
 * The "an administrator policy can block or force" note fits almost every networking and kernel line: by default
 * one note per file (on the first such line, naming them all); every line with `policyNotes: true` (`--verbose`).
 */
function policyOnce(findings: LintFinding[], mode: boolean | 'once'): LintFinding[] {
  if (mode === true) return findings;
  const notes = findings.filter((f) => f.rule === 'policy');
  const rest = findings.filter((f) => f.rule !== 'policy');
  if (mode === false || notes.length <= 1) return mode === false ? rest : findings;
  const first = notes[0]!;
  const ids = notes.map((f) => `\`${f.key}\``).join(', ');
  return [
    ...rest,
    {
      ...first,
      message:
        `On managed machines an administrator policy (HKLM\\Software\\Policies\\WSL) can block or force ${ids}; ` +
        'WSL then says "disabled by the computer policy". (Run with --verbose for a note on each line.)',
    },
  ];
}

function encodingFindings(kind: ConfigKind, encoding: ConfigEncoding): LintFinding[] {
  if (encoding === 'utf-16le' || (encoding === 'utf-16le-bom' && kind === 'wslconf')) {
    return [
      {
        line: 1,
        severity: 'error',
        rule: 'encoding',
        message:
          kind === 'wslconf'
            ? '/etc/wsl.conf is saved as UTF-16; WSL reads it byte by byte and rejects the first line, so none of it applies. Save it as UTF-8.'
            : '.wslconfig is saved as UTF-16 without a byte-order mark; wsl.exe reads it as UTF-8 and sees garbage. Save it as UTF-8.',
      },
    ];
  }
  return [];
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function sortFindings(findings: LintFinding[]): LintFinding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        a.f.line - b.f.line ||
        (a.f.column ?? 0) - (b.f.column ?? 0) ||
        SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] ||
        a.i - b.i,
    )
    .map(({ f }) => f);
}
