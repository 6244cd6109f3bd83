// `wsl-ready parse auto FILE`: every output in a pasted issue body, through the CLI.
import { describe, expect, it } from 'vitest';
import { fixturePath, json, runCli } from './run-cli.js';

describe('wsl-ready parse auto', () => {
  it('finds wsl -l -v and wsl --version in one pasted issue body (Markdown, inline code)', async () => {
    const run = await runCli(['parse', 'auto', fixturePath('corpus/wsl/list-verbose-rd8173-inline-code.md')]);
    expect(run.code).toBe(0);
    const out = json(run) as { kind: string; recognized: boolean; found: { kind: string }[] };
    expect(out).toMatchObject({ kind: 'auto', recognized: true });
    const kinds = out.found.map((entry) => entry.kind);
    expect(kinds).toContain('list-verbose');
    expect(kinds).toContain('version');
    expect(out.found.find((entry) => entry.kind === 'version')).toMatchObject({ windowsVersion: '10.0.26100.3037' });
  });

  it('finds --status and --version pasted one after the other, and docker info with --host', async () => {
    const both = json(await runCli(['parse', 'auto', fixturePath('corpus/wsl/status-9633-before-version.md')])) as {
      found: { kind: string; defaultDistribution?: string }[];
    };
    expect(both.found.map((entry) => entry.kind)).toEqual(expect.arrayContaining(['status', 'version']));
    expect(both.found.find((entry) => entry.kind === 'status')?.defaultDistribution).toBe('openSUSE-Tumbleweed');
    const docker = json(
      await runCli(['parse', 'auto', '--host', 'linux', fixturePath('corpus/docker/info-18.03-ubuntu-native.md')]),
    ) as { found: { kind: string; backend?: string }[] };
    expect(docker.found.find((entry) => entry.kind === 'docker')?.backend).toBe('native-linux');
  });

  it('a pasted wsl --version is only a version block, not systeminfo (its 4-part Windows version is not an OS Version line)', async () => {
    const run = json(await runCli(['parse', 'auto', fixturePath('wsl/version-en-US.txt')])) as {
      found: { kind: string }[];
    };
    expect(run.found.map((entry) => entry.kind)).toEqual(['version']);
    // systeminfo prints `OS Version: 10.0.26100 N/A Build 26100`, which still counts on its own.
    const os = json(
      await runCli(['parse', 'systeminfo'], {
        stdinBytes: 'OS Version:                10.0.26100 N/A Build 26100\r\n',
      }),
    );
    expect(os).toMatchObject({ recognized: true });
  });

  it('prose without any output: exit 1 and a warning', async () => {
    const run = await runCli(['parse', 'auto'], { stdinBytes: 'It just does not work, please help.\n' });
    expect(run.code).toBe(1);
    expect(json(run)).toMatchObject({ recognized: false, found: [] });
  });
});
