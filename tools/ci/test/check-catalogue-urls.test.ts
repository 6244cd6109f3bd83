// The scheduled catalogue check against a loopback server: a good pin passes, a 404 and a changed file fail.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, pinnedDownloads } from '../check-catalogue-urls.mjs';

const good = Buffer.from('a distribution image');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
let server: Server;
let base: string;
const dirs: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/good.wsl' || req.url === '/mirror.wsl') res.end(good);
    else if (req.url === '/changed.msi') res.end('another build');
    else {
      res.statusCode = 404;
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function catalogue(distroUrl: string, msiUrl: string, msiSha = sha(good)): string {
  const dir = mkdtempSync(join(tmpdir(), 'catalogue-'));
  dirs.push(dir);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'distributions.json'),
    JSON.stringify({
      distributions: [
        { name: 'Twin', arch: { x64: { url: distroUrl, mirrors: [`${base}/mirror.wsl`], sha256: sha(good) } } },
      ],
    }),
  );
  writeFileSync(
    join(dir, 'wsl-packages.json'),
    JSON.stringify({ version: '2.7.11.0', arch: { x64: { url: msiUrl, sha256: msiSha } } }),
  );
  return dir;
}

async function run(args: string[]) {
  const lines: string[] = [];
  const code = await main(args, (line) => lines.push(line));
  return { code, lines };
}

describe('check-catalogue-urls', () => {
  it('lists every pinned URL of the real catalogue, mirrors included', () => {
    const dir = join(import.meta.dirname, '../../../packages/setup-wsl2/src/catalogue');
    const read = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8'));
    const pins = pinnedDownloads(read('distributions.json'), read('wsl-packages.json'));
    expect(pins.length).toBeGreaterThan(4);
    expect(pins.every((p) => /^https:\/\//.test(p.url) && /^[0-9a-f]{64}$/.test(p.sha256))).toBe(true);
  });

  it('passes when every pin answers with its SHA-256', async () => {
    const { code, lines } = await run(['--catalogue', catalogue(`${base}/good.wsl`, `${base}/mirror.wsl`)]);
    expect(code).toBe(0);
    expect(lines.at(-1)).toBe('3 of 3 pinned downloads answer with their SHA-256.');
  });

  it('fails naming each stale pin: a 404 and a changed file', async () => {
    const { code, lines } = await run(['--catalogue', catalogue(`${base}/gone.wsl`, `${base}/changed.msi`)]);
    expect(code).toBe(1);
    const errors = lines.filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain('Twin (x64)');
    expect(errors[0]).toContain('HTTP 404');
    expect(errors[1]).toMatch(/WSL 2\.7\.11\.0 \(x64\).*SHA-256 is [0-9a-f]{64} \(13 bytes\)/);
  });

  it('refuses unknown arguments with usage', async () => {
    expect((await run(['--nope'])).code).toBe(2);
  });
});
