// Stand-ins of GitHub's Actions cache service v2 and artifact service v4 (with their blob storage) for tests.
export type { ArtifactView } from './artifact-service.js';
export { ARTIFACT_CONTAINER } from './artifact-service.js';
export { BLOB_ACCOUNT, type BlobOperation } from './blob-store.js';
export { CACHE_CONTAINER, type CacheEntryView } from './cache-service.js';
export { ActionsFaults, type FaultAction, type FaultTarget } from './faults.js';
export {
  type ActionsRequestRecord,
  type ActionsServices,
  type ActionsServicesOptions,
  type ActionsServiceVariables,
  startActionsServices,
} from './server.js';
export { CACHE_READ, CACHE_WRITE, type CacheScope, type RuntimeClaims, type RuntimeTokenOptions } from './token.js';
export { readZipEntries } from './zip-reader.js';
