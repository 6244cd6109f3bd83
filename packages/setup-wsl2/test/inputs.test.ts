import { InputError, InvalidInputsError } from '@wsl-ready/core';
import { describe, expect, test } from 'vitest';
import { DEFAULT_TIMEOUT_MINUTES, parseInputs, parseTimeouts } from '../src/inputs.js';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

function inputError(values: Record<string, string>): InputError {
  try {
    parseInputs(reader(values));
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('parseInputs', () => {
  test('defaults match action.yml', () => {
    const inputs = parseInputs(reader({}));
    expect(inputs).toMatchObject({
      distribution: 'Ubuntu-24.04',
      wslVersion: 2,
      setAsDefault: true,
      update: false,
      packages: [],
      user: 'root',
      cache: true,
      docker: false,
      envPassthrough: true,
      report: true,
      timeoutMinutes: DEFAULT_TIMEOUT_MINUTES,
      matrix: null,
    });
    expect(inputs.source).toBeUndefined();
  });

  test('every bad input is listed in one error, with a did-you-mean where the choices are fixed', () => {
    const error = inputError({ 'wsl-version': '3', user: 'Root', cache: 'maybe', 'timeout-minutes': 'instal=5' });
    expect(error).toBeInstanceOf(InvalidInputsError);
    expect((error as InvalidInputsError).problems.map((p) => p.input)).toEqual([
      'wsl-version',
      'user',
      'cache',
      'timeout-minutes',
    ]);
    expect(error.message).toMatch(/^4 inputs are invalid:\n- /);
    expect(error.message).toContain('The timeout-minutes item "instal=5" is not valid. Did you mean `install`?');
    expect(error.message).toContain('Input `cache` must be one of true, false');
  });

  test.each([
    ['distribution', 'Ubuntu;rm -rf /'],
    ['distribution', '-d'],
    ['distribution', 'Ubuntu 24.04'],
    ['user', 'dev$(id)'],
    ['user', 'Root'],
    ['packages', 'curl;reboot'],
    ['packages', 'git `id`'],
    ['packages', '-oAPT::x'],
    ['wsl-version', '3'],
    ['cache', 'maybe'],
    ['docker', 'on'],
    ['wsl-min-version', '2.x'],
    ['matrix', '["windows-2025"]'],
    ['matrix', 'os: windows-2025'],
  ])('%s %j is rejected, naming the input and what is accepted', (input, value) => {
    const error = inputError({ [input]: value });
    expect(error.message).toContain(input === 'packages' ? 'package' : input);
    // Booleans and the matrix are read by the core actions kit, whose messages say what the input must be.
    expect(error.message).toMatch(/Accepted:|must be one of true, false, yes, no, 1 or 0|must be the job's matrix/);
  });

  test("matrix is the job's cell as a JSON object, or nothing", () => {
    expect(parseInputs(reader({ matrix: '{"os":"windows-2025","wsl":2}' })).matrix).toEqual({
      os: 'windows-2025',
      wsl: 2,
    });
    expect(parseInputs(reader({ matrix: 'null' })).matrix).toBeNull();
  });

  test('booleans accept the words the actions kit accepts, in any case', () => {
    const inputs = parseInputs(reader({ cache: 'No', docker: 'YES', update: '1', report: '0' }));
    expect([inputs.cache, inputs.docker, inputs.update, inputs.report]).toEqual([false, true, true, false]);
  });

  test('packages split on spaces, commas and lines, without duplicates', () => {
    expect(
      parseInputs(reader({ packages: 'git, curl\n  build-essential git libssl-dev=3.0.2-0ubuntu1' })).packages,
    ).toEqual(['git', 'curl', 'build-essential', 'libssl-dev=3.0.2-0ubuntu1']);
  });

  test('wsl-conf is read with WSL grammar; systemd adds boot.systemd', () => {
    const inputs = parseInputs(reader({ 'wsl-conf': '[automount]\noptions = metadata\n', systemd: 'true' }));
    expect(inputs.wslConf).toEqual({ automount: { options: 'metadata' }, boot: { systemd: true } });
    expect(inputError({ 'wsl-conf': '[boot]\nsystemdd = true\n' }).message).toMatch(
      /wsl-conf input has a problem on line 2/,
    );
  });

  test('WSL 1 refuses systemd and docker', () => {
    expect(inputError({ 'wsl-version': '1', systemd: 'true' }).input).toBe('systemd');
    expect(inputError({ 'wsl-version': '1', docker: 'true' }).input).toBe('docker');
  });

  test('source needs a SHA-256 and an https URL or a path', () => {
    expect(inputError({ source: 'https://example.com/x.wsl' }).input).toBe('source-sha256');
    expect(inputError({ source: 'http://example.com/x.wsl', 'source-sha256': 'a'.repeat(64) }).input).toBe('source');
    expect(inputError({ 'source-sha256': 'a'.repeat(64) }).input).toBe('source-sha256');
    expect(parseInputs(reader({ source: 'C:\\images\\x.wsl', 'source-sha256': 'A'.repeat(64) })).source).toEqual({
      location: 'C:\\images\\x.wsl',
      kind: 'path',
      sha256: 'a'.repeat(64),
    });
  });
});

describe('parseTimeouts', () => {
  test('one number sets every phase; key=value sets one', () => {
    expect(parseTimeouts('5')).toEqual({ download: 5, 'platform-update': 5, install: 5, packages: 5 });
    expect(parseTimeouts('install=0.5, packages: 30')).toEqual({
      ...DEFAULT_TIMEOUT_MINUTES,
      install: 0.5,
      packages: 30,
    });
  });
  test.each(['0', 'install=abc', 'instal=3', '-1', '1000'])('%j is rejected', (value) => {
    expect(() => parseTimeouts(value)).toThrow(/timeout-minutes/);
  });
});
