// `wsl-ready lint-config` on the mistakes real users make (issue 15): misspellings are errors, policy notes once.
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

async function lint(kind: string, text: string, extra: string[] = []) {
  const run = await runCli(['lint-config', '--json', '--kind', kind, ...extra, '-'], { stdinBytes: text });
  const out = JSON.parse(run.stdout) as {
    findings: { line: number; severity: string; rule: string; message: string }[];
  };
  return { code: run.code, findings: out.findings };
}

describe('lint-config: real mistakes exit non-zero', () => {
  it('a key 1-2 edits from a known key is an error (memroy, generateHost)', async () => {
    const wslconfig = await lint('wslconfig', '[wsl2]\nmemroy = 4GB\n');
    expect(wslconfig.code).toBe(1);
    expect(wslconfig.findings[0]).toMatchObject({ line: 2, severity: 'error', rule: 'unknown-key' });
    const wslconf = await lint('wslconf', '[network]\ngenerateHost = false\n');
    expect(wslconf.code).toBe(1);
    expect(wslconf.findings[0]?.message).toContain('generateHosts');
  });

  it('a truly unknown key stays a warning (exit 0)', async () => {
    const run = await lint('wslconfig', '[wsl2]\nmyCompanyTweak = 1\n');
    expect(run.code).toBe(0);
    expect(run.findings[0]).toMatchObject({ severity: 'warning', rule: 'unknown-key' });
  });

  it('%VARIABLE% in a .wslconfig path is an error (WSL never expands it)', async () => {
    const run = await lint('wslconfig', '[wsl2]\nswapFile = %USERPROFILE%\\\\swap.vhdx\n');
    expect(run.code).toBe(1);
    expect(run.findings.find((f) => f.severity === 'error')?.message).toContain('%USERPROFILE%');
  });

  it('[network] DHCP in wsl.conf is not sent to .wslconfig wsl2.dhcp', async () => {
    const run = await lint('wslconf', '[network]\nDHCP = false\n');
    expect(run.findings).toHaveLength(1);
    expect(run.findings[0]).toMatchObject({ severity: 'warning' });
    expect(run.findings[0]?.message).not.toMatch(/Move it to \.wslconfig/);
  });

  it('policy notes: one per file by default, one per line with --verbose', async () => {
    const text = '[wsl2]\nnetworkingMode = mirrored\nfirewall = true\ndnsTunneling = true\n';
    const quiet = await lint('wslconfig', text);
    const verbose = await lint('wslconfig', text, ['--verbose']);
    const policy = (f: { rule: string }) => f.rule === 'policy';
    expect(quiet.findings.filter(policy)).toHaveLength(1);
    expect(verbose.findings.filter(policy).length).toBeGreaterThan(1);
  });
});
