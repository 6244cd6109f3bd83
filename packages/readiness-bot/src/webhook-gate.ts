import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * GitHub caps webhook payloads at 25 MB ("Webhook events and payloads", docs.github.com: "Payloads are capped at
 * 25 MB"); anything larger cannot come from GitHub.
 */
export const GITHUB_WEBHOOK_MAX_BYTES = 25 * 1024 * 1024;

/** Most unverified body bytes held at once across all requests; a request past it is turned away with 503. */
export const MAX_UNVERIFIED_BYTES_IN_FLIGHT = 48 * 1024 * 1024;

/** A refused request's body is read and dropped up to this many bytes (so the client sees the answer), then cut. */
const DRAIN_LIMIT_BYTES = 4 * 1024 * 1024;
const DRAIN_TIMEOUT_MS = 5_000;
const LOG_INTERVAL_MS = 10_000;

export interface GateLogger {
  warn(fields: Record<string, unknown>, message: string): void;
}

export interface WebhookGateOptions {
  secret: string;
  log: GateLogger;
  maxBodyBytes?: number;
  maxInFlightBytes?: number;
}

/** A verified delivery's body, handed to `@octokit/webhooks` (its `getPayload` takes a string `request.body`). */
export type GatedRequest = IncomingMessage & { body?: string };

/**
 * Authenticates a webhook POST before `@octokit/webhooks` sees it. That middleware buffers the whole body and,
 * when the signature is wrong, hands the unverified payload to its error handlers, which log it. Here the body is
 * refused past GitHub's size limit (by Content-Length, then by the bytes actually streamed), unverified bytes
 * across requests are bounded, and the HMAC is computed while the body streams in. Only a body whose
 * `X-Hub-Signature-256` matches reaches the middleware; a refusal is logged as one line without the payload,
 * at most once per 10 s (later ones are counted in the next line).
 *
 * Returns `true` when the gate answered the request itself.
 */
export function createWebhookGate(options: WebhookGateOptions) {
  const maxBody = options.maxBodyBytes ?? GITHUB_WEBHOOK_MAX_BYTES;
  const maxInFlight = options.maxInFlightBytes ?? MAX_UNVERIFIED_BYTES_IN_FLIGHT;
  let inFlight = 0;
  let lastLog = 0;
  let suppressed = 0;

  const logRefusal = (reason: string, status: number, req: IncomingMessage, bytes: number) => {
    const now = Date.now();
    if (now - lastLog < LOG_INTERVAL_MS) {
      suppressed++;
      return;
    }
    lastLog = now;
    const fields: Record<string, unknown> = {
      status,
      bytes,
      delivery: headerText(req, 'x-github-delivery', 64),
      event: headerText(req, 'x-github-event', 64),
    };
    if (suppressed > 0) fields.alsoRefusedSinceLastLine = suppressed;
    suppressed = 0;
    options.log.warn(fields, `webhook refused before authentication: ${reason}`);
  };

  return function gate(req: GatedRequest, res: ServerResponse): Promise<boolean> {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBody) {
      logRefusal('body larger than GitHub sends', 413, req, declared);
      refuse(req, res, 413, `the body is larger than ${maxBody} bytes, the most GitHub sends`);
      return Promise.resolve(true);
    }
    const signature = headerText(req, 'x-hub-signature-256', 200);
    return new Promise<boolean>((resolve) => {
      const hmac = createHmac('sha256', options.secret);
      const chunks: Buffer[] = [];
      let received = 0;
      let done = false;
      const finish = (handled: boolean) => {
        if (done) return;
        done = true;
        inFlight -= received;
        req.off('data', onData);
        req.off('end', onEnd);
        req.off('error', onError);
        resolve(handled);
      };
      const onData = (chunk: Buffer) => {
        if (done) return;
        if (received + chunk.length > maxBody) {
          logRefusal('body larger than GitHub sends (streamed)', 413, req, received + chunk.length);
          refuse(req, res, 413, `the body is larger than ${maxBody} bytes, the most GitHub sends`);
          chunks.length = 0;
          finish(true);
          return;
        }
        if (inFlight + chunk.length > maxInFlight) {
          logRefusal('too many unverified bytes in flight', 503, req, received + chunk.length);
          refuse(req, res, 503, 'the server is busy reading other deliveries; retry later');
          chunks.length = 0;
          finish(true);
          return;
        }
        received += chunk.length;
        inFlight += chunk.length;
        hmac.update(chunk);
        chunks.push(chunk);
      };
      const onEnd = () => {
        if (done) return;
        const expected = Buffer.from(`sha256=${hmac.digest('hex')}`);
        const given = Buffer.from(signature);
        if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
          logRefusal(signature ? 'signature does not match' : 'no signature', 400, req, received);
          chunks.length = 0;
          res.writeHead(400, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify({
              error: 'the X-Hub-Signature-256 header does not match the body and the webhook secret',
            }),
          );
          finish(true);
          return;
        }
        req.body = Buffer.concat(chunks, received).toString('utf8');
        chunks.length = 0;
        finish(false);
      };
      const onError = () => {
        chunks.length = 0;
        finish(true);
      };
      req.on('data', onData);
      req.on('end', onEnd);
      req.on('error', onError);
    });
  };
}

function headerText(req: IncomingMessage, name: string, max: number): string {
  const value = req.headers[name];
  const text = Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
  return text.slice(0, max).replace(/[^\x20-\x7e]/g, '?');
}

/**
 * Answer and close. The rest of the body is read and dropped for a little while so the client gets the answer
 * (a reset right away can discard it), then the connection is cut.
 */
function refuse(req: IncomingMessage, res: ServerResponse, status: number, message: string): void {
  if (!res.headersSent) {
    res.writeHead(status, { 'content-type': 'application/json', connection: 'close' });
    res.end(JSON.stringify({ error: message }));
  }
  let drained = 0;
  const cut = () => req.socket.destroy();
  const timer = setTimeout(cut, DRAIN_TIMEOUT_MS);
  timer.unref();
  req.removeAllListeners('data');
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT_BYTES) cut();
  });
  req.once('end', () => clearTimeout(timer));
  req.once('close', () => clearTimeout(timer));
  req.resume();
}
