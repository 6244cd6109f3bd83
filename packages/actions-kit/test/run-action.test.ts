import { InputError, WslReadyError } from '@wsl-ready/core';
import { describe, expect, it } from 'vitest';
import type { ActionsIo } from '../src/io.js';
import { failureMessage, runAction } from '../src/run-action.js';

function recorder(state: Record<string, string> = {}) {
  const calls: string[] = [];
  const io: ActionsIo = {
    info: (m) => calls.push(`info:${m}`),
    warning: (m) => calls.push(`warning:${m}`),
    debug: () => {},
    setFailed: (m) => calls.push(`failed:${m}`),
    getState: (name) => state[name] ?? '',
    saveState: (name, value) => calls.push(`state:${name}=${value}`),
  };
  return { io, calls };
}

describe('runAction', () => {
  it('runs main and records the post state when there is a post step', async () => {
    const { io, calls } = recorder();
    const ran: string[] = [];
    const phase = await runAction({
      io,
      main: async () => void ran.push('main'),
      post: async () => void ran.push('post'),
    });
    expect(phase).toBe('main');
    expect(ran).toEqual(['main']);
    expect(calls).toEqual(['state:isPost=true']);
  });

  it('runs post when the runner passes STATE_isPost back', async () => {
    const { io } = recorder({ isPost: 'true' });
    const ran: string[] = [];
    expect(
      await runAction({ io, main: async () => void ran.push('main'), post: async () => void ran.push('post') }),
    ).toBe('post');
    expect(ran).toEqual(['post']);
  });

  it('without a post step never records state', async () => {
    const { io, calls } = recorder({ isPost: 'true' });
    expect(await runAction({ io, main: async () => {} })).toBe('main');
    expect(calls).toEqual([]);
  });

  it('turns a throw into exactly one failure with the typed message', async () => {
    const { io, calls } = recorder();
    await runAction({
      io,
      main: async () => {
        throw new InputError('wsl-version', 'Input `wsl-version` must be 1 or 2.');
      },
    });
    expect(calls).toEqual(['failed:Input `wsl-version` must be 1 or 2.']);
  });

  it('adds remediation steps a typed error carries but does not print', () => {
    const error = Object.assign(new WslReadyError('wsl-error', 'WSL failed.'), {
      details: { remediation: ['Enable virtualization.', 'Reboot.'] },
    });
    expect(failureMessage(error)).toBe('WSL failed.\nWhat to do:\n1. Enable virtualization.\n2. Reboot.');
    const printed = Object.assign(new WslReadyError('wsl-error', 'WSL failed.\n1. Enable virtualization.'), {
      details: { remediation: ['Enable virtualization.'] },
    });
    expect(failureMessage(printed)).toBe(printed.message);
  });

  it('marks anything else as unexpected and says how to report it', () => {
    expect(failureMessage(new TypeError('x is undefined'))).toMatch(
      /^Unexpected error: x is undefined\n.*ACTIONS_STEP_DEBUG/,
    );
    expect(failureMessage('string thrown')).toMatch(/^Unexpected error: string thrown/);
  });
});
