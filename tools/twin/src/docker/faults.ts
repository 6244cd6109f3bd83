// Garbage and failure modes the engine twin can inject, so probes are tested against bad engines, not just good ones.

export type EngineFault =
  /** Valid HTTP, but the JSON body is cut in the middle. */
  | ({ kind: 'truncated-json' } & FaultScope)
  /** An HTML error page (a proxy or a wedged frontend) with status 500 or 502. */
  | ({ kind: 'html-error'; status: 500 | 502 } & FaultScope)
  /** A body of about `bytes` (default 10 MB): valid JSON padded with one huge field, or a huge `/_ping` text. */
  | ({ kind: 'huge-body'; bytes?: number } & FaultScope)
  /** Answers normally after `ms` milliseconds. */
  | ({ kind: 'delay'; ms: number } & FaultScope)
  /** Accepts the request and never answers (the connection stays open until the engine closes). */
  | ({ kind: 'hang' } & FaultScope)
  /** Drops the connection without an answer. */
  | ({ kind: 'drop' } & FaultScope);

export interface FaultScope {
  /**
   * Which routes: a route without its `/vX.Y` prefix (`/_ping`, `/version`, `/info`, `/containers/create`) or a
   * prefix ending in `*` (`/containers/*`). Default: every route except `/_ping` for body faults
   * (`truncated-json`, `huge-body`), every route for the others.
   */
  route?: string;
  /** Apply to this many matching requests, then answer normally (default: always). */
  times?: number;
}

/** Picks the first fault that applies to `route`, counting down its `times`. */
export class FaultPlan {
  private readonly entries: Array<{ fault: EngineFault; left: number }>;

  constructor(faults: readonly EngineFault[]) {
    this.entries = faults.map((fault) => ({ fault, left: fault.times ?? Number.POSITIVE_INFINITY }));
  }

  take(route: string): EngineFault | undefined {
    for (const entry of this.entries) {
      if (entry.left <= 0 || !applies(entry.fault, route)) continue;
      entry.left -= 1;
      return entry.fault;
    }
    return undefined;
  }
}

function applies(fault: EngineFault, route: string): boolean {
  const scope = fault.route;
  if (scope === undefined) {
    const bodyFault = fault.kind === 'truncated-json' || fault.kind === 'huge-body';
    return !(bodyFault && route === '/_ping');
  }
  if (scope === '*') return true;
  if (scope.endsWith('*')) return route.startsWith(scope.slice(0, -1));
  return route === scope;
}

/** The HTML page a reverse proxy or a wedged frontend answers with. */
export function htmlErrorPage(status: 500 | 502): string {
  const title = status === 502 ? '502 Bad Gateway' : '500 Internal Server Error';
  return `<!DOCTYPE html>\n<html>\n<head><title>${title}</title></head>\n<body>\n<center><h1>${title}</h1></center>\n<hr><center>twin</center>\n</body>\n</html>\n`;
}

/** Valid JSON of about `bytes` bytes: `body` plus one padding field. */
export function paddedJson(body: unknown, bytes: number): string {
  const base = JSON.stringify(body);
  const pad = Math.max(0, bytes - base.length - 20);
  if (base.startsWith('{') && base.length > 2) return `${base.slice(0, -1)},"TwinPadding":"${'x'.repeat(pad)}"}`;
  return JSON.stringify({ TwinPadding: 'x'.repeat(pad), Body: body });
}
