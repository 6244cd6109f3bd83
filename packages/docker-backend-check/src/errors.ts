import { WslReadyError } from '@wsl-ready/core';

/** `fail-on: fail` and at least one requirement is not met; each line says expected, found and the fix. */
export class RequirementsNotMetError extends WslReadyError {
  readonly messages: readonly string[];
  constructor(messages: readonly string[]) {
    super('requirements-not-met', messages.join('\n'));
    this.messages = messages;
  }
}
