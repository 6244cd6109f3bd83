// The scenario building blocks through their public functions: the env lines a person pastes, the twin command's
// argument handling and lifecycle, the powershell.exe stand-in, and a scenario changed by hand (`wsl --update`).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeOutput, hostProbeArgs, parseHostProbe } from '@wsl-ready/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../src/scenarios/catalogue.js';
import { twinMain } from '../../src/scenarios/cli.js';
import { renderEnvLines } from '../../src/scenarios/env-lines.js';
import { windowsPathOnTwin } from '../../src/scenarios/host-probe.js';
import { startScenario } from '../../src/scenarios/start.js';
import { buildCli, CLI, cleanEnv, parseReport, run } from './helpers.js';

function fakeIo(onRunning?: (out: string) => void | Promise<void>) {
  const io = {
    stdout: '',
    stderr: '',
    out(text: string) {
      io.stdout += text;
    },
    err(text: string) {
      io.stderr += text;
    },
    async waitForStop() {
      await onRunning?.(io.stdout);
    },
  };
  return io;
}

describe('env lines', () => {
  const tricky = { A_QUOTE: 'it\'s $HOME `x` \\ "q"', SPACES: 'a  b', EMPTY: '' };

  it('sh lines set exactly the values when a POSIX shell runs them', () => {
    const lines = renderEnvLines(tricky, ['DOCKER_HOST'], 'sh');
    expect(lines.at(-1)).toBe('unset DOCKER_HOST');
    const script = `${lines.join('\n')}\nprintf '%s|%s|%s|%s' "$A_QUOTE" "$SPACES" "$EMPTY" "\${DOCKER_HOST-unset}"`;
    const result = spawnSync('/bin/sh', ['-c', script], {
      env: { PATH: '/usr/bin:/bin', DOCKER_HOST: 'tcp://elsewhere:2375' },
      encoding: 'utf8',
      timeout: 5_000,
    });
    expect(result.stdout).toBe(`${tricky.A_QUOTE}|a  b||unset`);
  });

  it('PowerShell lines double single quotes and remove variables one by one', () => {
    expect(renderEnvLines(tricky, ['DOCKER_HOST', 'DOCKER_CONTEXT'], 'pwsh')).toEqual([
      "$env:A_QUOTE = 'it''s $HOME `x` \\ \"q\"'",
      "$env:EMPTY = ''",
      "$env:SPACES = 'a  b'",
      'Remove-Item Env:DOCKER_HOST -ErrorAction SilentlyContinue',
      'Remove-Item Env:DOCKER_CONTEXT -ErrorAction SilentlyContinue',
    ]);
  });

  it('refuses a name a shell cannot assign, and never unsets what it sets', () => {
    expect(() => renderEnvLines({ 'BAD-NAME': 'x' }, [], 'sh')).toThrow(/BAD-NAME/);
    expect(renderEnvLines({ PATH: '/x' }, ['PATH'], 'sh')).toEqual(["export PATH='/x'"]);
  });
});

describe('the twin command', () => {
  it('--list prints one line per scenario', async () => {
    const io = fakeIo();
    expect(await twinMain(['--list'], io)).toBe(0);
    const lines = io.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(SCENARIOS.length);
    for (const [i, scenario] of SCENARIOS.entries()) {
      expect(lines[i]?.startsWith(`${scenario.name} `)).toBe(true);
      expect(lines[i]).toContain(scenario.summary);
    }
  });

  it('answers usage errors with exit 2 and what to do', async () => {
    const none = fakeIo();
    expect(await twinMain([], none)).toBe(2);
    expect(none.stderr).toContain('name a scenario');
    expect(none.stderr).toContain('windows-2025-runner');
    const unknown = fakeIo();
    expect(await twinMain(['windows-95'], unknown)).toBe(2);
    expect(unknown.stderr).toContain('There is no twin scenario "windows-95"');
    const shell = fakeIo();
    expect(await twinMain(['arm64-runner', '--shell', 'fish'], shell)).toBe(2);
    expect(shell.stderr).toContain('--shell takes sh or pwsh');
    const two = fakeIo();
    expect(await twinMain(['arm64-runner', 'wsl-not-installed'], two)).toBe(2);
  });

  it('starts a scenario, prints PowerShell lines for it, and removes everything when stopped', async () => {
    let stateFile = '';
    const io = fakeIo((out) => {
      stateFile = /^\$env:WSL_TWIN_STATE = '([^']+)'$/m.exec(out)?.[1] ?? '';
      // While running, the state says what --locale asked for.
      expect(JSON.parse(readFileSync(stateFile, 'utf8')).locale).toBe('de-DE');
    });
    expect(await twinMain(['wsl-not-installed', '--shell', 'pwsh', '--locale', 'de-DE'], io)).toBe(0);
    expect(io.stdout).toContain('# Mirrors packages/core/examples/wsl-not-installed.json');
    for (const name of ['WSL_READY_WSL', 'WSL_READY_DOCKER', 'WSL_TWIN_LOG', 'DOCKER_CONFIG', 'PATH']) {
      expect(io.stdout).toMatch(new RegExp(`^\\$env:${name} = '`, 'm'));
    }
    expect(io.stdout).toContain('Remove-Item Env:DOCKER_HOST');
    expect(stateFile).not.toBe('');
    expect(existsSync(stateFile)).toBe(false);
    expect(io.stderr).toContain('stopped and cleaned up');
  });
});

describe('the powershell.exe stand-in', () => {
  it('answers the host probe as the real script would, reading .wslconfig live from the Windows drive', async () => {
    const scenario = await startScenario('desktop-hyperv');
    try {
      const env = cleanEnv(scenario.env);
      const first = await run('powershell.exe', hostProbeArgs(), env, 10_000);
      expect(first.code).toBe(0);
      expect(first.stdout.endsWith('}\r\n')).toBe(true);
      const facts = parseHostProbe(first.stdout);
      expect(facts.recognized).toBe(true);
      expect(facts.value).toMatchObject({
        caption: 'Microsoft Windows 10 Enterprise',
        build: 19045,
        ubr: 5737,
        editionId: 'Enterprise',
        arch: 'x64',
        isAdmin: false,
        features: {},
        userName: 'CORP\\ana',
        dockerDesktop: { installed: true, version: '4.34.3' },
      });
      expect(facts.value.files.dockerSettings).toContain('"wslEngineEnabled": false');
      expect(facts.value.files.wslconfig).toBeUndefined();

      const wslconfig = windowsPathOnTwin(scenario.wsl.state.mntRoot, 'C:\\Users\\ana\\.wslconfig');
      writeFileSync(wslconfig ?? '', '[wsl2]\r\nmemory=4GB\r\n');
      const second = parseHostProbe((await run('powershell.exe', hostProbeArgs(), env, 10_000)).stdout);
      expect(second.value.files.wslconfig).toBe('[wsl2]\r\nmemory=4GB\r\n');

      const other = await run('powershell.exe', ['-NoProfile', '-Command', 'Get-Date'], env, 10_000);
      expect(other.code).toBe(1);
      expect(other.stdout).toBe('');
      expect(other.stderr).toContain('only the doctor host probe');
    } finally {
      await scenario.close();
    }
  });
});

describe('changing a scenario by hand', () => {
  beforeAll(() => buildCli(), 60_000);

  it('inbox-needs-update: `wsl --update` then `wsl --install` turn the doctor from warnings to passes', async () => {
    const scenario = await startScenario('inbox-needs-update');
    try {
      const env = cleanEnv(scenario.env);
      const doctor = async () => {
        const result = await run(process.execPath, [CLI, '--json', '--only', 'wsl,distros'], env);
        const report = parseReport(result.stdout, 'doctor');
        return Object.fromEntries(report.checks.map((c) => [c.id, `${c.status}: ${c.summary}`]));
      };
      const before = await doctor();
      expect(before['wsl.installed']).toMatch(/^pass: .*inbox/);
      expect(before['wsl.version']).toMatch(/^warn: /);
      expect(before['distros.list']).toMatch(/^warn: No distribution/);

      const update = await run(scenario.env.WSL_READY_WSL ?? '', ['--update'], { ...env, WSL_UTF8: '1' });
      expect(update.code).toBe(0);
      expect(decodeOutput(Buffer.from(update.stdout))).toContain('2.6.1.0');
      const install = await run(scenario.env.WSL_READY_WSL ?? '', ['--install', 'Ubuntu-24.04', '--no-launch'], env);
      expect(install.code).toBe(0);

      const after = await doctor();
      expect(after['wsl.installed']).toMatch(/^pass: .*package/);
      expect(after['wsl.version']).toBe('pass: WSL 2.6.1.0.');
      expect(after['distros.list']).toMatch(/^pass: 1 distribution: Ubuntu-24.04 \(Stopped, WSL 2\)/);
      const calls = scenario.wsl.readLog().map((c) => c.argv.join(' '));
      expect(calls).toContain('--update');
      expect(calls).toContain('--install Ubuntu-24.04 --no-launch');
    } finally {
      await scenario.close();
    }
  }, 60_000);
});

describe('scenario files', () => {
  it('every scenario distro root gets the files the scenario wrote over the busybox root', async () => {
    const scenario = await startScenario('desktop-windows-containers');
    try {
      const ubuntu = scenario.wsl.state.distros.find((d) => d.name === 'Ubuntu-24.04');
      expect(ubuntu?.state).toBe('Stopped');
      expect(readFileSync(join(ubuntu?.root ?? '', 'etc/os-release'), 'utf8')).toContain('Ubuntu 24.04.2 LTS');
      expect(existsSync(join(ubuntu?.root ?? '', 'bin/busybox'))).toBe(true);
      expect(scenario.wsl.state.defaultDistro).toBe('Ubuntu-24.04');
    } finally {
      await scenario.close();
    }
    expect(existsSync(scenario.dir)).toBe(false);
  });
});

describe('scenario WSL user', () => {
  it("reads the scenario user's .wslconfig when the VM starts, and close() ends the VM", async () => {
    const scenario = await startScenario('desktop-wsl2-laptop');
    try {
      expect(scenario.wsl.state.userProfile).toBe('C:\\Users\\dev');
      const result = spawnSync(scenario.wsl.wslPath, ['-d', 'Ubuntu-24.04', '-e', 'true'], {
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...scenario.env },
        timeout: 30_000,
      });
      expect(result.status).toBe(0);
      expect(scenario.wsl.state.vm?.config.settings['wsl2.memory']).toBe('12GB');
    } finally {
      const vm = scenario.wsl.state.vm?.pid;
      await scenario.close();
      if (vm) expect(() => process.kill(vm, 0)).toThrow();
    }
  }, 60_000);
});
