import type * as z from 'zod';
import { type ReportV1, reportV1Schema } from './schema.js';
import { cleanLine } from './text.js';

export type ReportValidation = { ok: true; report: ReportV1 } | { ok: false; errors: string[] };

/** At most this many `path: message` lines come back; the last one says how many were left out. */
export const MAX_VALIDATION_ERRORS = 20;

/**
 * Checks any value (typically `JSON.parse` output from an artifact) against Report v1. On success the report
 * is the parsed copy: unknown keys from newer producers are stripped. Never throws.
 */
export function validateReport(value: unknown): ReportValidation {
  const result = reportV1Schema.safeParse(value);
  if (result.success) return { ok: true, report: result.data };
  return { ok: false, errors: formatIssues(result.error.issues) };
}

function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  const lines = issues.map((issue) => `${formatPath(issue.path)}: ${cleanLine(issue.message, 300)}`);
  if (lines.length <= MAX_VALIDATION_ERRORS) return lines;
  const shown = lines.slice(0, MAX_VALIDATION_ERRORS - 1);
  shown.push(`…and ${lines.length - shown.length} more problems`);
  return shown;
}

/** `checks[3].evidence["odd key"]`; keys come from untrusted data, so odd ones are quoted and clamped. */
function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$-]{0,63}$/.test(segment))
      out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(cleanLine(String(segment), 40))}]`;
  }
  return out;
}
