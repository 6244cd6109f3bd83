// The readiness bot as its own process for the benchmark: the production server, configured by environment
// variables, with Octokit's client-side throttling off (it spaces writes a second apart on purpose, which would
// measure GitHub's etiquette rather than the bot).
import { startServer } from '@wsl-ready/readiness-bot';

const server = await startServer(process.env, {
  octokitOptions: { throttle: { enabled: false } },
});
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
process.on('SIGTERM', () => {
  void server.stop().then(() => process.exit(0));
});
