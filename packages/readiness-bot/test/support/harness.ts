import { BASE_REPO, GitHubTwin, testAppPrivateKey, WEBHOOK_SECRET } from '@wsl-ready/twin';
import { type StartedServer, startServer } from '../../src/server.js';

export interface BotHarness {
  github: GitHubTwin;
  server: StartedServer;
  url: string;
  /** Wait until every queued event has been processed. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/** A real bot server on 127.0.0.1 talking to the GitHub stand-in, configured only through its environment. */
export async function startBot(
  options: { config?: string; redisUrl?: string; github?: GitHubTwin; concurrency?: number } = {},
): Promise<BotHarness> {
  const github =
    options.github ??
    new GitHubTwin({
      repos: [{ ...BASE_REPO, files: options.config === undefined ? {} : { '.github/wsl-ready.yml': options.config } }],
    });
  if (!options.github) await github.start();
  const server = await startServer(
    {
      APP_ID: String(github.app.id),
      PRIVATE_KEY: testAppPrivateKey(),
      WEBHOOK_SECRET,
      HOST: '127.0.0.1',
      PORT: '0',
      GHE_HOST: github.url.replace(/^http:\/\//, ''),
      GHE_PROTOCOL: 'http',
      LOG_LEVEL: process.env.BOT_TEST_LOG_LEVEL ?? 'silent',
      ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
    },
    {
      backoffMs: 20,
      concurrency: options.concurrency ?? 4,
      octokitOptions: { throttle: { enabled: false }, retry: { retryAfterBaseValue: 20 } },
    },
  );
  return {
    github,
    server,
    url: server.url,
    settle: () => (server.bot.queue as { drained(): Promise<void> }).drained(),
    async close() {
      await server.stop();
      if (!options.github) await github.close();
    },
  };
}
