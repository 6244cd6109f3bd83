// The bundled action (dist/index.mjs) under Node 24, driven by the runner harness against the wsl.exe twin.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { msiOutcome } from '../src/phases/platform.js';
import { callKinds, type ImageServer, type Lab, makeLab, startImageServer } from './helpers.js';

let images: ImageServer;
beforeAll(async () => {
  images = await startImageServer();
});
afterAll(() => images.close());

function execCalls(lab: Lab): number {
  return callKinds(lab.twin).filter((kind) => kind === 'exec').length;
}

describe('setup-wsl2 against the wsl.exe twin', { timeout: 120_000 }, () => {
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

  test('every bad input is named in the one failure annotation, with a did-you-mean, before wsl.exe is called', async () => {
    const lab = await makeLab();
    const result = await lab.run({ 'wsl-version': '3', cache: 'maybe', 'timeout-minutes': 'packges=5, instal=5' });
    expect(result.conclusion).toBe('failure');
    const errors = result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^3 inputs are invalid:/);
    expect(errors[0]).toContain('wsl-version input "3" is not a WSL version. Accepted: 1 or 2.');
    expect(errors[0]).toContain('Input `cache` must be one of true, false');
    expect(errors[0]).toContain('The timeout-minutes item "packges=5" is not valid. Did you mean `packages`?');
    expect(callKinds(lab.twin)).toEqual([]);
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
      'timeout-minutes': 'install=0.02',
    });
    expect(result.conclusion).toBe('failure');
    expect(result.timedOut).toBe(false);
    const error = result.annotations.find((a) => a.level === 'error');
    expect(error?.message).toMatch(
      /^The install phase did not finish within 1\.2 s and was stopped\. Raise it with `timeout-minutes: install=<minutes>`/,
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

  test('wsl-conf is merged into the existing /etc/wsl.conf: keys, comments and line endings kept', async () => {
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
      '# managed by the image\r\n[automount]\r\noptions = "metadata"  # keep\r\n\r\n[network]\r\nhostname = ci\r\n\r\n[boot]\r\nsystemd = true\r\n',
    );
  });

  test("wsl-bash translates paths with the drive root WSL's init reads from wsl.conf, which stops at an invalid line", async () => {
    const lab = await makeLab({ defaultVersion: 2 });
    const source = { distribution: 'Twin', source: lab.rootfs, 'source-sha256': lab.rootfsSha };
    const first = await lab.run(source);
    expect(first.conclusion, first.log).toBe('success');
    const conf = join(lab.twin.state.distros[0]!.root, 'etc/wsl.conf');
    const rootOf = (result: { addedPath: string[] }) =>
      JSON.parse(readFileSync(join(result.addedPath[0]!, 'wsl-bash-Twin.json'), 'utf8')).automountRoot;
    writeFileSync(conf, '[automount]\nroot = /win\n');
    const valid = await lab.run({ distribution: 'Twin' });
    expect(valid.conclusion, valid.log).toBe('success');
    expect(rootOf(valid)).toBe('/win/');
    // `command_line` is no key name WSL accepts (`_`): init stops reading there, the drives stay under /mnt/.
    writeFileSync(conf, '[boot]\ncommand_line = true\n[automount]\nroot = /win/\n');
    const stopped = await lab.run({ distribution: 'Twin' });
    expect(stopped.conclusion, stopped.log).toBe('success');
    expect(rootOf(stopped)).toBe('/mnt/');
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
      '--location',
      'C:\\runner\\_wsl\\TwinOnline',
      '--version',
      '2',
    ]);
    // The disk lands on the runner's work drive beside RUNNER_TEMP, not under %LOCALAPPDATA%.
    expect(lab.twin.state.distros.find((d) => d.name === 'TwinOnline')?.location).toBe(
      join(lab.mntRoot, 'c', 'runner', '_wsl', 'TwinOnline'),
    );
  });
});

describe('a stale pin (issue 13 item 8)', { timeout: 120_000 }, () => {
  test("every pinned URL fails its checksum: a warning names the pin, and the install goes through Microsoft's manifest", async () => {
    const lab = await makeLab();
    // The publisher replaced the file behind the pin: the served bytes no longer match the pinned SHA-256.
    const catalogue = JSON.parse(readFileSync(images.catalogueFile(lab), 'utf8'));
    const pin = catalogue.distributions[0].arch.x64;
    pin.sha256 = '0'.repeat(64);
    const file = join(lab.dir, 'stale-catalogue.json');
    writeFileSync(file, JSON.stringify(catalogue));
    lab.twin.setState({ online: [{ name: 'Twin-24.04', friendlyName: 'Twin', rootfs: lab.rootfs }] });
    const result = await lab.run({ distribution: 'Twin-24.04' }, { WSL_READY_CATALOGUE: file });
    expect(result.conclusion, result.log).toBe('success');
    const warning = result.annotations.find((a) => a.level === 'warning' && a.message.includes('may be stale'));
    expect(warning?.message).toContain(pin.url);
    expect(warning?.message).toContain('0'.repeat(64));
    const kinds = lab.twin.readLog().map((call) => call.kind);
    expect(kinds).toContain('install');
    expect(kinds).not.toContain('import');
    expect(lab.twin.state.distros.map((d) => d.name)).toContain('Twin-24.04');
  });
});

describe('a legacy name of the online manifest (issue 13 item 4)', { timeout: 120_000 }, () => {
  test('is refused with what to use instead, and no distribution is left half-installed', async () => {
    const lab = await makeLab();
    lab.twin.setState({
      online: [{ name: 'TwinOnline', friendlyName: 'Twin Online', rootfs: lab.rootfs }],
      legacyOnline: [{ name: 'OracleLinux_9_1', friendlyName: 'Oracle Linux 9.1', rootfs: lab.rootfs }],
    });
    const result = await lab.run({ distribution: 'OracleLinux_9_1' });
    expect(result.conclusion, result.log).toBe('failure');
    const error = result.annotations.find((a) => a.level === 'error')?.message ?? '';
    expect(error).toContain('OracleLinux_9_1 is a legacy distribution');
    expect(error).toContain('Names that install unattended: TwinOnline.');
    expect(error).toContain('`source` and `source-sha256`');
    expect(lab.twin.state.distros.map((d) => d.name)).not.toContain('OracleLinux_9_1');
  });
});

describe('reboot required (issue 13 item 5)', { timeout: 120_000 }, () => {
  test('wsl --install exits 0 but registers nothing until a reboot: a clear failure with the remediation', async () => {
    const lab = await makeLab();
    lab.twin.setState({
      online: [{ name: 'TwinOnline', friendlyName: 'Twin Online', rootfs: lab.rootfs }],
      rebootPending: true,
    });
    const result = await lab.run({ distribution: 'TwinOnline' });
    expect(result.conclusion).toBe('failure');
    const error = result.annotations.find((a) => a.level === 'error')?.message ?? '';
    expect(error).toMatch(
      /ended without registering TwinOnline[\s\S]*needs a reboot of Windows[\s\S]*cannot reboot its runner/,
    );
    expect(callKinds(lab.twin)).toEqual(['version', 'list', 'install', 'list']);
  });
  test('msiexec codes: 3010/1641 reboot, 1618 busy (retried), others fail', () => {
    expect([0, 3010, 1641, 1618, 1603].map(msiOutcome)).toEqual(['installed', 'reboot', 'reboot', 'busy', 'failed']);
  });
});
