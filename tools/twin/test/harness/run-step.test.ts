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
import { processAlive } from '../../src/wsl/instances.js';

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

describe('cancelling a step as the runner does on Windows', () => {
  function shellOnPath(name: string, text: string): { bin: string; temp: string } {
    const root = mkdtempSync(join(tmpdir(), 'run-step-cancel-'));
    dirs.push(root);
    const bin = join(root, 'bin');
    const temp = join(root, '_temp');
    mkdirSync(bin);
    mkdirSync(temp);
    writeFileSync(join(bin, name), text);
    chmodSync(join(bin, name), 0o755);
    return { bin, temp };
  }
  it('raises Ctrl+C (SIGINT) for the whole console (the step process group); a step that exits on it ends there', async () => {
    // `wait` returns as soon as a trapped signal arrives, wherever the event finds the shell.
    const { bin, temp } = shellOnPath(
      'trap-shell',
      '#!/bin/sh\ntrap \'echo "got INT"; kill $! 2>/dev/null; exit 3\' INT\necho ready\nsleep 30 >/dev/null 2>&1 &\nwait\n',
    );
    const result = await runStep({
      shell: 'trap-shell {0}',
      script: '',
      tempDir: temp,
      addedPath: [bin],
      env: { PATH: '/usr/bin:/bin' },
      cancelWhen: ({ stdout }) => stdout.includes('ready\n'),
    });
    expect(result.stdout).toBe('ready\ngot INT\n');
    expect(result.exitCode).toBe(3);
    expect(result.cancel?.outcome).toBe('ctrl-c');
  });

  it('then Ctrl+Break (SIGTERM), then kills the tree by parent pid: detached children too, never the Linux side', async () => {
    const { bin, temp } = shellOnPath(
      'stubborn-shell',
      [
        '#!/bin/sh',
        "trap '' INT TERM",
        // A child in its own session (Windows: a DETACHED_PROCESS, no console) and one marked as the twin's Linux side.
        'setsid sleep 1001 >/dev/null 2>&1 & echo "detached=$!"',
        'WSL_TWIN_LINUX_SIDE=1 setsid sleep 1002 >/dev/null 2>&1 & echo "linux=$!"',
        'echo ready',
        'while :; do sleep 1; done',
        '',
      ].join('\n'),
    );
    const result = await runStep({
      shell: 'stubborn-shell {0}',
      script: '',
      tempDir: temp,
      addedPath: [bin],
      env: { PATH: '/usr/bin:/bin' },
      cancelWhen: ({ stdout }) => stdout.includes('ready\n'),
      cancelWaitsMs: { ctrlC: 200, ctrlBreak: 200 },
    });
    expect(result.cancel?.outcome).toBe('tree-kill');
    expect(result.signal).toBe('SIGKILL');
    const detached = Number(/detached=(\d+)/.exec(result.stdout)![1]);
    const linux = Number(/linux=(\d+)/.exec(result.stdout)![1]);
    expect(processAlive(linux)).toBe(true);
    process.kill(linux, 'SIGKILL');
    // SIGKILL is delivered at once, but the process may linger as a zombie of init for a moment.
    const deadline = Date.now() + 10_000;
    while (
      processAlive(detached) &&
      !readFileSync(`/proc/${detached}/stat`, 'utf8').includes(') Z') &&
      Date.now() < deadline
    ) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(!processAlive(detached) || readFileSync(`/proc/${detached}/stat`, 'utf8').includes(') Z')).toBe(true);
  });
});
