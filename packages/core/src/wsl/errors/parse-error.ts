import { ACCESS_DENIED_MESSAGES } from '../../text/access-denied.js';
import { decodeOutput } from '../../text/decode.js';
import { type Parsed, parsed } from '../../text/parse-result.js';
import { cleanPastedLine, mayHoldPasteMarkup, type PasteState } from '../../text/paste.js';
import { describeWslErrorContext, isWslErrorContext } from './contexts.js';
import { ERROR_CODE_LABELS, MESSAGE_NEEDLES } from './localized-messages.js';
import { findWslError, isKnownWslErrorSymbol, lookupWslError, normalizeHresult, splitCodePath } from './lookup.js';
import { normalizeForMatch } from './normalize.js';
import type { WslErrorCategory, WslErrorLookup } from './types.js';

/** What a wsl.exe failure said, and what to do about it. */
export interface WslErrorDetails {
  /** The ASCII code exactly as printed (`Wsl/Service/WSL_E_DISTRO_NOT_FOUND`, `0x1bc`), or null when none was printed. */
  code: string | null;
  /** `0x` + 8 lower-case hex digits, when known. */
  hresult: string | null;
  /** The symbolic name (`HCS_E_HYPERV_NOT_INSTALLED`), when known. */
  symbol: string | null;
  category: WslErrorCategory;
  title: string;
  meaning: string;
  remediation: readonly string[];
  docsUrl: string;
  /** The message wsl.exe printed with the code, in the user's language ('' when none was found). */
  message: string;
  /** `Wsl/...` context names before the result, e.g. `['Wsl', 'Service', 'CreateInstance', 'CreateVm', 'HCS']`. */
  context: readonly string[];
  /** The context in words ("while creating the WSL 2 virtual machine (the Host Compute Service)"), or ''. */
  where: string;
  /** True when the code is in the catalogue. */
  known: boolean;
  /** What identified the error: the `Error code:` line, a bare HRESULT, or a recognised message. */
  source: 'error-code' | 'hresult' | 'message' | 'none';
  /** The wsl.exe resource id of the recognised message (e.g. `MessageNoDefaultDistro`), or null. */
  messageId: string | null;
}

// Only the tail matters: wsl.exe prints its error last. The cap keeps huge outputs cheap.
const MAX_LINES = 400;
const MAX_LINE_LENGTH = 4000;
const MESSAGE_WINDOW = 24;
const WARNING_PREFIX = /^wsl:\s/i;
const CODE_TOKEN = /^[\x21-\x7e]{1,400}$/;
const HAS_HRESULT = /\b0x[0-9a-f]{3,8}\b/i;
const HEX_TOKEN = /(?:^|[^0-9A-Za-z_])(0[xX][0-9a-fA-F]{1,8})(?![0-9A-Za-z_])/g;

/**
 * English texts that are not in WSL's resource files: older WSL releases, the inbox wsl.exe, distro launchers and
 * Windows system messages. Checked after the localized table, at the start of a line, lower-case.
 */
const NEEDLES = MESSAGE_NEEDLES.map(([id, symbol, needles]) => [id, symbol, needles.split('|')] as const);

interface Needle {
  /** Index of the message in NEEDLES: the lower, the more it counts. */
  priority: number;
  text: string;
}
// A line is compared only with the prefix needles that start with its first character (about 600 needles in all);
// the few `*` needles may match anywhere.
const PREFIX_NEEDLES = new Map<string, Needle[]>();
const ANYWHERE_NEEDLES: Needle[] = [];
NEEDLES.forEach(([, , needles], priority) => {
  for (const needle of needles) {
    const first = needle[0];
    if (first === undefined || first === '*') {
      ANYWHERE_NEEDLES.push({ priority, text: needle.slice(1) });
      continue;
    }
    const list = PREFIX_NEEDLES.get(first) ?? [];
    list.push({ priority, text: needle });
    PREFIX_NEEDLES.set(first, list);
  }
});

const OTHER_ENGLISH_MESSAGES: readonly (readonly [symbol: string, needle: string])[] = [
  ['HCS_E_HYPERV_NOT_INSTALLED', 'wsl2 is not supported with your current machine configuration'],
  ['HCS_E_HYPERV_NOT_INSTALLED', 'please enable the virtual machine platform windows feature'],
  [
    'HCS_E_HYPERV_NOT_INSTALLED',
    'the virtual machine could not be started because a required feature is not installed',
  ],
  ['HCS_E_SERVICE_NOT_AVAILABLE', 'the operation could not be started because a required feature is not installed'],
  ['ERROR_LINUX_SUBSYSTEM_UPDATE_REQUIRED', 'wsl 2 requires an update to its kernel component'],
  ['ERROR_LINUX_SUBSYSTEM_UPDATE_REQUIRED', 'windows subsystem for linux must be updated to the latest version'],
  ['ERROR_LINUX_SUBSYSTEM_NOT_PRESENT', 'the windows subsystem for linux optional component is not enabled'],
  ['ERROR_LINUX_SUBSYSTEM_NOT_PRESENT', 'the windows subsystem for linux has not been enabled'],
  ['ERROR_SERVICE_DISABLED', 'the service cannot be started, either because it is disabled'],
  ['RPC_S_CALL_FAILED', 'the remote procedure call failed'],
];

/**
 * Parse what wsl.exe printed when it failed: the last `<localized label>: <code>` line (any language: the 22 known
 * labels first, then the layout), bare `Error: 0x…` HRESULTs of inbox tools and distro launchers, and the
 * well-known messages that come without a code (no distribution installed, virtualization disabled, …) in all 22
 * languages. Bytes may be UTF-16LE or UTF-8, lines CRLF or LF; noise around the error is ignored. Never throws.
 */
export function parseWslError(input: string | Uint8Array): Parsed<WslErrorDetails> {
  try {
    return parseLines(toLines(input));
  } catch (error) {
    // Defensive: a parser bug must not turn a diagnosable failure into a crash.
    return parsed(false, emptyDetails(''), [`wsl-ready could not parse this output (${String(error)}).`]);
  }
}

export interface WslCallResult {
  exitCode: number | null;
  stdout: string | Uint8Array;
  stderr: string | Uint8Array;
}

/**
 * Classify a failed wsl.exe call. wsl.exe prints errors on stdout and `wsl:` warnings on stderr, so both are read
 * (each decoded on its own: they may differ in encoding). Returns null when the call succeeded (exit code 0) or the
 * output holds no recognisable WSL error.
 */
export function classifyWslFailure(result: WslCallResult): Parsed<WslErrorDetails> | null {
  try {
    if (result.exitCode === 0) return null;
    // In the order wsl.exe wrote them: `wsl:` warnings go to stderr while the command runs (some carry their own
    // `Error code:` line, e.g. the networking fallback in WslCoreVm.cpp), the fatal error is printed last, on stdout
    // (WslClient.cpp Main), so it must come last to win.
    const lines = [...toLines(result.stderr ?? ''), ...toLines(result.stdout ?? '')];
    const outcome = parseLines(lines.slice(-MAX_LINES));
    return outcome.recognized ? outcome : null;
  } catch {
    return null;
  }
}

function toLines(input: string | Uint8Array): string[] {
  const text = decodeOutput(input);
  const lines = text.split('\n');
  const paste: PasteState = { italic: false };
  const tail = lines.slice(-MAX_LINES).map((line) => line.slice(0, MAX_LINE_LENGTH).trimEnd());
  return mayHoldPasteMarkup(text) ? tail.map((line) => cleanPastedLine(line, paste)) : tail;
}

interface NeedleHit {
  line: number;
  messageId: string | null;
  symbol: string;
  priority: number;
}

function parseLines(lines: string[]): Parsed<WslErrorDetails> {
  const warnings = lines
    .filter((line) => WARNING_PREFIX.test(line.trimStart()))
    .map((line) => `wsl.exe warned: ${line.trimStart().replace(WARNING_PREFIX, '').trim()}`);
  const hits = findMessages(lines);

  const codeLine = findErrorCodeLine(lines);
  if (codeLine) {
    // The message belongs to this code line only: stop at an earlier error's code line.
    const previous = findErrorCodeLine(lines.slice(0, codeLine.line))?.line ?? -1;
    const from = Math.max(previous + 1, codeLine.line - MESSAGE_WINDOW);
    const hitsAbove = hits.filter((h) => h.line < codeLine.line && h.line >= from);
    const message = messageAbove(lines, codeLine.line, hitsAbove);
    const lookup = lookupWslError(codeLine.code);
    const named = hitsAbove.find((h) => h.symbol === lookup.symbol) ?? hitsAbove.at(-1);
    return result(lookup, codeLine.code, message, 'error-code', named?.messageId ?? null, warnings);
  }

  const hex = findHresult(lines);
  const best = hits.reduce<NeedleHit | undefined>((a, h) => (a && a.priority <= h.priority ? a : h), undefined);
  // A message may be preceded by a related one (Admin Protection before "no distributions"): start there.
  const start =
    best && Math.min(...hits.filter((h) => h.line <= best.line && h.line >= best.line - 6).map((h) => h.line));
  if (hex) {
    const message = best && start !== undefined ? messageFrom(lines, start) : hex.message;
    return result(lookupWslError(hex.code), hex.code, message, 'hresult', best?.messageId ?? null, warnings);
  }
  if (best && start !== undefined) {
    const lookup = lookupWslError(best.symbol);
    return result(lookup, null, messageFrom(lines, start), 'message', best.messageId, warnings);
  }
  return parsed(false, emptyDetails(lastParagraph(lines)), warnings);
}

function result(
  lookup: WslErrorLookup,
  code: string | null,
  message: string,
  source: WslErrorDetails['source'],
  messageId: string | null,
  warnings: string[],
): Parsed<WslErrorDetails> {
  const notes = [...warnings];
  if (!lookup.known)
    notes.push(`WSL error ${code ?? lookup.input} is not in the wsl-ready catalogue; advice is generic.`);
  return parsed(
    true,
    {
      code,
      hresult: lookup.hresult ?? null,
      symbol: lookup.symbol ?? null,
      category: lookup.category,
      title: lookup.title,
      meaning: lookup.meaning,
      remediation: lookup.remediation,
      docsUrl: lookup.docsUrl,
      message,
      context: lookup.context,
      where: describeWslErrorContext(lookup.context),
      known: lookup.known,
      source,
      messageId,
    },
    notes,
  );
}

function emptyDetails(message: string): WslErrorDetails {
  return {
    code: null,
    hresult: null,
    symbol: null,
    category: 'other',
    title: 'No WSL error found in the output',
    meaning: 'The output holds no WSL error code and no known WSL error message.',
    remediation: ['Read the full output of the command; rerun it by hand to see what it prints.'],
    docsUrl: 'https://learn.microsoft.com/windows/wsl/troubleshooting',
    message,
    context: [],
    where: '',
    known: false,
    source: 'none',
    messageId: null,
  };
}

// ── The `Error code:` line ───────────────────────────────────────────────────────────────────────

/** Spaces and colons that differ by language, replaced one for one so indexes into the line stay valid. */
function foldSeparators(line: string): string {
  return line.replace(/[\u00a0\u2007\u202f\u3000\t]/g, ' ').replace(/\uff1a/g, ':');
}

/** The last line of the form `<label><sep><ASCII code>`, bottom-up. */
function findErrorCodeLine(lines: string[]): { line: number; code: string } | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const code = matchErrorCodeLine(lines[i]!);
    if (code) return { line: i, code };
  }
  return undefined;
}

function matchErrorCodeLine(rawLine: string): string | undefined {
  const line = foldSeparators(rawLine).trim();
  const colon = line.lastIndexOf(':');
  if (colon <= 0) return undefined;
  // A quoted error keeps its closing quote, backtick or full stop glued to the code.
  const code = line
    .slice(colon + 1)
    .trim()
    .replace(/["'`.,;)\]]+$/, '');
  const label = line.slice(0, colon).trim();
  if (!CODE_TOKEN.test(code) || label.length === 0) return undefined;
  const normalizedLabel = normalizeForMatch(label);
  // Fast path: one of the 22 localized labels (also when a prompt or `wsl:` precedes it on the line).
  if (ERROR_CODE_LABELS.some((known) => normalizedLabel === known || normalizedLabel.endsWith(` ${known}`))) {
    return looksLikeCode(code, true) ? code : undefined;
  }
  // Unknown language: accept only a short label and a code that can only be a WSL error code.
  if (label.length > 48 || /[/\\]/.test(label) || /^wsl$/i.test(label)) return undefined;
  return looksLikeCode(code, false) ? code : undefined;
}

function looksLikeCode(code: string, labelKnown: boolean): boolean {
  if (code.includes('/')) {
    const segments = code.split('/');
    const { result } = splitCodePath(code);
    // wsl.exe codes start with a context name (`Wsl`, `Wslg`, `Bash`, `Service`, …) and end in a result.
    return result !== null && isWslErrorContext(segments[0] ?? '') && segments.every((s) => /^[\w?()]+$/.test(s));
  }
  // A bare hex value after an unknown label is left to the HRESULT scan (`Error: 0x…`, launcher output).
  if (/^0x[0-9a-f]{1,8}$/i.test(code)) return labelKnown;
  if (isKnownWslErrorSymbol(code)) return true;
  return labelKnown && /^[A-Z][A-Z0-9]*_[A-Z0-9_]+$/.test(code);
}

// ── Bare HRESULTs (inbox wsl.exe, distro launchers: `Error: 0x8007019e …`) ───────────────────────

function findHresult(lines: string[]): { code: string; message: string } | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    let found: { code: string; message: string } | undefined;
    for (const match of line.matchAll(HEX_TOKEN)) {
      const code = match[1]!;
      const at = match.index + match[0].length - code.length;
      const digits = code.length - 2;
      const value = Number.parseInt(code.slice(2), 16);
      const isFailure = digits === 8 && value >= 0x80000000;
      // A short value counts only as a known Win32 code right after a short label (`Error: 0x1bc`), so that
      // `count: 0x10` in a program's output is not taken for an error.
      const before = line.slice(0, at);
      const isWin32 = digits <= 4 && /^[^:：]{1,40}[:：]\s*$/.test(before) && findWslError(code);
      if ((isFailure || isWin32) && normalizeHresult(code)) {
        found = { code, message: (line.slice(at + code.length).trim() || line.trim()).replace(WARNING_PREFIX, '') };
      }
    }
    if (found) return found;
  }
  return undefined;
}

// ── Well-known messages without a code ───────────────────────────────────────────────────────────

/**
 * Windows system messages wsl.exe and distro launchers print without a code, in the 20 display languages most seen
 * in reports (Windows' own translations of "Access is denied.", "Forbidden (403)" and "The request is not
 * supported."). Matched anywhere in a line, lower-case.
 */
const SYSTEM_MESSAGES: readonly (readonly [symbol: string, needles: readonly string[]])[] = [
  ['E_ACCESSDENIED', ACCESS_DENIED_MESSAGES],
  ['HTTP_E_STATUS_FORBIDDEN', ['forbidden (403)', '403 forbidden', '(403)']],
  [
    'WSAEOPNOTSUPP',
    [
      'the attempted operation is not supported for the type of object referenced',
      '参考的对象类型不支持尝试的操作',
      'der versuchte vorgang wird für den typ des objekts, auf das verwiesen wird, nicht unterstützt',
      "l'opération tentée n'est pas prise en charge pour le type d'objet référencé",
      'la operación intentada no es compatible con el tipo de objeto al que se hace referencia',
      '参照されたオブジェクトの種類は、試行された操作をサポートしていません',
    ],
  ],
  [
    'ERROR_NOT_SUPPORTED',
    [
      'the request is not supported',
      'the requested operation is not supported',
      'die anforderung wird nicht unterstützt',
      "la demande n'est pas prise en charge",
      'no se admite la solicitud',
      '要求はサポートされていません',
      '不支持该请求',
      'não há suporte para a solicitação',
      'запрос не поддерживается',
    ],
  ],
];

// Every text matched mid-line, in one pattern: most outputs hold none, and then no line is searched for them.
const MID_LINE_HINT = new RegExp(
  [
    ...OTHER_ENGLISH_MESSAGES.map(([, needle]) => needle),
    ...SYSTEM_MESSAGES.flatMap(([, needles]) => needles),
    'aka.ms/wsl2kernel',
  ]
    .map((needle) => needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'i',
);

function findMessages(lines: string[]): NeedleHit[] {
  const hits: NeedleHit[] = [];
  const midLine = MID_LINE_HINT.test(lines.join('\n'));
  lines.forEach((raw, line) => {
    const text = normalizeForMatch(raw.trimStart().replace(WARNING_PREFIX, '')).trim();
    if (text.length < 4) return;
    const matched = new Set<number>();
    for (const needle of PREFIX_NEEDLES.get(text[0]!) ?? []) {
      if (text.startsWith(needle.text)) matched.add(needle.priority);
    }
    for (const needle of ANYWHERE_NEEDLES) if (text.includes(needle.text)) matched.add(needle.priority);
    for (const priority of [...matched].sort((a, b) => a - b)) {
      const [messageId, symbol] = NEEDLES[priority]!;
      hits.push({ line, messageId, symbol, priority });
    }
    // Quoted by another tool (`stderr: …`, `ERROR: CreateLxProcess: …`, `"…"`), the English texts sit mid-line.
    OTHER_ENGLISH_MESSAGES.forEach(([symbol, needle], index) => {
      const quoted = midLine && !text.startsWith(needle) && text.includes(needle) && !HAS_HRESULT.test(text);
      if (text.startsWith(needle) || quoted)
        hits.push({ line, messageId: null, symbol, priority: NEEDLES.length + index });
    });
    if (!midLine) return;
    SYSTEM_MESSAGES.forEach(([symbol, needles], index) => {
      if (needles.some((needle) => text.includes(needle))) {
        hits.push({ line, messageId: null, symbol, priority: NEEDLES.length + OTHER_ENGLISH_MESSAGES.length + index });
      }
    });
    // Every language's kernel-update notice links the same page; the link alone names the failure.
    if (text.includes('aka.ms/wsl2kernel') && !hits.some((h) => h.line === line)) {
      hits.push({ line, messageId: null, symbol: 'ERROR_LINUX_SUBSYSTEM_UPDATE_REQUIRED', priority: NEEDLES.length });
    }
  });
  return hits;
}

/** The message wsl.exe printed above its code line: from the first recognised message, else the paragraph above. */
function messageAbove(lines: string[], codeLine: number, hitsAbove: NeedleHit[]): string {
  const start = hitsAbove.length ? Math.min(...hitsAbove.map((h) => h.line)) : paragraphStart(lines, codeLine);
  return joinMessage(lines.slice(start, codeLine));
}

function paragraphStart(lines: string[], end: number): number {
  let start = end;
  while (start > 0 && start > end - 8 && lines[start - 1]!.trim() !== '' && !isNoise(lines[start - 1]!)) start--;
  return start;
}

/** A recognised message runs from its first line until two blank lines, a warning or 12 lines, whichever is first. */
function messageFrom(lines: string[], first: number): string {
  // A message that came as a stderr warning (`wsl: …`) keeps its text without the prefix.
  const taken: string[] = [lines[first]!.trimStart().replace(WARNING_PREFIX, '')];
  let blanks = 0;
  for (let i = first + 1; i < lines.length && taken.length < 12; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      if (++blanks >= 2) break;
    } else {
      if (isNoise(line) || WARNING_PREFIX.test(line.trimStart())) break;
      blanks = 0;
    }
    taken.push(line);
  }
  return joinMessage(taken);
}

function isNoise(line: string): boolean {
  const text = line.trim();
  // Progress bars ([====    ] 42.0%), bare percentages, and a previous error code line.
  return (
    /^\[[=\s#>-]*\]/.test(text) || /^\d{1,3}(?:[.,]\d+)?\s?%$/.test(text) || matchErrorCodeLine(text) !== undefined
  );
}

function joinMessage(lines: string[]): string {
  return lines
    .filter((line) => !WARNING_PREFIX.test(line.trimStart()))
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function lastParagraph(lines: string[]): string {
  let end = lines.length;
  while (end > 0 && lines[end - 1]!.trim() === '') end--;
  return joinMessage(lines.slice(paragraphStart(lines, end), end));
}
