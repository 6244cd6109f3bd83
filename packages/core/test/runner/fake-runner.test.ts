import { describe, expect, it } from 'vitest';
import { CommandNotFoundError, CommandTimeoutError } from '../../src/errors.js';
import { CommandAbortedError } from '../../src/runner/index.js';
import { FakeRunner, UnexpectedCommandError, wslText } from '../../src/testing/index.js';
import { decodeOutput } from '../../src/text/decode.js';

describe('FakeRunner', () => {
  it('answers wsl.exe in UTF-16LE + CRLF by default and other programs in UTF-8', async () => {
    const fake = new FakeRunner()
      .on('wsl.exe', ['--list', '--quiet'])
      .reply({ stdout: 'Ubuntu\nDebian\n' })
      .on('docker', ['version'])
      .reply({ stdout: 'Client: 27.0\n', stderr: 'warn\n' });
    const wsl = await fake.run('C:\\Windows\\System32\\wsl.exe', ['--list', '--quiet']);
    expect(wsl.stdout).toEqual(wslText('Ubuntu\nDebian\n'));
    expect(decodeOutput(wsl.stdout)).toBe('Ubuntu\nDebian\n');
    const docker = await fake.run('docker', ['version']);
    expect(docker.stdout).toEqual(Buffer.from('Client: 27.0\n'));
    expect(docker.stderr).toEqual(Buffer.from('warn\n'));
  });

  it.each([
    ['wsl-utf8', Buffer.from('a\r\nb\r\n')],
    ['utf-8', Buffer.from('a\nb\n')],
    ['wsl', Buffer.from('a\r\nb\r\n', 'utf16le')],
  ] as const)('encodes text as %s on request', async (encoding, bytes) => {
    const fake = new FakeRunner().on('wsl').reply({ stdout: 'a\nb\n', encoding });
    expect((await fake.run('wsl', ['--status'])).stdout).toEqual(bytes);
  });

  it('passes bytes through untouched', async () => {
    const bytes = Uint8Array.from([0, 1, 0xff]);
    const fake = new FakeRunner().on('wsl').reply({ stdout: bytes });
    expect((await fake.run('wsl', [])).stdout).toEqual(Buffer.from(bytes));
  });

  it('normalises wsl failure exit codes like the real runner', async () => {
    const fake = new FakeRunner()
      .on('wsl', ['--bad'])
      .reply({ exitCode: 4294967295 })
      .on('sh')
      .reply({ exitCode: 255 });
    expect(await fake.run('wsl.exe', ['--bad'])).toMatchObject({ exitCode: -1, rawExitCode: 4294967295 });
    expect(await fake.run('sh', [])).toMatchObject({ exitCode: 255, rawExitCode: 255 });
  });

  it('matches arguments exactly, by RegExp items, by a RegExp over the line or by a predicate', async () => {
    const fake = new FakeRunner()
      .on('wsl', ['--distribution', /^Ubuntu/, '--exec', 'true'])
      .reply({ stdout: 'items' })
      .on('wsl', /--terminate \S+$/)
      .reply({ stdout: 'line' })
      .on(/docker(\.exe)?$/i, (args) => args.includes('--format'))
      .reply({ stdout: 'predicate' })
      .on((file) => file.endsWith('pwsh'))
      .reply({ stdout: 'file predicate' });
    expect(
      (await fake.run('wsl', ['--distribution', 'Ubuntu-24.04', '--exec', 'true'])).stdout.toString('utf16le'),
    ).toBe('items');
    expect((await fake.run('wsl', ['--terminate', 'Debian'])).stdout.toString('utf16le')).toBe('line');
    expect((await fake.run('C:\\bin\\Docker.exe', ['info', '--format', '{{json .}}'])).stdout.toString()).toBe(
      'predicate',
    );
    expect((await fake.run('/usr/bin/pwsh', ['-c', '1'])).stdout.toString()).toBe('file predicate');
    await expect(fake.run('wsl', ['--distribution', 'Debian', '--exec', 'true'])).rejects.toBeInstanceOf(
      UnexpectedCommandError,
    );
    await expect(fake.run('wsl', ['--distribution', 'Ubuntu', '--exec'])).rejects.toBeInstanceOf(
      UnexpectedCommandError,
    );
  });

  it('uses the first matching rule with uses left, so replyOnce can script a sequence', async () => {
    const fake = new FakeRunner()
      .on('wsl', ['--status'])
      .replyOnce({ exitCode: -1, stdout: 'The service is starting.\n' })
      .on('wsl', ['--status'])
      .reply({ stdout: 'Default Version: 2\n' });
    const first = await fake.run('wsl', ['--status']);
    const second = await fake.run('wsl', ['--status']);
    const third = await fake.run('wsl', ['--status']);
    expect([first.exitCode, second.exitCode, third.exitCode]).toEqual([-1, 0, 0]);
    expect(fake.unusedOnceRules()).toEqual([]);
  });

  it('answers from a function of the call', async () => {
    const fake = new FakeRunner().on('wsl').reply((call) => ({ stdout: call.args.join(','), encoding: 'utf-8' }));
    expect((await fake.run('wsl', ['-l', '-v'])).stdout.toString()).toBe('-l,-v');
  });

  it('throws scripted errors', async () => {
    const fake = new FakeRunner().on('docker').throws(new CommandNotFoundError('docker'));
    await expect(fake.run('docker', ['info'])).rejects.toBeInstanceOf(CommandNotFoundError);
  });

  it('makes a hanging call end at its timeout with CommandTimeoutError', async () => {
    const fake = new FakeRunner().on('wsl', ['--update']).hang();
    const error = await fake.run('wsl', ['--update'], { timeoutMs: 20 }).catch((e) => e);
    expect(error).toBeInstanceOf(CommandTimeoutError);
    expect(error.argv).toEqual(['wsl', '--update']);
    expect(error.timeoutMs).toBe(20);
  });

  it('times out a delay longer than the timeout, and answers a shorter one', async () => {
    const fake = new FakeRunner().on('wsl').reply({ delayMs: 30, stdout: 'late' });
    await expect(fake.run('wsl', [], { timeoutMs: 10 })).rejects.toBeInstanceOf(CommandTimeoutError);
    expect(decodeOutput((await fake.run('wsl', [], { timeoutMs: 1_000 })).stdout)).toBe('late');
  });

  it('ends a hanging call on abort', async () => {
    const fake = new FakeRunner().on('wsl').hang();
    const controller = new AbortController();
    const call = fake.run('wsl', ['--install'], { signal: controller.signal });
    controller.abort();
    await expect(call).rejects.toBeInstanceOf(CommandAbortedError);
    await expect(fake.run('wsl', [], { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(CommandAbortedError);
  });

  it('honours the output cap', async () => {
    const fake = new FakeRunner().on('docker').reply({ stdout: 'x'.repeat(10), stderr: 'y'.repeat(10) });
    const result = await fake.run('docker', ['logs'], { maxOutputBytes: 15 });
    expect(result.truncated).toBe(true);
    expect(result.stdout.toString()).toBe('x'.repeat(10));
    expect(result.stderr.toString()).toBe('y'.repeat(5));
  });

  it('records every call, answered or not, for assertions', async () => {
    const fake = new FakeRunner().on('wsl', ['--status']).reply({});
    await fake.run('wsl.exe', ['--status'], { timeoutMs: 5_000, env: { A: '1' } });
    await fake.run('docker', ['info']).catch(() => {});
    expect(fake.calls).toEqual([
      { file: 'wsl.exe', args: ['--status'], options: { timeoutMs: 5_000, env: { A: '1' } } },
      { file: 'docker', args: ['info'], options: {} },
    ]);
    expect(fake.callsTo('wsl')).toHaveLength(1);
    expect(fake.callsTo('docker', ['info'])).toHaveLength(1);
  });

  it('fails an unscripted call with a message naming the argv and how to script it', async () => {
    const fake = new FakeRunner().on('wsl', ['--status']).replyOnce({});
    await fake.run('wsl', ['--status']);
    const error = await fake.run('wsl', ['--list', '--verbose']).catch((e) => e);
    expect(error).toBeInstanceOf(UnexpectedCommandError);
    expect(error.argv).toEqual(['wsl', '--list', '--verbose']);
    expect(error.message).toContain('`wsl --list --verbose`');
    expect(error.message).toContain(`fake.on("wsl", ["--list","--verbose"])`);
    expect(error.message).toContain('wsl --status (used up)');
  });

  it('lists replyOnce rules that were never used', () => {
    const fake = new FakeRunner().on('wsl', ['--shutdown']).replyOnce({});
    expect(fake.unusedOnceRules()).toEqual(['wsl --shutdown']);
  });
});

describe('wslText', () => {
  it('makes UTF-16LE + CRLF bytes, or UTF-8 + CRLF', () => {
    expect(wslText('a\n')).toEqual(Buffer.from([0x61, 0, 0x0d, 0, 0x0a, 0]));
    expect(wslText('a\n', { utf8: true })).toEqual(Buffer.from('a\r\n'));
  });
});
