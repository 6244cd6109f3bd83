// The input parser on its own (a pure function); the did-you-mean is the core's `suggest` (core/test/text).

import { InvalidInputsError } from '@wsl-ready/core';
import { describe, expect, it } from 'vitest';
import { parseInputs } from '../src/inputs.js';

const read = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('parseInputs', () => {
  it('fills in the documented defaults', () => {
    expect(parseInputs(read({}))).toEqual({
      expectBackend: 'any',
      requireLinuxContainers: false,
      requireEngine: true,
      probeAllEndpoints: true,
      runContainer: false,
      dockerPath: null,
      timeoutSeconds: 15,
      failOn: 'fail',
      report: true,
      matrix: null,
    });
  });

  it('reads a comma or newline list of backends, case-insensitively, without duplicates', () => {
    const inputs = parseInputs(read({ 'expect-backend': 'Desktop-WSL2,\n wsl-dockerd, desktop-wsl2 ,native-linux' }));
    expect(inputs.expectBackend).toEqual(['desktop-wsl2', 'wsl-dockerd', 'native-linux']);
  });

  it("reads booleans, whole seconds and the matrix with the actions kit's readers", () => {
    const inputs = parseInputs(
      read({
        'run-container': 'TRUE',
        'require-engine': 'no',
        'timeout-seconds': '30',
        'fail-on': 'WARN',
        matrix: '{"os":"windows-2025","engine":"moby"}',
      }),
    );
    expect(inputs).toMatchObject({
      runContainer: true,
      requireEngine: false,
      timeoutSeconds: 30,
      failOn: 'warn',
      matrix: { os: 'windows-2025', engine: 'moby' },
    });
    expect(parseInputs(read({ matrix: 'null' })).matrix).toBeNull();
  });

  it('refuses fractional or out-of-range seconds and a matrix that is not a JSON object', () => {
    for (const [name, value] of [
      ['timeout-seconds', '2.5'],
      ['timeout-seconds', '601'],
      ['matrix', '[1,2]'],
      ['matrix', '{"os":'],
    ] as const) {
      expect(() => parseInputs(read({ [name]: value })), `${name}=${value}`).toThrow(InvalidInputsError);
    }
    expect(() => parseInputs(read({ matrix: 'windows' }))).toThrow(/toJSON\(matrix\)/);
  });

  it('reports every problem at once, with the input named', () => {
    let caught: unknown;
    try {
      parseInputs(read({ report: 'on', 'timeout-seconds': '601', 'docker-path': 'a\nb', 'expect-backend': 'dockr' }));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidInputsError);
    const problems = (caught as InvalidInputsError).problems.map((p) => p.input);
    expect(problems.sort()).toEqual(['docker-path', 'expect-backend', 'report', 'timeout-seconds']);
  });

  it('clips hostile values in messages', () => {
    expect(() => parseInputs(read({ 'fail-on': `${'x'.repeat(500)}\u001b[31m` }))).toThrow(/\.\.\.`/);
  });
});
