// Process entry of the `wsl-ready` command: the only place that touches the real process.
import { main } from './main.js';

const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  stdin: process.stdin,
  stdinIsTTY: process.stdin.isTTY === true,
  stdoutIsTTY: process.stdout.isTTY === true,
  ...(process.stdout.columns ? { stdoutColumns: process.stdout.columns } : {}),
  progress: process.stderr,
});
process.exitCode = code;
