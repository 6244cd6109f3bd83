import { describe, expect, it } from 'vitest';
import {
  compareVersions,
  DOCKER_BACKENDS,
  didYouMean,
  editDistance,
  InputError,
  InputProblems,
  InvalidInputsError,
  suggest,
} from '../../src/index.js';

describe('suggest (the did-you-mean both actions use)', () => {
  it.each([
    ['desktop-wsl', 'desktop-wsl2'],
    ['Desktop_WSL2', 'desktop-wsl2'],
    ['hyperv', 'desktop-hyperv'],
    ['podmna', 'podman'],
    ['moby', 'moby-windows-server'],
    ['native', 'native-linux'],
  ])('%s → %s', (typo, expected) => {
    expect(suggest(typo, DOCKER_BACKENDS)).toBe(expected);
  });

  it('finds the word a longer or shorter one stands for', () => {
    expect(suggest('warning', ['fail', 'warn'])).toBe('warn');
    expect(suggest('instal', ['download', 'platform-update', 'install', 'packages'])).toBe('install');
  });

  it('stays quiet when nothing is close', () => {
    expect(suggest('kubernetes', DOCKER_BACKENDS)).toBeUndefined();
    expect(suggest('', DOCKER_BACKENDS)).toBeUndefined();
    expect(suggest('desktop', DOCKER_BACKENDS)).toBeUndefined();
    expect(didYouMean('kubernetes', DOCKER_BACKENDS)).toBe('');
    expect(didYouMean('podmna', DOCKER_BACKENDS)).toBe(' Did you mean `podman`?');
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('podman', 'podmna')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('InputProblems', () => {
  it('collects every InputError and throws them as one InvalidInputsError (still an InputError)', () => {
    const problems = new InputProblems();
    expect(problems.attempt(1, () => 2)).toBe(2);
    expect(
      problems.attempt(1, () => {
        throw new InputError('a', 'Input `a` is wrong.');
      }),
    ).toBe(1);
    problems.add(new InputError('b', 'is wrong too.'));
    expect(problems.count).toBe(2);
    let caught: unknown;
    try {
      problems.throwIfAny();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidInputsError);
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InvalidInputsError).input).toBe('a, b');
    expect((caught as Error).message).toBe('2 inputs are invalid:\n- Input `a` is wrong.\n- b: is wrong too.');
  });

  it('lets other errors through and does nothing when all is well', () => {
    const problems = new InputProblems();
    expect(() =>
      problems.attempt(0, () => {
        throw new TypeError('bug');
      }),
    ).toThrow(TypeError);
    expect(() => problems.throwIfAny()).not.toThrow();
  });
});

describe('compareVersions', () => {
  it('compares numerically, a `-1` suffix counting as one more part', () => {
    expect(compareVersions('2.10.0', '2.9.4')).toBe(1);
    expect(compareVersions('2.5.10-1', '2.5.10')).toBe(1);
    expect(compareVersions('2.5.10', '2.5.10.0')).toBe(0);
    expect(compareVersions('2.4', '2.4.13')).toBe(-1);
  });
});
