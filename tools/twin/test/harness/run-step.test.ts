// Custom-shell steps as actions/runner invokes them (ScriptHandler.cs): `{0}` is the script path, unquoted.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  formatShellArguments,
  parseShellOption,
  runStep,
  splitWindowsCommandLine,
} from '../../src/harness/run-step.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('custom shell invocation', () => {
  it('splits the shell option once and formats {0} without quotes', () => {
    expect(parseShellOption('wsl-bash {0}')).toEqual({ command: 'wsl-bash', format: '{0}' });
    expect(parseShellOption('wsl-bash -d Ubuntu {0}')).toEqual({ command: 'wsl-bash', format: '-d Ubuntu {0}' });
    expect(formatShellArguments('{0}', 'C:\\a b\\_temp\\x')).toBe('C:\\a b\\_temp\\x');
    expect(formatShellArguments('"{0}"', 'C:\\q"x')).toBe('"C:\\q\\"x"');
    expect(() => formatShellArguments('', 'x')).toThrow(/format string containing '\{0\}'/);
  });

  it('splits a Windows command line as CommandLineToArgvW does', () => {
    expect(splitWindowsCommandLine('C:\\a b\\t')).toEqual(['C:\\a', 'b\\t']);
    expect(splitWindowsCommandLine('"C:\\a b\\t" x')).toEqual(['C:\\a b\\t', 'x']);
    expect(splitWindowsCommandLine('a\\\\\\"b "c d"')).toEqual(['a\\"b', 'c d']);
  });

  it('hands a temp path with spaces and non-ASCII letters to the shell as several arguments', async () => {
    const root = mkdtempSync(join(tmpdir(), 'run-step-'));
    dirs.push(root);
    const temp = join(root, 'actions runner ü', '_temp');
    const bin = join(root, 'bin');
    mkdirSync(temp, { recursive: true });
    mkdirSync(bin);
    // A shell that reports its arguments, one per line.
    writeFileSync(join(bin, 'argv-shell'), '#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a"; done\n');
    chmodSync(join(bin, 'argv-shell'), 0o755);
    const result = await runStep({
      shell: 'argv-shell {0}',
      script: 'echo one\necho two\n',
      tempDir: temp,
      addedPath: [bin],
      env: { PATH: '/usr/bin:/bin' },
    });
    expect(result.exitCode).toBe(0);
    // Every space of the path splits it: three arguments for two spaces.
    expect(result.argv).toEqual(result.scriptPath.split(' '));
    expect(result.argv).toHaveLength(3);
    expect(result.stdout.split('\n').filter(Boolean)).toEqual(result.argv);
    // The script file: no extension, CRLF, no BOM.
    expect(result.scriptPath).toMatch(/_temp\/[0-9a-f-]{36}$/);
    expect(readFileSync(result.scriptPath, 'utf8')).toBe('echo one\r\necho two\r\n');
  });
});
