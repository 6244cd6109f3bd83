// Report v1: schema, validation, JSON Schema export and the Markdown, terminal and JSON renderers.
export { type CreateReportOptions, createReport, processHostOs, type ReportInput } from './create.js';
export { ReportValidationError } from './errors.js';
export { renderReportV1JsonSchema, reportV1JsonSchema } from './json-schema.js';
export { fitMarkdown, MARKDOWN_MAX_LENGTH, type MarkdownBlock } from './markdown-budget.js';
export {
  allowedLinkTarget,
  CELL_MAX_CHARS,
  codeSpan,
  DEFAULT_LINK_HOSTS,
  escapeHtmlText,
  escapeMarkdownLines,
  escapeMarkdownText,
  markdownLink,
  tableHeader,
  tableRow,
} from './markdown-escape.js';
export type { CheckKnowledgeEntry, CheckKnowledgeLookup } from './markdown-parts.js';
export { createProgressLine, type ProgressLine, type ProgressStream } from './progress-line.js';
export { renderJson } from './render-json.js';
export { type MarkdownOptions, renderMarkdown } from './render-markdown.js';
export { type MatrixEntry, type MatrixMarkdownOptions, renderMatrixMarkdown } from './render-matrix-markdown.js';
export { renderTerminal, type TerminalOptions } from './render-terminal.js';
export {
  CHECK_STATUSES,
  type CheckEvidence,
  type CheckStatus,
  DISTRO_STATES,
  type DistroState,
  DOCKER_BACKENDS,
  type DockerBackend,
  HOST_OSES,
  type HostOs,
  PHASE_STATUSES,
  type PhaseStatus,
  READINESS_STATUSES,
  REPORT_LIMITS,
  type ReadinessStatus,
  type ReportCheck,
  type ReportDistro,
  type ReportDocker,
  type ReportHost,
  type ReportPhase,
  type ReportRun,
  type ReportRunner,
  type ReportSummary,
  type ReportV1,
  type ReportWsl,
  reportV1Schema,
} from './schema.js';
export { summarize } from './summarize.js';
export { clampText, sanitizeText } from './text.js';
export { MAX_VALIDATION_ERRORS, type ReportValidation, validateReport } from './validate.js';
