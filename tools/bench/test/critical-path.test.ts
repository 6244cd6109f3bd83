import type { CommandRunner } from '@wsl-ready/core';
import { describe, expect, test } from 'vitest';
import {
  criticalPath,
  learnDependencies,
  probeLabel,
  sequentialMs,
  type TimedCall,
  TimingRunner,
} from '../src/critical-path.js';

const call = (key: string, start: number, end: number): TimedCall => ({ key, argv: [key], start, end });

describe('learnDependencies', () => {
  test('the trigger is the probe that ended last before a start, not every earlier probe', () => {
    // list → exec is a real chain; version merely ended earlier than exec started.
    const run = [call('version', 0, 100), call('list', 0, 150), call('exec', 152, 500), call('ps', 0, 400)];
    const deps = learnDependencies([run]);
    expect(deps.get('exec')).toEqual(['list']);
    expect(deps.get('version')).toEqual([]);
    expect(deps.get('ps')).toEqual([]);
  });

  test('a probe that started long after every earlier end waited for no probe', () => {
    const deps = learnDependencies([[call('a', 0, 100), call('b', 400, 500)]], 50);
    expect(deps.get('b')).toEqual([]);
  });

  test('runs vote: a coincidental trigger in one run loses to the consistent one', () => {
    const runs = [
      [call('ps', 0, 140), call('list', 0, 150), call('exec', 151, 400)],
      [call('ps', 0, 160), call('list', 0, 150), call('exec', 162, 400)],
      [call('ps', 0, 120), call('list', 0, 150), call('exec', 151, 400)],
    ];
    expect(learnDependencies(runs).get('exec')).toEqual(['list']);
  });
});

describe('criticalPath', () => {
  test('weights the learnt chain with this run’s durations and returns it in order', () => {
    const deps = new Map([
      ['list', []],
      ['exec', ['list']],
      ['ps', []],
    ]);
    // In this run the concurrency bound delayed exec: the queueing is not part of the path.
    const run = [call('list', 0, 150), call('ps', 0, 600), call('exec', 300, 700)];
    const path = criticalPath(run, deps);
    expect(path.ms).toBe(600);
    expect(path.chain.map((c) => c.key)).toEqual(['ps']);
    const slower = criticalPath([call('list', 0, 300), call('ps', 0, 600), call('exec', 300, 700)], deps);
    expect(slower.ms).toBe(700);
    expect(slower.chain.map((c) => c.key)).toEqual(['list', 'exec']);
  });

  test('probes unknown to the dependency runs count on their own', () => {
    expect(criticalPath([call('new', 10, 60)], new Map()).ms).toBe(50);
  });

  test('sequential time is the sum of durations', () => {
    expect(sequentialMs([call('a', 0, 100), call('b', 50, 80)])).toBe(130);
  });
});

describe('TimingRunner', () => {
  test('records each call with its argv, an occurrence key and start/end times', async () => {
    const inner: CommandRunner = {
      run: async () => ({
        exitCode: 0,
        rawExitCode: 0,
        stdout: Buffer.alloc(0),
        stderr: Buffer.alloc(0),
        durationMs: 0,
      }),
    };
    const timing = new TimingRunner(inner);
    await timing.run('wsl.exe', ['--list', '--verbose']);
    await timing.run('wsl.exe', ['--list', '--verbose']);
    expect(timing.calls.map((c) => c.key)).toEqual([
      '["wsl.exe","--list","--verbose"]#1',
      '["wsl.exe","--list","--verbose"]#2',
    ]);
    for (const c of timing.calls) expect(c.end).toBeGreaterThanOrEqual(c.start);
  });

  test('a failing call is still recorded with its end time', async () => {
    const timing = new TimingRunner({
      run: async () => {
        throw new Error('spawn failed');
      },
    });
    await expect(timing.run('docker', ['info'])).rejects.toThrow('spawn failed');
    expect(timing.calls[0]?.end).toBeGreaterThan(0);
  });
});

test('probeLabel keeps the executable’s base name and clips long arguments', () => {
  expect(probeLabel(['C:\\Windows\\System32\\wsl.exe', '--status'])).toBe('wsl.exe --status');
  expect(probeLabel(['/tmp/x/docker', '--host', 'npipe:////./pipe/dockerDesktopLinuxEngine'])).toBe(
    'docker --host npipe:////./pipe/dock…',
  );
});
