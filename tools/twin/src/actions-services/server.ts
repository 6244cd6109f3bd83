// Loopback stand-ins of GitHub's Actions cache service v2 and artifact service v4 (Twirp JSON on the results URL) and
// of the Azure blob storage behind their signed URLs. The official @actions/cache and @actions/artifact clients and
// our own clients run against it unchanged; `env` holds the variables a job step gets from the runner.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ArtifactService, type ArtifactView } from './artifact-service.js';
import { BLOB_ACCOUNT, BlobStore } from './blob-store.js';
import { type CacheEntryView, CacheService } from './cache-service.js';
import { ActionsFaults } from './faults.js';
import { type RuntimeClaims, type RuntimeTokenOptions, TokenIssuer } from './token.js';
import type { TwirpAnswer } from './twirp.js';
import { twirpError } from './twirp.js';

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.';

export interface ActionsServicesOptions {
  /** The run and job of `env`'s token (and its cache scopes). */
  readonly run?: RuntimeTokenOptions;
  /** Largest request body accepted (a single Put Blob of the official cache client may be 128 MiB). */
  readonly maxBodyBytes?: number;
}

/** One request the services answered, for assertions on how clients talk. Never holds tokens or signatures. */
export interface ActionsRequestRecord {
  readonly kind: 'twirp' | 'blob';
  /** Twirp method or blob operation (`PutBlob`, `PutBlock`, `PutBlockList`, `GetBlob`, `GetBlobProperties`). */
  readonly operation: string;
  readonly method: string;
  /** Path without the query. */
  readonly path: string;
  readonly status: number;
  readonly requestBytes: number;
  /** The `Range` / `x-ms-range` header of a download. */
  readonly range: string | undefined;
}

/** The variables a step gets from the runner to reach these services. */
export interface ActionsServiceVariables extends Record<string, string> {
  ACTIONS_RESULTS_URL: string;
  ACTIONS_RUNTIME_TOKEN: string;
  ACTIONS_CACHE_SERVICE_V2: string;
}

export interface ActionsServices {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** Variables for the default run and job: pass them as `env` to the harness's `runAction`. */
  readonly env: ActionsServiceVariables;
  /** The default run's ids and cache scopes. */
  readonly run: RuntimeClaims;
  /** Variables for another job or run (new ids unless given; same services). */
  envFor(options?: RuntimeTokenOptions): ActionsServiceVariables;
  readonly caches: { list(): CacheEntryView[]; find(key: string): CacheEntryView | undefined };
  readonly artifacts: { list(): ArtifactView[]; find(name: string, runId?: string): ArtifactView | undefined };
  readonly faults: ActionsFaults;
  readonly requests: ActionsRequestRecord[];
  /** Protocol breaches seen (e.g. the bearer token sent to blob storage). Tests assert it stays empty. */
  readonly violations: string[];
  /** The most `Put Block` requests that were in flight at once. */
  maxConcurrentBlockUploads(): number;
  close(): Promise<void>;
}

export async function startActionsServices(options: ActionsServicesOptions = {}): Promise<ActionsServices> {
  const secret = randomBytes(32);
  const tokens = new TokenIssuer(secret);
  const blobs = new BlobStore(randomBytes(32));
  let origin = '';
  const caches = new CacheService(blobs, () => origin);
  const artifacts = new ArtifactService(blobs, () => origin);
  const faults = new ActionsFaults();
  const requests: ActionsRequestRecord[] = [];
  const violations: string[] = [];
  const maxBodyBytes = options.maxBodyBytes ?? 256 * 1024 * 1024;

  const server: Server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(String(error));
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin);
    const isTwirp = url.pathname.startsWith(TWIRP_PREFIX);
    const kind = isTwirp ? 'twirp' : 'blob';
    const operation = isTwirp
      ? (url.pathname.split('/').pop() ?? '')
      : BlobStore.operationOf(request.method ?? '', url.searchParams);
    const isBlock = operation === 'PutBlock';
    if (isBlock) blobs.blockStarted();
    let body: Buffer;
    try {
      body = await readBody(request, maxBodyBytes);
    } catch {
      response.writeHead(413).end();
      return;
    } finally {
      if (isBlock) blobs.blockEnded();
    }
    const rangeHeader = request.headers['x-ms-range'] ?? request.headers.range;
    const record = (status: number) =>
      requests.push({
        kind,
        operation,
        method: request.method ?? '',
        path: url.pathname,
        status,
        requestBytes: body.length,
        range: typeof rangeHeader === 'string' ? rangeHeader : undefined,
      });

    const fault = faults.take(kind, operation);
    if (fault?.type === 'slow') await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault?.type === 'status') {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
      const answer =
        fault.status === 429
          ? twirpError('resource_exhausted', 'rate limited')
          : twirpError('unavailable', 'service unavailable');
      response.writeHead(fault.status, headers).end(JSON.stringify(answer.body));
      record(fault.status);
      return;
    }

    if (isTwirp) {
      const answer = twirp(request, url, body);
      response.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
      record(answer.status);
      return;
    }
    if (!url.pathname.startsWith(`/${BLOB_ACCOUNT}/`)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      record(404);
      return;
    }
    const { violation } = blobs.handle(
      request,
      response,
      url,
      body,
      fault?.type === 'drop' ? fault.afterBytes : undefined,
    );
    if (violation) violations.push(violation);
    record(response.statusCode);
  }

  function twirp(request: IncomingMessage, url: URL, body: Buffer): TwirpAnswer {
    if (request.method !== 'POST') return twirpError('bad_route', 'Twirp requires POST');
    const [service, method] = url.pathname.slice(TWIRP_PREFIX.length).split('/');
    const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim();
    if (contentType !== 'application/json') {
      return twirpError('bad_route', `unexpected Content-Type: "${contentType}" (the twin speaks Twirp JSON only)`);
    }
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!bearer) return twirpError('unauthenticated', 'missing bearer token');
    const claims = tokens.verify(bearer);
    if (typeof claims === 'string') return twirpError('unauthenticated', claims);
    let message: unknown;
    try {
      message = JSON.parse(body.toString('utf8') || '{}');
    } catch {
      return twirpError('malformed', 'the body is not JSON');
    }
    if (!message || typeof message !== 'object' || Array.isArray(message))
      return twirpError('malformed', 'the body is not a JSON object');
    const fields = message as Record<string, unknown>;
    if (service === 'CacheService') return caches.handle(method ?? '', claims, fields);
    if (service === 'ArtifactService') return artifacts.handle(method ?? '', claims, fields);
    return twirpError('bad_route', `no service at ${url.pathname}`);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const envFor = (run?: RuntimeTokenOptions): ActionsServiceVariables => ({
    ACTIONS_RESULTS_URL: `${origin}/`,
    ACTIONS_RUNTIME_TOKEN: tokens.issue(run).token,
    ACTIONS_CACHE_SERVICE_V2: 'True',
  });
  const first = tokens.issue(options.run);

  return {
    url: origin,
    env: { ACTIONS_RESULTS_URL: `${origin}/`, ACTIONS_RUNTIME_TOKEN: first.token, ACTIONS_CACHE_SERVICE_V2: 'True' },
    run: first.claims,
    envFor,
    caches: { list: () => caches.list(), find: (key) => caches.find(key) },
    artifacts: { list: () => artifacts.list(), find: (name, runId) => artifacts.find(name, runId) },
    faults,
    requests,
    violations,
    maxConcurrentBlockUploads: () => blobs.maxConcurrentBlocks,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.destroy();
        reject(new Error('body too large'));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
