// The actions kit: cache v2 and artifact v4 clients on fetch, report artifact, step summary guard, input readers and
// the main/post router. Imports nothing from @actions: the actions pass @actions/core in.
export {
  ARTIFACT_VERSION,
  type ArtifactClient,
  type ArtifactClientOptions,
  type ArtifactSource,
  capRetention,
  createArtifactClient,
  MAX_IN_MEMORY_ARTIFACT_BYTES,
  type UploadArtifactOptions,
  type UploadedArtifact,
} from './artifact-client.js';
export {
  ARTIFACT_NAME_FORBIDDEN,
  artifactName,
  artifactNameProblem,
  matrixCellSuffix,
  REPORT_ARTIFACT_PREFIX,
  sanitizeArtifactNamePart,
} from './artifact-name.js';
export {
  BLOB_API_VERSION,
  type BlobDownloadOptions,
  type BlobTransferOptions,
  type BlobUploadResult,
  blockId,
  DEFAULT_BLOB_CONCURRENCY,
  DEFAULT_BLOCK_SIZE,
  downloadBlobToFile,
  uploadBytesToBlob,
  uploadFileToBlob,
} from './blob.js';
export {
  type CacheClient,
  type CacheClientOptions,
  type CacheEntrySpec,
  type CacheLogLevel,
  type CacheRestoreRequest,
  type CacheRestoreResult,
  type CacheSaveRequest,
  type CacheSaveResult,
  createCacheClient,
} from './cache-client.js';
export {
  CACHE_COMPRESSION_METHODS,
  type CacheVersionSpec,
  cacheKeyProblem,
  cacheVersion,
  MAX_CACHE_KEY_LENGTH,
  MAX_CACHE_KEYS,
} from './cache-version.js';
export {
  ActionsServiceError,
  type ActionsServiceName,
  ActionsServiceUnavailableError,
  BlobTransferError,
  RuntimeTokenError,
} from './errors.js';
export { type FetchLike, fetchWithRetry, type HttpRetryOptions, RETRYABLE_STATUSES, type RetryEvent } from './http.js';
export {
  type IntegerInputOptions,
  parseBooleanInput,
  parseIntegerInput,
  parseListInput,
  parseMatrixInput,
} from './inputs.js';
export type { ActionsIo } from './io.js';
export {
  fitStepSummary,
  type JobSummaryResult,
  STEP_SUMMARY_MAX_BYTES,
  SUMMARY_TRUNCATED_NOTE,
  writeJobSummary,
} from './job-summary.js';
export {
  type PublishedReport,
  type PublishReportOptions,
  publishReportArtifact,
  REPORT_FILE_NAME,
  type ReportArtifactResult,
  type WriteReportArtifactOptions,
  writeReportArtifact,
} from './report-artifact.js';
export { failureMessage, POST_STATE, type RunActionOptions, runAction } from './run-action.js';
export {
  actionRunContext,
  type MatrixCell,
  parseReportArtifactName,
  readRunFacts,
  reportArtifactName,
  workflowRunUrl,
} from './run-context.js';
export { type BackendIds, backendIdsFromToken } from './runtime-token.js';
export {
  type ActionsServiceEnv,
  artifactUnavailableReason,
  cacheModeAllows,
  cacheUnavailableReason,
  type EnvLike,
  isGhesServerUrl,
  readServiceEnv,
} from './service-env.js';
export { createZip, type ZipEntry, type ZipOptions } from './zip.js';
