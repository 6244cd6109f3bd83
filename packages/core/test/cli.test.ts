import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { VERSION } from '../src/version.js';

function runCli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (text: string) => {
      stdout += text;
    },
    stderr: (text: string) => {
      stderr += text;
    },
    env: {},
  };
  return main(argv, io).then((code) => ({ code, stdout, stderr }));
}

describe('wsl-ready CLI', () => {
  it('keeps VERSION equal to package.json', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(VERSION).toBe(manifest.version);
  });

  it('prints the version', async () => {
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('prints help that names the exit codes', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage:');
    expect(stdout).toContain('Exit codes: 0 ready, 1 not ready, 2 usage or internal error.');
  });

  it('rejects an unknown option with exit code 2 and a pointer to --help', async () => {
    const { code, stderr } = await runCli(['--frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toContain('Unknown option --frobnicate');
    expect(stderr).toContain('--help');
  });

  it('answers --version through the bin and the one-file bundle', () => {
    const bin = fileURLToPath(new URL('../bin/wsl-ready.mjs', import.meta.url));
    expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' })).toBe(`${VERSION}\n`);
  });
});
