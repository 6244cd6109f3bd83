// Actions runner harness: runs a bundled JavaScript action as the runner does and reports what it did.

export type { ActionInput, ActionManifest } from './action-manifest.js';
export { ActionManifestError, readActionManifest } from './action-manifest.js';
export type { ExpressionContext, JobStatus } from './expressions.js';
export { ExpressionError, evaluate, evaluateCondition, interpolate } from './expressions.js';
export type { KeyValueFile } from './file-commands.js';
export { parseKeyValueFile, parsePathFile, toRecord } from './file-commands.js';
export { NodeNotFoundError, resolveNode24 } from './node.js';
export type {
  ActionEntry,
  ActionRunResult,
  GithubFacts,
  LifecycleResult,
  RunActionOptions,
  RunnerDirs,
  RunnerOs,
} from './run-action.js';
export { createRunnerDirs, inputVariableName, runAction, runActionLifecycle } from './run-action.js';
export type { CancelOutcome, RunStepOptions, StepRunResult } from './run-step.js';
export {
  formatShellArguments,
  killStepTree,
  parseShellOption,
  RUNNER_CANCEL_WAITS_MS,
  runStep,
  splitWindowsCommandLine,
} from './run-step.js';
export type { Annotation, AnnotationLevel, CommandEffects, ParsedCommand } from './workflow-commands.js';
export { emptyEffects, maskText, parseCommandLine, processCommands } from './workflow-commands.js';
