// The bundled action (dist/index.mjs) under Node 24, driven by the runner harness against the wsl.exe twin.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { callKinds, type ImageServer, type Lab, makeLab, runTool, startImageServer } from './helpers.js';

let images: ImageServer;
beforeAll(async () => {
  images = await startImageServer();
});
afterAll(() => images.close());

function execCalls(lab: Lab): number {
  return callKinds(lab.twin).filter((kind) => kind === 'exec').length;
}

describe('setup-wsl2 against the wsl.exe twin', () => {
  test('fresh install from the pinned catalogue: verified download, import, user, outputs, report', async () => {
    const lab = await makeLab();
    const before = images.served.count;
    images.served.forbidFirst = 1;
    const result = await lab.run(
      { distribution: 'Twin-24.04', user: 'builder', 'wsl-conf': '[interop]\nappendWindowsPath = false\n' },
      { WSL_READY_CATALOGUE: images.catalogueFile(lab) },
    );
    expect(result.conclusion, result.log).toBe('success');
    expect(images.served.count - before).toBe(2); // one 403, one retry
    expect(result.outputs).toMatchObject({
      distribution: 'Twin-24.04',
      'wsl-version': '2',
      shell: 'wsl-bash {0}',
      'cache-hit': 'false',
    });
    expect(result.outputs['kernel-version']).toMatch(/-microsoft-standard-WSL2$/);
    expect(callKinds(lab.twin)).toEqual(['version', 'list', 'import', 'exec', 'exec', 'terminate']);
    const root = lab.twin.state.distros[0]!.root;
    expect(readFileSync(join(root, 'etc/passwd'), 'utf8')).toMatch(
      /^builder:x:1001:1001::\/home\/builder:\/bin\/bash$/m,
    );
    expect(readFileSync(join(root, 'etc/sudoers.d/90-wsl-ready-builder'), 'utf8')).toBe(
      'builder ALL=(ALL) NOPASSWD:ALL\n',
    );
    expect(readFileSync(join(root, 'etc/wsl.conf'), 'utf8')).toBe(
      '[interop]\nappendWindowsPath=false\n\n[user]\ndefault=builder\n',
    );
    const report = JSON.parse(readFileSync(result.outputs['report-path']!, 'utf8'));
    expect(report).toMatchObject({
      schemaVersion: 1,
      source: { kind: 'action', name: 'setup-wsl2' },
      summary: { status: 'ready' },
    });
    expect(report.phases.map((p: { name: string }) => p.name)).toEqual([
      'probe',
      'platform-update',
      'download',
      'install',
      'configure',
      'packages',
    ]);
    expect(result.summary).toContain('### Timing');
    expect(result.addedPath).toHaveLength(1);
    // Outside a GitHub job there is no cache service: one warning, and no export is attempted.
    const warnings = result.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings).toEqual([
      expect.stringMatching(/^The provisioned distribution is not cached: .*ACTIONS_RESULTS_URL/),
    ]);
    expect(report.checks.find((c: { id: string }) => c.id === 'setup.cache')).toMatchObject({ status: 'skip' });
  });

  test('self-hosted cache folder (WSL_READY_CACHE_DIR): a miss saves, the next job imports from it', async () => {
    const first = await makeLab({ latencyMs: { import: 300, export: 100 } });
    const env = (lab: Lab) => ({ WSL_READY_CATALOGUE: images.catalogueFile(lab), WSL_READY_CACHE_DIR: first.cacheDir });
    const inputs = { distribution: 'Twin-24.04', user: 'builder' };
    const miss = await first.run(inputs, env(first));
    expect(miss.conclusion, miss.log).toBe('success');
    expect(miss.outputs['cache-hit']).toBe('false');
    expect(callKinds(first.twin)).toEqual(['version', 'list', 'import', 'exec', 'exec', 'terminate', 'export']);

    const second = await makeLab({ latencyMs: { import: 300, export: 100 } });
    const downloads = images.served.count;
    const hit = await second.run(inputs, env(second));
    expect(hit.conclusion, hit.log).toBe('success');
    expect(hit.outputs['cache-hit']).toBe('true');
    expect(images.served.count).toBe(downloads);
    expect(callKinds(second.twin)).toEqual(['version', 'list', 'import', 'exec']);
    expect(execCalls(second)).toBeLessThan(execCalls(first));
    const imported = second.twin.readLog().find((call) => call.kind === 'import')!;
    expect(imported.argv[3]).toMatch(/Twin-24\.04\.cache\.tar$/);
    expect(readFileSync(join(second.twin.state.distros[0]!.root, 'etc/passwd'), 'utf8')).toContain('builder:x:1001');
  });

  test('WSL 1: imported as version 1, the WSL 1 kernel is reported', async () => {
    const lab = await makeLab();
    const result = await lab.run({
      distribution: 'Twin',
      source: lab.rootfs,
      'source-sha256': lab.rootfsSha,
      'wsl-version': '1',
    });
    expect(result.conclusion, result.log).toBe('success');
    expect(lab.twin.state.distros[0]).toMatchObject({ name: 'Twin', version: 1 });
    expect(result.outputs['wsl-version']).toBe('1');
    expect(result.outputs['kernel-version']).toMatch(/-Microsoft$/);
  });

  test('inbox WSL with WSL 2: --update --web-download answers 403 once, the back-off retry succeeds', async () => {
    const lab = await makeLab({
      kind: 'inbox',
      latestWsl: '2.6.1.0',
      versions: { ...(await makeLab()).twin.state.versions, wsl: '' },
      faults: { http403: [{ operation: 'update', count: 1 }] },
    });
    const result = await lab.run({ distribution: 'Twin', source: lab.rootfs, 'source-sha256': lab.rootfsSha });
    expect(result.conclusion, result.log).toBe('success');
    const updates = lab.twin.readLog().filter((call) => call.kind === 'update');
    expect(updates.map((call) => [call.argv, call.exitCode])).toEqual([
      [['--update', '--web-download'], 255],
      [['--update', '--web-download'], 0],
    ]);
    expect(lab.twin.state.kind).toBe('store');
    expect(result.log).toMatch(/wsl --update attempt 1 failed/);
  });

  test('a hanging install is stopped at its phase timeout, with a message naming the phase', async () => {
    const lab = await makeLab({ faults: { hang: ['import'] } });
    const result = await lab.run({
      distribution: 'Twin',
      source: lab.rootfs,
      'source-sha256': lab.rootfsSha,
      'timeout-minutes': 'install=0.05',
    });
    expect(result.conclusion).toBe('failure');
    expect(result.timedOut).toBe(false);
    const error = result.annotations.find((a) => a.level === 'error');
    expect(error?.message).toMatch(
      /^The install phase did not finish within 3\.0 s and was stopped\. Raise it with `timeout-minutes: install=<minutes>`/,
    );
    expect(lab.twin.readLog().find((call) => call.kind === 'import')?.hung).toBe(true);
    const report = JSON.parse(readFileSync(result.outputs['report-path']!, 'utf8'));
    expect(report.phases.at(-1)).toMatchObject({ name: 'install', status: 'timed-out' });
  });

  test.each([
    ['distribution', 'Ubuntu;reboot'],
    ['user', 'dev$(id)'],
    ['packages', 'git curl;rm'],
    ['wsl-conf', '[boot]\nsystemd = true; rm -rf /'],
  ])('invalid %s %j fails before any wsl.exe call', async (input, value) => {
    const lab = await makeLab();
    const result = await lab.run({ [input]: value });
    expect(result.conclusion).toBe('failure');
    expect(result.annotations.find((a) => a.level === 'error')?.message).toMatch(
      new RegExp(`${input === 'packages' ? 'package' : input}[\\s\\S]*Accepted:`),
    );
    expect(lab.twin.readLog()).toEqual([]);
  });

  test('wsl-conf is merged into the existing /etc/wsl.conf: keys and comments kept', async () => {
    const lab = await makeLab({ defaultVersion: 2 });
    const existing =
      '# managed by the image\r\n[automount]\r\noptions = "metadata"  # keep\r\n\r\n[network]\r\nhostname = twin\r\n';
    const first = await lab.run({ distribution: 'Twin', source: lab.rootfs, 'source-sha256': lab.rootfsSha });
    expect(first.conclusion, first.log).toBe('success');
    const conf = join(lab.twin.state.distros[0]!.root, 'etc/wsl.conf');
    writeFileSync(conf, existing);
    const result = await lab.run({
      distribution: 'Twin',
      'wsl-conf': '[network]\nhostname = ci\n[boot]\nsystemd = true\n',
    });
    expect(result.conclusion, result.log).toBe('success');
    expect(readFileSync(conf, 'utf8')).toBe(
      '# managed by the image\n[automount]\noptions = "metadata"  # keep\n\n[network]\nhostname = ci\n\n[boot]\nsystemd = true\n',
    );
  });

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

  test('a cancelled wsl-bash step passes SIGINT on to the script and ends with its code', async () => {
    const lab = await makeLab();
    const setup = await lab.run({ distribution: 'Twin', source: lab.rootfs, 'source-sha256': lab.rootfsSha });
    expect(setup.conclusion, setup.log).toBe('success');
    const script = join(lab.dirs.temp, 'step-trap.sh');
    writeFileSync(script, "trap 'echo interrupted; exit 130' INT\necho ready\nwhile :; do sleep 0.1; done\n");
    let sent = false;
    const step = await runTool(join(setup.addedPath[0]!, 'wsl-bash'), [script], {
      cwd: lab.dirs.workspace,
      env: { ...lab.twin.env, PATH: process.env.PATH, WSL_READY_MNT_ROOT: lab.mntRoot },
      onStdout: (text, pid) => {
        // The runner cancels a step by signalling the process it started (the wrapper execs the bundle's node).
        if (!sent && text.includes('ready\n')) {
          sent = true;
          process.kill(pid, 'SIGINT');
        }
      },
    });
    expect(step.stdout).toBe('ready\ninterrupted\n');
    expect(step.code).toBe(130);
  });

  test('a Korean (ko-KR) Windows behaves the same, and its errors are still recognised', async () => {
    const lab = await makeLab({ locale: 'ko-KR' });
    const result = await lab.run({ distribution: 'Twin', source: lab.rootfs, 'source-sha256': lab.rootfsSha });
    expect(result.conclusion, result.log).toBe('success');
    expect(result.outputs['kernel-version']).toMatch(/-microsoft-standard-WSL2$/);
    const broken = await makeLab({ locale: 'ko-KR', virtualization: false });
    const failed = await broken.run({ distribution: 'Twin', source: broken.rootfs, 'source-sha256': broken.rootfsSha });
    expect(failed.conclusion).toBe('failure');
    expect(failed.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /HCS_E_HYPERV_NOT_INSTALLED[\s\S]*What to do:/,
    );
  });

  test('a name outside the catalogue goes through wsl --install --web-download --no-launch', async () => {
    const lab = await makeLab();
    lab.twin.setState({ online: [{ name: 'TwinOnline', friendlyName: 'Twin Online', rootfs: lab.rootfs }] });
    const result = await lab.run({ distribution: 'TwinOnline' });
    expect(result.conclusion, result.log).toBe('success');
    expect(lab.twin.readLog().find((call) => call.kind === 'install')?.argv).toEqual([
      '--install',
      '--distribution',
      'TwinOnline',
      '--no-launch',
      '--web-download',
      '--version',
      '2',
    ]);
  });

  test('a hosted Arm64 runner fails early with the remediation; Linux runners are a no-op', async () => {
    const lab = await makeLab();
    const arm = await lab.run({}, { RUNNER_ARCH: 'ARM64' });
    expect(arm.conclusion).toBe('failure');
    expect(arm.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /windows-11-arm[\s\S]*Run this job on windows-2025 or windows-2022/,
    );
    expect(lab.twin.readLog()).toEqual([]);
    const linux = await lab.run({}, { WSL_READY_WSL: undefined, RUNNER_OS: 'Linux' });
    expect(linux.conclusion).toBe('success');
    expect(linux.outputs.distribution).toBe('');
    expect(linux.annotations.find((a) => a.level === 'notice')?.message).toMatch(/does nothing on linux/);
  });
});
