/** One measured number as the bench runner prints it; `budget` + `ok` when a design budget applies. */
export interface Metric {
  name: string;
  value: number;
  unit?: string;
  budget?: number;
  ok?: boolean;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const round = (value: number, digits = 1) => Number(value.toFixed(digits));

/** `value ≤ budget` (or ≥ for "at least" budgets). */
export function withBudget(metric: Omit<Metric, 'ok'>, direction: 'max' | 'min' = 'max'): Metric {
  if (metric.budget === undefined) return metric;
  return { ...metric, ok: direction === 'max' ? metric.value <= metric.budget : metric.value >= metric.budget };
}

/** The last stdout line is the machine-readable result the runner reads. */
export function report(metrics: Metric[]): void {
  process.stdout.write(`${JSON.stringify(metrics)}\n`);
}

/** Samples the process's resident set size while `work` runs; returns the peak in MB. */
export async function peakRss<T>(work: () => Promise<T>, intervalMs = 20): Promise<{ result: T; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, intervalMs);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peakMb: peak / 1024 / 1024 };
  } finally {
    clearInterval(timer);
  }
}
