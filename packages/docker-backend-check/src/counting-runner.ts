import type { CommandResult, CommandRunner, RunOptions } from '@wsl-ready/core';

/** Counts the calls that go through it, by executable, so a run can say what it cost. */
export class CountingRunner implements CommandRunner {
  readonly #inner: CommandRunner;
  readonly #counts = new Map<string, number>();

  constructor(inner: CommandRunner) {
    this.#inner = inner;
  }

  run(file: string, args: readonly string[], options?: RunOptions): Promise<CommandResult> {
    this.#counts.set(file, (this.#counts.get(file) ?? 0) + 1);
    return this.#inner.run(file, args, options);
  }

  /** Calls made to this file (the exact path or name given to `run`). */
  count(file: string): number {
    return this.#counts.get(file) ?? 0;
  }
}
