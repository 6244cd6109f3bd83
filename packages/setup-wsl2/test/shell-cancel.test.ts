// The cancel of a wsl-bash step, its pure parts and its order of calls (FakeRunner, signals from an emitter). The
// end-to-end proof (the runner's Ctrl+C through the twin's harness, the trap's output, nothing left) is in
// shell.test.ts.
import { EventEmitter } from 'node:events';
import { FakeRunner } from '@wsl-ready/core/testing';
import { describe, expect, test, vi } from 'vitest';
import {
  parseGroups,
  SIGNAL_SCRIPT,
  SWEEP_SCRIPT,
  signalArgs,
  sweepArgs,
  watchCancellation,
} from '../src/shell/cancel.js';
import type { StepConfig } from '../src/shell/wrapper.js';

const config = { distribution: 'Ubuntu-24.04' } as StepConfig;
const script = '/mnt/d/a/_temp/0d1e2f3a-1111-2222-3333-444455556666';

describe('wsl-bash cancel: argv and output', () => {
  test('signals as root, by script path, with the shell script as argv (no shell quoting on the way)', () => {
    expect(signalArgs(config, script, 'INT')).toEqual([
      '--distribution',
      'Ubuntu-24.04',
      '--user',
      'root',
      '--exec',
      '/bin/sh',
      '-c',
      SIGNAL_SCRIPT,
      'wsl-bash',
      'INT',
      script,
    ]);
    expect(sweepArgs(config, [812, 90])).toEqual([
      '--distribution',
      'Ubuntu-24.04',
      '--user',
      'root',
      '--exec',
      '/bin/sh',
      '-c',
      SWEEP_SCRIPT,
      'wsl-bash',
      '812',
      '90',
    ]);
  });

  test('reads the group ids the script printed, and nothing else', () => {
    expect(parseGroups('812\r\n90\n')).toEqual([812, 90]);
    expect(parseGroups('')).toEqual([]);
    expect(parseGroups('sh: kill: oops\n0\n-5\n12a\n99999999999\n')).toEqual([]);
  });
});

describe('wsl-bash cancel: the order of calls', () => {
  test('Ctrl+C: SIGINT to the group; Ctrl+Break: SIGTERM; after the script ended: the sweep of the groups found', async () => {
    const fake = new FakeRunner();
    fake.on('wsl.exe', (args) => args.includes('INT')).reply({ stdout: '812\n', encoding: 'utf-8' });
    fake.on('wsl.exe', (args) => args.includes('TERM')).reply({ stdout: '' });
    fake.on('wsl.exe', (args) => args.includes(SWEEP_SCRIPT)).reply({ stdout: '' });
    const signals = new EventEmitter();
    const lines: string[] = [];
    let stopped = false;
    const cancel = watchCancellation({
      runner: fake,
      config,
      wsl: 'wsl.exe',
      script,
      signals,
      stop: () => {
        stopped = true;
      },
      log: (line) => lines.push(line),
    });
    expect(cancel.requested).toBe(false);
    signals.emit('SIGINT');
    expect(cancel.requested).toBe(true);
    signals.emit(process.platform === 'win32' ? 'SIGBREAK' : 'SIGTERM');
    await cancel.finish();
    expect(fake.calls.map((c) => c.args.slice(-2))).toEqual([
      ['INT', script],
      ['TERM', script],
      ['wsl-bash', '812'],
    ]);
    for (const call of fake.calls) expect(call.options).toMatchObject({ interrupts: 'caller', timeoutMs: 5_000 });
    expect(lines).toEqual([
      'wsl-bash: the job was cancelled: SIGINT sent to the script in Ubuntu-24.04',
      'wsl-bash: the job was cancelled: SIGTERM sent to the script in Ubuntu-24.04',
    ]);
    expect(stopped).toBe(false);
    // Finished: later signals are not listened to any more.
    expect(signals.listenerCount('SIGINT')).toBe(0);
  });

  test('a script that outlives its SIGINT: SIGTERM at 6 s, SIGKILL at 8 s, and when it is not found its wsl.exe is ended 1 s later', async () => {
    vi.useFakeTimers();
    try {
      const fake = new FakeRunner();
      fake.on('wsl.exe').reply({ stdout: '' });
      const signals = new EventEmitter();
      let stoppedAt: number | undefined;
      const started = Date.now();
      const cancel = watchCancellation({
        runner: fake,
        config,
        wsl: 'wsl.exe',
        script,
        signals,
        stop: () => {
          stoppedAt = Date.now() - started;
        },
        log: () => {},
      });
      signals.emit('SIGINT');
      await vi.advanceTimersByTimeAsync(5_999);
      expect(fake.calls.map((c) => c.args.at(-2))).toEqual(['INT']);
      await vi.advanceTimersByTimeAsync(1);
      expect(fake.calls.map((c) => c.args.at(-2))).toEqual(['INT', 'TERM']);
      await vi.advanceTimersByTimeAsync(2_000);
      expect(fake.calls.map((c) => c.args.at(-2))).toEqual(['INT', 'TERM', 'KILL']);
      expect(stoppedAt).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1_000);
      expect(stoppedAt).toBe(9_000);
      await cancel.finish();
    } finally {
      vi.useRealTimers();
    }
  });

  test('no cancel, no call; a failed delivery is logged and the step goes on', async () => {
    const quiet = new FakeRunner();
    const idle = watchCancellation({
      runner: quiet,
      config,
      wsl: 'wsl.exe',
      script,
      signals: new EventEmitter(),
      stop: () => {},
      log: () => {},
    });
    await idle.finish();
    expect(quiet.calls).toEqual([]);

    const failing = new FakeRunner();
    failing.on('wsl.exe').throws(new Error('the service is gone'));
    const signals = new EventEmitter();
    const lines: string[] = [];
    const cancel = watchCancellation({
      runner: failing,
      config,
      wsl: 'wsl.exe',
      script,
      signals,
      stop: () => {},
      log: (line) => lines.push(line),
    });
    signals.emit('SIGINT');
    await cancel.finish();
    expect(lines).toEqual(['wsl-bash: could not signal the script in Ubuntu-24.04: the service is gone']);
  });
});
