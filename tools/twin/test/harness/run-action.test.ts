// The harness runs a real bundled action (fixtures/twin-action, @actions/core) under Node 24.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction, runActionLifecycle } from '../../src/harness/index.js';
import { type BundledAction, bundleFixtureAction } from './bundle-fixture.js';

let action: BundledAction;
let successOnly: BundledAction;
beforeAll(async () => {
  action = await bundleFixtureAction();
  successOnly = await bundleFixtureAction({ postIf: 'success()' });
});
afterAll(() => {
  action.remove();
  successOnly.remove();
});

const run = (inputs: Record<string, string>, extra: Partial<Parameters<typeof runAction>[0]> = {}) =>
  runAction({ actionDir: action.dir, inputs, timeoutMs: 15_000, ...extra });

describe('runAction (main)', () => {
  it('runs the action under Node 24 by default', async () => {
    const result = await run({ who: 'world' });
    expect(result.exitCode).toBe(0);
    expect(result.conclusion).toBe('success');
    expect(result.outputs['node-version']).toMatch(/^v24\./);
  });

  it('passes inputs as the runner does: hyphens kept, spaces to _, defaults for missing ones', async () => {
    const result = await run({ who: 'world', 'greeting-style': 'fancy' });
    expect(result.outputs.greeting).toBe('hello world (fancy, spaced default)');
    const defaults = await run({ who: 'you' });
    expect(defaults.outputs.greeting).toBe('hello you (plain, spaced default)');
  });

  it('evaluates the github.token expression of a default and masks the token in the log', async () => {
    const result = await run({ who: 'world' });
    expect(result.outputs['token-default']).toMatch(/^ghs_/);
    expect(result.log).not.toContain(result.outputs['token-default']);
  });

  it('collects outputs (heredoc too), exported env, PATH additions, summary and state', async () => {
    const result = await run({ who: 'world' });
    expect(result.outputs.multiline).toBe('line one\nline two');
    expect(result.exportedEnv).toEqual({ TWIN_EXPORTED: 'yes' });
    expect(result.addedPath).toEqual(['/opt/twin-tool/bin']);
    expect(result.summary).toContain('<h1>Twin action</h1>');
    expect(result.summary).toContain('Greeted world.');
    expect(result.state).toEqual({ 'from-main': 'main saw world' });
  });

  it('parses annotations, debug lines and groups from the log', async () => {
    const result = await run({ who: 'world' });
    expect(result.annotations).toEqual([
      { level: 'notice', message: 'look here', file: 'src/main.ts', line: 7, col: 3, title: 'Note' },
      { level: 'warning', message: 'careful' },
    ]);
    expect(result.debug).toEqual(['a debug line']);
    expect(result.groups).toEqual(['details']);
  });

  it('masks values registered with ::add-mask:: everywhere it reports text', async () => {
    const result = await run({ who: 'world', secret: 'hunter2-very-secret' });
    for (const text of [result.log, result.stdout]) {
      expect(text).not.toContain('hunter2-very-secret');
      expect(text).toContain('the secret is ***');
    }
    expect(result.masks).toEqual(['hunter2-very-secret']);
  });

  it('sets the runner variables for the chosen image', async () => {
    expect((await run({ who: 'w' })).outputs.runner).toBe('Windows/win25/X64');
    const linux = await run({ who: 'w' }, { runnerOs: 'Linux', imageOs: 'ubuntu24', runnerArch: 'ARM64' });
    expect(linux.outputs.runner).toBe('Linux/ubuntu24/ARM64');
    const win22 = await run({ who: 'w' }, { imageOs: 'win22' });
    expect(win22.outputs.runner).toBe('Windows/win22/X64');
  });

  it('reports a failing action: exit code 1 and its ::error annotations', async () => {
    const result = await run({ who: 'world', mode: 'fail' });
    expect(result.exitCode).toBe(1);
    expect(result.conclusion).toBe('failure');
    expect(result.annotations).toContainEqual({
      level: 'error',
      message: 'it broke here',
      file: 'src/thing.ts',
      line: 12,
      endLine: 14,
      col: 5,
      title: 'Broken',
    });
    expect(result.annotations).toContainEqual({ level: 'error', message: 'the action failed on purpose' });
  });

  it('a missing required input fails through @actions/core', async () => {
    const result = await run({});
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toContainEqual({ level: 'error', message: 'Input required and not supplied: who' });
  });

  it('warns about undeclared inputs like the runner', async () => {
    const result = await run({ who: 'w', colour: 'blue' });
    expect(result.annotations[0]).toEqual({
      level: 'warning',
      message:
        "Unexpected input(s) 'colour', valid inputs are ['who', 'greeting-style', 'my input', 'mode', 'token', 'secret']",
    });
  });

  it('fails the step on a broken environment file', async () => {
    const result = await run({ who: 'w', mode: 'bad-env-file' });
    expect(result.exitCode).toBe(0);
    expect(result.conclusion).toBe('failure');
    expect(result.fileCommandErrors).toEqual(["Invalid value. Matching delimiter not found 'EOF_NEVER'"]);
  });

  it('kills a hanging action at the timeout', async () => {
    const result = await run({ who: 'w', mode: 'hang' }, { timeoutMs: 1500 });
    expect(result.timedOut).toBe(true);
    expect(result.exitCode).toBeNull();
    expect(result.conclusion).toBe('failure');
  });

  it('does not leak the parent process runner variables into the action', async () => {
    const before = process.env.INPUT_WHO;
    process.env.INPUT_WHO = 'leaked';
    try {
      const result = await run({});
      expect(result.exitCode).toBe(1);
    } finally {
      if (before === undefined) delete process.env.INPUT_WHO;
      else process.env.INPUT_WHO = before;
    }
  });
});

describe('runActionLifecycle (pre → main → post)', () => {
  it('carries state, exported env and PATH from step to step', async () => {
    const result = await runActionLifecycle({ actionDir: action.dir, inputs: { who: 'world' }, timeoutMs: 15_000 });
    expect(result.conclusion).toBe('success');
    expect(result.pre?.log).toContain('pre ran');
    expect(result.outputs['state-from-pre']).toBe('pre-value');
    expect(result.post?.outputs['post-saw']).toBe('main saw world|pre-value|yes|true');
    expect(result.state).toEqual({ 'from-pre': 'pre-value', 'from-main': 'main saw world' });
  });

  it('runs post after a failed main when post-if is always()', async () => {
    const result = await runActionLifecycle({
      actionDir: action.dir,
      inputs: { who: 'w', mode: 'fail' },
      timeoutMs: 15_000,
    });
    expect(result.conclusion).toBe('failure');
    expect(result.main?.exitCode).toBe(1);
    expect(result.post?.log).toContain('post ran after main: main saw w');
  });

  it('skips post after a failed main when post-if is success()', async () => {
    const failed = await runActionLifecycle({
      actionDir: successOnly.dir,
      inputs: { who: 'w', mode: 'fail' },
      timeoutMs: 15_000,
    });
    expect(failed.post).toBeUndefined();
    const passed = await runActionLifecycle({ actionDir: successOnly.dir, inputs: { who: 'w' }, timeoutMs: 15_000 });
    expect(passed.post?.exitCode).toBe(0);
  });

  it('keeps masks registered in main for post', async () => {
    const result = await runActionLifecycle({
      actionDir: action.dir,
      inputs: { who: 'w', secret: 'carried-secret-123' },
      timeoutMs: 15_000,
    });
    expect(result.main?.log).not.toContain('carried-secret-123');
    expect(result.post?.masks).toEqual([]);
  });
});
