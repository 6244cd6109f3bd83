import { WslReadyError } from '../errors.js';

/** A value is not a valid Report v1; `errors` are `path: message` lines (at most 20). */
export class ReportValidationError extends WslReadyError {
  readonly errors: readonly string[];
  constructor(errors: readonly string[], context = 'The report') {
    super(
      'report-invalid',
      `${context} does not match Report v1:\n${errors.map((line) => `- ${line}`).join('\n')}\n` +
        'Fix the producer that wrote it, or update wsl-ready if the report comes from a newer version.',
    );
    this.errors = errors;
  }
}
