// Faults the services can be told to inject: error answers (5xx, 429 with Retry-After), slow answers, connections
// dropped half-way through a download, and a service that is down altogether.

/** Where a fault applies: a Twirp method (`CreateCacheEntry`…) or a blob operation (`PutBlock`, `GetBlob`…). */
export interface FaultTarget {
  readonly kind?: 'twirp' | 'blob';
  readonly operation?: string;
}

export type FaultAction =
  | { readonly type: 'status'; readonly status: number; readonly retryAfterSeconds?: number }
  | { readonly type: 'slow'; readonly delayMs: number }
  /** Send the answer's head and this many body bytes, then destroy the socket. */
  | { readonly type: 'drop'; readonly afterBytes: number };

interface Rule {
  readonly target: FaultTarget;
  readonly action: FaultAction;
  remaining: number;
}

export class ActionsFaults {
  readonly #rules: Rule[] = [];
  /** When true, every request is answered 503 (the service is down). */
  unavailable = false;

  /** Answer the next `times` matching requests with `status` (default 503). */
  fail(target: FaultTarget & { status?: number; times?: number; retryAfterSeconds?: number } = {}): void {
    this.#add(
      target,
      { type: 'status', status: target.status ?? 503, retryAfterSeconds: target.retryAfterSeconds },
      target.times,
    );
  }

  /** Answer the next `times` matching requests with 429 and a Retry-After. */
  rateLimit(target: FaultTarget & { times?: number; retryAfterSeconds?: number } = {}): void {
    this.#add(target, { type: 'status', status: 429, retryAfterSeconds: target.retryAfterSeconds ?? 1 }, target.times);
  }

  /** Delay the next `times` matching answers. */
  slow(target: FaultTarget & { delayMs: number; times?: number }): void {
    this.#add(target, { type: 'slow', delayMs: target.delayMs }, target.times);
  }

  /** Cut the next `times` matching downloads after `afterBytes` bytes of body. */
  dropConnection(target: FaultTarget & { afterBytes: number; times?: number }): void {
    this.#add(target, { type: 'drop', afterBytes: target.afterBytes }, target.times);
  }

  clear(): void {
    this.#rules.length = 0;
    this.unavailable = false;
  }

  /** The fault for this request, consuming one use of its rule. */
  take(kind: 'twirp' | 'blob', operation: string): FaultAction | undefined {
    if (this.unavailable) return { type: 'status', status: 503 };
    const rule = this.#rules.find(
      (r) =>
        r.remaining > 0 &&
        (r.target.kind === undefined || r.target.kind === kind) &&
        (r.target.operation === undefined || r.target.operation === operation),
    );
    if (!rule) return undefined;
    rule.remaining--;
    return rule.action;
  }

  #add(target: FaultTarget, action: FaultAction, times = 1): void {
    this.#rules.push({ target: { kind: target.kind, operation: target.operation }, action, remaining: times });
  }
}
