// The status vocabulary of Report v1 and the verdict rule. The schema (schema.ts) validates against these; they
// live here, below the schema, so the schema can use the rule without an import cycle.

export const CHECK_STATUSES = ['pass', 'warn', 'fail', 'skip', 'error'] as const;
export const READINESS_STATUSES = ['ready', 'degraded', 'not-ready'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];
export type ReadinessStatus = (typeof READINESS_STATUSES)[number];
export type ReportSummary = { status: ReadinessStatus; counts: Record<CheckStatus, number> };

/**
 * The verdict rule every producer and consumer shares: any `fail` or `error` makes the machine not ready,
 * any `warn` makes it degraded; `skip` never changes the verdict.
 */
export function summarize(checks: Iterable<{ readonly status: CheckStatus }>): ReportSummary {
  const counts: Record<CheckStatus, number> = { pass: 0, warn: 0, fail: 0, skip: 0, error: 0 };
  for (const check of checks) counts[check.status] += 1;
  const status: ReadinessStatus =
    counts.fail > 0 || counts.error > 0 ? 'not-ready' : counts.warn > 0 ? 'degraded' : 'ready';
  return { status, counts };
}
