// Process entry of the `wsl-ready` command: the only place that touches the real process.
import { main } from './main.js';

// A reader that goes away (`wsl-ready parse … | head`) is not an error of ours: stop writing, quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    throw error;
  });
}

const code = await main(process.argv.slice(2), {
  stdout: (text) => {
    if (!process.stdout.destroyed) process.stdout.write(text);
  },
  stderr: (text) => {
    if (!process.stderr.destroyed) process.stderr.write(text);
  },
  env: process.env,
  stdin: process.stdin,
  stdinIsTTY: process.stdin.isTTY === true,
  stdoutIsTTY: process.stdout.isTTY === true,
  ...(process.stdout.columns ? { stdoutColumns: process.stdout.columns } : {}),
  progress: process.stderr,
});
process.exitCode = code;
