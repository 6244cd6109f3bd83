// The bundled action (dist/index.mjs) under Node 24, driven by the runner harness against the wsl.exe twin.
import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { callKinds, type Lab, makeLab, sha256 } from './helpers.js';

/** A download server for catalogue entries: counts requests and can answer 403 to the first ones. */
let server: Server;
let baseUrl = '';
const served = { count: 0, forbidFirst: 0 };
let image = '';

beforeAll(async () => {
  const lab = await makeLab();
  image = join(lab.dir, 'served-twin.wsl');
  copyFileSync(lab.rootfs, image);
  server = createServer((req, res) => {
    served.count++;
    if (served.forbidFirst > 0) {
      served.forbidFirst--;
      res.writeHead(403).end('Forbidden');
      return;
    }
    if (req.url !== '/twin.wsl') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(readFileSync(image));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function catalogueFile(lab: Lab): string {
  const file = join(lab.dir, 'catalogue.json');
  writeFileSync(
    file,
    JSON.stringify({
      source: 'test',
      distributions: [
        {
          name: 'Twin-24.04',
          aliases: [],
          friendlyName: 'Twin',
          family: 'other',
          arch: { x64: { url: `${baseUrl}/twin.wsl`, sha256: sha256(image) } },
        },
      ],
    }),
  );
  return file;
}

function execCalls(lab: Lab): number {
  return callKinds(lab.twin).filter((kind) => kind === 'exec').length;
}

describe('setup-wsl2 against the wsl.exe twin', () => {
  test('fresh install from the pinned catalogue: verified download, import, user, outputs, report', async () => {
    const lab = await makeLab();
    const before = served.count;
    served.forbidFirst = 1;
    const result = await lab.run(
      { distribution: 'Twin-24.04', user: 'builder', 'wsl-conf': '[interop]\nappendWindowsPath = false\n' },
      { WSL_READY_CATALOGUE: catalogueFile(lab) },
    );
    expect(result.conclusion, result.log).toBe('success');
    expect(served.count - before).toBe(2); // one 403, one retry
    expect(result.outputs).toMatchObject({
      distribution: 'Twin-24.04',
      'wsl-version': '2',
      shell: 'wsl-bash {0}',
      'cache-hit': 'false',
    });
    expect(result.outputs['kernel-version']).toMatch(/-microsoft-standard-WSL2$/);
    expect(callKinds(lab.twin)).toEqual(['version', 'list', 'import', 'exec', 'exec', 'terminate']);
    const root = lab.twin.state.distros[0]!.root;
    expect(readFileSync(join(root, 'etc/passwd'), 'utf8')).toMatch(/^builder:x:1001:1001::\/home\/builder:\/bin\/sh$/m);
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
  });

  test('cache hit: no download, import from the cache, provisioning not repeated', async () => {
    const first = await makeLab({ latencyMs: { import: 300, export: 100 } });
    const env = (lab: Lab) => ({ WSL_READY_CATALOGUE: catalogueFile(lab), WSL_READY_CACHE_DIR: first.cacheDir });
    const inputs = { distribution: 'Twin-24.04', user: 'builder' };
    const miss = await first.run(inputs, env(first));
    expect(miss.conclusion, miss.log).toBe('success');
    expect(miss.outputs['cache-hit']).toBe('false');
    expect(callKinds(first.twin)).toEqual(['version', 'list', 'import', 'exec', 'exec', 'terminate', 'export']);

    const second = await makeLab({ latencyMs: { import: 300, export: 100 } });
    const downloads = served.count;
    const hit = await second.run(inputs, env(second));
    expect(hit.conclusion, hit.log).toBe('success');
    expect(hit.outputs['cache-hit']).toBe('true');
    expect(served.count).toBe(downloads);
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
      faults: { http403: ['update'] },
    });
    // Stand-in for a flaky GitHub endpoint: after the first failed update the 403 goes away.
    const wrapper = join(lab.dir, 'bin', 'wsl');
    mkdirSync(join(lab.dir, 'bin'), { recursive: true });
    writeFileSync(
      wrapper,
      `#!/bin/sh\n"${lab.twin.wslPath}" "$@"\ncode=$?\nif [ "$1" = --update ] && [ "$code" -ne 0 ]; then node -e 'const fs=require("fs");const p=process.env.WSL_TWIN_STATE;const s=JSON.parse(fs.readFileSync(p,"utf8"));s.faults.http403=[];fs.writeFileSync(p,JSON.stringify(s))'; fi\nexit $code\n`,
      { mode: 0o755 },
    );
    const result = await lab.run(
      { distribution: 'Twin', source: lab.rootfs, 'source-sha256': lab.rootfsSha },
      { WSL_READY_WSL: wrapper },
    );
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

  test('a wsl-bash step: one wsl.exe, CRLF script, bash flags, env forwarded, exit code 3 comes back as 3', async () => {
    const lab = await makeLab();
    // An image with a stand-in bash that records how it was started, then runs the script with the same options.
    const extra = join(lab.dir, 'extra');
    mkdirSync(join(extra, 'bin'), { recursive: true });
    writeFileSync(
      join(extra, 'bin', 'bash'),
      '#!/bin/sh\necho "$*" > /tmp/bash-argv\nwhile [ "$1" = --noprofile ] || [ "$1" = --norc ]; do shift; done\nexec /bin/sh "$@"\n',
      { mode: 0o755 },
    );
    const image = join(lab.mntRoot, 'c', 'images', 'with-bash.tar');
    copyFileSync(lab.rootfs, image);
    await runTool('tar', ['--append', '-f', image, '-C', extra, './bin/bash']);
    const setup = await lab.run({ distribution: 'Twin', source: image, 'source-sha256': sha256(image), user: 'dev' });
    expect(setup.conclusion, setup.log).toBe('success');
    const script = join(lab.dirs.temp, 'step-1.sh');
    writeFileSync(
      script,
      'echo "user=$(id -un) distro=$WSL_DISTRO_NAME value=$STEP_VALUE pwd=$PWD"\r\necho "answer=42" >> "$GITHUB_OUTPUT"\r\nexit 3\r\n',
    );
    const output = join(lab.dirs.temp, 'output-file');
    writeFileSync(output, '');
    chmodSync(output, 0o666); // drvfs lets the distro user write the runner's files
    const callsBefore = lab.twin.readLog().length;
    const step = await runTool(join(setup.addedPath[0]!, 'wsl-bash'), [script], {
      cwd: lab.dirs.workspace,
      env: {
        ...lab.twin.env,
        PATH: process.env.PATH,
        STEP_VALUE: 'from env: a b',
        GITHUB_OUTPUT: output,
        WSL_READY_MNT_ROOT: lab.mntRoot,
      },
    });
    expect(step.code, step.stderr + step.stdout).toBe(3);
    expect(step.stdout).toBe('user=dev distro=Twin value=from env: a b pwd=/mnt/c/runner/work/repo\n');
    expect(readFileSync(output, 'utf8')).toBe('answer=42\n');
    expect(lab.twin.readLog().length - callsBefore).toBe(1);
    expect(readFileSync(join(lab.twin.state.distros[0]!.root, 'tmp/bash-argv'), 'utf8')).toBe(
      '--noprofile --norc -euo pipefail /mnt/c/runner/temp/step-1.sh\n',
    );
    // -u is on: an unset variable stops the script (exit 2) instead of expanding to nothing.
    const unset = await runTool(join(setup.addedPath[0]!, 'wsl-bash-Twin'), [script], {
      cwd: lab.dirs.workspace,
      env: { ...lab.twin.env, PATH: process.env.PATH, GITHUB_OUTPUT: output },
    });
    expect(unset.code).toBe(2);
    expect(unset.stderr).toMatch(/STEP_VALUE/);
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

function runTool(
  file: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
