import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createNodeMiddleware, createProbot, ProbotOctokit } from 'probot';
import { type BotOptions, createReadinessBot, type ReadinessBot } from './bot.js';
import { createWebhookGate, type GatedRequest } from './webhook-gate.js';

export interface StartedServer {
  url: string;
  bot: ReadinessBot;
  /** Stop accepting webhooks, let in-flight work finish (or hand it back to Redis), close connections. */
  stop(): Promise<void>;
}

/**
 * Run the bot as an HTTP server configured by environment variables: APP_ID, PRIVATE_KEY (or PRIVATE_KEY_PATH),
 * WEBHOOK_SECRET, HOST, PORT, WEBHOOK_PATH, GHE_HOST/GHE_PROTOCOL, REDIS_URL, JOB_LOCK_MS, LOG_LEVEL, LOG_FORMAT.
 * Besides the webhook path it serves `/healthz` (the process is up) and `/readyz` (work can be taken).
 * No `.env` file is read: the platform's environment is the only source of secrets.
 */
type ProbotEnv = NonNullable<Parameters<typeof createProbot>[0]>['env'];

export interface ServerOptions extends Omit<BotOptions, 'redisUrl'> {
  /** Extra Octokit options (tests and benchmarks turn off client-side throttling with `{throttle: {enabled: false}}`). */
  octokitOptions?: Record<string, unknown>;
}

export async function startServer(
  env: Record<string, string | undefined> = process.env,
  options: ServerOptions = {},
): Promise<StartedServer> {
  const missing = ['APP_ID', 'WEBHOOK_SECRET'].filter((name) => !env[name]);
  if (!env.PRIVATE_KEY && !env.PRIVATE_KEY_PATH) missing.push('PRIVATE_KEY or PRIVATE_KEY_PATH');
  if (missing.length) {
    throw new Error(
      `readiness-bot needs ${missing.join(', ')} in the environment; see packages/readiness-bot/README.md`,
    );
  }
  const { octokitOptions, ...botOptions } = options;
  const probot = createProbot({
    env: { ...env, LOG_LEVEL: env.LOG_LEVEL ?? 'info' } as ProbotEnv,
    overrides: octokitOptions
      ? { Octokit: ProbotOctokit.defaults((instance: Record<string, unknown>) => ({ ...instance, ...octokitOptions })) }
      : {},
  });
  const jobLockMs = Number(env.JOB_LOCK_MS);
  const bot = await createReadinessBot({
    ...botOptions,
    redisUrl: env.REDIS_URL,
    ...(Number.isFinite(jobLockMs) && jobLockMs >= 500 ? { jobLockMs } : {}),
  });
  const webhooksPath = env.WEBHOOK_PATH ?? '/api/github/webhooks';
  const middleware = await createNodeMiddleware(bot.appFn, { probot, webhooksPath });
  // Size limits and the signature are checked here, before the middleware buffers or logs anything.
  const gate = createWebhookGate({ secret: env.WEBHOOK_SECRET!, log: probot.log });

  const http = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method === 'GET' && (path === '/healthz' || path === '/readyz')) {
      void health(path, res, bot);
      return;
    }
    // Every POST: the middleware normalises paths its own way, and it reads bodies only of POSTs.
    if (req.method === 'POST') {
      void gate(req as GatedRequest, res).then((handled) => {
        if (!handled) void middleware(req, res, () => notFound(req, res));
      });
      return;
    }
    void middleware(req, res, () => notFound(req, res));
  });
  http.keepAliveTimeout = 5_000;
  // A slow sender cannot hold a connection (and its buffered bytes) for the default 5 minutes.
  http.headersTimeout = 15_000;
  http.requestTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(Number(env.PORT ?? 3000), env.HOST ?? 'localhost', () => resolve());
  });
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : Number(env.PORT ?? 3000);
  const host = env.HOST && env.HOST !== '0.0.0.0' ? env.HOST : '127.0.0.1';
  probot.log.info({ port, webhooksPath, queue: env.REDIS_URL ? 'redis' : 'in-process' }, 'readiness-bot listening');

  let stopping: Promise<void> | undefined;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    bot,
    stop() {
      stopping ??= (async () => {
        await new Promise<void>((resolve) => {
          http.close(() => resolve());
          http.closeIdleConnections();
        });
        await bot.close();
      })();
      return stopping;
    },
  };
}

async function health(path: string, res: ServerResponse, bot: ReadinessBot): Promise<void> {
  const ready = path === '/healthz' ? true : await bot.isReady().catch(() => false);
  const status = path === '/healthz' ? 'ok' : ready ? 'ready' : 'not-ready';
  res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify({ status }));
}

function notFound(_req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
}
