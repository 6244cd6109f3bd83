// A `docker` stand-in for Windows scenarios on Linux: rewrites named-pipe endpoints (in -H/--host, DOCKER_HOST and
// the active context) to the unix sockets that stand for them, runs the real docker CLI, and translates the
// socket paths in its output back into pipe addresses. Bundled on demand into dist/docker-shim.mjs; started by a
// generated launcher (see shim.ts). Reads WSL_READY_TWIN_PIPE_MAP (a JSON file) and WSL_READY_TWIN_REAL_DOCKER.

import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EnvRecord } from '@wsl-ready/core';
import { contextMetaFile, readContextMeta } from './contexts.js';
import {
  type PipeMap,
  pipeName,
  readGlobalOptions,
  realignTable,
  rewriteHost,
  rewriteHostOptions,
  socketForPipe,
  translateOutput,
} from './pipe-map.js';

interface Plan {
  argv: string[];
  /** The child's environment, built here (a copy of the caller's). */
  env: Record<string, string | undefined>;
  sockets: Array<{ name: string; socket: string }>;
  cleanup?: string;
  /** `docker context ls` as a table: re-pad its columns after the addresses changed length. */
  realignTable?: boolean;
  /** After `context create` with a pipe host: write the pipe address back into the stored context. */
  restoreContextHost?: { configDir: string; context: string; host: string };
}

/**
 * The Linux CLI refuses to store an npipe endpoint ("protocol not available"). Let it store a placeholder unix
 * endpoint, then put the pipe address back, as the Windows CLI would have stored it.
 */
function planContextCreate(argv: string[], commandIndex: number, configDir: string): Plan['restoreContextHost'] {
  if (argv[commandIndex + 1] !== 'create') return undefined;
  let context: string | undefined;
  let host: string | undefined;
  for (let i = commandIndex + 2; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const inline = arg.startsWith('--docker=') ? arg.slice('--docker='.length) : undefined;
    const value = inline ?? (arg === '--docker' ? argv[i + 1] : undefined);
    if (value !== undefined) {
      const m = /(^|,)host=(npipe:[^,]+)/.exec(value);
      if (m?.[2]) {
        host = m[2];
        const replaced = value.replace(m[2], 'unix:///twin-placeholder.sock');
        if (inline !== undefined) argv[i] = `--docker=${replaced}`;
        else argv[i + 1] = replaced;
      }
      if (inline === undefined) i++;
      continue;
    }
    if (arg.startsWith('--')) {
      if (!arg.includes('=') && !['--default-stack-orchestrator'].includes(arg)) i++;
      continue;
    }
    if (context === undefined) context = arg;
  }
  return context && host ? { configDir, context, host } : undefined;
}

function isContextTable(argv: readonly string[], commandIndex: number): boolean {
  const sub = argv[commandIndex + 1];
  if (sub !== 'ls' && sub !== 'list') return false;
  return !argv.slice(commandIndex + 2).some((a) => a.startsWith('--format') || a === '-q' || a === '--quiet');
}

function restoreContextHost(restore: NonNullable<Plan['restoreContextHost']>): void {
  const file = contextMetaFile(restore.configDir, restore.context);
  const meta = readContextMeta(file);
  if (!meta) return;
  if (meta.Endpoints?.docker) meta.Endpoints.docker.Host = restore.host;
  writeFileSync(file, JSON.stringify(meta));
}

function readMap(): PipeMap {
  const file = process.env.WSL_READY_TWIN_PIPE_MAP;
  if (!file) throw new Error('WSL_READY_TWIN_PIPE_MAP is not set: start the shim through its generated launcher.');
  return JSON.parse(readFileSync(file, 'utf8')) as PipeMap;
}

function contextHost(configDir: string, context: string): string | undefined {
  return readContextMeta(contextMetaFile(configDir, context))?.Endpoints?.docker?.Host;
}

function currentContext(configDir: string, flag: string | undefined, env: EnvRecord): string {
  if (flag) return flag;
  if (env.DOCKER_CONTEXT) return env.DOCKER_CONTEXT;
  const file = join(configDir, 'config.json');
  if (!existsSync(file)) return 'default';
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { currentContext?: string }).currentContext || 'default';
  } catch {
    return 'default';
  }
}

/** Copies the config dir with every context's pipe endpoint rewritten to its socket. */
function shadowConfig(map: PipeMap, configDir: string): string {
  const shadow = mkdtempSync(join(tmpdir(), 'wsl-ready-docker-shim-'));
  if (existsSync(join(configDir, 'config.json'))) cpSync(join(configDir, 'config.json'), join(shadow, 'config.json'));
  const tls = join(configDir, 'contexts', 'tls');
  if (existsSync(tls)) cpSync(tls, join(shadow, 'contexts', 'tls'), { recursive: true });
  const metaRoot = join(configDir, 'contexts', 'meta');
  for (const entry of existsSync(metaRoot) ? readdirSync(metaRoot) : []) {
    const meta = readContextMeta(join(metaRoot, entry, 'meta.json'));
    if (!meta) continue;
    const docker = meta.Endpoints?.docker;
    if (docker?.Host) docker.Host = rewriteHost(map, docker.Host);
    mkdirSync(join(shadow, 'contexts', 'meta', entry), { recursive: true });
    writeFileSync(join(shadow, 'contexts', 'meta', entry, 'meta.json'), JSON.stringify(meta));
  }
  return shadow;
}

function plan(map: PipeMap, argv: string[], env: EnvRecord): Plan {
  const options = readGlobalOptions(argv);
  const sockets: Plan['sockets'] = [];
  const note = (address: string | undefined) => {
    const name = address ? pipeName(address) : undefined;
    if (name !== undefined) sockets.push({ name, socket: socketForPipe(map, name) });
  };
  const out: Plan = { argv: rewriteHostOptions(map, argv), env: { ...env }, sockets };
  options.hosts.forEach(note);
  if (env.DOCKER_HOST) {
    note(env.DOCKER_HOST);
    out.env.DOCKER_HOST = rewriteHost(map, env.DOCKER_HOST);
  }
  const command = argv[options.commandIndex];
  const configDir = options.config ?? env.DOCKER_CONFIG ?? join(homedir(), '.docker');
  // The Windows CLI's default context is the docker_engine pipe; stand its socket in through DOCKER_HOST, which
  // keeps `--context default` legal and shows as the same "default" context.
  const useDefaultPipe = () => {
    if (!map.defaultPipe || env.DOCKER_HOST) return;
    note(map.defaultPipe);
    out.env.DOCKER_HOST = rewriteHost(map, map.defaultPipe);
  };
  // `docker context …` only reads and writes the store: keep the pipe addresses exactly as Windows has them.
  if (command === 'context') {
    const restore = planContextCreate(out.argv, options.commandIndex, configDir);
    if (restore) out.restoreContextHost = restore;
    if (currentContext(configDir, options.context, env) === 'default') useDefaultPipe();
    else if (map.defaultPipe && !env.DOCKER_HOST) {
      // The listed default context shows the Linux platform default: show the Windows one instead.
      const name = pipeName(map.defaultPipe);
      if (name) sockets.push({ name, socket: '/var/run/docker.sock' });
    }
    out.realignTable = isContextTable(out.argv, options.commandIndex);
    return out;
  }
  if (options.hosts.length > 0 || env.DOCKER_HOST) return out;
  const context = currentContext(configDir, options.context, env);
  if (context === 'default') {
    useDefaultPipe();
    return out;
  }
  const host = contextHost(configDir, context);
  if (host === undefined || pipeName(host) === undefined) return out;
  note(host);
  const shadow = shadowConfig(map, configDir);
  out.env.DOCKER_CONFIG = shadow;
  out.cleanup = shadow;
  if (options.config !== undefined) out.argv = dropConfigOption(out.argv);
  return out;
}

function dropConfigOption(argv: string[]): string[] {
  const { commandIndex } = readGlobalOptions(argv);
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (i < commandIndex && arg === '--config') {
      i++;
      continue;
    }
    if (i < commandIndex && arg.startsWith('--config=')) continue;
    out.push(arg);
  }
  return out;
}

/** Line-buffered translation, so an address split across two chunks is still rewritten. */
function pipeThrough(source: NodeJS.ReadableStream, sink: NodeJS.WritableStream, sockets: Plan['sockets']) {
  let pending = '';
  source.setEncoding?.('utf8');
  source.on('data', (chunk: string) => {
    pending += chunk;
    const cut = pending.lastIndexOf('\n');
    if (cut < 0) return;
    sink.write(translateOutput(pending.slice(0, cut + 1), sockets));
    pending = pending.slice(cut + 1);
  });
  return new Promise<void>((resolve) =>
    source.on('end', () => {
      if (pending) sink.write(translateOutput(pending, sockets));
      resolve();
    }),
  );
}

/** Buffers a table, translates it cell by cell and writes it re-aligned. */
function tableThrough(source: NodeJS.ReadableStream, sink: NodeJS.WritableStream, sockets: Plan['sockets']) {
  let text = '';
  source.setEncoding?.('utf8');
  source.on('data', (chunk: string) => {
    text += chunk;
  });
  return new Promise<void>((resolve) =>
    source.on('end', () => {
      sink.write(realignTable(text, (cell) => translateOutput(cell, sockets)));
      resolve();
    }),
  );
}

async function main(): Promise<void> {
  const map = readMap();
  const real = process.env.WSL_READY_TWIN_REAL_DOCKER || 'docker';
  const env = { ...process.env };
  delete env.WSL_READY_TWIN_PIPE_MAP;
  delete env.WSL_READY_TWIN_REAL_DOCKER;
  const p = plan(map, process.argv.slice(2), env);
  const child = spawn(real, p.argv, { env: p.env, stdio: ['inherit', 'pipe', 'pipe'] });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGTERM', forward);
  process.on('SIGINT', forward);
  const outputs = [
    p.realignTable
      ? tableThrough(child.stdout, process.stdout, p.sockets)
      : pipeThrough(child.stdout, process.stdout, p.sockets),
    pipeThrough(child.stderr, process.stderr, p.sockets),
  ];
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => {
    child.on('error', (error) => {
      process.stderr.write(`docker shim: cannot start ${real}: ${error.message}\n`);
      resolve([127, null]);
    });
    child.on('close', (c, s) => resolve([c, s]));
  });
  await Promise.all(outputs);
  if (p.cleanup) rmSync(p.cleanup, { recursive: true, force: true });
  if (p.restoreContextHost && code === 0) restoreContextHost(p.restoreContextHost);
  process.exitCode = code ?? (signal ? 128 + 15 : 1);
}

main().catch((error: unknown) => {
  process.stderr.write(`docker shim: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 125;
});
