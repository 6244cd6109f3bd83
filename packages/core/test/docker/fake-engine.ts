// A minimal Docker Engine API on a unix socket, enough for the real docker CLI's `version` and `info`
// (what the docker CLI asks first: HEAD/GET /_ping with Api-Version, /v*/version, /v*/info, JSON 404 for the rest).
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface EngineProfile {
  host: string;
  backend: string;
  endpoint: string;
  context: string;
  source: string;
  version: Record<string, unknown>;
  info: Record<string, unknown>;
}

export interface FakeEngine {
  endpoint: string;
  dir: string;
  close(): Promise<void>;
}

export async function startFakeEngine(profile: EngineProfile): Promise<FakeEngine> {
  const dir = mkdtempSync(join(tmpdir(), 'wsl-ready-docker-'));
  const socket = join(dir, 'engine.sock');
  const apiVersion = String(profile.version.ApiVersion ?? '1.41');
  const osType = String(profile.version.Os ?? 'linux');
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').replace(/^\/v[\d.]+(?=\/)/, '').split('?')[0];
    if (path === '/_ping') {
      res.writeHead(200, { 'Api-Version': apiVersion, Ostype: osType, 'Docker-Experimental': 'false' });
      res.end(req.method === 'HEAD' ? undefined : 'OK');
      return;
    }
    const body = path === '/version' ? profile.version : path === '/info' ? profile.info : null;
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body ?? { message: `page not found: ${req.method} ${req.url}` }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socket, () => resolve());
  });
  return {
    endpoint: `unix://${socket}`,
    dir,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}
