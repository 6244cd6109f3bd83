import { describe, expect, it } from 'vitest';
import {
  evaluate,
  evaluateCondition,
  inputVariableName,
  interpolate,
  maskText,
  parseCommandLine,
  parseKeyValueFile,
  parsePathFile,
  processCommands,
  readActionManifest,
  toRecord,
} from '../../src/harness/index.js';

describe('environment files', () => {
  it('reads name=value lines and heredocs, later names winning', () => {
    const file = parseKeyValueFile('a=1\r\nb<<ghadelimiter_x\nline 1\nline=2\nghadelimiter_x\n\na=3=4\n');
    expect(file.errors).toEqual([]);
    expect(toRecord(file)).toEqual({ a: '3=4', b: 'line 1\nline=2' });
  });

  it('an = before << makes a plain value', () => {
    expect(toRecord(parseKeyValueFile('x=a<<b\n'))).toEqual({ x: 'a<<b' });
  });

  it('reports a heredoc without its end delimiter and an empty name', () => {
    expect(parseKeyValueFile('v<<END\nno end\n').errors).toEqual(["Invalid value. Matching delimiter not found 'END'"]);
    expect(parseKeyValueFile('=x\n').errors).toEqual(["Invalid format '=x'. Name must not be empty"]);
  });

  it('reads GITHUB_PATH lines', () => {
    expect(parsePathFile('/a\r\n\n  /b  \n')).toEqual(['/a', '/b']);
  });
});

describe('workflow commands', () => {
  it('unescapes data and properties', () => {
    expect(parseCommandLine('::error file=a%3Ab.ts,line=3,title=x%2Cy::50%25 done%0Anext')).toEqual({
      command: 'error',
      properties: { file: 'a:b.ts', line: '3', title: 'x,y' },
      data: '50% done\nnext',
    });
    expect(parseCommandLine('not a command')).toBeUndefined();
    expect(parseCommandLine('##[warning]legacy')?.command).toBe('warning');
  });

  it('ignores commands between stop-commands and its token', () => {
    const effects = processCommands('::stop-commands::tok\n::error::hidden\n::tok::\n::error::shown');
    expect(effects.annotations).toEqual([{ level: 'error', message: 'shown' }]);
  });

  it('honours deprecated set-output with the runner warning', () => {
    const effects = processCommands('::set-output name=x::1');
    expect(effects.outputs).toEqual({ x: '1' });
    expect(effects.annotations[0]?.message).toMatch(/^The `set-output` command is deprecated/);
  });

  it('masks longest values first and multi-line secrets line by line', () => {
    expect(maskText('abc abcdef', ['abc', 'abcdef'])).toBe('*** ***');
    expect(maskText('first\nsecond line', ['first\nsecond line'])).toBe('***');
    expect(maskText('x second y', ['first\nsecond'])).toBe('x *** y');
    expect(maskText('keep', ['', ' '])).toBe('keep');
  });
});

describe('expressions', () => {
  const ctx = (status: 'success' | 'failure' = 'success') => ({
    status,
    contexts: { runner: { os: 'Windows' }, github: { token: 't0k' }, env: { FLAG: 'on' } },
  });

  it('evaluates status functions, comparisons and paths', () => {
    expect(evaluateCondition('always()', ctx('failure'))).toBe(true);
    expect(evaluateCondition("runner.os == 'windows'", ctx())).toBe(true);
    expect(evaluateCondition("runner.os == 'Windows'", ctx('failure'))).toBe(false);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: an Actions expression, not a JS template
    expect(evaluateCondition("${{ failure() || env.FLAG != 'on' }}", ctx('failure'))).toBe(true);
    expect(evaluateCondition("!contains(runner.os, 'lin') && startsWith(env['FLAG'], 'o')", ctx())).toBe(true);
    expect(evaluate("'it''s'", ctx())).toBe("it's");
  });

  it('interpolates defaults and refuses what it does not know', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: an Actions expression, not a JS template
    expect(interpolate('token=${{ github.token }}', ctx())).toBe('token=t0k');
    expect(() => evaluate('hashFiles("x")', ctx())).toThrow(/Cannot evaluate/);
  });
});

describe('inputs and manifests', () => {
  it('names input variables like the runner', () => {
    expect(inputVariableName('greeting-style')).toBe('INPUT_GREETING-STYLE');
    expect(inputVariableName('my input')).toBe('INPUT_MY_INPUT');
  });

  it('refuses a non-JavaScript action with a clear message', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'wsl-ready-manifest-'));
    try {
      writeFileSync(join(dir, 'action.yml'), 'name: x\nruns:\n  using: composite\n  steps: []\n');
      expect(() => readActionManifest(dir)).toThrow(/runs JavaScript actions only/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
