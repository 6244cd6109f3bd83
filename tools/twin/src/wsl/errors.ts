import type { InjectedError } from './state.js';
import { englishOnly, resource, systemMessage } from './strings.js';

/**
 * wsl.exe's error contexts and their bits (microsoft/WSL ExecutionContext.h, wslutil.cpp `ErrorToString`). The `Error code:` value lists the contexts of the
 * failing operation in ascending bit order, then the result name or HRESULT.
 */
const CONTEXT_BITS = {
  Wsl: 0x1n,
  Service: 0x40n,
  RegisterDistro: 0x80n,
  CreateInstance: 0x100n,
  CreateVm: 0x800n,
  InstallDistro: 0x10n,
  UnregisterDistro: 0x40000n,
  ExportDistro: 0x80000n,
  SetVersion: 0x800000n,
  MoveDistro: 0x10000000n,
  HCS: 0x80000000n,
  UpdatePackage: 0x10000000000n,
  QueryLatestGitHubRelease: 0x20000000000n,
} as const;

export type ErrorContext = keyof typeof CONTEXT_BITS;

export function errorCode(contexts: readonly ErrorContext[], result: string): string {
  const ordered = [...new Set(contexts)].sort((a, b) => (CONTEXT_BITS[a] < CONTEXT_BITS[b] ? -1 : 1));
  return [...ordered, result].join('/');
}

/**
 * A wsl.exe-level failure: printed on stdout as `<message>` and, when `code` is set, the localized `Error code:` line;
 * the process exits with -1 (255 here).
 */
export class WslFailure extends Error {
  constructor(
    readonly text: string,
    readonly code?: string,
  ) {
    super(text);
  }
}

/** The top-level usage error (WSL_E_INVALID_USAGE): the usage text, no code line. */
export function usageFailure(): WslFailure {
  return new WslFailure(englishOnly('MessageWslUsage'));
}

/** An unknown option inside a sub-command's parser (E_INVALIDARG with the code line). */
export function invalidArgument(locale: string, arg: string): WslFailure {
  return new WslFailure(resource(locale, 'MessageInvalidCommandLine', arg, 'wsl.exe'), 'Wsl/E_INVALIDARG');
}

export function missingArgument(locale: string, arg: string): WslFailure {
  return new WslFailure(resource(locale, 'MessageMissingArgument', arg, 'wsl.exe'), 'Wsl/E_INVALIDARG');
}

export function distroNotFound(locale: string): WslFailure {
  return new WslFailure(
    resource(locale, 'MessageDistroNotFound'),
    errorCode(['Wsl', 'Service'], 'WSL_E_DISTRO_NOT_FOUND'),
  );
}

export function versionParseError(locale: string): WslFailure {
  return new WslFailure(systemMessage(locale, 'ERROR_VERSION_PARSE_ERROR'), 'Wsl/ERROR_VERSION_PARSE_ERROR');
}

export function diskFull(locale: string, contexts: readonly ErrorContext[]): WslFailure {
  // ERROR_DISK_FULL is not in wsl.exe's symbolic-name table of the releases modelled: it prints as hex.
  return new WslFailure(systemMessage(locale, 'ERROR_DISK_FULL'), errorCode(contexts, '0x80070070'));
}

export function forbidden(locale: string, contexts: readonly ErrorContext[]): WslFailure {
  // WinHTTP maps an HTTP 403 answer to HTTP_E_STATUS_FORBIDDEN (0x80190193), unnamed in wsl.exe's table.
  return new WslFailure(systemMessage(locale, 'HTTP_E_STATUS_FORBIDDEN'), errorCode(contexts, '0x80190193'));
}

export function injectedFailure(locale: string, error: InjectedError): WslFailure {
  switch (error) {
    case 'ERROR_SERVICE_DISABLED':
      return new WslFailure(systemMessage(locale, 'ERROR_SERVICE_DISABLED'), 'Wsl/0x80070422');
    case 'HCS_E_HYPERV_NOT_INSTALLED':
      return new WslFailure(
        resource(locale, 'MessageEnableVirtualization'),
        errorCode(['Wsl', 'Service', 'CreateInstance', 'CreateVm', 'HCS'], 'HCS_E_HYPERV_NOT_INSTALLED'),
      );
    default:
      return new WslFailure(
        systemMessage(locale, 'RPC_S_CALL_FAILED'),
        errorCode(['Wsl', 'Service'], 'RPC_S_CALL_FAILED'),
      );
  }
}

/** The text wsl.exe prints for a failure (before CRLF translation). */
export function renderFailure(locale: string, failure: WslFailure): string {
  return failure.code === undefined ? failure.text : resource(locale, 'MessageErrorCode', failure.text, failure.code);
}
