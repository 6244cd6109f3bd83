export { loadGitHubSpec, OpenApiValidator, type RequestCheck } from './openapi.js';
export {
  type Fault,
  GitHubTwin,
  type GitHubTwinOptions,
  type RecordedCall,
  type TwinArtifact,
  type TwinComment,
  type TwinPull,
  type TwinRepo,
} from './server.js';
export {
  BASE_REPO,
  FORK_REPO,
  type RunOptions,
  reportArtifact,
  runnerReport,
  sendWebhook,
  sha,
  signedHeaders,
  testAppPrivateKey,
  WEBHOOK_SECRET,
  workflowRunPayload,
  zipOf,
} from './webhooks.js';
