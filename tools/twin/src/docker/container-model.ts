// What a twin container "runs". No process is started: the command is interpreted by a tiny fixed table, enough
// for readiness probes (`echo`, `true`, `false`, `uname`, `sh -c 'exit N'`, the hello-world image).
import type { ContainerFacts } from './profiles/types.js';

export interface ContainerRun {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** The runc error a Linux engine gives when the command does not exist (exit 127 from the CLI). */
export function missingExecutableError(file: string): string {
  return (
    'failed to create task for container: failed to create shim task: OCI runtime create failed: runc create ' +
    `failed: unable to start container process: error during container init: exec: "${file}": executable file ` +
    'not found in $PATH: unknown'
  );
}

// Our own wording for the hello-world image's greeting: the probe only needs a recognisable first line.
const HELLO = 'Hello from Docker!\nThis message shows that your installation appears to be working correctly.\n';

/** Runs `cmd` (entrypoint + args already joined) for `image`; `null` means the executable does not exist. */
export function runCommand(image: string, cmd: readonly string[], facts: ContainerFacts): ContainerRun | null {
  if (cmd.length === 0) {
    if (/(^|\/)hello-world(:|@|$)/.test(image)) return ok(HELLO);
    return ok('');
  }
  const [file = '', ...args] = cmd;
  const base = file.split('/').pop() ?? file;
  switch (base) {
    case 'echo':
      return args[0] === '-n' ? ok(args.slice(1).join(' ')) : ok(`${args.join(' ')}\n`);
    case 'true':
      return ok('');
    case 'false':
      return { stdout: '', stderr: '', exitCode: 1 };
    case 'uname':
      return ok(`${uname(args, facts)}\n`);
    case 'hello':
      return ok(HELLO);
    case 'sh':
    case 'bash':
      return shell(image, args, facts);
    default:
      return null;
  }
}

function ok(stdout: string): ContainerRun {
  return { stdout, stderr: '', exitCode: 0 };
}

function uname(args: readonly string[], facts: ContainerFacts): string {
  const flags = args.join('');
  if (flags.includes('r')) return facts.kernelRelease;
  if (flags.includes('m')) return facts.machine;
  if (flags.includes('a')) return `Linux twin ${facts.kernelRelease} #1 SMP ${facts.machine} Linux`;
  return 'Linux';
}

function shell(image: string, args: readonly string[], facts: ContainerFacts): ContainerRun | null {
  if (args[0] !== '-c' || args[1] === undefined) return ok('');
  const script = args[1].trim();
  const exit = /^exit\s+(\d+)$/.exec(script);
  if (exit) return { stdout: '', stderr: '', exitCode: Number(exit[1]) };
  const words = script.split(/\s+/).map((w) => w.replace(/^['"]|['"]$/g, ''));
  const run = runCommand(image, words, facts);
  if (run) return run;
  return { stdout: '', stderr: `sh: ${words[0]}: not found\n`, exitCode: 127 };
}

/** `alpine` → `alpine:latest`; `docker.io/library/alpine` → `alpine:latest`; digests kept. */
export function normalizeImage(ref: string): string {
  let name = ref.replace(/^docker\.io\//, '').replace(/^library\//, '');
  if (!name.includes('@') && !/:[^/]+$/.test(name)) name += ':latest';
  return name;
}

/** Docker's repository path for pull messages: `alpine:latest` → `library/alpine`. */
export function repositoryPath(image: string): string {
  const repo = image.replace(/[:@][^/]*$/, '');
  return repo.includes('/') ? repo : `library/${repo}`;
}

export function imageTag(image: string): string {
  const at = image.indexOf('@');
  if (at >= 0) return image.slice(at + 1);
  const m = /:([^/]+)$/.exec(image);
  return m?.[1] ?? 'latest';
}
