// The Docker Engine API twin: an HTTP server on a unix socket (and optionally loopback TCP) that the real
// `docker` CLI talks to. It answers `/_ping`, `/version`, `/info` from a profile, models a `docker run` round trip,
// and can be switched to "stopped" (socket refuses) or "absent" (no socket) at any time.

import { once } from 'node:events';
import { linkSync, mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import { compareVersions } from '@wsl-ready/core';
import { type ApiAnswer, ContainerHost, type ContainerSummary } from './container-host.js';
import { type EngineFault, FaultPlan, htmlErrorPage, paddedJson } from './faults.js';
import { getProfile } from './profiles/catalogue.js';
import type { EngineProfile, ProfileName } from './profiles/types.js';

export interface DockerEngineOptions {
  /** A profile name, or a full profile (e.g. a named one with edited fields). */
  profile: ProfileName | EngineProfile;
  /** Where the unix socket goes; default `<fresh temp dir>/docker.sock`. */
  socketPath?: string;
  /** Also listen on 127.0.0.1 (random port). */
  tcp?: boolean;
  faults?: EngineFault | EngineFault[];
  /** Images present before the first pull (Linux profiles pull anything; this skips the pull). */
  images?: string[];
}

export interface RecordedRequest {
  method: string;
  /** Path and query as sent, e.g. `/v1.47/info`. */
  url: string;
  /** The path without its version prefix, e.g. `/info`. */
  route: string;
  /** The `/vX.Y` the client asked for, if any. */
  apiVersion?: string;
  userAgent?: string;
  transport: 'unix' | 'tcp';
  body?: unknown;
}

export interface DockerEngine {
  socketPath: string;
  /** `tcp://127.0.0.1:<port>` when `tcp` was asked for. */
  tcpUrl?: string;
  /** `unix://<socketPath>`. */
  dockerHost: string;
  /** `DOCKER_HOST` plus a scratch `DOCKER_CONFIG`, so the user's own config and contexts are never read. */
  env: { DOCKER_HOST: string; DOCKER_CONFIG: string };
  /** Variables a caller should remove from an inherited environment (they would override `env`). */
  unsetEnv: readonly string[];
  /** Every request received, in order. */
  requests: RecordedRequest[];
  readonly profile: EngineProfile;
  containers(): ContainerSummary[];
  /** Switches profile (and endpoint state: serving / refusing / missing) in place. */
  setProfile(profile: ProfileName | EngineProfile): Promise<void>;
  setFaults(faults: EngineFault | EngineFault[] | undefined): void;
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;

/** Client variables that change where or how the CLI connects. */
export const DOCKER_CLIENT_VARIABLES = [
  'DOCKER_CONTEXT',
  'DOCKER_TLS_VERIFY',
  'DOCKER_CERT_PATH',
  'DOCKER_API_VERSION',
  'DOCKER_TLS',
] as const;

export async function startDockerEngine(options: DockerEngineOptions): Promise<DockerEngine> {
  const scratch = mkdtempSync(join(tmpdir(), 'wsl-ready-docker-'));
  const socketPath = options.socketPath ?? join(scratch, 'docker.sock');
  const configDir = join(scratch, 'config');
  mkdirSync(configDir, { recursive: true });
  writeFileSync(join(configDir, 'config.json'), '{}\n');

  let profile = resolveProfile(options.profile);
  let faults = new FaultPlan(toList(options.faults));
  const requests: RecordedRequest[] = [];
  let host = new ContainerHost(() => profile);
  const preload = () => {
    for (const image of options.images ?? []) host.preload(image);
  };
  preload();

  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let unixServer: Server | undefined;
  let tcpServer: Server | undefined;
  let tcpPort: number | undefined;
  let closed = false;

  const makeServer = (transport: 'unix' | 'tcp') => {
    const server = createServer((req, res) => {
      void handle(req, res, transport);
    });
    server.on('connection', (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    server.on('upgrade', (req: IncomingMessage, socket: Duplex) => {
      void handleUpgrade(req, socket, transport);
    });
    return server;
  };

  async function handle(req: IncomingMessage, res: ServerResponse, transport: 'unix' | 'tcp'): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://engine');
    const { route, apiVersion } = splitVersion(url.pathname);
    const body = await readBody(req);
    requests.push(record(req, route, apiVersion, transport, body));
    const fault = faults.take(route);
    if (fault && (await applyFault(fault, res, route))) return;
    const answer = respond(req.method ?? 'GET', route, apiVersion, url.searchParams, body);
    await send(res, req.method ?? 'GET', route, answer, fault);
  }

  async function handleUpgrade(req: IncomingMessage, socket: Duplex, transport: 'unix' | 'tcp'): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://engine');
    const { route, apiVersion } = splitVersion(url.pathname);
    requests.push(record(req, route, apiVersion, transport, undefined));
    const attach = /^\/containers\/([^/]+)\/attach$/.exec(route);
    if (!attach?.[1] || !profile.ping) {
      socket.end('HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\n\r\n{"message":"page not found"}\n');
      return;
    }
    const answer = host.attach(decodeURIComponent(attach[1]), socket);
    if (answer !== 'hijacked') {
      const text = JSON.stringify(answer.body);
      socket.end(
        `HTTP/1.1 ${answer.status} Error\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`,
      );
    }
  }

  /** Routes a request to its answer (pure apart from the container host's state). */
  function respond(
    method: string,
    route: string,
    apiVersion: string | undefined,
    query: URLSearchParams,
    body: unknown,
  ): ApiAnswer {
    const version = profile.version ?? {};
    if (apiVersion && route !== '/_ping') {
      const max = String(version.ApiVersion ?? '');
      const min = String(version.MinAPIVersion ?? '');
      if (max && compareVersions(apiVersion, max) > 0) {
        return {
          status: 400,
          body: { message: `client version ${apiVersion} is too new. Maximum supported API version is ${max}` },
        };
      }
      if (min && compareVersions(apiVersion, min) < 0) {
        return {
          status: 400,
          body: {
            message: `client version ${apiVersion} is too old. Minimum supported API version is ${min}, please upgrade your client to a newer version`,
          },
        };
      }
    }
    const json = (body ?? {}) as Record<string, unknown>;
    if ((method === 'GET' || method === 'HEAD') && route === '/_ping') {
      return { status: 200, raw: { contentType: 'text/plain; charset=utf-8', data: method === 'HEAD' ? '' : 'OK' } };
    }
    const id = (m: RegExpExecArray) => decodeURIComponent(m[1] ?? '');
    const routes: Array<[string, RegExp, (m: RegExpExecArray) => ApiAnswer]> = [
      ['GET', /^\/version$/, () => ({ status: 200, body: profile.version })],
      ['GET', /^\/info$/, () => ({ status: 200, body: profile.info })],
      ['POST', /^\/containers\/create$/, () => host.create(query, json)],
      ['POST', /^\/containers\/([^/]+)\/start$/, (m) => host.start(id(m))],
      ['POST', /^\/containers\/([^/]+)\/wait$/, (m) => host.wait(id(m), query)],
      ['GET', /^\/containers\/([^/]+)\/json$/, (m) => host.inspect(id(m))],
      ['GET', /^\/containers\/([^/]+)\/logs$/, (m) => host.logs(id(m))],
      ['DELETE', /^\/containers\/([^/]+)$/, (m) => host.remove(id(m))],
      ['POST', /^\/images\/create$/, () => host.pull(query)],
      ['GET', /^\/images\/(.+)\/json$/, (m) => host.inspectImage(m[1] ?? '')],
    ];
    for (const [verb, pattern, handler] of routes) {
      const m = method === verb ? pattern.exec(route) : null;
      if (m) return handler(m);
    }
    return { status: 404, body: { message: 'page not found' } };
  }

  function commonHeaders(res: ServerResponse): void {
    const ping = profile.ping;
    if (!ping) return;
    res.setHeader('Api-Version', ping.apiVersion);
    res.setHeader('Docker-Experimental', String(ping.experimental));
    res.setHeader('Ostype', ping.osType);
    const version = String(profile.version?.Version ?? '');
    res.setHeader('Server', `Docker/${version} (${ping.osType})`);
  }

  async function send(
    res: ServerResponse,
    method: string,
    route: string,
    answer: ApiAnswer,
    fault: EngineFault | undefined,
  ): Promise<void> {
    commonHeaders(res);
    if (route === '/_ping' && profile.ping) {
      if (profile.ping.builderVersion) res.setHeader('Builder-Version', profile.ping.builderVersion);
      for (const [k, v] of Object.entries(profile.ping.extraHeaders ?? {})) res.setHeader(k, v);
      res.setHeader('Cache-Control', 'no-cache, no-store, must-revalidate');
      res.setHeader('Pragma', 'no-cache');
    }
    if (answer.stream) {
      res.writeHead(answer.status, { 'Content-Type': answer.stream.contentType });
      res.flushHeaders();
      for await (const chunk of answer.stream.chunks) {
        if (closed) return;
        res.write(chunk);
      }
      res.end();
      return;
    }
    if (answer.raw) {
      let data = answer.raw.data;
      if (fault?.kind === 'huge-body') data = 'O'.repeat(fault.bytes ?? 10 * 1024 * 1024);
      res.writeHead(answer.status, {
        'Content-Type': answer.raw.contentType,
        'Content-Length': String(Buffer.byteLength(data)),
      });
      res.end(method === 'HEAD' ? undefined : data);
      return;
    }
    if (answer.body === undefined) {
      res.writeHead(answer.status);
      res.end();
      return;
    }
    let text = `${JSON.stringify(answer.body)}\n`;
    if (fault?.kind === 'truncated-json') text = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
    if (fault?.kind === 'huge-body') text = paddedJson(answer.body, fault.bytes ?? 10 * 1024 * 1024);
    res.writeHead(answer.status, {
      'Content-Type': 'application/json',
      'Content-Length': String(Buffer.byteLength(text)),
    });
    res.end(text);
  }

  /** Faults that replace the answer return true; body faults return false and are applied by `send`. */
  async function applyFault(fault: EngineFault, res: ServerResponse, _route: string): Promise<boolean> {
    switch (fault.kind) {
      case 'hang':
        return true;
      case 'drop':
        res.socket?.destroy();
        return true;
      case 'delay':
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            timers.delete(timer);
            resolve();
          }, fault.ms);
          timers.add(timer);
        });
        return closed;
      case 'html-error': {
        const page = htmlErrorPage(fault.status);
        res.writeHead(fault.status, {
          'Content-Type': 'text/html',
          'Content-Length': String(Buffer.byteLength(page)),
        });
        res.end(page);
        return true;
      }
      default:
        return false;
    }
  }

  async function listenUnix(): Promise<void> {
    removeFile(socketPath);
    unixServer = makeServer('unix');
    unixServer.listen(socketPath);
    await once(unixServer, 'listening');
  }

  async function listenTcp(): Promise<void> {
    tcpServer = makeServer('tcp');
    tcpServer.listen(tcpPort ?? 0, '127.0.0.1');
    await once(tcpServer, 'listening');
    tcpPort = (tcpServer.address() as AddressInfo).port;
  }

  async function stopServers(): Promise<void> {
    host.closeAll();
    for (const socket of sockets) socket.destroy();
    sockets.clear();
    for (const server of [unixServer, tcpServer]) {
      if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    unixServer = undefined;
    tcpServer = undefined;
  }

  /** Brings the endpoints into the state the profile asks for. */
  async function applyState(): Promise<void> {
    await stopServers();
    removeFile(socketPath);
    if (profile.state === 'serving') {
      await listenUnix();
      if (options.tcp) await listenTcp();
    } else if (profile.state === 'refusing') {
      // A socket file nobody listens on: bind, keep a hard link to the inode, close. connect() → ECONNREFUSED.
      const staging = `${socketPath}.staging`;
      removeFile(staging);
      const server = createServer();
      server.listen(staging);
      await once(server, 'listening');
      linkSync(staging, socketPath);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      removeFile(staging);
      if (options.tcp && tcpPort === undefined) {
        // Reserve a port number that refuses: listen, note it, close.
        await listenTcp();
        await new Promise<void>((resolve) => tcpServer?.close(() => resolve()));
        tcpServer = undefined;
      }
    } else if (options.tcp && tcpPort === undefined) {
      await listenTcp();
      await new Promise<void>((resolve) => tcpServer?.close(() => resolve()));
      tcpServer = undefined;
    }
  }

  await applyState();

  const engine: DockerEngine = {
    socketPath,
    dockerHost: `unix://${socketPath}`,
    env: { DOCKER_HOST: `unix://${socketPath}`, DOCKER_CONFIG: configDir },
    unsetEnv: DOCKER_CLIENT_VARIABLES,
    requests,
    get profile() {
      return profile;
    },
    containers: () => host.list(),
    async setProfile(next) {
      profile = resolveProfile(next);
      await applyState();
      // Another profile is another engine: its containers and images start empty.
      host = new ContainerHost(() => profile);
      preload();
    },
    setFaults(next) {
      faults = new FaultPlan(toList(next));
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      await stopServers();
      removeFile(socketPath);
      rmSync(scratch, { recursive: true, force: true });
    },
  };
  if (tcpPort !== undefined) engine.tcpUrl = `tcp://127.0.0.1:${tcpPort}`;
  return engine;
}

function resolveProfile(profile: ProfileName | EngineProfile): EngineProfile {
  return typeof profile === 'string' ? getProfile(profile) : structuredClone(profile);
}

function toList(faults: EngineFault | EngineFault[] | undefined): EngineFault[] {
  if (!faults) return [];
  return Array.isArray(faults) ? faults : [faults];
}

/** `/v1.47/info` → route `/info`, apiVersion `1.47`. */
export function splitVersion(pathname: string): { route: string; apiVersion?: string } {
  const m = /^\/v(\d+\.\d+)(\/.*)$/.exec(pathname);
  if (m?.[1] && m[2]) return { route: m[2], apiVersion: m[1] };
  return { route: pathname };
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) break;
    chunks.push(chunk as Buffer);
  }
  if (chunks.length === 0) return undefined;
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function record(
  req: IncomingMessage,
  route: string,
  apiVersion: string | undefined,
  transport: 'unix' | 'tcp',
  body: unknown,
): RecordedRequest {
  const entry: RecordedRequest = { method: req.method ?? 'GET', url: req.url ?? '/', route, transport };
  if (apiVersion) entry.apiVersion = apiVersion;
  if (req.headers['user-agent']) entry.userAgent = req.headers['user-agent'];
  if (body !== undefined) entry.body = body;
  return entry;
}

function removeFile(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Not there: nothing to remove.
  }
}
