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
