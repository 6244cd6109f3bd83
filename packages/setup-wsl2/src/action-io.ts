import * as core from '@actions/core';
import type { ActionsIo } from '@wsl-ready/actions-kit';

/** What the setup does to the runner: the one seam between the logic and @actions/core (tests pass a recorder). */
export interface ActionIo extends ActionsIo {
  /** The raw input value ('' when unset). */
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  notice(message: string): void;
  startGroup(name: string): void;
  endGroup(): void;
  /** Sets a variable for the job's later steps (GITHUB_ENV). */
  exportVariable(name: string, value: string): void;
  /** Prepends a folder to PATH for the job's later steps. */
  addPath(dir: string): void;
  /** Raw text for the step log as it came (a package manager's own output). */
  write(text: string): void;
}

export const actionsCoreIo: ActionIo = {
  getInput: (name) => core.getInput(name),
  setOutput: (name, value) => core.setOutput(name, value),
  info: (message) => core.info(message),
  debug: (message) => core.debug(message),
  notice: (message) => core.notice(message),
  warning: (message) => core.warning(message),
  setFailed: (message) => core.setFailed(message),
  startGroup: (name) => core.startGroup(name),
  endGroup: () => core.endGroup(),
  exportVariable: (name, value) => core.exportVariable(name, value),
  addPath: (dir) => core.addPath(dir),
  getState: (name) => core.getState(name),
  saveState: (name, value) => core.saveState(name, value),
  write: (text) => void process.stdout.write(text),
};
