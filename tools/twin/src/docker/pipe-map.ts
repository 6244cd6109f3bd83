// Named pipes do not exist on Linux. These pure helpers let the docker shim stand a unix socket in for each
// Windows pipe endpoint: parse pipe addresses, rewrite the CLI's global options and environment, and turn the Linux
// CLI's connection errors back into the text the Windows CLI prints for that pipe.

/** What the shim reads (as JSON) to know which socket stands for which pipe. */
export interface PipeMap {
  /** Pipe name as Windows spells it (`docker_engine`, `dockerDesktopLinuxEngine`) → unix socket path. */
  pipes: Record<string, string>;
  /** Folder for sockets of unmapped pipes: they never exist, so connecting fails like a dead pipe. */
  deadDir: string;
  /**
   * Pipe the Windows CLI uses when no host or context is given (`docker_engine`); `null` leaves the Linux default
   * (`/var/run/docker.sock`) alone.
   */
  defaultPipe: string | null;
}

const PIPE = /^npipe:[/\\]*\.[/\\]pipe[/\\]([^/\\]+)$/i;

/** `npipe:////./pipe/docker_engine` or `npipe://\\.\pipe\docker_engine` → `docker_engine`; else undefined. */
export function pipeName(address: string): string | undefined {
  return PIPE.exec(address.trim())?.[1];
}

/** The canonical form the Windows CLI prints: `npipe:////./pipe/<name>`. */
export function pipeUrl(name: string): string {
  return `npipe:////./pipe/${name}`;
}

/** The unix socket standing for a pipe (mapped, or a dead path). */
export function socketForPipe(map: PipeMap, name: string): string {
  const key = name.toLowerCase();
  for (const [pipe, socket] of Object.entries(map.pipes)) if (pipe.toLowerCase() === key) return socket;
  return `${map.deadDir}/${key.replace(/[^a-z0-9._-]/g, '_')}.sock`;
}

/** Rewrites one host value: pipes become `unix://<socket>`, anything else is kept. */
export function rewriteHost(map: PipeMap, host: string): string {
  const name = pipeName(host);
  return name === undefined ? host : `unix://${socketForPipe(map, name)}`;
}

/** Global options of the docker CLI that take a value. */
const VALUE_OPTIONS = new Set([
  '--config',
  '-c',
  '--context',
  '-H',
  '--host',
  '-l',
  '--log-level',
  '--tlscacert',
  '--tlscert',
  '--tlskey',
]);

export interface GlobalOptions {
  /** Index of the subcommand in argv (argv.length when there is none). */
  commandIndex: number;
  hosts: string[];
  context?: string;
  config?: string;
}

/** Reads the global options that come before the subcommand. */
export function readGlobalOptions(argv: readonly string[]): GlobalOptions {
  const out: GlobalOptions = { commandIndex: argv.length, hosts: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('-') || arg === '-') {
      out.commandIndex = i;
      break;
    }
    if (arg === '--') {
      out.commandIndex = i + 1;
      break;
    }
    let name = arg;
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      name = arg.slice(0, eq);
      value = arg.slice(eq + 1);
    } else if (/^-[Hcl].+/.test(arg)) {
      name = arg.slice(0, 2);
      value = arg.slice(2);
    } else if (VALUE_OPTIONS.has(arg)) {
      value = argv[i + 1];
      i++;
    }
    if (value === undefined) continue;
    if (name === '-H' || name === '--host') out.hosts.push(value);
    if (name === '-c' || name === '--context') out.context = value;
    if (name === '--config') out.config = value;
  }
  return out;
}

/** Rewrites every `-H`/`--host` value that names a pipe. Other arguments are kept byte for byte. */
export function rewriteHostOptions(map: PipeMap, argv: readonly string[]): string[] {
  const { commandIndex } = readGlobalOptions(argv);
  const out = [...argv];
  for (let i = 0; i < commandIndex; i++) {
    const arg = out[i] ?? '';
    if ((arg === '-H' || arg === '--host') && i + 1 < commandIndex) {
      out[i + 1] = rewriteHost(map, out[i + 1] ?? '');
      i++;
    } else if (arg.startsWith('--host=')) {
      out[i] = `--host=${rewriteHost(map, arg.slice(7))}`;
    } else if (/^-H.+/.test(arg)) {
      out[i] = `-H${rewriteHost(map, arg.slice(2))}`;
    } else if (VALUE_OPTIONS.has(arg)) {
      i++;
    }
  }
  return out;
}

/**
 * Turns the Linux CLI's words for a socket that stands for a pipe back into what the Windows CLI prints:
 * the address becomes `npipe:////./pipe/<name>`, and "Cannot connect … Is the docker daemon running?" becomes the
 * current Windows CLI's "failed to connect to the docker API at npipe:…" error (docker/cli's current wording).
 */
export function translateOutput(text: string, sockets: ReadonlyArray<{ name: string; socket: string }>): string {
  let out = text;
  for (const { name, socket } of sockets) {
    const url = pipeUrl(name);
    out = out
      .split(`Cannot connect to the Docker daemon at unix://${socket}. Is the docker daemon running?`)
      .join(
        `failed to connect to the docker API at ${url}; check if the path is correct and if the daemon is running: ` +
          `open //./pipe/${name}: The system cannot find the file specified.`,
      )
      .split(`unix://${socket}`)
      .join(url)
      .split(`http://${encodeURIComponent(socket)}`)
      .join(`http://${encodeURIComponent(`//./pipe/${name}`)}`)
      .split(socket)
      .join(`//./pipe/${name}`);
  }
  return out;
}

/**
 * Re-renders a tabwriter table (columns padded to the widest cell plus 3 spaces, as the docker CLI prints them)
 * after `mapCell` changed some cells. Column starts are read from the header line.
 */
export function realignTable(text: string, mapCell: (cell: string) => string): string {
  const lines = text.split('\n');
  const header = lines[0] ?? '';
  const starts: number[] = [];
  const re = /(^|\s{2,})(\S)/g;
  for (let m = re.exec(header); m; m = re.exec(header)) starts.push(m.index + (m[1]?.length ?? 0));
  if (starts.length < 2) return text.split('\n').map(mapCell).join('\n');
  const rows = lines.map((line) =>
    line === '' ? null : starts.map((start, i) => mapCell(line.slice(start, starts[i + 1] ?? line.length).trimEnd())),
  );
  const widths = starts.map((_, i) => Math.max(...rows.map((r) => (r ? (r[i] ?? '').length : 0))));
  return rows
    .map((row) =>
      row ? row.map((cell, i) => (i < row.length - 1 ? cell.padEnd((widths[i] ?? 0) + 3) : cell)).join('') : '',
    )
    .join('\n');
}
