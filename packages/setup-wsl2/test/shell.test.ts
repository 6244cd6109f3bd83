// The bundled action under Node 24 with the wsl.exe twin: `wsl-bash` steps running the distro's real bash, and the
// early, process-free failures (preflight) from the core's rules.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runStep } from '@wsl-ready/twin';
import { describe, expect, test } from 'vitest';
import { SWEEP_SCRIPT } from '../src/shell/cancel.js';
import { callKinds, makeLab, runTool } from './helpers.js';

/** How many of the cancel tests' `sleep 1001`/`sleep 1002` still run in the distro (zombies aside). */
async function stepProcesses(lab: Awaited<ReturnType<typeof makeLab>>): Promise<number> {
  const ps = await runTool(
    lab.twin.wslPath,
    ['-d', 'Twin', '-e', 'sh', '-c', 'ps -o stat,args | grep -v "^Z" | grep -c "[s]leep 100[12]"'],
    { env: { ...lab.twin.env, PATH: process.env.PATH } },
  );
  return Number(ps.stdout.trim());
}

describe('wsl-bash steps and preflight against the wsl.exe twin', { timeout: 120_000 }, () => {
  test('a wsl-bash step runs the real bash: one wsl.exe, CRLF script, -euo pipefail, env forwarded, exit code 3 → 3', async () => {
    const lab = await makeLab();
    const setup = await lab.run({
      distribution: 'Twin',
      source: lab.rootfs,
      'source-sha256': lab.rootfsSha,
      user: 'dev',
    });
    expect(setup.conclusion, setup.log).toBe('success');
    const wrappers = setup.addedPath[0]!;
    const script = join(lab.dirs.temp, 'step-1.sh');
    // $BASH_VERSION and arrays exist only in bash; /proc/$$/cmdline is how bash itself was started.
    writeFileSync(
      script,
      [
        'declare -a words=("$STEP_VALUE" second)',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansions, not a JavaScript template.
        'echo "user=$(id -un) distro=$WSL_DISTRO_NAME value=${words[0]} pwd=$PWD bash=${BASH_VERSION%%.*}"',
        "tr '\\0' ' ' < /proc/$$/cmdline; echo",
        'echo "options=$- pipefail=$(set -o | grep -c \'^pipefail.*on\')"',
        'echo "answer=42" >> "$GITHUB_OUTPUT"',
        'exit 3',
        '',
      ].join('\r\n'),
    );
    const output = join(lab.dirs.temp, 'output-file');
    writeFileSync(output, '');
    chmodSync(output, 0o666); // drvfs lets the distro user write the runner's files
    const callsBefore = lab.twin.readLog().length;
    const stepEnv = { ...lab.twin.env, PATH: process.env.PATH, GITHUB_OUTPUT: output, WSL_READY_MNT_ROOT: lab.mntRoot };
    const step = await runTool(join(wrappers, 'wsl-bash'), [script], {
      cwd: lab.dirs.workspace,
      env: { ...stepEnv, STEP_VALUE: 'from env: a b' },
    });
    expect(step.code, step.stderr + step.stdout).toBe(3);
    expect(step.stdout.split('\n')).toEqual([
      'user=dev distro=Twin value=from env: a b pwd=/mnt/c/runner/work/repo bash=5',
      '/bin/bash --noprofile --norc -euo pipefail /mnt/c/runner/temp/step-1.sh ',
      'options=ehuB pipefail=1',
      '',
    ]);
    expect(readFileSync(script, 'utf8')).not.toContain('\r');
    expect(readFileSync(output, 'utf8')).toBe('answer=42\n');
    expect(lab.twin.readLog().length - callsBefore).toBe(1);

    // -u: an unset variable stops the script (bash exits 1) instead of expanding to nothing.
    const unset = await runTool(join(wrappers, 'wsl-bash-Twin'), [script], { cwd: lab.dirs.workspace, env: stepEnv });
    expect(unset.code).toBe(1);
    expect(unset.stderr).toMatch(/STEP_VALUE: unbound variable/);
    // pipefail + -e: a failing stage of a pipe fails the step with that stage's code.
    writeFileSync(script, 'exit 7 | cat\necho not reached\n');
    const pipe = await runTool(join(wrappers, 'wsl-bash'), [script], { cwd: lab.dirs.workspace, env: stepEnv });
    expect([pipe.code, pipe.stdout]).toEqual([7, '']);
    expect(lab.twin.readLog().length - callsBefore).toBe(3);
  });

  test('a runner folder with spaces and non-ASCII letters: the unquoted {0} is rejoined, paths translate, one call', async () => {
    const lab = await makeLab({}, { runnerRoot: 'actions runner/Jürgen Ölçü' });
    const setup = await lab.run({ distribution: 'Twin', source: lab.rootfs, 'source-sha256': lab.rootfsSha });
    expect(setup.conclusion, setup.log).toBe('success');
    const callsBefore = lab.twin.readLog().length;
    // As the runner does it (the twin's harness): `<RUNNER_TEMP>\<guid>`, CRLF, {0} substituted unquoted, so
    // the wrapper receives the path split at its spaces.
    const step = await runStep({
      shell: 'wsl-bash {0}',
      script: 'printf "pwd=%s\\n" "$PWD"\nprintf "script=%s\\n" "$0"\n',
      tempDir: lab.dirs.temp,
      cwd: lab.dirs.workspace,
      addedPath: setup.addedPath,
      env: { ...lab.twin.env, WSL_READY_MNT_ROOT: lab.mntRoot },
    });
    expect(step.argv.length).toBeGreaterThan(1);
    expect(step.stderr).toBe('');
    expect(step.exitCode).toBe(0);
    expect(step.stdout).toMatch(
      /^pwd=\/mnt\/c\/actions runner\/Jürgen Ölçü\/work\/repo\nscript=\/mnt\/c\/actions runner\/Jürgen Ölçü\/temp\/[0-9a-f-]{36}\n$/,
    );
    expect(lab.twin.readLog().length - callsBefore).toBe(1);
    // The wrappers start the small shell bundle copied next to them, not the whole action.
    expect(readFileSync(join(setup.addedPath[0]!, 'wsl-bash'), 'utf8')).toContain('wsl-bash.mjs');
  });

  test('a cancelled job: the script gets SIGINT inside the distro, its trap runs and reaches the log, and nothing of the step stays', async () => {
    const lab = await makeLab();
    const setup = await lab.run({ distribution: 'Twin', source: lab.rootfs, 'source-sha256': lab.rootfsSha });
    expect(setup.conclusion, setup.log).toBe('success');
    const callsBefore = lab.twin.readLog().length;
    // The runner cancels the job as on Windows (the twin's harness): Ctrl+C to every process on the step's console,
    // 7.5 s, Ctrl+Break, 2.5 s, then the tree. wsl.exe itself forwards nothing (twin rule 22).
    const step = await runStep({
      shell: 'wsl-bash {0}',
      script: [
        'cleanup() { echo "cleanup ran after SIG$1"; exit 130; }',
        "trap 'cleanup INT' INT",
        "trap 'cleanup TERM' TERM",
        // A background job (bash ignores SIGINT for it) and one that also ignores SIGHUP, as nohup makes it.
        'sleep 1001 &',
        '(trap "" HUP; exec sleep 1002) &',
        'echo ready',
        'while :; do sleep 1; done',
      ].join('\n'),
      tempDir: lab.dirs.temp,
      cwd: lab.dirs.workspace,
      addedPath: setup.addedPath,
      env: { ...lab.twin.env, WSL_READY_MNT_ROOT: lab.mntRoot },
      cancelWhen: ({ stdout }) => stdout.includes('ready\n'),
    });
    expect(step.stdout, step.stderr).toBe('ready\ncleanup ran after SIGINT\n');
    expect(step.exitCode).toBe(130);
    // The step ended on the Ctrl+C, long before the runner would have escalated.
    expect(step.cancel?.outcome).toBe('ctrl-c');
    expect(step.stderr).toContain('wsl-bash: the job was cancelled: SIGINT sent to the script in Twin');
    // The step's own wsl.exe, the SIGINT delivery (the twin logs a call when it ends, so these two in either order),
    // then the sweep of what is left of the script's group.
    const calls = lab.twin.readLog().slice(callsBefore);
    expect(calls.map((c) => c.argv.includes('/bin/sh')).sort()).toEqual([false, true, true]);
    expect(calls.at(-1)!.argv.join(' ')).toContain(SWEEP_SCRIPT);
    expect(await stepProcesses(lab)).toBe(0);
  });

  test('a script that ignores SIGINT, SIGTERM and SIGHUP is killed with its group (no hangup would end it)', async () => {
    const lab = await makeLab();
    const setup = await lab.run({ distribution: 'Twin', source: lab.rootfs, 'source-sha256': lab.rootfsSha });
    expect(setup.conclusion, setup.log).toBe('success');
    const step = await runStep({
      shell: 'wsl-bash {0}',
      // Even the runner's tree kill would not end this one: wsl.exe's end only hangs the script up.
      script: "trap '' INT TERM HUP\nsleep 1001 &\necho ready\nwhile :; do sleep 1; done\n",
      tempDir: lab.dirs.temp,
      cwd: lab.dirs.workspace,
      addedPath: setup.addedPath,
      env: { ...lab.twin.env, WSL_READY_MNT_ROOT: lab.mntRoot },
      cancelWhen: ({ stdout }) => stdout.includes('ready\n'),
    });
    expect(step.stdout).toBe('ready\n');
    expect(step.stderr).toContain('SIGINT sent to the script in Twin');
    expect(await stepProcesses(lab)).toBe(0);
  });

  test('a Windows build that cannot run WSL 2 stops after `wsl --version`, and WSL 1 still works there', async () => {
    const versions = { ...(await makeLab()).twin.state.versions, windows: '10.0.17763.7009' };
    const lab = await makeLab({ versions });
    const source = { distribution: 'Twin', source: lab.rootfs, 'source-sha256': lab.rootfsSha };
    const wsl2 = await lab.run(source);
    expect(wsl2.conclusion).toBe('failure');
    expect(wsl2.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /^Windows build 10\.0\.17763\.7009 cannot run WSL 2[\s\S]*Use `wsl-version: 1`/,
    );
    expect(callKinds(lab.twin)).toEqual(['version']);
    const wsl1 = await lab.run({ ...source, 'wsl-version': '1' });
    expect(wsl1.conclusion, wsl1.log).toBe('success');
  });

  test('a hosted Arm64 runner fails early with the remediation; Linux runners are a no-op', async () => {
    const lab = await makeLab();
    const arm = await lab.run({}, { RUNNER_ARCH: 'ARM64' });
    expect(arm.conclusion).toBe('failure');
    expect(arm.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /windows-11-arm[\s\S]*Run this job on windows-2025 or windows-2022/,
    );
    expect(lab.twin.readLog()).toEqual([]);
    // What e2e-windows.yml's arm64 job asserts: the report is written, not ready, and its failure names the image.
    const report = JSON.parse(readFileSync(arm.outputs['report-path']!, 'utf8'));
    expect(report.summary.status).toBe('not-ready');
    expect(report.checks.filter((c: { status: string }) => c.status === 'fail')).toEqual([
      expect.objectContaining({ summary: expect.stringContaining('windows-11-arm') }),
    ]);
    // A runner service running as a virtual account (NT SERVICE\…) owns no distributions: the core's rule.
    const service = await lab.run({}, { USERDOMAIN: 'NT SERVICE', USERNAME: 'actions.runner.octo-org.win-01' });
    expect(service.conclusion).toBe('failure');
    expect(service.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /service account[\s\S]*VirtualAccount[\s\S]*run\.cmd/,
    );
    expect(lab.twin.readLog()).toEqual([]);
    const linux = await lab.run({}, { WSL_READY_WSL: undefined, RUNNER_OS: 'Linux' });
    expect(linux.conclusion).toBe('success');
    expect(linux.outputs.distribution).toBe('');
    expect(linux.annotations.find((a) => a.level === 'notice')?.message).toMatch(/does nothing on linux/);
  });
});
