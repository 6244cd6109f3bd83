import * as core from '@actions/core';

/** What the action does to the runner: the one seam between the logic and @actions/core. */
export interface ActionIo {
  /** The raw input value ('' when unset). */
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  info(message: string): void;
  debug(message: string): void;
  notice(message: string, title?: string): void;
  warning(message: string, title?: string): void;
  error(message: string, title?: string): void;
  /** Marks the step failed (exit code 1) with one error annotation. */
  setFailed(message: string): void;
  /** Appends Markdown to the job summary. */
  appendSummary(markdown: string): Promise<void>;
  group<T>(name: string, work: () => Promise<T>): Promise<T>;
}

export const actionsCoreIo: ActionIo = {
  getInput: (name) => core.getInput(name),
  setOutput: (name, value) => core.setOutput(name, value),
  info: (message) => core.info(message),
  debug: (message) => core.debug(message),
  notice: (message, title) => core.notice(message, title ? { title } : {}),
  warning: (message, title) => core.warning(message, title ? { title } : {}),
  error: (message, title) => core.error(message, title ? { title } : {}),
  setFailed: (message) => core.setFailed(message),
  async appendSummary(markdown) {
    await core.summary.addRaw(markdown, true).write();
  },
  group: (name, work) => core.group(name, work),
};
