/**
 * The few @actions/core functions the kit needs. Core has no @actions dependency: an action passes `@actions/core`
 * itself (its functions fit these signatures), tests pass a recorder.
 */
export interface ActionsIo {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  setFailed(message: string): void;
  getState(name: string): string;
  saveState(name: string, value: string): void;
}
