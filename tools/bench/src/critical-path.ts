// Probe timing for the doctor benchmark: a runner wrapper that records when each process call started and ended,
// and the critical path (the longest chain of probes that had to run one after another) from those records.
import type { CommandResult, CommandRunner, RunOptions } from '@wsl-ready/core';

/** One process call as the wrapped runner saw it (times from `performance.now()`). */
export interface TimedCall {
  /** argv plus its occurrence number, so the same probe matches across runs. */
  key: string;
  argv: string[];
  start: number;
  end: number;
}

/**
 * Wraps the runner the doctor is given. The doctor's own ProbeRunner sits on top: it deduplicates calls and holds a
 * concurrency slot before it reaches us, so each record here is one real process, timed from spawn to exit, without
 * the time it queued for a slot.
 */
export class TimingRunner implements CommandRunner {
  readonly calls: TimedCall[] = [];
  readonly #inner: CommandRunner;
  readonly #seen = new Map<string, number>();

  constructor(inner: CommandRunner) {
    this.#inner = inner;
  }

  async run(file: string, args: readonly string[], options?: RunOptions): Promise<CommandResult> {
    const argv = [file, ...args];
    const id = JSON.stringify(argv);
    const occurrence = (this.#seen.get(id) ?? 0) + 1;
    this.#seen.set(id, occurrence);
    const call: TimedCall = { key: `${id}#${occurrence}`, argv, start: performance.now(), end: 0 };
    this.calls.push(call);
    try {
      return await this.#inner.run(file, args, options);
    } finally {
      call.end = performance.now();
    }
  }
}

/**
 * Which probe each probe waited for, learnt from runs where the concurrency bound never binds. There a probe starts
 * as soon as the code that needs it has its inputs, so its trigger is the probe that ended last before it started,
 * provided it started within `gapMs` of that end (later than that, it was not waiting for a probe). Probes that end
 * before another starts merely by being quick are not triggers, because a later-ending probe is. Each run votes;
 * the most frequent trigger wins. Returns key → [the trigger's key] (empty: it started at once).
 */
export function learnDependencies(runs: readonly (readonly TimedCall[])[], gapMs = 50): Map<string, string[]> {
  const votes = new Map<string, Map<string, number>>();
  for (const calls of runs) {
    for (const b of calls) {
      let trigger: TimedCall | undefined;
      for (const a of calls) {
        if (a !== b && a.end <= b.start && (!trigger || a.end > trigger.end)) trigger = a;
      }
      const choice = trigger && b.start - trigger.end <= gapMs ? trigger.key : '';
      const counts = votes.get(b.key) ?? new Map<string, number>();
      counts.set(choice, (counts.get(choice) ?? 0) + 1);
      votes.set(b.key, counts);
    }
  }
  const after = new Map<string, string[]>();
  for (const [key, counts] of votes) {
    const [best] = [...counts.entries()].sort((x, y) => y[1] - x[1]);
    after.set(key, best && best[0] !== '' ? [best[0]] : []);
  }
  return after;
}

export interface CriticalPath {
  ms: number;
  /** The probes on the path, first to last. */
  chain: TimedCall[];
}

/**
 * Longest chain of dependent probes, weighted by this run's durations. Probes the dependency run did not see have
 * no predecessors (they could have started at once).
 */
export function criticalPath(
  calls: readonly TimedCall[],
  dependsOn: ReadonlyMap<string, readonly string[]>,
): CriticalPath {
  const byKey = new Map(calls.map((c) => [c.key, c]));
  const memo = new Map<string, { ms: number; prev: string | null }>();
  const visit = (key: string, depth: number): { ms: number; prev: string | null } => {
    const known = memo.get(key);
    if (known) return known;
    const call = byKey.get(key);
    if (!call || depth > calls.length) return { ms: 0, prev: null };
    let best: { ms: number; prev: string | null } = { ms: 0, prev: null };
    for (const before of dependsOn.get(key) ?? []) {
      if (!byKey.has(before)) continue;
      const found = visit(before, depth + 1);
      if (found.ms > best.ms) best = { ms: found.ms, prev: before };
    }
    const result = { ms: best.ms + (call.end - call.start), prev: best.prev };
    memo.set(key, result);
    return result;
  };
  let endKey: string | null = null;
  let total = 0;
  for (const call of calls) {
    const found = visit(call.key, 0);
    if (found.ms > total) {
      total = found.ms;
      endKey = call.key;
    }
  }
  const chain: TimedCall[] = [];
  for (let key = endKey; key !== null; key = memo.get(key)?.prev ?? null) {
    const call = byKey.get(key);
    if (call) chain.unshift(call);
  }
  return { ms: total, chain };
}

/** Sum of every probe's own duration: the time the same probes take one after another. */
export function sequentialMs(calls: readonly TimedCall[]): number {
  return calls.reduce((sum, c) => sum + (c.end - c.start), 0);
}

/** A short label for a probe in printed chains: `wsl.exe --list --verbose`, `docker version`. */
export function probeLabel(argv: readonly string[]): string {
  const file = (argv[0] ?? '').split(/[\\/]/).pop() ?? '';
  const args = argv.slice(1).map((a) => (a.length > 24 ? `${a.slice(0, 21)}…` : a));
  return [file, ...args].join(' ').replace(/\s+/g, ' ').slice(0, 90);
}
