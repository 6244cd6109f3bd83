import type { ApplicationFunction, Probot } from 'probot';
import { memoryCommentCache, memoryConfigCache } from './caches.js';
import type { AppIdentity, CommentCache } from './comment/sticky.js';
import { watchesWorkflow } from './config.js';
import type { GitHubApi } from './github-api.js';
import { type ConfigCache, type ProcessDeps, processRunEvent } from './handlers/process-run.js';
import { octokitApi } from './octokit-api.js';
import { InProcessQueue } from './queue/in-process.js';
import { InProcessLocks, type Locks } from './queue/locks.js';
import type { RunQueue } from './queue/types.js';
import { preFilterWorkflowRun, type RunEvent } from './run-event.js';

export interface BotOptions {
  /** `redis://…`: share the queue, locks and comment cache across replicas. Default: everything in-process. */
  redisUrl?: string;
  concurrency?: number;
  /** Retries back-off base (tests make it short). */
  backoffMs?: number;
  /** With Redis: how soon a crashed replica's in-flight jobs are handed to another (default 30 s). */
  jobLockMs?: number;
  /** Injected for tests: the fetch used for artifact blob downloads. */
  fetchImpl?: typeof fetch;
  /** Injected for tests: build the API port for an installation (default: over Probot's Octokit). */
  apiFor?: (app: Probot, installationId: number) => Promise<GitHubApi>;
}

export interface ReadinessBot {
  appFn: ApplicationFunction;
  queue: RunQueue & { drained(): Promise<void> };
  isReady(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Wires the readiness bot: the webhook handler pre-filters with zero API calls and enqueues; workers process
 * events through the core pipeline. The Probot app function is a thin adapter: everything else is plain modules.
 */
export async function createReadinessBot(options: BotOptions = {}): Promise<ReadinessBot> {
  // Redis and BullMQ are loaded only when used: a single replica does not pay for them in start-up or memory.
  const shared = options.redisUrl ? await (await import('./redis.js')).connectShared(options.redisUrl) : undefined;
  const redis = shared?.redis;
  const configs: ConfigCache = memoryConfigCache();
  const comments: CommentCache = shared?.comments ?? memoryCommentCache();
  const locks: Locks = shared?.locks ?? new InProcessLocks();
  let log: Probot['log'] | undefined;
  const onError = (event: RunEvent | undefined, error: unknown, willRetry = true) =>
    log?.warn(
      { repository: event?.repository.id, run: event?.run.id, err: errorSummary(error), willRetry },
      'processing a workflow run failed',
    );
  const queue = shared
    ? shared.queue({
        concurrency: options.concurrency,
        backoffMs: options.backoffMs,
        jobLockMs: options.jobLockMs,
        onError: (event, error) => onError(event, error),
      })
    : new InProcessQueue({ concurrency: options.concurrency, backoffMs: options.backoffMs, onError });

  const appFn: ApplicationFunction = async (app) => {
    log = app.log;
    // Looked up on first use, not at start-up, so a slow or unreachable API never blocks the webhook server.
    let identity: Promise<AppIdentity> | undefined;
    const identityOnce = () => {
      identity ??= appIdentity(app).catch((error: unknown) => {
        identity = undefined;
        throw error;
      });
      return identity;
    };
    app.on('workflow_run.completed', async (context) => {
      const filtered = preFilterWorkflowRun(context.id, context.payload);
      if (!filtered.accept) {
        context.log.debug({ reason: filtered.reason }, 'workflow run ignored');
        return;
      }
      const cached = configs.get(filtered.event.repository.id);
      if (cached && !watchesWorkflow(cached, filtered.event.run)) return;
      const result = await queue.enqueue(filtered.event);
      context.log.info(
        { run: filtered.event.run.id, attempt: filtered.event.run.attempt, result },
        'workflow run queued',
      );
    });
    queue.start(async (event) => {
      const api = options.apiFor
        ? await options.apiFor(app, event.installationId)
        : octokitApi(await app.auth(event.installationId));
      const deps: ProcessDeps = {
        api,
        identity: await identityOnce(),
        configs,
        comments,
        locks,
        log: app.log,
        fetchImpl: options.fetchImpl,
      };
      const outcome = await processRunEvent(event, deps);
      app.log.info({ repository: event.repository.id, run: event.run.id, outcome }, 'workflow run processed');
    });
  };

  return {
    appFn,
    queue,
    async isReady() {
      if (!queue.isReady()) return false;
      if (!redis) return true;
      return (await redis.ping().catch(() => '')) === 'PONG';
    },
    async close() {
      await queue.close();
      await redis?.quit().catch(() => undefined);
    },
  };
}

/** The app id comes from Probot's options; the bot login is `<slug>[bot]`, looked up once with the app's JWT. */
async function appIdentity(app: Probot): Promise<AppIdentity> {
  const octokit = await app.auth();
  const { data } = await octokit.rest.apps.getAuthenticated();
  if (!data) throw new Error('GitHub did not describe this app (GET /app); check APP_ID and PRIVATE_KEY');
  return { appId: data.id, botLogin: `${data.slug ?? data.name}[bot]` };
}

function errorSummary(error: unknown): Record<string, unknown> {
  const status = (error as { status?: unknown })?.status;
  return { message: error instanceof Error ? error.message.slice(0, 500) : String(error).slice(0, 500), status };
}
