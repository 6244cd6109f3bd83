import { WSL_ERROR_CATALOG } from './catalog.js';
import { WSL_COMMON_ERROR_NAMES } from './common-errors.js';
import { isWslErrorContext } from './contexts.js';
import type { WslErrorEntry, WslErrorLookup } from './types.js';

const FACILITY_WIN32 = 0x80070000;
const FACILITY_NT_BIT = 0x10000000;

const byHresult = new Map<string, WslErrorEntry>();
const bySymbol = new Map<string, WslErrorEntry>();
for (const entry of WSL_ERROR_CATALOG) {
  if (entry.hresult) byHresult.set(entry.hresult, entry);
  if (entry.symbol) bySymbol.set(entry.symbol, entry);
  for (const alias of entry.aliases ?? []) {
    const hresult = normalizeHresult(alias);
    if (hresult && !byHresult.has(hresult)) byHresult.set(hresult, entry);
    else if (!hresult) bySymbol.set(alias.toUpperCase(), entry);
  }
}

// Every name wsl.exe prints (g_commonErrors), both ways, for codes the catalogue has no entry for.
const hresultByName = new Map<string, string>();
const nameByHresult = new Map<string, string>();
for (const [symbol, hresult] of WSL_COMMON_ERROR_NAMES) {
  hresultByName.set(symbol, hresult);
  if (!nameByHresult.has(hresult)) nameByHresult.set(hresult, symbol);
}

/**
 * Turn any spelling of an HRESULT into `0x` + 8 lower-case hex digits, or null when it is not one:
 * `0x80370102`, `0X80370102`, `80370102` (8 hex digits), `-2147024891` (signed decimal), `2147942405`,
 * a number, and Win32 codes (`0x1bc`, `5`), which become `HRESULT_FROM_WIN32` values as inbox tools print them.
 */
export function normalizeHresult(input: string | number): string | null {
  let value: number;
  if (typeof input === 'number') {
    if (!Number.isInteger(input)) return null;
    value = input;
  } else {
    const text = input.trim();
    if (/^0x[0-9a-f]{1,8}$/i.test(text)) value = Number.parseInt(text.slice(2), 16);
    else if (/^[0-9a-f]{8}$/i.test(text) && /[a-f]|^[89]/i.test(text)) value = Number.parseInt(text, 16);
    else if (/^[-+]?\d{1,10}$/.test(text)) value = Number.parseInt(text, 10);
    else return null;
  }
  if (value < -0x80000000 || value > 0xffffffff) return null;
  let unsigned = value >>> 0;
  if (unsigned === 0) return null;
  // A bare Win32 error code (as `Error: 0x1bc`); HRESULT_FROM_WIN32 puts it under facility 7 with the error bit.
  if (unsigned <= 0xffff) unsigned = (FACILITY_WIN32 | unsigned) >>> 0;
  return `0x${unsigned.toString(16).padStart(8, '0')}`;
}

/** The entry for an HRESULT or symbol, or undefined. Accepts the same spellings as `lookupWslError`. */
export function findWslError(codeOrSymbolOrHresult: string | number): WslErrorEntry | undefined {
  return resolve(String(codeOrSymbolOrHresult).trim()).entry;
}

/** Every symbol the catalogue knows, upper-case (used by the parser to accept bare symbols). */
export function isKnownWslErrorSymbol(symbol: string): boolean {
  const upper = symbol.toUpperCase();
  return bySymbol.has(upper) || hresultByName.has(upper);
}

/**
 * Look up a WSL error by HRESULT (hex in any case, with or without `0x`, signed or unsigned decimal), by symbol
 * (`HCS_E_HYPERV_NOT_INSTALLED`, any case) or by a full `Wsl/.../<SYMBOL or hex>` path, where the last segment
 * that is not a context name decides and the segments before it become `context`.
 * Never throws; an unknown code gives a fallback of category `other` that keeps the code.
 */
export function lookupWslError(codeOrSymbolOrHresult: string | number): WslErrorLookup {
  const input = String(codeOrSymbolOrHresult).trim();
  const { entry, context, hresult, symbol } = resolve(input);
  if (entry) return { ...entry, known: true, input, context };
  return fallback(input, context, hresult, symbol);
}

function resolve(input: string) {
  const { result, context } = splitCodePath(input);
  const printedHresult = result ? normalizeHresult(result) : null;
  const printedSymbol = result && !printedHresult ? result.toUpperCase() : null;
  // Older releases print the hex form of a code newer ones name (and the reverse): complete the other half.
  const hresult = printedHresult ?? (printedSymbol ? (hresultByName.get(printedSymbol) ?? null) : null);
  const symbol = printedSymbol ?? (hresult ? (nameByHresult.get(hresult) ?? null) : null);
  const entry =
    (printedSymbol && bySymbol.get(printedSymbol)) ||
    (hresult && (byHresult.get(hresult) ?? byHresult.get(ntToHresult(hresult)))) ||
    undefined;
  return { entry, context, hresult, symbol };
}

/** Split `Wsl/Service/CreateVm/HCS/HCS_E_X` into the deciding result and the context path before it. */
export function splitCodePath(code: string): { result: string | null; context: string[] } {
  const segments = code
    .split(/[/\\]/)
    .map((s) => s.trim().replace(/^["'`[{<]+|["'`\]}>.,;:!]+$/g, ''))
    .filter((s) => s.length > 0);
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i]!;
    if (isResultSegment(segment)) return { result: segment, context: segments.slice(0, i) };
  }
  return { result: null, context: segments };
}

function isResultSegment(segment: string): boolean {
  if (isWslErrorContext(segment)) return false;
  if (normalizeHresult(segment)) return true;
  // Symbols are upper-case (WSL_E_…, E_ACCESSDENIED, WSAECONNREFUSED); context names are PascalCase.
  return /^[A-Z][A-Z0-9_]+$/.test(segment) || /^[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9]+)+$/.test(segment);
}

/** NTSTATUS values (0xC…) are printed by some tools unwrapped; WSL maps them with HRESULT_FROM_NT (0xD…). */
function ntToHresult(hresult: string): string {
  const value = Number.parseInt(hresult.slice(2), 16);
  if (value >>> 28 !== 0xc) return hresult;
  return `0x${((value | FACILITY_NT_BIT) >>> 0).toString(16).padStart(8, '0')}`;
}

function fallback(input: string, context: string[], hresult: string | null, symbol: string | null): WslErrorLookup {
  const shown = symbol ?? hresult ?? (input || 'unknown');
  return {
    ...(hresult ? { hresult } : {}),
    ...(symbol ? { symbol } : {}),
    title: `Unrecognised WSL error ${shown}`,
    meaning: hresult ? describeFacility(hresult) : 'This code is not in the wsl-ready catalogue.',
    category: hresult ? categoryOfFacility(hresult) : 'other',
    remediation: [
      'Read the message printed above the error code; it names the failing step.',
      'Run `wsl --shutdown`, then retry; run `wsl --update` to get the latest fixes.',
      `Search https://github.com/microsoft/WSL/issues for \`${shown}\`.`,
    ],
    docsUrl: 'https://learn.microsoft.com/windows/wsl/troubleshooting',
    known: false,
    input,
    context,
  };
}

/**
 * The category of an unknown HRESULT by its family: Windows Update / Store downloads (`0x8024xxxx`), WinInet and
 * other `0x80072xxx` network errors and HTTP statuses (`0x8019xxxx`) are network problems.
 */
function categoryOfFacility(hresult: string): WslErrorLookup['category'] {
  const value = Number.parseInt(hresult.slice(2), 16);
  const facility = (value >>> 16) & 0x1fff;
  const code = value & 0xffff;
  if (facility === 0x24 || facility === 0x19 || (facility === 7 && code >= 0x2000 && code <= 0x2fff)) return 'network';
  return 'other';
}

/** Say what family an unknown HRESULT belongs to, so even an unknown code points somewhere. */
function describeFacility(hresult: string): string {
  const value = Number.parseInt(hresult.slice(2), 16);
  const facility = (value >>> 16) & 0x1fff;
  const code = value & 0xffff;
  if (facility === 7 && code >= 12001 && code <= 12192) return `A WinInet (network) error, ${code}.`;
  if (facility === 7) return `Windows system error ${code} (see the Win32 system error codes).`;
  if (facility === 0x19) return `An HTTP status ${code} from a download server.`;
  if (facility === 0x24) return 'A Windows Update / Microsoft Store download error (often a network or proxy problem).';
  if (facility === 0x37) return 'A Host Compute Service (virtual machine) error.';
  if (facility === 0x3b) return 'A Host Network Service error.';
  if (facility === 4 && code >= 0x300 && code < 0x400)
    return 'A WSL-specific error this catalogue does not describe yet.';
  return 'This code is not in the wsl-ready catalogue.';
}
