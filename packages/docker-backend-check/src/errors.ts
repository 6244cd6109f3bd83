import { type InputError, WslReadyError } from '@wsl-ready/core';

/** One or more inputs are invalid; nothing has been run. The message lists every problem at once. */
export class InvalidInputsError extends WslReadyError {
  readonly problems: readonly InputError[];
  constructor(problems: readonly InputError[]) {
    // The kit's readers already name the input in their message; ours say only what is wrong with it.
    const text = (p: InputError) => (p.message.includes(`\`${p.input}\``) ? p.message : `${p.input}: ${p.message}`);
    super(
      'input',
      problems.length === 1
        ? `Invalid input: ${text(problems[0]!)}`
        : `${problems.length} inputs are invalid:\n${problems.map((p) => `- ${text(p)}`).join('\n')}`,
    );
    this.problems = problems;
  }
}

/** `fail-on: fail` and at least one requirement is not met; each line says expected, found and the fix. */
export class RequirementsNotMetError extends WslReadyError {
  readonly messages: readonly string[];
  constructor(messages: readonly string[]) {
    super('requirements-not-met', messages.join('\n'));
    this.messages = messages;
  }
}
