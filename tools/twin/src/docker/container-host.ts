// The container and image half of the engine twin: just enough of the Engine API for `docker run --rm`,
// `docker run -d` + `docker logs`/`docker wait`/`docker rm`, `docker pull` and `docker image inspect`.
import { createHash, randomBytes } from 'node:crypto';
import type { Duplex } from 'node:stream';
import { imageTag, missingExecutableError, normalizeImage, repositoryPath, runCommand } from './container-model.js';
import type { EngineProfile } from './profiles/types.js';

/** What a handler gives back: the engine writes it as JSON (or raw text with `contentType`). */
export interface ApiAnswer {
  status: number;
  body?: unknown;
  /** Send `body` as-is (a string or bytes) with this content type instead of JSON. */
  raw?: { contentType: string; data: string | Buffer };
  /** A streamed answer: the engine writes headers, then awaits this, writing each chunk. */
  stream?: { contentType: string; chunks: AsyncIterable<string | Buffer> };
}

interface Container {
  id: string;
  name: string;
  image: string;
  cmd: string[];
  autoRemove: boolean;
  tty: boolean;
  state: 'created' | 'running' | 'exited' | 'removed';
  exitCode: number;
  stdout: string;
  stderr: string;
  attached: Duplex[];
  waiters: Array<{ condition: string; resolve: () => void }>;
  createdAt: string;
}

export interface ContainerSummary {
  id: string;
  name: string;
  image: string;
  cmd: string[];
  state: Container['state'];
  exitCode: number;
}

const errorBody = (message: string) => ({ message });

export class ContainerHost {
  private readonly containers = new Map<string, Container>();
  private readonly images = new Map<string, { id: string; digest: string }>();

  constructor(private profile: () => EngineProfile) {}

  list(): ContainerSummary[] {
    return [...this.containers.values()].map(({ id, name, image, cmd, state, exitCode }) => ({
      id,
      name,
      image,
      cmd,
      state,
      exitCode,
    }));
  }

  /** Adds an image as if it had been pulled earlier. */
  preload(ref: string): void {
    const image = normalizeImage(ref);
    if (!this.images.has(image)) this.images.set(image, makeImage(image));
  }

  create(query: URLSearchParams, body: Record<string, unknown>): ApiAnswer {
    const image = typeof body.Image === 'string' ? normalizeImage(body.Image) : '';
    if (!image) return { status: 400, body: errorBody('No image specified') };
    if (!this.images.has(image)) return { status: 404, body: errorBody(`No such image: ${image}`) };
    const entrypoint = stringList(body.Entrypoint);
    const cmd = [...entrypoint, ...stringList(body.Cmd)];
    const hostConfig = (body.HostConfig ?? {}) as Record<string, unknown>;
    const id = randomBytes(32).toString('hex');
    const container: Container = {
      id,
      name: query.get('name') || `twin_${id.slice(0, 8)}`,
      image,
      cmd,
      autoRemove: hostConfig.AutoRemove === true,
      tty: body.Tty === true,
      state: 'created',
      exitCode: 0,
      stdout: '',
      stderr: '',
      attached: [],
      waiters: [],
      createdAt: new Date().toISOString(),
    };
    this.containers.set(id, container);
    return { status: 201, body: { Id: id, Warnings: [] } };
  }

  /** Hijacked attach: keep the connection; output is written when the container starts. */
  attach(ref: string, socket: Duplex): ApiAnswer | 'hijacked' {
    const container = this.find(ref);
    if (!container) return { status: 404, body: errorBody(`No such container: ${ref}`) };
    const contentType = container.tty
      ? 'application/vnd.docker.raw-stream'
      : 'application/vnd.docker.multiplexed-stream';
    socket.write(
      `HTTP/1.1 101 UPGRADED\r\nContent-Type: ${contentType}\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n`,
    );
    if (container.state === 'exited') {
      this.flushTo(container, socket);
      socket.end();
    } else {
      container.attached.push(socket);
    }
    return 'hijacked';
  }

  start(ref: string): ApiAnswer {
    const container = this.find(ref);
    if (!container) return { status: 404, body: errorBody(`No such container: ${ref}`) };
    if (container.state === 'running') return { status: 304 };
    const run = runCommand(container.image, container.cmd, this.facts());
    if (!run) {
      const missing = container.cmd[0] ?? '';
      container.exitCode = 127;
      container.state = 'exited';
      this.finish(container);
      return { status: 400, body: errorBody(missingExecutableError(missing)) };
    }
    container.state = 'running';
    container.stdout = run.stdout;
    container.stderr = run.stderr;
    container.exitCode = run.exitCode;
    // Exit on the next turn, after the start answer has gone out, like a real short-lived process.
    setImmediate(() => {
      for (const socket of container.attached.splice(0)) {
        this.flushTo(container, socket);
        socket.end();
      }
      container.state = 'exited';
      this.finish(container);
    });
    return { status: 204 };
  }

  wait(ref: string, query: URLSearchParams): ApiAnswer {
    const container = this.find(ref);
    if (!container) return { status: 404, body: errorBody(`No such container: ${ref}`) };
    const condition = query.get('condition') ?? 'not-running';
    const done = () => JSON.stringify({ StatusCode: container.exitCode, Error: null });
    const ready = () =>
      condition === 'removed' ? container.state === 'removed' : ['exited', 'removed'].includes(container.state);
    const chunks = async function* (c: Container) {
      if (!ready()) await new Promise<void>((resolve) => c.waiters.push({ condition, resolve }));
      yield `${done()}\n`;
    };
    return { status: 200, stream: { contentType: 'application/json', chunks: chunks(container) } };
  }

  remove(ref: string): ApiAnswer {
    const container = this.find(ref);
    if (!container) return { status: 404, body: errorBody(`No such container: ${ref}`) };
    if (container.state === 'running') {
      return {
        status: 409,
        body: errorBody(
          `cannot remove container "/${container.name}": container is running: stop the container before removing or force remove`,
        ),
      };
    }
    this.markRemoved(container);
    return { status: 204 };
  }

  inspect(ref: string): ApiAnswer {
    const c = this.find(ref);
    if (!c) return { status: 404, body: errorBody(`No such container: ${ref}`) };
    return {
      status: 200,
      body: {
        Id: c.id,
        Name: `/${c.name}`,
        Created: c.createdAt,
        Image: this.images.get(c.image)?.id ?? '',
        Config: { Image: c.image, Cmd: c.cmd, Tty: c.tty },
        HostConfig: { AutoRemove: c.autoRemove },
        State: {
          Status: c.state === 'removed' ? 'exited' : c.state,
          Running: c.state === 'running',
          ExitCode: c.exitCode,
        },
      },
    };
  }

  logs(ref: string): ApiAnswer {
    const c = this.find(ref);
    if (!c) return { status: 404, body: errorBody(`No such container: ${ref}`) };
    const data = c.tty ? Buffer.from(c.stdout + c.stderr) : Buffer.concat(frames(c));
    const contentType = c.tty ? 'application/vnd.docker.raw-stream' : 'application/vnd.docker.multiplexed-stream';
    return { status: 200, raw: { contentType, data } };
  }

  inspectImage(ref: string): ApiAnswer {
    const image = normalizeImage(decodeURIComponent(ref));
    const found = this.images.get(image);
    if (!found) return { status: 404, body: errorBody(`No such image: ${image}`) };
    const facts = this.facts();
    return {
      status: 200,
      body: {
        Id: found.id,
        RepoTags: [image],
        RepoDigests: [`${image.replace(/:[^/]+$/, '')}@${found.digest}`],
        Os: facts.linux ? 'linux' : 'windows',
        Architecture: 'amd64',
        Config: { Cmd: image.startsWith('hello-world') ? ['/hello'] : ['/bin/sh'] },
      },
    };
  }

  /** `POST /images/create?fromImage=..&tag=..`: a JSON-lines progress stream, as the daemon writes it. */
  pull(query: URLSearchParams): ApiAnswer {
    const from = query.get('fromImage') ?? '';
    const tag = query.get('tag');
    const image = normalizeImage(tag ? `${from}${tag.startsWith('sha256:') ? '@' : ':'}${tag}` : from);
    const facts = this.facts();
    const lines: unknown[] = [{ status: `Pulling from ${repositoryPath(image)}`, id: imageTag(image) }];
    if (!facts.linux) {
      // With a platform asked for (`docker run --platform linux`), a Windows engine finds the Linux manifest and then
      // refuses its config: moby daemon/internal/distribution/config.go platformFromConfig wraps image.CheckOS's
      // error. Without one, the profile's own text (a manifest list without a Windows entry fails earlier).
      const asked = query.get('platform') ?? '';
      const message = /^linux\b/i.test(asked)
        ? 'image operating system "linux" cannot be used on this platform: operating system is not supported'
        : (facts.linuxImagePullError ?? 'image operating system "linux" cannot be used on this platform');
      lines.push({ errorDetail: { message }, error: message });
    } else {
      const made = this.images.get(image) ?? makeImage(image);
      const layer = made.id.slice(7, 19);
      lines.push(
        { status: 'Pulling fs layer', progressDetail: {}, id: layer },
        { status: 'Download complete', progressDetail: {}, id: layer },
        { status: 'Pull complete', progressDetail: {}, id: layer },
        { status: `Digest: ${made.digest}` },
        { status: `Status: Downloaded newer image for ${image}` },
      );
      this.images.set(image, made);
    }
    const chunks = (async function* () {
      for (const line of lines) yield `${JSON.stringify(line)}\r\n`;
    })();
    return { status: 200, stream: { contentType: 'application/json', chunks } };
  }

  /** Ends every attached connection (engine shutdown). */
  closeAll(): void {
    for (const c of this.containers.values()) {
      for (const socket of c.attached.splice(0)) socket.destroy();
      for (const w of c.waiters.splice(0)) w.resolve();
    }
  }

  private facts() {
    const facts = this.profile().containers;
    return facts ?? { linux: true, kernelRelease: '', machine: 'x86_64' };
  }

  private find(ref: string): Container | undefined {
    const direct = this.containers.get(ref);
    if (direct && direct.state !== 'removed') return direct;
    for (const c of this.containers.values()) {
      if (c.state === 'removed') continue;
      if (c.name === ref || c.name === ref.replace(/^\//, '') || (ref.length >= 4 && c.id.startsWith(ref))) return c;
    }
    return undefined;
  }

  private flushTo(container: Container, socket: Duplex): void {
    if (container.tty) socket.write(container.stdout + container.stderr);
    else for (const frame of frames(container)) socket.write(frame);
  }

  private finish(container: Container): void {
    this.release(container, 'not-running');
    this.release(container, 'next-exit');
    if (container.autoRemove) this.markRemoved(container);
  }

  private markRemoved(container: Container): void {
    container.state = 'removed';
    this.release(container, 'removed');
    this.release(container, 'not-running');
  }

  private release(container: Container, condition: string): void {
    container.waiters = container.waiters.filter((w) => {
      if (w.condition !== condition) return true;
      w.resolve();
      return false;
    });
  }
}

/** Stream frames of the multiplexed protocol: [stream, 0, 0, 0, size (uint32 BE)] + payload. */
function frames(c: Container): Buffer[] {
  const out: Buffer[] = [];
  for (const [stream, text] of [
    [1, c.stdout],
    [2, c.stderr],
  ] as const) {
    if (!text) continue;
    const payload = Buffer.from(text);
    const header = Buffer.alloc(8);
    header.writeUInt8(stream, 0);
    header.writeUInt32BE(payload.length, 4);
    out.push(header, payload);
  }
  return out;
}

function makeImage(image: string): { id: string; digest: string } {
  const hash = (salt: string) => createHash('sha256').update(`${salt}:${image}`).digest('hex');
  return { id: `sha256:${hash('id')}`, digest: `sha256:${hash('digest')}` };
}

function stringList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
