// The command layer: one CommandRunner interface, the Node implementation, record/replay and retry.
export { mergeEnv, withWslDefaults } from './env.js';
export { CommandAbortedError, ReplayMissError, TranscriptError } from './errors.js';
export { executableBaseName, isWslExecutable } from './executable-name.js';
export { normalizeExitCode, WSL_FAILURE_EXIT_CODE } from './exit-code.js';
export { killProcessTree } from './kill-tree.js';
export {
  DEFAULT_MAX_OUTPUT_BYTES,
  DEFAULT_TIMEOUT_MS,
  FORWARDED_SIGNALS,
  MAX_TIMER_MS,
  NodeCommandRunner,
  type NodeCommandRunnerOptions,
} from './node-runner.js';
export { REDACTED, RecordingRunner, type RecordingRunnerOptions, redactEnv } from './recording-runner.js';
export { ReplayRunner, type ReplayRunnerOptions } from './replay-runner.js';
export { backoffDelay, type RetryOptions, retry } from './retry.js';
export { deliverOutput, type OutputSinks, validateStdio } from './streaming.js';
export {
  parseTranscript,
  readTranscript,
  TRANSCRIPT_SCHEMA,
  type Transcript,
  type TranscriptCall,
  type TranscriptCallError,
  writeTranscript,
} from './transcript.js';
export type { CommandResult, CommandRunner, RunOptions } from './types.js';
