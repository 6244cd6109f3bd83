import { InputError } from '../errors.js';
import { TOOL_NAME } from '../version.js';

/** A command line that cannot be run as given (unknown option, missing value, bad kind). Always exit code 2. */
export class UsageError extends InputError {
  readonly command: string | null;
  constructor(input: string, problem: string, command: string | null = null) {
    const help = command ? `${TOOL_NAME} ${command} --help` : `${TOOL_NAME} --help`;
    super(input, `${problem} Run \`${help}\` for the usage.`);
    this.command = command;
  }
}
