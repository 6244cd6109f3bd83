import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { redactRecordedBytes } from '../../src/runner/redact.js';
import { FakeRunner } from '../../src/testing/index.js';
import { runCli } from './run-cli.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'wsl-ready-record-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const SETTINGS = '{"proxyHttp":"http://me:s3cret-utf8@proxy:3128","wslEngineEnabled":true}\n';
const WSLCONFIG = '[wsl2]\r\nproxy=http://user:w5l-utf16@proxy.corp:8080\r\n';

/** Every program answers with settings that carry proxy credentials: UTF-8 from most, UTF-16LE from wsl.exe. */
function leakyRunner(): FakeRunner {
  return new FakeRunner()
    .on('wsl', /.*/)
    .reply({ stdout: Buffer.from(WSLCONFIG, 'utf16le'), stderr: Buffer.from('http://a:errpass@h/\n') })
    .on(() => true)
    .reply({ stdout: Buffer.from(SETTINGS), exitCode: 0 });
}

const record = (file: string, extra: string[] = []) =>
  runCli(['--json', '--record', file, ...extra], {
    platform: 'win32',
    arch: 'x64',
    env: { USERPROFILE: 'C:\\Users\\dev' },
    createRunner: leakyRunner,
    readFile: async () => SETTINGS,
    now: () => new Date('2026-01-01T00:00:00Z'),
  });

describe('wsl-ready --record keeps secrets out and files safe', () => {
  it('redacts every recorded stream, not only the copy of the files', async () => {
    const file = path.join(scratch, 'leak.json');
    await record(file);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as {
      calls: Array<{ stdout: string; stderr: string }>;
      files: Record<string, string>;
    };
    expect(saved.calls.length).toBeGreaterThan(0);
    const streams = saved.calls.flatMap((call) => [call.stdout, call.stderr]).map((b64) => Buffer.from(b64, 'base64'));
    const decoded = streams.flatMap((bytes) => [bytes.toString('utf8'), bytes.toString('utf16le')]).join('\n');
    for (const secret of ['s3cret-utf8', 'w5l-utf16', 'errpass']) {
      expect(decoded).not.toContain(secret);
      expect(JSON.stringify(saved.files)).not.toContain(secret);
    }
    // What is left is still the program's answer, in its own encoding.
    expect(decoded).toContain('http://***@proxy.corp:8080');
    expect(decoded).toContain('"proxyHttp":"http://***@proxy:3128"');
  });

  it('refuses to replace an existing file (or a planted link) without --force', async () => {
    const file = path.join(scratch, 'existing.json');
    writeFileSync(file, 'keep me\n');
    const refused = await record(file);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/exists already: pass --force/);
    expect(readFileSync(file, 'utf8')).toBe('keep me\n');

    const victim = path.join(scratch, 'victim.txt');
    writeFileSync(victim, 'victim\n');
    const link = path.join(scratch, 'planted.json');
    symlinkSync(victim, link);
    expect((await record(link)).code).not.toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('victim\n');

    // --force replaces the file (and a link itself, never what it points to).
    const forced = await record(file, ['--force']);
    expect(forced.stderr).toContain('Transcript written to');
    expect(JSON.parse(readFileSync(file, 'utf8')).schema).toBe('wsl-ready-transcript/1');
    await record(link, ['--force']);
    expect(readFileSync(victim, 'utf8')).toBe('victim\n');
  });

  it('redacts bytes without touching the rest of the output', () => {
    const mixed = Buffer.concat([Buffer.from([0xff, 0x00, 0xc3, 0xa9]), Buffer.from(' ftp://u:p@h/x é\n')]);
    expect(redactRecordedBytes(mixed)).toEqual(
      Buffer.concat([Buffer.from([0xff, 0x00, 0xc3, 0xa9]), Buffer.from(' ftp://***@h/x é\n')]),
    );
    expect(redactRecordedBytes(Buffer.from('plain output\n'))).toEqual(Buffer.from('plain output\n'));
  });
});
