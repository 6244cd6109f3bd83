// The readiness bot as a Probot app. `probot run` loads the default export; `src/main.ts` runs the full server
// (health endpoints, graceful shutdown). Everything else is plain modules behind `createReadinessBot`.
import type { ApplicationFunction } from 'probot';
import { createReadinessBot } from './bot.js';

export { type BotOptions, createReadinessBot, type ReadinessBot } from './bot.js';
export { type BotConfig, CONFIG_PATH, parseBotConfig } from './config.js';
export { type StartedServer, startServer } from './server.js';

const readinessBot: ApplicationFunction = async (app, options) =>
  (await createReadinessBot({ redisUrl: process.env.REDIS_URL })).appFn(app, options);

export default readinessBot;
