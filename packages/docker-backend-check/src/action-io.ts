import * as core from '@actions/core';
import type { ActionsIo } from '@wsl-ready/actions-kit';

/** What the action does to the runner: the one seam between the logic and @actions/core. */
export interface ActionIo extends ActionsIo {
  /** The raw input value ('' when unset). */
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  /** A warning annotation, titled. */
  warning(message: string, title?: string): void;
  /** Marks the step failed (exit code 1) with one error annotation. */
  setFailed(message: string): void;
  group<T>(name: string, work: () => Promise<T>): Promise<T>;
}

export const actionsCoreIo: ActionIo = {
  getInput: (name) => core.getInput(name),
  setOutput: (name, value) => core.setOutput(name, value),
  info: (message) => core.info(message),
  debug: (message) => core.debug(message),
  warning: (message, title) => core.warning(message, title ? { title } : {}),
  setFailed: (message) => core.setFailed(message),
  group: (name, work) => core.group(name, work),
  getState: (name) => core.getState(name),
  saveState: (name, value) => core.saveState(name, value),
};
