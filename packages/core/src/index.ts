// The public API of @wsl-ready/core, named exports only. It is what a user reuses locally (the command runner
// with record/replay, the locale-proof wsl.exe and docker parsers with their argv builders, typed errors and the
// WSL error knowledge base, config linting and editing, the readiness doctor, Report v1 with its renderers and the
// report artifacts' names) and what the actions kit, the actions, the readiness bot, the twin and the bench import.
// Everything else stays module-internal. The CLI is the `wsl-ready` bin; test doubles: `@wsl-ready/core/testing`.

export { DoctorContext } from './checks/context.js';
export { type DockerCheckInput, type DockerCheckSpec, evaluateDockerChecks } from './checks/docker-checks.js';
export { runDoctor } from './checks/doctor.js';
export { LINUX_INSPECT_SCRIPT, parseLinuxInspection } from './checks/linux-inspect.js';
export {
  DOCTOR_AREAS,
  type DoctorArea,
  type DoctorOptions,
  type DoctorProgress,
  type ReadTextFile,
} from './checks/options.js';
export { ALL_CHECKS } from './checks/registry.js';
export { reportOsRelease } from './checks/report-facts.js';
export type { CheckResult, DoctorCheck } from './checks/types.js';
export { detectConfigKind } from './config/detect-kind.js';
export { type ConfigDocument, parseConfigDocument, renderConfigDocument } from './config/document.js';
export {
  type ConfigChange,
  ConfigEditError,
  type ConfigEditResult,
  type ConfigPatch,
  mergeConfig,
  removeConfigValue,
  setConfigValue,
} from './config/edit.js';
export { automountRootOf, type EffectiveConfig, readConfigValues } from './config/effective.js';
export { lintConfig, lintWslConf, lintWslConfig } from './config/lint.js';
export type { LintFinding, LintOptions, LintResult, LintSeverity } from './config/lint-types.js';
export { parseConfigPatch } from './config/patch.js';
export type { ConfigKind } from './config/types.js';
export {
  type DockerCommand,
  type DockerTarget,
  dockerContextInspectCommand,
  dockerContextListCommand,
  dockerInfoCommand,
  dockerVersionCommand,
} from './docker/argv.js';
export { classifyDockerBackend } from './docker/classify.js';
export { type HostFiles, nodeHostFiles, readDesktopFiles } from './docker/desktop-files.js';
export { parseDockerErrors } from './docker/parsers/connection-errors.js';
export { parseDockerContextInspect, parseDockerContextList } from './docker/parsers/context.js';
export { parseDesktopSettings } from './docker/parsers/desktop-settings.js';
export { parseDockerInfo } from './docker/parsers/info.js';
export { parseDockerVersion } from './docker/parsers/version.js';
export { type ClientHints, type PartialVerdict, partialVerdict } from './docker/partial.js';
export { DockerProbe, type DockerProbeOptions } from './docker/probe.js';
export { type DockerSurvey, type DockerSurveyOptions, surveyDocker } from './docker/survey.js';
export {
  type DesktopSettings,
  DOCKER_BACKEND_DESCRIPTIONS,
  DOCKER_BACKENDS,
  type DockerBackend,
  type DockerBackendClassification,
  type DockerCliError,
  type DockerContextEntry,
  type DockerEvidence,
  type DockerHostFacts,
  type DockerInfoFacts,
  type DockerVersionFacts,
} from './docker/types.js';
export { dockerDesktopDistro, listWslDistroFacts } from './docker/wsl-distros.js';
export type { EnvRecord } from './env.js';
export {
  CommandFailedError,
  CommandNotFoundError,
  CommandTimeoutError,
  formatDuration,
  InputError,
  InputProblems,
  InvalidInputsError,
  WslReadyError,
} from './errors.js';
export { cannotRunWsl2, splitWindowsVersion } from './host/build.js';
export { dockerHostFacts } from './host/docker-host.js';
export { detectHostMode, type HostMode } from './host/executables.js';
export {
  HOST_PROBE_FACTS,
  HOST_PROBE_SCHEMA,
  HOST_PROBE_SCRIPT,
  hostProbeArgs,
  parseHostProbe,
  type WindowsHostFacts,
} from './host/host-probe.js';
export { type DeadEnd, findDeadEnds, readRunnerFacts } from './host/runner-env.js';
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
export { type CreateReportOptions, createReport, processHostOs, type ReportInput } from './report/create.js';
export { ReportValidationError } from './report/errors.js';
export { MARKDOWN_MAX_LENGTH } from './report/markdown-budget.js';
export { escapeMarkdownText } from './report/markdown-escape.js';
export { createProgressLine } from './report/progress-line.js';
export { renderJson } from './report/render-json.js';
export { type MarkdownOptions, renderMarkdown } from './report/render-markdown.js';
export { type MatrixEntry, type MatrixMarkdownOptions, renderMatrixMarkdown } from './report/render-matrix-markdown.js';
export { renderTerminal, type TerminalOptions } from './report/render-terminal.js';
export {
  type CheckEvidence,
  type PhaseStatus,
  REPORT_LIMITS,
  type ReportCheck,
  type ReportDistro,
  type ReportDocker,
  type ReportHost,
  type ReportPhase,
  type ReportRun,
  type ReportRunner,
  type ReportV1,
  type ReportWsl,
} from './report/schema.js';
export { type CheckStatus, type ReadinessStatus, type ReportSummary, summarize } from './report/summarize.js';
export { type ReportValidation, validateReport } from './report/validate.js';
export { CommandAbortedError, ReplayMissError, TranscriptError } from './runner/errors.js';
export { MAX_TIMER_MS, NodeCommandRunner, type NodeCommandRunnerOptions } from './runner/node-runner.js';
export { RecordingRunner, type RecordingRunnerOptions } from './runner/recording-runner.js';
export { ReplayRunner, type ReplayRunnerOptions } from './runner/replay-runner.js';
export { backoffDelay, type RetryOptions, retry } from './runner/retry.js';
export { readTranscript, type Transcript, writeTranscript } from './runner/transcript.js';
export type { CommandResult, CommandRunner, RunOptions } from './runner/types.js';
export { mergeWslenv, parseWslenv, parseWslUncPath, windowsPathToWsl, wslPathToWindows } from './runner/wslenv.js';
export { compareVersions } from './text/compare-versions.js';
export { decodeOutput } from './text/decode.js';
export { type EditDistanceOptions, editDistance } from './text/edit-distance.js';
export type { Parsed } from './text/parse-result.js';
export { cleanPastedText } from './text/paste.js';
export { didYouMean, suggest } from './text/suggest.js';
export { TOOL_NAME, VERSION } from './version.js';
export {
  type ForwardedEnvValue,
  wslExecArgs,
  wslExportArgs,
  wslImportArgs,
  wslInstallArgs,
  wslListOnlineArgs,
  wslListQuietArgs,
  wslListVerboseArgs,
  wslSetDefaultArgs,
  wslSetVersionArgs,
  wslShutdownArgs,
  wslStatusArgs,
  wslTerminateArgs,
  wslUpdateArgs,
  wslVersionArgs,
} from './wsl/argv.js';
export { lookupWslError } from './wsl/errors/lookup.js';
export { classifyWslFailure, parseWslError, type WslErrorDetails } from './wsl/errors/parse-error.js';
export type { WslErrorCategory, WslErrorEntry } from './wsl/errors/types.js';
export { WslCommandError } from './wsl/errors/wsl-error.js';
export { isWindowsHost, resolveDockerExecutable, resolveWslExecutable } from './wsl/executables.js';
export { type KernelInfo, parseKernel } from './wsl/parsers/parse-kernel.js';
export { parseList } from './wsl/parsers/parse-list.js';
export { type OnlineDistributionList, parseListOnline } from './wsl/parsers/parse-list-online.js';
export { parseListQuiet } from './wsl/parsers/parse-list-quiet.js';
export { type DistroEntry, type DistroList, parseListVerbose } from './wsl/parsers/parse-list-verbose.js';
export { type OsRelease, parseOsRelease } from './wsl/parsers/parse-os-release.js';
export { parseStatus, type WslStatus } from './wsl/parsers/parse-status.js';
export { parseSysteminfo, type SysteminfoFacts } from './wsl/parsers/parse-systeminfo.js';
export { parseVersion, type WslVersionInfo } from './wsl/parsers/parse-version.js';
export { validateDistroName, validateLinuxUserName, validatePackageName } from './wsl/validate.js';
