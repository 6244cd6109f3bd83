// @wsl-ready/actions-kit: what the two actions share to live on a GitHub runner: cache v2 and artifact v4 clients
// on fetch, the report artifact, the step-summary guard, input readers, the run context and the main/post router.
// Imports nothing from @actions: the actions pass @actions/core in (as `ActionsIo`). The report artifact's NAME is
// part of the report contract and lives in @wsl-ready/core (`reportArtifactName`), where the readiness bot reads it.
export {
  type ArtifactClient,
  type ArtifactClientOptions,
  createArtifactClient,
  type UploadArtifactOptions,
  type UploadedArtifact,
} from './artifact-client.js';
export {
  type CacheClient,
  type CacheClientOptions,
  type CacheEntrySpec,
  type CacheLogLevel,
  createCacheClient,
} from './cache-client.js';
export { cacheVersion } from './cache-version.js';
export { ActionsServiceError, ActionsServiceUnavailableError } from './errors.js';
export { type FetchLike, type HttpRetryOptions, isRetryableStatus, RETRYABLE_HTTP_STATUSES } from './http.js';
export { parseBooleanInput, parseIntegerInput, parseListInput, parseMatrixInput } from './inputs.js';
export type { ActionsIo } from './io.js';
export { writeJobSummary } from './job-summary.js';
export { publishReportArtifact, writeReportArtifact } from './report-artifact.js';
export { runAction } from './run-action.js';
export { actionRunContext, workflowRunUrl } from './run-context.js';
