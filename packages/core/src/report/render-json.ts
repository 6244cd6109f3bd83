import { ReportValidationError } from './errors.js';
import type { ReportV1 } from './schema.js';
import { validateReport } from './validate.js';

/**
 * The report as JSON: keys in schema order (records such as `evidence` sorted), 2-space indent, trailing
 * newline. The same report always gives the same bytes, and the output always validates: an invalid report
 * throws `ReportValidationError` instead of being written.
 */
export function renderJson(report: ReportV1): string {
  const result = validateReport(report);
  if (!result.ok) throw new ReportValidationError(result.errors);
  // Parsing rebuilds every object in schema order; only records keep their input order, so sort those.
  const ordered: ReportV1 = {
    ...result.report,
    checks: result.report.checks.map((check) =>
      check.evidence === undefined ? check : { ...check, evidence: sortKeys(check.evidence) },
    ),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

// fromEntries defines own properties, so even a "__proto__" key stays data.
function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
