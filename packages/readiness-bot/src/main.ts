// `npm start -w @wsl-ready/readiness-bot`: run the bot until SIGTERM/SIGINT, then shut down gracefully.
import { startServer } from './server.js';

try {
  const server = await startServer(process.env);
  let signalled = false;
  const shutdown = (signal: string) => {
    if (signalled) return;
    signalled = true;
    process.stderr.write(`readiness-bot: ${signal} received, draining the queue\n`);
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`readiness-bot: shutdown failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
} catch (error) {
  process.stderr.write(`readiness-bot: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
