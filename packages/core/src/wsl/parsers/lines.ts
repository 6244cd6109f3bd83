import { decodeOutput } from '../../text/decode.js';
import { cleanPastedLine, mayHoldPasteMarkup, type PasteState } from '../../text/paste.js';
import { WSL_LOCALE_STRINGS } from './locale-strings.js';

/** Raw process output as the parsers accept it. */
export type ParserInput = string | Uint8Array;

// Terminal colour codes and other CSI sequences can sneak in when output was captured from a console.
const ANSI_ESCAPE = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;
// Spaces that translators and consoles use in place of U+0020 (NBSP in fr-FR and nb-NO, ideographic space in ja-JP).
const ODD_SPACES = /[\u00a0\u2007\u202f\u3000\t]/g;
const INVISIBLES = /[\ufeff\u200b\u200e\u200f]/g;

// No line of the outputs parsed here comes close; longer lines are noise (and would feed regexes huge inputs).
const MAX_LINE_LENGTH = 2000;

/** Decode any input and split it into lines with normalised spaces and no trailing blanks. */
export function toLines(input: ParserInput): string[] {
  let text: string;
  try {
    text = decodeOutput(input);
  } catch {
    // decodeOutput should not throw, but a parser must stay total whatever the input.
    text = typeof input === 'string' ? input : '';
  }
  // Pasted output keeps its Markdown (fences, backticks, bullets, quotes): read through it.
  const paste: PasteState = { italic: false };
  const pasted = mayHoldPasteMarkup(text);
  return text
    .replace(ANSI_ESCAPE, '')
    .replace(INVISIBLES, '')
    .replace(ODD_SPACES, ' ')
    .split('\n')
    .map((line) =>
      line.length > MAX_LINE_LENGTH
        ? ''
        : pasted
          ? cleanPastedLine(line.replace(/[\u0000-\u001f\u007f]/g, '').trimEnd(), paste)
          : line.replace(/[\u0000-\u001f\u007f]/g, '').trimEnd(),
    );
}

/** Lower-case, collapse spaces, unify colons (full-width, spaced): the comparable form of a label. */
export function normalizeLabel(text: string): string {
  return text
    .replace(ODD_SPACES, ' ')
    .replace(/：/g, ':')
    .replace(/\s+/g, ' ')
    .replace(/\s*:\s*/g, ': ')
    .trim()
    .toLocaleLowerCase('en-US');
}

/** Value after the last colon (labels never hold a colon, values of interest never do either). */
export function valueAfterLastColon(line: string): string | null {
  const index = Math.max(line.lastIndexOf(':'), line.lastIndexOf('：'));
  if (index < 0) return null;
  return line.slice(index + 1).trim();
}

const PROMPT_PATTERNS: readonly RegExp[] = [
  /^PS(?: [^>]*)?>/, // PowerShell
  /^[A-Za-z]:\\[^>]*>/, // cmd.exe
  /^[\w.-]+@[\w.-]+(?::[^$#]*)?[$#]\s/, // user@host:~$ (bash, zsh)
  /^\[[^\]]*@[^\]]*\][$#]\s/, // [user@host dir]$ (Fedora, RHEL)
  /^[$#>%]\s/, // bare prompts
];

/** True for a shell prompt line such as `PS C:\> wsl -l -v` or `user@host:~$ uname -r`. */
export function isPromptLine(line: string): boolean {
  const trimmed = line.trimStart();
  return PROMPT_PATTERNS.some((pattern) => pattern.test(trimmed));
}

/**
 * Distro names are `[A-Za-z0-9._-]` since 2.x, but registrations made by older tools were not checked.
 * Accept any token without spaces or the characters that shells, paths and prompts are made of.
 */
const DISTRO_NAME = /^[^\s:\\/<>|"?*()（）[\]{}=,;'`]{1,256}$/u;

export function isDistroName(token: string): boolean {
  return DISTRO_NAME.test(token) && !/^[-*]+$/.test(token);
}

/** Turn a `{}` template into a regex; `placeholder` is the regex source each `{}` becomes. */
export function templateToRegex(template: string, placeholder: string, flags = 'iu'): RegExp {
  const parts = normalizeSpaces(template).split('{}').map(escapeRegex).map(loosenSpacing);
  return new RegExp(`^${parts.join(placeholder)}$`, flags);
}

function normalizeSpaces(text: string): string {
  return text.replace(ODD_SPACES, ' ').replace(/：/g, ':').trim();
}

function loosenSpacing(escaped: string): string {
  // Any run of spaces may be missing or doubled; a colon may be full-width or preceded by a space.
  return escaped.replace(/ +/g, '\\s*').replace(/:/g, '\\s*[:：]');
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Apply the same normalisation to a line before matching it against `templateToRegex` output. */
export function normalizeForTemplate(line: string): string {
  return normalizeSpaces(line);
}

/** Error code value, e.g. `Wsl/Service/WSL_E_DISTRO_NOT_FOUND` or `Wsl/0x80070422`. */
const ERROR_CODE_VALUE = /^(?:[A-Za-z?()0-9]+\/)*(?:0x[0-9a-fA-F]{1,8}|[A-Z][A-Z0-9_]+)$/;
const ERROR_CODE_LABELS = Object.values(WSL_LOCALE_STRINGS).map((strings) =>
  templateToRegex(strings.errorCode, '(?<code>\\S+)'),
);

/**
 * Find the `Error code: <code>` line wsl.exe prints after a failure (localized label, ASCII code).
 * Unknown languages are matched by the shape of the code (`Wsl/...` path or an HRESULT).
 */
export function findWslErrorCode(lines: readonly string[]): string | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = normalizeForTemplate(lines[i] ?? '');
    if (!line) continue;
    for (const regex of ERROR_CODE_LABELS) {
      const code = regex.exec(line)?.groups?.code;
      if (code && ERROR_CODE_VALUE.test(code)) return code;
    }
    const value = valueAfterLastColon(line);
    if (value && ERROR_CODE_VALUE.test(value) && /^(?:Wsl|Wslg|Bash|WslConfig)\//.test(value)) return value;
    if (/^Error: 0x[0-9a-f]{1,8}\b/i.test(line)) return /0x[0-9a-f]+/i.exec(line)?.[0] ?? null;
  }
  return null;
}

const NO_DISTRO_FIRST_LINES = Object.values(WSL_LOCALE_STRINGS).map((s) => templateToRegex(s.noDefaultDistro, ''));
const NO_RUNNING_LINES = Object.values(WSL_LOCALE_STRINGS).map((s) => templateToRegex(s.noRunningDistro, ''));

/**
 * "No distributions installed" (WSL_E_DEFAULT_DISTRO_NOT_FOUND): the localized first line, or, for languages
 * we do not know, the two untranslated commands the message always tells the user to run.
 */
export function findNoDistroMessage(lines: readonly string[]): 'none-installed' | 'none-running' | null {
  const normalized = lines.map(normalizeForTemplate);
  if (normalized.some((line) => NO_DISTRO_FIRST_LINES.some((regex) => regex.test(line)))) return 'none-installed';
  if (normalized.some((line) => NO_RUNNING_LINES.some((regex) => regex.test(line)))) return 'none-running';
  const text = normalized.join('\n');
  if (text.includes('--list --online') && /wsl\.exe --install <Distro>/.test(text)) return 'none-installed';
  return null;
}

/** The usage text of wsl.exe (answer to an unknown option, e.g. `--version` on the inbox wsl.exe). */
export function looksLikeUsageText(lines: readonly string[]): boolean {
  let optionLines = 0;
  let usageLine = false;
  for (const line of lines) {
    const trimmed = line.trim();
    if (/^--?[a-z][\w-]*(?:,\s*-[a-z])?(?:\s|$)/i.test(trimmed)) optionLines++;
    if (/\bwsl(?:\.exe)?\s+\[/i.test(trimmed) || /\(c\) Microsoft Corporation/i.test(trimmed)) usageLine = true;
  }
  return usageLine || optionLines >= 3;
}
