import { formatArgv, WslReadyError } from '../../errors.js';
import type { WslErrorDetails } from './parse-error.js';

/**
 * wsl.exe failed with a recognised WSL error. The message names the error, repeats what wsl.exe said and lists the
 * steps to fix it; `details` keeps everything for reports (category, code, remediation, docs link).
 */
export class WslCommandError extends WslReadyError {
  readonly argv: readonly string[];
  readonly exitCode: number | null;
  readonly details: WslErrorDetails;
  constructor(argv: readonly string[], exitCode: number | null, details: WslErrorDetails) {
    super('wsl-error', formatWslErrorMessage(argv, details));
    this.argv = argv;
    this.exitCode = exitCode;
    this.details = details;
  }
}

/** "`wsl --install` failed: <title> (<code>).\n<wsl.exe's message>\nWhat to do:\n1. …" */
export function formatWslErrorMessage(argv: readonly string[], details: WslErrorDetails): string {
  const code = details.code ?? details.symbol ?? details.hresult;
  const lines = [`\`${formatArgv(argv)}\` failed: ${details.title}${code ? ` (${code})` : ''}.`];
  if (details.message) lines.push(details.message);
  lines.push('What to do:', ...details.remediation.map((step, i) => `${i + 1}. ${step}`), `More: ${details.docsUrl}`);
  return lines.join('\n');
}
