// A tiny child process for the NodeCommandRunner tests. Usage: node child.mjs <mode> [args…]
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const [mode, ...args] = process.argv.slice(2);
// Whatever happens, never outlive the test run.
setTimeout(() => process.exit(99), 30_000).unref();

const hold = () => setInterval(() => {}, 1_000);

switch (mode) {
  case 'bytes': {
    // bytes <stdout hex> <stderr hex> <exit code>
    process.stdout.write(Buffer.from(args[0] ?? '', 'hex'));
    process.stderr.write(Buffer.from(args[1] ?? '', 'hex'), () => process.exit(Number(args[2] ?? 0)));
    break;
  }
  case 'stdin': {
    const chunks = [];
    process.stdin.on('data', (chunk) => chunks.push(chunk));
    process.stdin.on('end', () => process.stdout.write(Buffer.concat(chunks)));
    break;
  }
  case 'env': {
    const picked = Object.fromEntries(args.map((name) => [name, process.env[name] ?? null]));
    process.stdout.write(JSON.stringify(picked));
    break;
  }
  case 'cwd':
    process.stdout.write(process.cwd());
    break;
  case 'args':
    process.stdout.write(JSON.stringify(args));
    break;
  case 'tree': {
    // tree <pid file>: start a grandchild in the same process group, record both pids, then wait forever.
    const grandchild = spawn(
      process.execPath,
      ['-e', 'setInterval(() => {}, 1000); setTimeout(() => process.exit(98), 30000)'],
      {
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    writeFileSync(args[0], JSON.stringify({ child: process.pid, grandchild: grandchild.pid }));
    process.stdout.write('ready\n');
    hold();
    break;
  }
  case 'daemon': {
    // daemon <pid file>: start a background process that keeps stdout open, then exit at once.
    const background = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'], {
      stdio: ['ignore', 'inherit', 'ignore'],
    });
    writeFileSync(args[0], String(background.pid));
    process.stdout.write('started\n', () => process.exit(0));
    break;
  }
  case 'stubborn':
    // stubborn <pid file>: ignores SIGTERM, so only SIGKILL stops it.
    process.on('SIGTERM', () => {});
    writeFileSync(args[0], String(process.pid));
    process.stdout.write('ready\n');
    hold();
    break;
  case 'sleep':
    hold();
    break;
  case 'flood': {
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const write = () => {
      while (process.stdout.write(chunk)) {}
      process.stdout.once('drain', write);
    };
    write();
    break;
  }
  case 'bulk': {
    // bulk <bytes>: write that many bytes of 'b' in 8 KiB pieces, then exit 0.
    let left = Number(args[0] ?? 0);
    const piece = Buffer.alloc(8 * 1024, 0x62);
    const write = () => {
      while (left > 0) {
        const chunk = piece.subarray(0, Math.min(left, piece.length));
        left -= chunk.length;
        if (!process.stdout.write(chunk)) return void process.stdout.once('drain', write);
      }
      process.stdout.write('', () => process.exit(0));
    };
    write();
    break;
  }
  case 'chatty':
    // chatty: one line on stdout, one on stderr, exit 5.
    process.stdout.write('out line\n');
    process.stderr.write('err line\n', () => process.exit(5));
    break;
  case 'trap':
    // trap: say which of SIGINT/SIGTERM arrived and exit as a shell would (128 + n).
    process.on('SIGINT', () => process.stdout.write('got SIGINT\n', () => process.exit(130)));
    process.on('SIGTERM', () => process.stdout.write('got SIGTERM\n', () => process.exit(143)));
    process.stdout.write('ready\n');
    hold();
    break;
  case 'signal':
    process.kill(process.pid, 'SIGKILL');
    hold();
    break;
  default:
    process.stderr.write(`unknown mode ${mode}\n`);
    process.exit(64);
}
