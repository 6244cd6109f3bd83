import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCTOR_AREAS } from '../../src/checks/options.js';
import { HELP_AREAS } from '../../src/cli/help.js';
import { VERSION } from '../../src/version.js';
import { runCli } from './run-cli.js';

describe('wsl-ready: version, help and usage errors', () => {
  it('keeps VERSION equal to package.json', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(VERSION).toBe(manifest.version);
  });

  it.each([['--version'], ['-V']])('prints the version for %s', async (flag) => {
    expect(await runCli([flag])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('prints help that names the commands, options and exit codes', async () => {
    const { code, stdout, stderr } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    for (const word of ['parse <kind>', 'lint-config', '--json', '--markdown', '--deep', '--bench-io', '--only']) {
      expect(stdout).toContain(word);
    }
    expect(stdout).toContain('--record <FILE>');
    expect(stdout).toContain('--replay <FILE>');
    expect(stdout).toContain('Exit codes: 0 ready, 1 not ready, 2 usage or internal error.');
  });

  it('lists exactly the doctor areas in the help', () => {
    expect(HELP_AREAS.split(', ')).toEqual([...DOCTOR_AREAS]);
  });

  it.each([
    [['parse', '--help'], 'Usage: wsl-ready parse <kind>'],
    [['parse', 'version', '-h'], 'Usage: wsl-ready parse <kind>'],
    [['lint-config', '--help'], 'Usage: wsl-ready lint-config'],
    [['help', 'parse'], 'Usage: wsl-ready parse <kind>'],
    [['help'], 'Usage:\n  wsl-ready [options]'],
  ])('prints the help of %j', async (argv, expected) => {
    const run = await runCli(argv);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(expected);
  });

  it.each([
    [['--frobnicate'], 'Unknown option --frobnicate.', 'wsl-ready --help'],
    [['--jsn'], 'Did you mean --json?', 'wsl-ready --help'],
    [['parse', 'version', '--jsn'], 'Unknown option --jsn for `parse`.', 'wsl-ready parse --help'],
    [['lint-config', '--kinds', 'x'], 'Did you mean --kind?', 'wsl-ready lint-config --help'],
    [['--only'], 'Option --only needs a value', 'wsl-ready --help'],
    [['--json=yes'], 'Option --json takes no value.', 'wsl-ready --help'],
    [['pasre', 'version'], 'Did you mean `wsl-ready parse`?', 'wsl-ready --help'],
    [['help', 'nope'], 'Unknown command "nope"', 'wsl-ready --help'],
    [['--json', 'parse', 'version'], 'Put the command first', 'wsl-ready --help'],
    [['--json', '--markdown'], 'Choose one of --json and --markdown.', 'wsl-ready --help'],
    [['--record', 'a.json', '--replay', 'b.json'], 'Choose one of --record and --replay', 'wsl-ready --help'],
    [['--only', 'wsl,dockr'], 'Unknown area "dockr" in --only. Did you mean docker?', 'wsl-ready --help'],
    [['--only', ','], '--only needs areas', 'wsl-ready --help'],
    [['--min-wsl-version', 'latest'], '--min-wsl-version takes a version like 2.4.4', 'wsl-ready --help'],
  ])('exits 2 for %j, naming the problem and pointing at help', async (argv, message, help) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain(help);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports an unexpected failure as an internal error without a stack, and with it under WSL_READY_DEBUG=1', async () => {
    const failing = () => {
      throw new TypeError('stdout went away');
    };
    let stderr = '';
    const { main } = await import('../../src/cli/main.js');
    const code = await main(['--help'], { stdout: failing, stderr: (t) => (stderr += t), env: {} });
    expect(code).toBe(2);
    expect(stderr).toContain('internal error: stdout went away');
    expect(stderr).toContain('WSL_READY_DEBUG=1');
    expect(stderr).not.toMatch(/\n\s+at /);

    stderr = '';
    const debug = await main(['--help'], {
      stdout: failing,
      stderr: (t) => (stderr += t),
      env: { WSL_READY_DEBUG: '1' },
    });
    expect(debug).toBe(2);
    expect(stderr).toMatch(/TypeError: stdout went away\n\s+at /);
  });
});
