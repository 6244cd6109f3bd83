import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReportV1 } from '../../src/report/index.js';
import { validateReport } from '../../src/report/index.js';
import { TRANSCRIPT_SCHEMA, type Transcript } from '../../src/runner/index.js';
import { FakeRunner } from '../../src/testing/index.js';
import { fixture, runCli } from './run-cli.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'wsl-ready-doctor-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const ANSI = /\u001b\[[0-9;]*m/;
const RECORDED_AT = '2025-03-14T09:26:53.000Z';

/** A Windows developer laptop with WSL 2 and Docker Desktop, answering the way the real tools do. */
function laptopRunner(): FakeRunner {
  const docker = (name: string) => fixture(`docker/cli/desktop-wsl2/${name}`);
  return new FakeRunner()
    .on('wsl', /--version/)
    .reply({ stdout: fixture('wsl/version-en-US.txt') })
    .on('wsl', /(^|\s)(-l|--list)\b.*(-v|--verbose)/)
    .reply({ stdout: fixture('wsl/list-verbose-en-US.txt') })
    .on('wsl', /(^|\s)(-l|--list)\b.*(-q|--quiet)/)
    .reply({ stdout: fixture('wsl/list-quiet.txt') })
    .on('wsl', /--status/)
    .reply({ stdout: fixture('wsl/status-en-US.txt') })
    .on('docker', /\bcontext\b/)
    .reply({ stdout: fixture('docker/contexts/windows-desktop.array.json.out') })
    .on('docker', /\bversion\b/)
    .reply({ stdout: docker('version.json.out') })
    .on('docker', /\binfo\b/)
    .reply({ stdout: docker('info.json.out') })
    .on(() => true)
    .reply({ exitCode: 1, stderr: 'not available on this test machine\n' });
}

const LAPTOP_ENV = {
  USERPROFILE: 'C:\\Users\\dev',
  APPDATA: 'C:\\Users\\dev\\AppData\\Roaming',
  LOCALAPPDATA: 'C:\\Users\\dev\\AppData\\Local',
  USERNAME: 'dev',
  SystemRoot: 'C:\\Windows',
  GITHUB_TOKEN: 'ghp_secret_value_never_recorded',
  MY_PASSWORD: 'hunter2',
};

/** A transcript written by hand: Windows without WSL, so every wsl.exe call fails to start. */
function noWslTranscript(): Transcript & { host: { env: Record<string, string> } } {
  return {
    schema: TRANSCRIPT_SCHEMA,
    recordedAt: RECORDED_AT,
    host: { platform: 'win32', arch: 'x64', env: { USERPROFILE: 'C:\\Users\\ci', USERNAME: 'ci' } },
    calls: [],
  };
}

function writeJson(name: string, value: unknown): string {
  const file = path.join(scratch, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

function report(stdout: string): ReportV1 {
  const result = validateReport(JSON.parse(stdout));
  if (!result.ok) throw new Error(`invalid report: ${JSON.stringify(result.errors)}`);
  return result.report;
}

/** Durations are the only thing a replay measures anew. */
function withoutDurations(value: ReportV1): unknown {
  return JSON.parse(JSON.stringify(value), (key, item) => (key === 'durationMs' ? 0 : item));
}

describe('wsl-ready (doctor): record and replay', () => {
  it('--record then --replay gives the same report, on another OS and environment', async () => {
    const file = path.join(scratch, 'laptop.json');
    const recorded = await runCli(['--json', '--record', file], {
      platform: 'win32',
      arch: 'x64',
      env: LAPTOP_ENV,
      cwd: 'C:\\src\\app',
      createRunner: laptopRunner,
      readFile: async (name) => (name.endsWith('.wslconfig') ? '[wsl2]\nmemory=8GB\n' : null),
      now: () => new Date(RECORDED_AT),
    });
    expect(recorded.stderr).toContain(`Transcript written to ${file}.`);
    const original = report(recorded.stdout);
    expect(recorded.code).toBe(original.summary.status === 'not-ready' ? 1 : 0);
    expect(original.host.os).toBe('windows');
    expect(original.wsl?.version).toBe('2.5.10.0');
    expect(original.distros.map((distro) => distro.name)).toContain('Ubuntu-24.04');
    expect(original.docker?.backend).toBe('desktop-wsl2');

    // The replay runs on this Linux machine with a different environment and never calls a runner.
    const replayed = await runCli(['--json', '--replay', file], {
      platform: 'linux',
      arch: 'arm64',
      env: { WSL_DISTRO_NAME: 'Ubuntu', HOME: '/root' },
      createRunner: () => {
        throw new Error('a replay must not make a runner');
      },
      readFile: async () => {
        throw new Error('a replay must not read local files');
      },
    });
    expect(replayed.stderr).toBe('');
    expect(replayed.code).toBe(recorded.code);
    expect(withoutDurations(report(replayed.stdout))).toEqual(withoutDurations(original));
  });

  it('the transcript holds the machine facts, not secrets or the rest of the environment', async () => {
    const file = path.join(scratch, 'facts.json');
    await runCli(['--json', '--record', file], {
      platform: 'win32',
      arch: 'arm64',
      env: { ...LAPTOP_ENV, HTTPS_PROXY: 'http://user:pass@proxy:3128', RUNNER_NAME: 'runner-1' },
      cwd: 'C:\\src',
      createRunner: laptopRunner,
      readFile: async () => null,
      now: () => new Date(RECORDED_AT),
    });
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved.schema).toBe(TRANSCRIPT_SCHEMA);
    expect(saved.recordedAt).toBe(RECORDED_AT);
    expect(saved.host).toMatchObject({ platform: 'win32', arch: 'arm64', cwd: 'C:\\src' });
    expect(saved.host.env).toMatchObject({ USERPROFILE: 'C:\\Users\\dev', RUNNER_NAME: 'runner-1' });
    const text = readFileSync(file, 'utf8');
    for (const secret of ['ghp_secret_value_never_recorded', 'hunter2', 'user:pass'])
      expect(text).not.toContain(secret);
  });

  it('--replay of a hand-written transcript: --json validates, dated like the recording, stable across runs', async () => {
    const file = writeJson('no-wsl.json', noWslTranscript());
    const first = await runCli(['--json', '--replay', file], { env: { NO_COLOR: '1' } });
    const second = await runCli(['--json', '--replay', file], { platform: 'darwin', env: { WSL_READY_WSL: '/x/wsl' } });
    const parsed = report(first.stdout);
    expect(parsed.generatedAt).toBe(RECORDED_AT);
    expect(parsed.host.os).toBe('windows');
    expect(parsed.source).toEqual({ kind: 'cli', name: 'wsl-ready' });
    expect(first.code).toBe(parsed.summary.status === 'not-ready' ? 1 : 0);
    expect(withoutDurations(report(second.stdout))).toEqual(withoutDurations(parsed));
  });

  it('--markdown renders the same report as GitHub-flavoured Markdown', async () => {
    const file = writeJson('no-wsl-md.json', noWslTranscript());
    const run = await runCli(['--markdown', '--replay', file]);
    expect(run.stdout).toMatch(/^## .*WSL readiness/);
    expect(run.stdout).not.toMatch(ANSI);
    const json = report((await runCli(['--json', '--replay', file])).stdout);
    expect(run.code).toBe(json.summary.status === 'not-ready' ? 1 : 0);
  });

  it.each([
    ['missing.json', null, 'the file does not exist'],
    ['broken.json', '{"schema": ', 'it is not valid JSON'],
    ['other.json', '{"schema": "something-else/1"}', 'its schema is "something-else/1"'],
    [
      'env.json',
      JSON.stringify({ ...noWslTranscript(), host: { platform: 'win32', arch: 'x64', env: { A: 1 } } }),
      'host.env.A must be a string',
    ],
  ])('--replay %s that cannot be used: exit 2 with the reason, no stack', async (name, content, reason) => {
    const file = content === null ? path.join(scratch, name) : writeJson(name, content);
    const run = await runCli(['--replay', file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(reason);
    expect(run.stderr).toContain('--record');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
  it('--replay finds a relative path in the package folder when it is not under the working directory', async () => {
    const relative = 'test/cli/fixtures/windows-no-wsl.transcript.json';
    const run = await runCli(['--json', '--replay', relative], { cwd: scratch });
    expect(run.stderr).toContain('Replaying ');
    expect(run.stderr).toContain('windows-no-wsl.transcript.json');
    expect(report(run.stdout).generatedAt).toBe(RECORDED_AT);
    const missing = await runCli(['--json', '--replay', 'test/cli/fixtures/nope.json'], { cwd: scratch });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('the file does not exist');
  });
});

describe('wsl-ready (doctor): output', () => {
  const transcript = () => writeJson(`t-${Math.random().toString(36).slice(2)}.json`, noWslTranscript());

  it('terminal output by default, coloured only for a TTY without NO_COLOR', async () => {
    const file = transcript();
    const plain = await runCli(['--replay', file]);
    expect(plain.stdout).toContain('WSL readiness');
    expect(plain.stdout).not.toMatch(ANSI);
    expect((await runCli(['--replay', file], { stdoutIsTTY: true })).stdout).toMatch(ANSI);
    expect((await runCli(['--replay', file], { stdoutIsTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await runCli(['--replay', file, '--no-color'], { stdoutIsTTY: true })).stdout).not.toMatch(ANSI);
    expect((await runCli(['--replay', file], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
    expect((await runCli(['--replay', file, '--color'])).stdout).toMatch(ANSI);
  });

  it('a live progress line on a TTY stderr, erased before the report; nothing on a pipe', async () => {
    const file = transcript();
    const tty: string[] = [];
    const run = await runCli(['--replay', file], {
      progress: { isTTY: true, columns: 60, write: (chunk: string) => tty.push(chunk) },
    });
    expect(tty.length).toBeGreaterThan(0);
    expect(tty[0]).toMatch(/^\rChecking/);
    expect(tty.at(-1)).toBe('\r\u001b[K');
    expect(run.stdout).not.toContain('\r');
    const pipe: string[] = [];
    await runCli(['--replay', file], { progress: { isTTY: false, write: (chunk: string) => pipe.push(chunk) } });
    expect(pipe).toEqual([]);
  });

  it('--only limits the checks to the named areas', async () => {
    const run = await runCli(['--json', '--only', 'host', '--replay', transcript()]);
    const checks = report(run.stdout).checks;
    expect(checks.every((check) => check.area === 'host')).toBe(true);
  });
});

describe('wsl-ready (doctor): flags reach the checks, exit codes follow the verdict', () => {
  const linuxDocker = (profile: 'native-linux' | 'stopped') => () => {
    const runner = new FakeRunner().on('docker', /\bcontext\b/).reply({
      stdout: '[{"Name":"default","Current":true,"DockerEndpoint":"unix:///var/run/docker.sock"}]\n',
    });
    if (profile === 'native-linux') {
      runner
        .on('docker', /\bversion\b/)
        .reply({ stdout: fixture('docker/cli/native-linux/version.json.out') })
        .on('docker', /\binfo\b/)
        .reply({ stdout: fixture('docker/cli/native-linux/info.json.out') });
    } else {
      const down =
        'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n';
      runner.on('docker').reply({ exitCode: 1, stdout: '', stderr: down });
    }
    return runner.on(() => true).reply({ exitCode: 1, stderr: 'not available\n' });
  };
  const linux = { platform: 'linux' as const, arch: 'x64', env: {}, readFile: async () => null };

  it('exit 0 when the machine is ready (Linux with a working Docker engine)', async () => {
    const run = await runCli(['--json'], { ...linux, createRunner: linuxDocker('native-linux') });
    expect(report(run.stdout).summary.status).not.toBe('not-ready');
    expect(run.code).toBe(0);
  });

  it('exit 1 when it is not ready (no engine answers), in every output format', async () => {
    for (const format of [['--json'], ['--markdown'], []]) {
      const run = await runCli(format, { ...linux, createRunner: linuxDocker('stopped') });
      expect(run.code, format.join(' ')).toBe(1);
    }
    const json = await runCli(['--json'], { ...linux, createRunner: linuxDocker('stopped') });
    expect(report(json.stdout).checks.find((check) => check.id === 'docker.engine')?.status).toBe('fail');
  });

  /** Windows with WSL 2 whose only (default) distribution is stopped. */
  function stoppedDistroRunner(calls: string[][]) {
    return () =>
      new FakeRunner()
        .on('wsl', /--version/)
        .reply({ stdout: fixture('wsl/version-en-US.txt') })
        .on('wsl', /(-l|--list)\b.*(-v|--verbose)/)
        .reply({ stdout: '  NAME      STATE           VERSION\n* Ubuntu    Stopped         2\n' })
        .on('wsl', /--status/)
        .reply({ stdout: fixture('wsl/status-en-US.txt') })
        .on(() => true)
        .reply((call) => {
          calls.push([call.file, ...call.args]);
          return { exitCode: 1, stderr: 'not available\n' };
        });
  }
  const windows = {
    platform: 'win32' as const,
    arch: 'x64',
    env: { USERPROFILE: 'C:\\Users\\a' },
    readFile: async () => null,
  };
  const entersDistro = (calls: string[][]) =>
    calls.some((argv) => argv.includes('--distribution') || argv.includes('-d'));

  it('--deep may start the stopped default distribution; a default run never does', async () => {
    const plain: string[][] = [];
    await runCli(['--json'], { ...windows, createRunner: stoppedDistroRunner(plain) });
    expect(entersDistro(plain)).toBe(false);
    const deep: string[][] = [];
    await runCli(['--json', '--deep'], { ...windows, createRunner: stoppedDistroRunner(deep) });
    expect(entersDistro(deep)).toBe(true);
  });

  it('a replay uses the options the transcript was recorded with (--deep, --only)', async () => {
    const file = path.join(scratch, 'deep.json');
    const recorded = await runCli(['--json', '--deep', '--only', 'wsl,distros', '--record', file], {
      ...windows,
      createRunner: stoppedDistroRunner([]),
      now: () => new Date(RECORDED_AT),
    });
    expect(JSON.parse(readFileSync(file, 'utf8')).doctor).toEqual({ deep: true, only: ['wsl', 'distros'] });
    const replayed = await runCli(['--json', '--replay', file]);
    expect(withoutDurations(report(replayed.stdout))).toEqual(withoutDurations(report(recorded.stdout)));
    expect(report(replayed.stdout).checks.every((check) => ['wsl', 'distros'].includes(check.area))).toBe(true);
  });

  it('--min-wsl-version reaches the wsl.version check', async () => {
    const status = async (argv: string[]) =>
      report(
        (await runCli(['--json', '--only', 'wsl', ...argv], { ...windows, createRunner: stoppedDistroRunner([]) }))
          .stdout,
      ).checks.find((check) => check.id === 'wsl.version')?.status;
    expect(await status([])).toBe('pass');
    expect(await status(['--min-wsl-version', '2.4.4'])).toBe('pass');
    expect(await status(['--min-wsl-version', '9.0.0'])).toBe('fail');
  });
});
