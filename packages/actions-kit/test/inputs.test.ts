import { InputError } from '@wsl-ready/core';
import { describe, expect, it } from 'vitest';
import { parseBooleanInput, parseIntegerInput, parseListInput, parseMatrixInput } from '../src/index.js';

describe('parseBooleanInput', () => {
  it.each([
    ['true', true],
    ['TRUE', true],
    [' Yes ', true],
    ['1', true],
    ['false', false],
    ['No', false],
    ['0', false],
  ])('%j → %s', (raw, expected) => {
    expect(parseBooleanInput('cache', raw)).toBe(expected);
  });

  it('uses the fallback for an empty input only', () => {
    expect(parseBooleanInput('cache', '', true)).toBe(true);
    expect(parseBooleanInput('cache', '  ', false)).toBe(false);
    expect(parseBooleanInput('cache', 'no', true)).toBe(false);
  });

  it('names the input and the accepted values', () => {
    const error = (() => {
      try {
        parseBooleanInput('use-cache', 'maybe');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe('use-cache');
    expect((error as InputError).message).toMatch(/`use-cache`.*true, false, yes, no, 1 or 0.*"maybe"/);
    expect(() => parseBooleanInput('x', '')).toThrow(/not empty/);
    expect(() => parseBooleanInput('x', 'on')).toThrow(InputError);
  });
});

describe('parseListInput', () => {
  it('splits on newlines and commas, trims, drops empties and repeats', () => {
    expect(parseListInput('Ubuntu, Debian\r\n\n  kali-linux ,Ubuntu,')).toEqual(['Ubuntu', 'Debian', 'kali-linux']);
    expect(parseListInput('')).toEqual([]);
    expect(parseListInput(undefined)).toEqual([]);
  });
});

describe('parseIntegerInput', () => {
  it('reads whole numbers within bounds', () => {
    expect(parseIntegerInput('timeout', ' 30 ', { min: 1, max: 60 })).toBe(30);
    expect(parseIntegerInput('timeout', '', { fallback: 10 })).toBe(10);
    expect(parseIntegerInput('n', '-3')).toBe(-3);
  });

  it.each(['abc', '1.5', '1e3', '', '0x10', '61', '0'])('refuses %j with the range in the message', (raw) => {
    expect(() => parseIntegerInput('timeout-minutes', raw, { min: 1, max: 60 })).toThrow(
      /`timeout-minutes` must be a whole number from 1 to 60/,
    );
  });
});

describe('parseMatrixInput', () => {
  it("reads the job's matrix cell; nothing or null is no matrix", () => {
    expect(parseMatrixInput('matrix', '{"os":"windows-2025","wsl":2}')).toEqual({ os: 'windows-2025', wsl: 2 });
    expect(parseMatrixInput('matrix', ' null ')).toBeNull();
    expect(parseMatrixInput('matrix', '')).toBeNull();
    expect(parseMatrixInput('matrix', undefined)).toBeNull();
  });

  it.each(['[1,2]', '"windows"', 'os: windows-2025', '{"os":', `{"k":"${'x'.repeat(70_000)}"}`])(
    'refuses %j, naming the input and the expression to use',
    (raw) => {
      expect(() => parseMatrixInput('matrix', raw)).toThrow(InputError);
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the GitHub expression the message shows.
      expect(() => parseMatrixInput('matrix', raw)).toThrow('matrix: ${{ toJSON(matrix) }}');
    },
  );
});
