// Public API of @wsl-ready/core. Named exports only; the CLI (src/cli) is not part of it.
export * from './checks/index.js';
export * from './config/index.js';
export * from './docker/index.js';
export type { EnvRecord } from './env.js';
export * from './errors.js';
export * from './host/index.js';
export {
  artifactName,
  artifactNameProblem,
  type MatrixCell,
  matrixCellSuffix,
  parseReportArtifactName,
  REPORT_ARTIFACT_PREFIX,
  REPORT_FILE_NAME,
  reportArtifactName,
} from './report/artifact-name.js';
export * from './report/index.js';
export * from './runner/index.js';
export * from './text/decode.js';
export { type EditDistanceOptions, editDistance } from './text/edit-distance.js';
export * from './text/parse-result.js';
export { TOOL_NAME, VERSION } from './version.js';
export * from './wsl/commands.js';
export * from './wsl/errors/index.js';
export * from './wsl/parsers/index.js';
