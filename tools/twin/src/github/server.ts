import { createHash, createPublicKey, randomBytes, verify } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadGitHubSpec, OpenApiValidator } from './openapi.js';
import { testAppPrivateKey } from './webhooks.js';

/** One request the stand-in received, for assertions and API-budget counts. */
export interface RecordedCall {
  method: string;
  path: string;
  query: Record<string, string>;
  operationId: string | null;
  body: unknown;
  status: number;
  auth: 'jwt' | 'installation' | 'none' | 'other';
  /** The blob download route is not the API: it must receive no credentials. */
  blob?: boolean;
  authorizationSent?: boolean;
  at: number;
}

export interface TwinRepo {
  id: number;
  owner: string;
  name: string;
  installationId: number;
  files?: Record<string, string>;
  /**
   * The installation may not read contents (no `contents` permission and no single-file path granted): GitHub
   * answers `403 Resource not accessible by integration` for every path, present or not.
   */
  contentsForbidden?: boolean;
}

export interface TwinPull {
  number: number;
  repo: string; // owner/name of the base repository
  state: 'open' | 'closed';
  headSha: string;
  headRef: string;
  headOwner: string;
  headRepoId: number;
}

export interface TwinArtifact {
  id: number;
  name: string;
  runId: number;
  repo: string;
  bytes: Uint8Array;
  /** What the API says; defaults to the real length (hostile tests declare other sizes). */
  sizeInBytes?: number;
  expired?: boolean;
}

export interface TwinComment {
  id: number;
  repo: string;
  issueNumber: number;
  body: string;
  createdAt: string;
  updatedAt: string;
  userLogin: string;
  appId: number | null;
}

export interface Fault {
  /** Which requests: an operationId, or `*`. */
  operationId: string;
  /** How many matching requests get the fault. */
  times: number;
  /**
   * `primary-rate-limit`: the hourly quota is used up (403, `x-ratelimit-remaining: 0`, reset in a second);
   * `secondary-rate-limit`/`rate-limit-429`: too many requests too fast (403 or 429 with `retry-after`);
   * `gone`: the artifact expired or was deleted after the run's listing showed it (410, as the download answers for
   * an expired artifact): artifact retention runs at any time, so a listing can be stale by the download.
   */
  kind: 'server-error' | 'secondary-rate-limit' | 'primary-rate-limit' | 'rate-limit-429' | 'slow' | 'gone';
  delayMs?: number;
}

export interface GitHubTwinOptions {
  app?: { id: number; slug: string; name?: string };
  /** The app's private key (PEM) whose public half checks the app's JWTs; default `testAppPrivateKey()`. */
  appPrivateKey?: string;
  repos?: TwinRepo[];
  /** Validate our own responses against the description too (slower; on in self-tests). */
  validateResponses?: boolean;
  /**
   * How long an artifact's download URL (the 302 Location) stays valid. GitHub: 1 minute (REST "Download an
   * artifact": "Look for `Location:` in the response header to find the URL for the download. The URL expires
   * after 1 minute"). Tests shorten it to prove a late download is refused.
   */
  blobUrlTtlMs?: number;
}

/**
 * A loopback stand-in for the GitHub REST endpoints the readiness bot uses. Every request is checked against
 * GitHub's OpenAPI description (unknown operation, bad parameter or body → 422 with the reasons, recorded as a
 * violation), authentication is enforced as GitHub does (JWT for /app routes, installation tokens for
 * repositories), artifacts download through a 302 to a blob route that must be called without credentials, and
 * faults (5xx, secondary rate limits, slow answers) can be injected.
 */
export class GitHubTwin {
  readonly calls: RecordedCall[] = [];
  readonly violations: string[] = [];
  readonly comments: TwinComment[] = [];
  readonly pulls: TwinPull[] = [];
  readonly artifacts: TwinArtifact[] = [];
  readonly checkRuns: Array<{ repo: string; body: Record<string, unknown> }> = [];
  readonly faults: Fault[] = [];
  /** `owner/name#number` of locked conversations. */
  readonly #locked = new Set<string>();
  readonly app: { id: number; slug: string; name: string };
  readonly #repos = new Map<string, TwinRepo>();
  readonly #tokens = new Map<string, number>();
  #appKey: ReturnType<typeof createPublicKey> | undefined;
  readonly #blobs = new Map<string, { artifactId: number; expiresAt: number }>();
  /** Requests counted against each credential's hourly quota (x-ratelimit-used). */
  readonly #used = new Map<string, number>();
  readonly #quotaReset = Math.floor(Date.now() / 1000) + 3600;
  readonly #validator: OpenApiValidator;
  #server: Server | undefined;
  #nextId = 1000;
  url = '';

  constructor(private readonly options: GitHubTwinOptions = {}) {
    this.app = { name: 'wsl-ready', ...(options.app ?? { id: 4242, slug: 'wsl-ready' }) };
    for (const repo of options.repos ?? []) this.addRepo(repo);
    this.#validator = new OpenApiValidator();
  }

  addRepo(repo: TwinRepo): void {
    this.#repos.set(`${repo.owner}/${repo.name}`.toLowerCase(), repo);
  }

  addPull(pull: TwinPull): void {
    this.pulls.push(pull);
  }

  addArtifact(artifact: Omit<TwinArtifact, 'id'> & { id?: number }): TwinArtifact {
    const stored = { ...artifact, id: artifact.id ?? this.#nextId++ };
    this.artifacts.push(stored);
    return stored;
  }

  /** A comment written by someone else (a person, another bot), to prove the bot leaves it alone. */
  addComment(comment: Omit<TwinComment, 'id' | 'createdAt' | 'updatedAt'> & { createdAt?: string }): TwinComment {
    const now = comment.createdAt ?? new Date().toISOString();
    const stored = { ...comment, id: this.#nextId++, createdAt: now, updatedAt: now };
    this.comments.push(stored);
    return stored;
  }

  /** Lock a pull request's conversation: new comments are refused as GitHub refuses them to an app. */
  lockConversation(repo: string, issueNumber: number): void {
    this.#locked.add(`${repo.toLowerCase()}#${issueNumber}`);
  }

  inject(fault: Fault): void {
    this.faults.push(fault);
  }

  /** Calls to the API proper (the blob route excluded), optionally for one operation. */
  apiCalls(operationId?: string): RecordedCall[] {
    return this.calls.filter((c) => !c.blob && (!operationId || c.operationId === operationId));
  }

  async start(): Promise<string> {
    this.#server = createServer((req, res) => {
      this.#handle(req, res).catch((error: unknown) => {
        this.violations.push(`stand-in crashed on ${req.method} ${req.url}: ${String(error)}`);
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    return this.url;
  }

  async close(): Promise<void> {
    if (!this.#server) return;
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server!.close(() => resolve()));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    url.pathname = url.pathname.replace(/^\/api\/v3(?=\/)/, '');
    if (url.pathname.startsWith('/_blobs/')) return this.#serveBlob(req, res, url);

    let body: unknown;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        return this.#reply(req, res, url, null, undefined, 400, { message: 'Problems parsing JSON' });
      }
    }
    const check = this.#validator.checkRequest(req.method ?? 'GET', url, body);
    if (check.errors.length > 0) {
      this.violations.push(`${req.method} ${url.pathname}${url.search}: ${check.errors.join('; ')}`);
      return this.#reply(req, res, url, check.operationId, body, 422, {
        message: 'Validation Failed',
        errors: check.errors,
      });
    }
    const fault = this.#takeFault(check.operationId!);
    if (fault?.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, fault.delayMs ?? 1000));
    else if (fault?.kind === 'server-error') {
      return this.#reply(req, res, url, check.operationId, body, 502, { message: 'Server Error' });
    } else if (fault?.kind === 'secondary-rate-limit') {
      res.setHeader('retry-after', '1');
      return this.#reply(req, res, url, check.operationId, body, 403, {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url:
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      });
    } else if (fault?.kind === 'primary-rate-limit') {
      const installation = this.#tokens.get(tokenOf(req.headers.authorization));
      return this.#reply(
        req,
        res,
        url,
        check.operationId,
        body,
        403,
        {
          message: `API rate limit exceeded for installation ID ${installation ?? 0}.`,
          documentation_url:
            'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-primary-rate-limits',
        },
        { exhausted: true },
      );
    } else if (fault?.kind === 'rate-limit-429') {
      res.setHeader('retry-after', '1');
      return this.#reply(req, res, url, check.operationId, body, 429, { message: 'Too Many Requests' });
    } else if (fault?.kind === 'gone') {
      return this.#reply(req, res, url, check.operationId, body, 410, { message: 'Artifact has expired' });
    }
    const [status, payload, headers] = this.#route(req, check.operationId!, check.pathParams, url, body);
    for (const [name, value] of Object.entries(headers ?? {})) res.setHeader(name, value);
    if (this.options.validateResponses && status < 300 && payload !== undefined) {
      for (const error of this.#validator.checkResponse(check.operationId!, status, payload)) {
        this.violations.push(`response of ${check.operationId} does not match the description: ${error}`);
      }
    }
    return this.#reply(req, res, url, check.operationId, body, status, payload);
  }

  #route(
    req: IncomingMessage,
    operationId: string,
    params: Record<string, string>,
    url: URL,
    body: unknown,
  ): [number, unknown, Record<string, string>?] {
    if (operationId === 'apps/get-authenticated') {
      const refused = this.#checkJwt(req.headers.authorization);
      if (refused) return [401, { message: refused }];
      return [200, appPayload(this.app)];
    }
    if (operationId === 'apps/create-installation-access-token') {
      const refused = this.#checkJwt(req.headers.authorization);
      if (refused) return [401, { message: refused }];
      const installationId = Number(params.installation_id);
      if (![...this.#repos.values()].some((r) => r.installationId === installationId))
        return [404, { message: 'Not Found' }];
      const token = `ghs_${randomBytes(18).toString('hex')}`;
      this.#tokens.set(token, installationId);
      return [
        201,
        fromExample('installation-token', { token, expires_at: new Date(Date.now() + 3600_000).toISOString() }),
      ];
    }
    const repoKey = `${params.owner}/${params.repo}`.toLowerCase();
    const repo = this.#repos.get(repoKey);
    const installation = this.#tokens.get(tokenOf(req.headers.authorization));
    if (!repo) return [404, { message: 'Not Found' }];
    if (installation === undefined) return [401, { message: 'Bad credentials' }];
    if (installation !== repo.installationId) return [404, { message: 'Not Found' }];
    const full = `${repo.owner}/${repo.name}`;

    switch (operationId) {
      case 'repos/get-content': {
        if (repo.contentsForbidden)
          return [
            403,
            {
              message: 'Resource not accessible by integration',
              documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content',
            },
          ];
        const text = repo.files?.[params.path ?? ''];
        if (text === undefined) return [404, { message: 'Not Found' }];
        return [200, fileContent(full, params.path!, text)];
      }
      case 'pulls/list': {
        const head = url.searchParams.get('head');
        const state = url.searchParams.get('state') ?? 'open';
        const found = this.pulls.filter(
          (p) =>
            p.repo.toLowerCase() === repoKey &&
            (state === 'all' || p.state === state) &&
            (!head || `${p.headOwner}:${p.headRef}` === head),
        );
        const { items, link } = paginate(found, req, this.url);
        return [200, items.map((p) => pullPayload(p, repo)), link];
      }
      case 'actions/list-workflow-run-artifacts': {
        const runId = Number(params.run_id);
        const name = url.searchParams.get('name');
        const found = this.artifacts.filter(
          (a) => a.repo.toLowerCase() === repoKey && a.runId === runId && (name === null || a.name === name),
        );
        const { items, link } = paginate(found, req, this.url);
        return [
          200,
          { total_count: found.length, artifacts: items.map((a) => artifactPayload(a, full, this.url)) },
          link,
        ];
      }
      case 'actions/download-artifact': {
        const artifact = this.artifacts.find(
          (a) => a.id === Number(params.artifact_id) && a.repo.toLowerCase() === repoKey,
        );
        if (!artifact) return [404, { message: 'Not Found' }];
        if (artifact.expired) return [410, { message: 'Artifact has expired' }];
        const key = randomBytes(12).toString('hex');
        this.#blobs.set(key, {
          artifactId: artifact.id,
          expiresAt: Date.now() + (this.options.blobUrlTtlMs ?? 60_000),
        });
        return [
          302,
          undefined,
          { location: `${this.url}/_blobs/${key}?sig=${createHash('sha256').update(key).digest('hex').slice(0, 16)}` },
        ];
      }
      case 'issues/list-comments': {
        const found = this.comments
          .filter((c) => c.repo.toLowerCase() === repoKey && c.issueNumber === Number(params.issue_number))
          .sort((a, b) => a.id - b.id);
        const { items, link } = paginate(found, req, this.url);
        return [200, items.map((c) => commentPayload(c, this.url)), link];
      }
      case 'issues/create-comment': {
        // Only collaborators may comment on a locked conversation; an app's installation is refused with 403
        // (the message GitHub sends is quoted in renovatebot/renovate#6215 and probot/stale#25).
        if (this.#locked.has(`${repoKey}#${Number(params.issue_number)}`))
          return [
            403,
            {
              message: 'Unable to create comment because issue is locked.',
              documentation_url: 'https://docs.github.com/articles/locking-conversations/',
            },
          ];
        const now = new Date().toISOString();
        const comment: TwinComment = {
          id: this.#nextId++,
          repo: full,
          issueNumber: Number(params.issue_number),
          body: String((body as { body: string }).body),
          createdAt: now,
          updatedAt: now,
          userLogin: `${this.app.slug}[bot]`,
          appId: this.app.id,
        };
        if (comment.body.length > 65_536) return bodyTooLong();
        this.comments.push(comment);
        return [201, commentPayload(comment, this.url)];
      }
      case 'issues/update-comment': {
        const comment = this.comments.find(
          (c) => c.id === Number(params.comment_id) && c.repo.toLowerCase() === repoKey,
        );
        if (!comment) return [404, { message: 'Not Found' }];
        if (comment.appId !== this.app.id) return [403, { message: 'Resource not accessible by integration' }];
        // The body limit holds for edits as for new comments.
        if (String((body as { body: string }).body).length > 65_536) return bodyTooLong();
        comment.body = String((body as { body: string }).body);
        comment.updatedAt = new Date().toISOString();
        return [200, commentPayload(comment, this.url)];
      }
      case 'issues/delete-comment': {
        const index = this.comments.findIndex(
          (c) => c.id === Number(params.comment_id) && c.repo.toLowerCase() === repoKey,
        );
        if (index < 0) return [404, { message: 'Not Found' }];
        if (this.comments[index]!.appId !== this.app.id)
          return [403, { message: 'Resource not accessible by integration' }];
        this.comments.splice(index, 1);
        return [204, undefined];
      }
      case 'checks/create': {
        const request = body as { head_sha: string; name: string; conclusion?: string; status?: string };
        this.checkRuns.push({ repo: full, body: body as Record<string, unknown> });
        return [
          201,
          fromExample('check-run', {
            id: this.#nextId++,
            head_sha: request.head_sha,
            name: request.name,
            status: request.conclusion ? 'completed' : (request.status ?? 'queued'),
            conclusion: request.conclusion ?? null,
          }),
        ];
      }
      default:
        return [501, { message: `the stand-in does not implement ${operationId}` }];
    }
  }

  /**
   * The app's JWT, checked as GitHub checks it (GitHub Docs, "Generating a JSON Web Token (JWT) for a GitHub App"):
   * RS256 signed by the app's private key, `iss` the app id (or client id), `iat` not in the future beyond clock
   * drift, `exp` in the future and at most 10 minutes after `iat`. Returns why it is refused, or undefined.
   */
  #checkJwt(header: string | undefined): string | undefined {
    const undecodable = 'A JSON web token could not be decoded';
    const token = /^bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
    const [head, payload, signature, extra] = token?.split('.') ?? [];
    if (!head || !payload || !signature || extra !== undefined) return undecodable;
    let claims: { iss?: unknown; iat?: unknown; exp?: unknown };
    try {
      if ((JSON.parse(Buffer.from(head, 'base64url').toString()) as { alg?: string }).alg !== 'RS256')
        return undecodable;
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as typeof claims;
    } catch {
      return undecodable;
    }
    this.#appKey ??= createPublicKey(this.options.appPrivateKey ?? testAppPrivateKey());
    const signed = verify(
      'RSA-SHA256',
      Buffer.from(`${head}.${payload}`),
      this.#appKey,
      Buffer.from(signature, 'base64url'),
    );
    if (!signed) return undecodable;
    const now = Math.floor(Date.now() / 1000);
    if (typeof claims.iat !== 'number' || claims.iat > now + 60)
      return "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued";
    if (typeof claims.exp !== 'number' || claims.exp <= now)
      return "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires";
    if (claims.exp - claims.iat > 600) return "'Expiration time' claim ('exp') is too far in the future";
    if (String(claims.iss) !== String(this.app.id)) return 'Integration not found';
    return undefined;
  }

  #serveBlob(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const key = url.pathname.slice('/_blobs/'.length);
    const blob = this.#blobs.get(key);
    const authorizationSent = req.headers.authorization !== undefined;
    if (authorizationSent) this.violations.push('the artifact blob download carried an Authorization header');
    // A signed URL past its expiry is refused by the storage service (403 AuthenticationFailed, an XML error).
    const expired = blob !== undefined && Date.now() >= blob.expiresAt;
    const artifact = expired ? undefined : this.artifacts.find((a) => a.id === blob?.artifactId);
    const status = expired ? 403 : artifact ? 200 : 404;
    this.calls.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      query: {},
      operationId: null,
      body: undefined,
      status,
      auth: 'none',
      blob: true,
      authorizationSent,
      at: Date.now(),
    });
    if (expired) {
      res
        .writeHead(403, { 'content-type': 'application/xml' })
        .end(
          '<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code><Message>Server failed to ' +
            'authenticate the request. Signed expiry time has passed.</Message></Error>',
        );
      return;
    }
    if (!artifact) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { 'content-type': 'application/zip', 'content-length': String(artifact.bytes.length) })
      .end(Buffer.from(artifact.bytes));
  }

  #takeFault(operationId: string): Fault | undefined {
    const fault = this.faults.find((f) => f.times > 0 && (f.operationId === '*' || f.operationId === operationId));
    if (fault) fault.times--;
    return fault;
  }

  #reply(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    operationId: string | null,
    body: unknown,
    status: number,
    payload: unknown,
    options: { exhausted?: boolean } = {},
  ): void {
    // A conditional GET whose ETag still matches answers 304 with no body, and costs no quota (GitHub Docs,
    // "Best practices for using the REST API": conditional requests). ETags vary with the credential, as the
    // `Vary: Accept, Authorization` GitHub sends says, so a new installation token never matches an old tag.
    let etag: string | undefined;
    if (req.method === 'GET' && status === 200 && payload !== undefined) {
      etag = `W/"${createHash('sha256')
        .update(`${req.headers.authorization ?? ''}\n${JSON.stringify(payload)}`)
        .digest('hex')
        .slice(0, 40)}"`;
      const asked = req.headers['if-none-match'];
      if (asked?.split(/\s*,\s*/).includes(etag)) status = 304;
    }
    this.calls.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      operationId,
      body,
      status,
      auth: authKind(req.headers.authorization),
      at: Date.now(),
    });
    for (const [name, value] of Object.entries(this.#rateLimitHeaders(req, status, options.exhausted === true)))
      res.setHeader(name, value);
    res.setHeader('vary', 'Accept, Authorization, Cookie, X-GitHub-OTP, Accept-Encoding');
    if (etag) res.setHeader('etag', etag);
    if (payload === undefined || status === 304) {
      res.writeHead(status).end();
      return;
    }
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(payload));
  }

  /**
   * The quota headers GitHub sends on every REST answer ("Rate limits for the REST API", GitHub Docs): limit,
   * remaining, used, reset (epoch seconds) and resource. An installation has 5,000 requests an hour, a request
   * with no credentials 60. A 304 is not counted.
   */
  #rateLimitHeaders(req: IncomingMessage, status: number, exhausted: boolean): Record<string, string> {
    const credential = req.headers.authorization ?? '';
    const limit = credential ? 5000 : 60;
    const used = (this.#used.get(credential) ?? 0) + (status === 304 ? 0 : 1);
    this.#used.set(credential, used);
    return {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(exhausted ? 0 : Math.max(0, limit - used)),
      'x-ratelimit-used': String(exhausted ? limit : Math.min(used, limit)),
      'x-ratelimit-reset': String(exhausted ? Math.floor(Date.now() / 1000) + 1 : this.#quotaReset),
      'x-ratelimit-resource': 'core',
    };
  }
}

/**
 * A page of a list as GitHub serves it ("Using pagination in the REST API", GitHub Docs): `per_page` defaults to
 * 30 and is capped at 100 whatever the client asks, `page` starts at 1, and the `Link` header names the `prev`,
 * `next`, `last` and `first` pages with absolute URLs that repeat the request's other query parameters. Clients
 * such as Octokit's paginate follow `rel="next"` until it is absent.
 */
function paginate<T>(all: T[], req: IncomingMessage, base: string): { items: T[]; link: Record<string, string> } {
  const url = new URL(req.url ?? '/', base);
  const asked = Number.parseInt(url.searchParams.get('per_page') ?? '', 10);
  const perPage = Number.isSafeInteger(asked) && asked > 0 ? Math.min(asked, 100) : 30;
  const askedPage = Number.parseInt(url.searchParams.get('page') ?? '', 10);
  const page = Number.isSafeInteger(askedPage) && askedPage > 0 ? askedPage : 1;
  const last = Math.max(1, Math.ceil(all.length / perPage));
  const at = (n: number) => {
    const target = new URL(url);
    target.searchParams.set('page', String(n));
    return `<${target.href}>`;
  };
  const links: string[] = [];
  if (page > 1) links.push(`${at(Math.min(page - 1, last))}; rel="prev"`);
  if (page < last) links.push(`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`);
  if (page > 1) links.push(`${at(1)}; rel="first"`);
  return {
    items: all.slice((page - 1) * perPage, page * perPage),
    link: links.length > 0 ? { link: links.join(', ') } : {},
  };
}

/** GitHub's answer to a comment body over 65,536 characters (create and edit alike). */
function bodyTooLong(): [number, unknown] {
  return [
    422,
    {
      message: 'Validation Failed',
      errors: [{ code: 'custom', message: 'body is too long (maximum is 65536 characters)' }],
    },
  ];
}

function authKind(header: string | undefined): RecordedCall['auth'] {
  if (!header) return 'none';
  if (/^bearer\s+ey/i.test(header)) return 'jwt';
  if (/^(token|bearer)\s+ghs_/i.test(header)) return 'installation';
  return 'other';
}

function tokenOf(header: string | undefined): string {
  return header?.replace(/^(token|bearer)\s+/i, '') ?? '';
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A deep copy of one of GitHub's own response examples from the description, with our fields laid over it. */
function fromExample(name: string, patch: Record<string, unknown>): Record<string, unknown> {
  const examples = (loadGitHubSpec().components.examples ?? {}) as Record<string, { value?: unknown }>;
  const value = examples[name]?.value;
  const base = structuredClone(Array.isArray(value) ? value[0] : value) as Record<string, unknown>;
  return merge(base, patch);
}

function merge(base: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  for (const [key, value] of Object.entries(patch)) {
    const current = base[key];
    base[key] =
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      current &&
      typeof current === 'object' &&
      !Array.isArray(current)
        ? merge(current as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  }
  return base;
}

function appPayload(app: { id: number; slug: string; name: string }) {
  return fromExample('integration', {
    id: app.id,
    slug: app.slug,
    name: app.name,
    permissions: { actions: 'read', checks: 'write', metadata: 'read', pull_requests: 'write' },
    events: ['workflow_run'],
  });
}

function fileContent(repo: string, path: string, text: string) {
  return fromExample('content-file', {
    type: 'file',
    encoding: 'base64',
    size: Buffer.byteLength(text),
    name: path.split('/').pop(),
    path,
    content: Buffer.from(text, 'utf8').toString('base64'),
    sha: createHash('sha1').update(text).digest('hex'),
    url: `https://api.github.com/repos/${repo}/contents/${path}`,
  });
}

function pullPayload(pull: TwinPull, base: TwinRepo) {
  return fromExample('pull-request-simple-items', {
    id: 500000 + pull.number,
    number: pull.number,
    state: pull.state,
    // GitHub's own example lists a team without the `type` its schema requires; no reviewers are needed here.
    requested_teams: [],
    head: {
      sha: pull.headSha,
      ref: pull.headRef,
      label: `${pull.headOwner}:${pull.headRef}`,
      repo: {
        id: pull.headRepoId,
        name: base.name,
        full_name: `${pull.headOwner}/${base.name}`,
        owner: { login: pull.headOwner },
      },
      user: { login: pull.headOwner },
    },
    base: {
      ref: 'main',
      label: `${base.owner}:main`,
      repo: { id: base.id, name: base.name, full_name: `${base.owner}/${base.name}`, owner: { login: base.owner } },
      user: { login: base.owner },
    },
  });
}

function artifactPayload(artifact: TwinArtifact, repo: string, base: string) {
  return fromExample('artifact', {
    id: artifact.id,
    node_id: `AR_${artifact.id}`,
    name: artifact.name,
    size_in_bytes: artifact.sizeInBytes ?? artifact.bytes.length,
    url: `${base}/repos/${repo}/actions/artifacts/${artifact.id}`,
    archive_download_url: `${base}/repos/${repo}/actions/artifacts/${artifact.id}/zip`,
    expired: artifact.expired ?? false,
    digest: `sha256:${createHash('sha256').update(artifact.bytes).digest('hex')}`,
    workflow_run: { id: artifact.runId },
  });
}

function commentPayload(comment: TwinComment, base: string) {
  const isApp = comment.appId !== null;
  return fromExample('issue-comment', {
    id: comment.id,
    node_id: `IC_${comment.id}`,
    url: `${base}/repos/${comment.repo}/issues/comments/${comment.id}`,
    html_url: `https://github.com/${comment.repo}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${base}/repos/${comment.repo}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: { login: comment.userLogin, id: isApp ? 900000 + comment.appId! : 1000, type: isApp ? 'Bot' : 'User' },
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    performed_via_github_app: isApp
      ? appPayload({ id: comment.appId!, slug: comment.userLogin.replace(/\[bot\]$/, ''), name: 'wsl-ready' })
      : null,
  });
}
