import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommandNotFoundError, CommandTimeoutError, WslReadyError } from '../../src/errors.js';
import {
  CommandAbortedError,
  NodeCommandRunner,
  parseTranscript,
  RecordingRunner,
  ReplayMissError,
  ReplayRunner,
  readTranscript,
  TRANSCRIPT_SCHEMA,
  type Transcript,
  TranscriptError,
  writeTranscript,
} from '../../src/runner/index.js';
import { FakeRunner, wslText } from '../../src/testing/index.js';

const CHILD = fileURLToPath(new URL('./scripts/child.mjs', import.meta.url));
const node = process.execPath;
let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'wsl-ready-transcript-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function transcriptWith(calls: Transcript['calls']): Transcript {
  return {
    schema: TRANSCRIPT_SCHEMA,
    recordedAt: '2026-01-01T00:00:00.000Z',
    host: { platform: 'win32', arch: 'x64' },
    calls,
  };
}

function call(file: string, args: string[], stdout: string, exitCode = 0): Transcript['calls'][number] {
  return {
    file,
    args,
    exitCode,
    rawExitCode: exitCode,
    stdout: Buffer.from(stdout).toString('base64'),
    stderr: '',
    durationMs: 5,
  };
}

describe('record → replay', () => {
  it('replays real process results byte for byte, errors included', async () => {
    const file = path.join(scratch, 'session.json');
    const recorder = new RecordingRunner(new NodeCommandRunner({ killGraceMs: 200 }), { path: file });
    const bytes = Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x0a]).toString('hex');
    const live = [
      await recorder.run(node, [CHILD, 'bytes', bytes, '6f6b', '4']),
      await recorder.run(node, [CHILD, 'stdin'], { input: Buffer.from([1, 2, 3]) }),
      await recorder.run(node, [CHILD, 'flood'], { maxOutputBytes: 1000 }),
    ];
    const notFound = await recorder.run('wsl-ready-missing-tool', ['--version']).catch((e) => e);
    const timedOut = await recorder.run(node, [CHILD, 'sleep'], { timeoutMs: 300 }).catch((e) => e);
    expect(notFound).toBeInstanceOf(CommandNotFoundError);
    expect(timedOut).toBeInstanceOf(CommandTimeoutError);

    const replay = await ReplayRunner.fromFile(file);
    const replayed = [
      await replay.run(node, [CHILD, 'bytes', bytes, '6f6b', '4']),
      await replay.run(node, [CHILD, 'stdin'], { input: Buffer.from([1, 2, 3]) }),
      await replay.run(node, [CHILD, 'flood'], { maxOutputBytes: 1000 }),
    ];
    expect(replayed).toEqual(live);
    expect(replayed[2]?.truncated).toBe(true);

    const replayedNotFound = await replay.run('wsl-ready-missing-tool', ['--version']).catch((e) => e);
    expect(replayedNotFound).toBeInstanceOf(CommandNotFoundError);
    expect(replayedNotFound.message).toBe(notFound.message);
    const replayedTimeout = await replay.run(node, [CHILD, 'sleep']).catch((e) => e);
    expect(replayedTimeout).toBeInstanceOf(CommandTimeoutError);
    expect(replayedTimeout.message).toBe(timedOut.message);
    expect(replay.unusedCalls()).toEqual([]);
  });

  it('writes the documented transcript shape and keeps secrets out of it', async () => {
    const fake = new FakeRunner().on('wsl', ['--status']).reply({ stdout: 'Default Version: 2\n' });
    const recorder = new RecordingRunner(fake, { now: () => new Date('2026-02-03T04:05:06Z') });
    await recorder.run('C:\\Windows\\System32\\wsl.exe', ['--status'], {
      cwd: 'C:\\work',
      env: {
        GITHUB_TOKEN: 'ghs_secret',
        NPM_AUTH: 'x',
        AWS_SECRET_ACCESS_KEY: 'y',
        MY_PASSWORD: 'z',
        SSH_KEY: 'k',
        CREDENTIALS_FILE: 'c',
        WSL_UTF8: '1',
        GONE: undefined,
      },
      input: 'hello',
    });
    const file = path.join(scratch, 'nested', 'dir', 'shape.json');
    await recorder.save(file);
    const written = JSON.parse(readFileSync(file, 'utf8'));
    expect(written).toEqual({
      schema: 'wsl-ready-transcript/1',
      recordedAt: '2026-02-03T04:05:06.000Z',
      host: { platform: process.platform, arch: process.arch },
      calls: [
        {
          file: 'C:\\Windows\\System32\\wsl.exe',
          args: ['--status'],
          cwd: 'C:\\work',
          env: {
            GITHUB_TOKEN: '***',
            NPM_AUTH: '***',
            AWS_SECRET_ACCESS_KEY: '***',
            MY_PASSWORD: '***',
            SSH_KEY: '***',
            CREDENTIALS_FILE: '***',
            WSL_UTF8: '1',
            GONE: null,
          },
          input: Buffer.from('hello').toString('base64'),
          exitCode: 0,
          rawExitCode: 0,
          stdout: wslText('Default Version: 2\n').toString('base64'),
          stderr: '',
          durationMs: expect.any(Number),
        },
      ],
    });
    expect(readFileSync(file, 'utf8')).not.toContain('ghs_secret');
  });

  it('records a call that threw with its error code and message', async () => {
    const fake = new FakeRunner().on('docker').throws(new CommandNotFoundError('docker'));
    const recorder = new RecordingRunner(fake);
    await expect(recorder.run('docker', ['version'])).rejects.toBeInstanceOf(CommandNotFoundError);
    const [recorded] = recorder.transcript().calls;
    expect(recorded?.error).toEqual({ code: 'command-not-found', message: new CommandNotFoundError('docker').message });
  });
});

describe('ReplayRunner', () => {
  const transcript = transcriptWith([
    call('C:\\Windows\\System32\\wsl.exe', ['--list', '--quiet'], 'first'),
    call('wsl.exe', ['--list', '--quiet'], 'second'),
    call('/usr/bin/docker', ['version'], 'docker', 1),
    {
      ...call('wsl.exe', ['--update'], ''),
      exitCode: -1,
      rawExitCode: null,
      error: { code: 'command-timeout', message: 'x', timeoutMs: 1234 },
    },
    { ...call('wsl.exe', ['--shutdown'], ''), error: { code: 'command-aborted', message: 'x' } },
    { ...call('wsl.exe', ['--strange'], ''), error: { code: 'something-else', message: 'odd failure' } },
  ]);

  it('matches the executable by name in any folder and case, with or without .exe', async () => {
    const replay = new ReplayRunner(transcript);
    expect((await replay.run('WSL', ['--list', '--quiet'])).stdout.toString()).toBe('first');
    expect((await replay.run('/mnt/c/Windows/System32/wsl.exe', ['--list', '--quiet'])).stdout.toString()).toBe(
      'second',
    );
    expect((await replay.run('docker.exe', ['version'])).exitCode).toBe(1);
  });

  it('serves repeated calls in recorded order and repeats the last one', async () => {
    const replay = new ReplayRunner(transcript);
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push((await replay.run('wsl.exe', ['--list', '--quiet'])).stdout.toString());
    expect(answers).toEqual(['first', 'second', 'second', 'second']);
  });

  it('re-throws recorded failures as the same error classes', async () => {
    const replay = new ReplayRunner(transcript);
    const timeout = await replay.run('wsl.exe', ['--update']).catch((e) => e);
    expect(timeout).toBeInstanceOf(CommandTimeoutError);
    expect(timeout.timeoutMs).toBe(1234);
    await expect(replay.run('wsl.exe', ['--shutdown'])).rejects.toBeInstanceOf(CommandAbortedError);
    const other = await replay.run('wsl.exe', ['--strange']).catch((e) => e);
    expect(other).toBeInstanceOf(WslReadyError);
    expect(other.code).toBe('something-else');
    expect(other.message).toBe('odd failure');
  });

  it('explains a miss: the argv, the transcript and how to re-record', async () => {
    const replay = new ReplayRunner(transcript, { source: 'fixtures/win11.json' });
    const error = await replay.run('wsl.exe', ['--list', '--verbose']).catch((e) => e);
    expect(error).toBeInstanceOf(ReplayMissError);
    expect(error.argv).toEqual(['wsl.exe', '--list', '--verbose']);
    expect(error.message).toContain('`wsl.exe --list --verbose`');
    expect(error.message).toContain('fixtures/win11.json');
    expect(error.message).toContain('re-record');
    expect(error.message).toContain('--record');
    expect(error.message).toMatch(/Recorded commands:\n.*System32.*wsl\.exe\S* --list --quiet/);
  });

  it('does not match different arguments', async () => {
    const replay = new ReplayRunner(transcript);
    await expect(replay.run('wsl.exe', ['--list', '--quiet', '--all'])).rejects.toBeInstanceOf(ReplayMissError);
    await expect(replay.run('wsl.exe', ['--LIST', '--quiet'])).rejects.toBeInstanceOf(ReplayMissError);
  });

  it('honours an aborted signal', async () => {
    await expect(
      new ReplayRunner(transcript).run('wsl', ['--status'], { signal: AbortSignal.abort() }),
    ).rejects.toBeInstanceOf(CommandAbortedError);
  });
});

describe('transcript files', () => {
  it('writes and reads back a transcript', async () => {
    const file = path.join(scratch, 'roundtrip.json');
    const transcript = transcriptWith([call('wsl.exe', ['--status'], 'ok')]);
    await writeTranscript(file, transcript);
    expect(await readTranscript(file)).toEqual(transcript);
  });

  it.each([
    ['not JSON', '{"schema": ', 'not valid JSON'],
    ['another schema', JSON.stringify({ schema: 'wsl-ready-transcript/9', calls: [] }), 'wsl-ready-transcript/9'],
    ['an array', '[]', 'does not match'],
    ['null', 'null', 'does not match'],
    ['a call without args', JSON.stringify({ ...transcriptWith([]), calls: [{ file: 'wsl.exe' }] }), 'calls.0.args'],
    [
      'output that is not base64',
      JSON.stringify(transcriptWith([{ ...call('wsl', [], ''), stdout: 'not base64!' }])),
      'calls.0.stdout',
    ],
    [
      'a fractional exit code',
      JSON.stringify(transcriptWith([{ ...call('wsl', [], ''), exitCode: 1.5 }])),
      'calls.0.exitCode',
    ],
  ])('refuses %s with a TranscriptError', async (_label, text, mention) => {
    const file = path.join(scratch, 'bad.json');
    writeFileSync(file, text);
    const error = await readTranscript(file).catch((e) => e);
    expect(error).toBeInstanceOf(TranscriptError);
    expect(error.message).toContain(mention);
    expect(error.message).toContain(file);
    expect(error.message).toContain('Re-record');
  });

  it('reports a missing file as a TranscriptError', async () => {
    const error = await readTranscript(path.join(scratch, 'missing.json')).catch((e) => e);
    expect(error).toBeInstanceOf(TranscriptError);
    expect(error.message).toContain('does not exist');
  });

  it('refuses to write an invalid transcript', async () => {
    const bad = { ...transcriptWith([]), calls: [{ file: '' }] } as unknown as Transcript;
    await expect(writeTranscript(path.join(scratch, 'never.json'), bad)).rejects.toBeInstanceOf(TranscriptError);
  });

  it('parses transcripts given as objects too', () => {
    expect(parseTranscript(transcriptWith([])).calls).toEqual([]);
    expect(() => parseTranscript({})).toThrow(TranscriptError);
  });
});
