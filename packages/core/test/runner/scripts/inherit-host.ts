// A parent process for the streaming tests: runs `argv` through NodeCommandRunner with inherited output and writes
// the outcome to a file. Usage: node inherit-host.mjs <result.json> <timeoutMs> <file> [args…]
import { writeFileSync } from 'node:fs';
import { NodeCommandRunner } from '../../../src/runner/index.js';

const [resultFile, timeout, file, ...args] = process.argv.slice(2);
setTimeout(() => process.exit(99), 30_000).unref();
const runner = new NodeCommandRunner({ killGraceMs: 300 });
// INHERIT_HOST_INTERRUPTS=caller: the host answers Ctrl+C itself (it only says so) and the child is left alone.
const caller = process.env.INHERIT_HOST_INTERRUPTS === 'caller';
if (caller) process.on('SIGINT', () => process.stderr.write('host: SIGINT\n'));
try {
  const result = await runner.run(file!, args, {
    stdio: 'inherit',
    timeoutMs: Number(timeout),
    ...(caller ? { interrupts: 'caller' as const } : {}),
  });
  writeFileSync(
    resultFile!,
    JSON.stringify({ exitCode: result.exitCode, stdout: result.stdout.length, stderr: result.stderr.length }),
  );
} catch (error) {
  writeFileSync(resultFile!, JSON.stringify({ error: (error as Error).constructor.name }));
}
