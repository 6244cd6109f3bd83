import { TOOL_NAME, VERSION } from '../version.js';
import { ReportValidationError } from './errors.js';
import { type HostOs, REPORT_LIMITS, type ReportCheck, type ReportV1 } from './schema.js';
import { summarize } from './summarize.js';
import { clampText } from './text.js';
import { validateReport } from './validate.js';

/** Everything a producer may set; `schemaVersion` and `summary` are always derived. */
export type ReportInput = Partial<Omit<ReportV1, 'schemaVersion' | 'summary'>>;

export interface CreateReportOptions {
  /** Clock for `generatedAt` when the input has none (tests pass a fixed date). */
  now?: () => Date;
}

/**
 * Builds a valid Report v1 from what a producer knows. Defaults: this tool's name and version, `generatedAt`
 * now, a CLI source, the current process's OS and architecture, no distros and no checks. Free text that
 * comes from tool output (check titles, summaries, remediation, evidence, warnings) is clamped to the schema's
 * bounds and overlong lists are cut with a warning, so a chatty tool never makes the report invalid. The
 * summary is always computed from the checks. Throws `ReportValidationError` for anything else that does
 * not fit (a wrong type, an unknown enum value): that is a producer bug.
 */
export function createReport(input: ReportInput = {}, options: CreateReportOptions = {}): ReportV1 {
  const warnings = (input.warnings ?? []).map((text) => clampText(text, REPORT_LIMITS.text));
  const checks = (input.checks ?? []).map(fitCheck);
  if (checks.length > REPORT_LIMITS.checks) {
    warnings.push(
      `${checks.length - REPORT_LIMITS.checks} checks were left out (a report holds at most ${REPORT_LIMITS.checks}).`,
    );
    checks.length = REPORT_LIMITS.checks;
  }
  const distros = [...(input.distros ?? [])];
  if (distros.length > REPORT_LIMITS.distros) {
    warnings.push(
      `${distros.length - REPORT_LIMITS.distros} distributions were left out (a report holds at most ${REPORT_LIMITS.distros}).`,
    );
    distros.length = REPORT_LIMITS.distros;
  }
  const phases = input.phases ? input.phases.slice(0, REPORT_LIMITS.phases) : undefined;
  if (warnings.length > REPORT_LIMITS.warnings) warnings.length = REPORT_LIMITS.warnings;

  const candidate = {
    schemaVersion: 1,
    tool: input.tool ?? { name: TOOL_NAME, version: VERSION },
    generatedAt: input.generatedAt ?? (options.now ?? (() => new Date()))().toISOString(),
    source: input.source ?? { kind: 'cli', name: TOOL_NAME },
    host: input.host ?? { os: processHostOs(process.platform), arch: process.arch, isWsl: false },
    ...(input.runner ? { runner: input.runner } : {}),
    ...(input.run ? { run: input.run } : {}),
    ...(input.wsl ? { wsl: input.wsl } : {}),
    distros,
    ...(input.docker ? { docker: input.docker } : {}),
    checks,
    summary: summarize(checks),
    ...(phases ? { phases } : {}),
    ...(warnings.length > 0 || input.warnings ? { warnings } : {}),
  };
  const result = validateReport(candidate);
  if (!result.ok) throw new ReportValidationError(result.errors, 'The new report');
  return result.report;
}

function fitCheck(check: ReportCheck): ReportCheck {
  const fitted: ReportCheck = {
    ...check,
    title: clampText(check.title, REPORT_LIMITS.shortText),
    summary: clampText(check.summary, REPORT_LIMITS.text),
    durationMs: Number.isFinite(check.durationMs)
      ? Math.min(Math.max(check.durationMs, 0), REPORT_LIMITS.durationMs)
      : check.durationMs,
  };
  if (check.remediation !== undefined) fitted.remediation = clampText(check.remediation, REPORT_LIMITS.longText);
  if (check.evidence !== undefined) {
    const entries = Object.entries(check.evidence)
      .slice(0, REPORT_LIMITS.evidenceEntries)
      .map(([key, value]) => [
        clampText(key, REPORT_LIMITS.evidenceKey),
        typeof value === 'string' ? clampText(value, REPORT_LIMITS.evidenceValue) : value,
      ]);
    fitted.evidence = Object.fromEntries(entries);
  }
  return fitted;
}

/** Maps Node's `process.platform` to Report v1's host OS names. */
export function processHostOs(platform: string): HostOs {
  switch (platform) {
    case 'win32':
    case 'cygwin':
      return 'windows';
    case 'linux':
    case 'darwin':
    case 'freebsd':
    case 'openbsd':
    case 'netbsd':
    case 'sunos':
    case 'aix':
    case 'android':
      return platform;
    default:
      return 'other';
  }
}
