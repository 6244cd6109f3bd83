// Runtime tokens as the Actions service issues them: a JWT whose `scp` claim names the run and job
// (`Actions.Results:<run>:<job>`) and whose `ac` claim lists the cache scopes with their permissions.
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

/** Cache scope permissions, as in the `ac` claim: 1 read, 2 write, 3 both. */
export const CACHE_READ = 1;
export const CACHE_WRITE = 2;

export interface CacheScope {
  /** A ref such as `refs/heads/main` or `refs/pull/7/merge`. */
  readonly scope: string;
  readonly permission: number;
}

export interface RuntimeTokenOptions {
  /** Workflow run backend id (a UUID on GitHub). Default: a new one. */
  readonly runId?: string;
  /** Workflow job run backend id. Default: a new one. */
  readonly jobId?: string;
  /**
   * Cache scopes, the writable one first, then the ones restores may read from. Default: the job's branch
   * `refs/heads/main` with read and write.
   */
  readonly cacheScopes?: readonly CacheScope[];
  /** Lifetime; default 6 hours (a job's maximum). */
  readonly ttlSeconds?: number;
}

export interface RuntimeClaims {
  readonly runId: string;
  readonly jobId: string;
  readonly cacheScopes: readonly CacheScope[];
}

export class TokenIssuer {
  readonly #secret: Buffer;
  constructor(secret: Buffer) {
    this.#secret = secret;
  }

  issue(options: RuntimeTokenOptions = {}): { token: string; claims: RuntimeClaims } {
    const claims: RuntimeClaims = {
      runId: options.runId ?? randomUUID(),
      jobId: options.jobId ?? randomUUID(),
      cacheScopes: options.cacheScopes ?? [{ scope: 'refs/heads/main', permission: CACHE_READ | CACHE_WRITE }],
    };
    const now = Math.floor(Date.now() / 1000);
    const payload = {
      scp: `Actions.ExampleScope Actions.Results:${claims.runId}:${claims.jobId}`,
      ac: JSON.stringify(claims.cacheScopes.map((s) => ({ Scope: s.scope, Permission: s.permission }))),
      iss: 'https://token.actions.twin.localhost',
      aud: 'vso:twin',
      nbf: now - 60,
      iat: now,
      exp: now + (options.ttlSeconds ?? 6 * 3600),
    };
    const head = b64(JSON.stringify({ typ: 'JWT', alg: 'HS256' }));
    const body = b64(JSON.stringify(payload));
    return { token: `${head}.${body}.${this.#sign(`${head}.${body}`)}`, claims };
  }

  /** The claims of a token this issuer signed and that has not expired, or the reason it is refused. */
  verify(token: string): RuntimeClaims | string {
    const [head, body, signature] = token.split('.');
    if (!head || !body || !signature) return 'the bearer token is not a JWT';
    const expected = Buffer.from(this.#sign(`${head}.${body}`));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'the token signature is invalid';
    let payload: { scp?: unknown; ac?: unknown; exp?: unknown };
    try {
      payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    } catch {
      return 'the token payload is not JSON';
    }
    if (typeof payload.exp !== 'number' || payload.exp * 1000 < Date.now()) return 'the token has expired';
    const scope =
      typeof payload.scp === 'string'
        ? payload.scp.split(' ').find((s) => s.startsWith('Actions.Results:'))
        : undefined;
    const [, runId, jobId] = scope?.split(':') ?? [];
    if (!runId || !jobId) return 'the token has no Actions.Results scope';
    let cacheScopes: CacheScope[] = [];
    try {
      const list = JSON.parse(typeof payload.ac === 'string' ? payload.ac : '[]') as {
        Scope: string;
        Permission: number;
      }[];
      cacheScopes = list.map((s) => ({ scope: s.Scope, permission: s.Permission }));
    } catch {
      return 'the token ac claim is not JSON';
    }
    return { runId, jobId, cacheScopes };
  }

  #sign(data: string): string {
    return createHmac('sha256', this.#secret).update(data).digest('base64url');
  }
}

function b64(text: string): string {
  return Buffer.from(text).toString('base64url');
}
