import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type GitHubTwin, testAppPrivateKey, WEBHOOK_SECRET } from '@wsl-ready/twin';
import { build } from 'esbuild';
// @ts-expect-error: a plain .mjs helper shared with the build scripts
import { commonOptions, externalThirdParty } from '../../../../tools/scripts/esbuild-common.mjs';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * The deployable server (`src/main.ts`, bundled like `build-bot.mjs` does) in a folder of its own per test file,
 * so test files running side by side never read a bundle another one is writing.
 */
export async function buildServerBundle(name: string): Promise<{ path: string; remove(): void }> {
  const dir = `${root}packages/readiness-bot/dist/test-${name}-${process.pid}`;
  mkdirSync(dir, { recursive: true });
  const path = `${dir}/main.mjs`;
  await build({
    ...commonOptions,
    entryPoints: [`${root}packages/readiness-bot/src/main.ts`],
    outfile: path,
    plugins: [externalThirdParty],
    absWorkingDir: root,
  });
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface BotProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far (pino JSON lines). */
  output(): string;
  /** Resolves once the process has printed a line matching `pattern` (already printed counts). */
  waitForLine(pattern: RegExp): Promise<string>;
  exited: Promise<number | null>;
}

/**
 * Start the server bundle as its own process with the production heap settings (`npm start`), configured only by
 * environment variables. Ready when it logs that it listens: an event, not a deadline.
 */
export async function startBotProcess(
  bundle: string,
  github: GitHubTwin,
  env: Record<string, string> = {},
): Promise<BotProcess> {
  const child = spawn(process.execPath, ['--max-old-space-size=256', '--max-semi-space-size=4', bundle], {
    env: {
      PATH: process.env.PATH,
      APP_ID: String(github.app.id),
      PRIVATE_KEY: testAppPrivateKey(),
      WEBHOOK_SECRET,
      HOST: '127.0.0.1',
      PORT: '0',
      GHE_HOST: github.url.replace(/^http:\/\//, ''),
      GHE_PROTOCOL: 'http',
      LOG_LEVEL: 'info',
      LOG_FORMAT: 'json',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const waiters: Array<{ pattern: RegExp; resolve: (line: string) => void }> = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const check = () => {
    for (const waiter of [...waiters]) {
      const line = output.split('\n').find((l) => waiter.pattern.test(l));
      if (line !== undefined) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  };
  const onChunk = (chunk: Buffer) => {
    output += chunk.toString();
    check();
  };
  child.stdout!.on('data', onChunk);
  child.stderr!.on('data', onChunk);
  const waitForLine = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      waiters.push({ pattern, resolve });
      check();
      void exited.then((code) => reject(new Error(`the bot exited (${code}) before printing ${pattern}:\n${output}`)));
    });
  const listening = JSON.parse(await waitForLine(/readiness-bot listening/)) as { port: number };
  return { url: `http://127.0.0.1:${listening.port}`, child, output: () => output, waitForLine, exited };
}
