import { type InputError, WslReadyError } from '@wsl-ready/core';

/** One or more inputs are invalid; nothing has been run. The message lists every problem at once. */
export class InvalidInputsError extends WslReadyError {
  readonly problems: readonly InputError[];
  constructor(problems: readonly InputError[]) {
    const lines = problems.map((p) => `- ${p.input}: ${p.message}`);
    super(
      'input',
      problems.length === 1
        ? `Invalid input \`${problems[0]!.input}\`: ${problems[0]!.message}`
        : `${problems.length} inputs are invalid:\n${lines.join('\n')}`,
    );
    this.problems = problems;
  }
}
