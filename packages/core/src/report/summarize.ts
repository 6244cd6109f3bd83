import type { CheckStatus, ReadinessStatus, ReportSummary } from './schema.js';

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
