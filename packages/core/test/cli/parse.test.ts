import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { PARSE_KINDS } from '../../src/cli/help.js';
import { MAX_INPUT_BYTES } from '../../src/cli/input.js';
import { wslText } from '../../src/testing/index.js';
import { fixture, fixturePath, json, runCli } from './run-cli.js';

const strings = JSON.parse(fixture('wsl-errors/wsl-strings.json').toString('utf8')) as Record<
  string,
  Record<string, string>
>;
const scratch = mkdtempSync(path.join(tmpdir(), 'wsl-ready-parse-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function parseFile(kind: string, relative: string, extra: string[] = []) {
  return runCli(['parse', kind, fixturePath(relative), ...extra]);
}

describe('wsl-ready parse: every kind from real-format input', () => {
  it('version: the seven fields from UTF-16LE bytes, exit 0', async () => {
    const run = await parseFile('version', 'wsl/version-en-US.txt');
    expect(run.code).toBe(0);
    expect(json(run)).toEqual({
      kind: 'version',
      recognized: true,
      wslVersion: '2.5.10.0',
      kernelVersion: '6.6.87.2-1',
      wslgVersion: '1.0.66',
      msrdcVersion: '1.2.6074',
      direct3dVersion: '1.611.1-81528511',
      dxcoreVersion: '10.0.26100.1-240331-1435.ge-release',
      windowsVersion: '10.0.26100.4652',
      warnings: [],
    });
  });

  it('version: a French wsl.exe (localized labels, ` : `) from stdin', async () => {
    const template = strings['fr-FR']!.MessagePackageVersions!;
    const values = [
      '2.4.13.0',
      '5.15.167.4-1',
      '1.0.65',
      '1.2.5716',
      '1.611.1-81528511',
      '10.0.26100.1-240331-1435.ge-release',
      '10.0.22631.4751',
    ];
    let index = 0;
    const text = `PS C:\\> wsl --version\n${template.replace(/\{\}/g, () => values[index++]!)}\n`;
    const run = await runCli(['parse', 'version'], { stdinBytes: wslText(text) });
    expect(run.code).toBe(0);
    expect(json(run)).toMatchObject({ recognized: true, wslVersion: '2.4.13.0', windowsVersion: '10.0.22631.4751' });
  });

  it('version: the usage text of the inbox wsl.exe is not a version block (exit 1)', async () => {
    const run = await parseFile('version', 'wsl/version-inbox-en-US.txt');
    expect(run.code).toBe(1);
    expect(json(run)).toMatchObject({ recognized: false, wslVersion: null });
  });

  it('list-verbose: distros with state, version and the default marker', async () => {
    const run = await parseFile('list-verbose', 'wsl/list-verbose-en-US.txt');
    expect(run.code).toBe(0);
    const out = json(run);
    expect(Object.keys(out)).toEqual(['kind', 'recognized', 'distros', 'warnings']);
    expect(out.distros).toContainEqual({ name: 'Ubuntu-24.04', state: 'Running', version: 2, default: true });
    expect(out.distros).toContainEqual({
      name: 'openSUSE-Tumbleweed',
      state: 'Converting',
      version: 2,
      default: false,
    });
    expect(out.distros).toContainEqual({ name: 'legacy.wsl1_box-7', state: 'Stopped', version: 1, default: false });
  });

  it('list and list-quiet: names (and the default for list)', async () => {
    const list = await parseFile('list', 'wsl/list-en-US.txt');
    expect(list.code).toBe(0);
    expect(json(list).distros).toEqual([
      { name: 'Ubuntu-24.04', default: true },
      { name: 'docker-desktop', default: false },
      { name: 'Debian', default: false },
    ]);
    const quiet = await parseFile('list-quiet', 'wsl/list-quiet.txt');
    expect(quiet.code).toBe(0);
    expect(json(quiet).distros).toEqual([{ name: 'Ubuntu-24.04' }, { name: 'docker-desktop' }, { name: 'Debian' }]);
  });

  it('list-verbose: "no installed distributions" is a recognised answer with no distros', async () => {
    const run = await parseFile('list-verbose', 'wsl/no-distros-en-US.txt');
    expect(json(run)).toMatchObject({ distros: [] });
  });

  it('status: the two defaults; kernel, last update and automatic updates only when shown', async () => {
    const store = await parseFile('status', 'wsl/status-en-US.txt');
    expect(store.code).toBe(0);
    expect(json(store)).toEqual({
      kind: 'status',
      recognized: true,
      defaultDistribution: 'Ubuntu-24.04',
      defaultVersion: 2,
      warnings: [],
    });
    const inbox = await parseFile('status', 'wsl/status-inbox-en-US.txt');
    expect(json(inbox)).toMatchObject({
      recognized: true,
      defaultDistribution: 'Ubuntu-22.04',
      defaultVersion: 2,
      kernelVersion: '5.10.102.1',
      automaticUpdates: true,
    });
    expect(json(inbox).lastUpdated).toEqual(expect.any(String));
  });

  it('list-online: name and friendly name per distribution', async () => {
    const run = await parseFile('list-online', 'wsl/list-online-en-US.txt');
    expect(run.code).toBe(0);
    const { distributions } = json(run) as { distributions: { name: string; friendlyName: string }[] };
    expect(distributions).toContainEqual({ name: 'Ubuntu-24.04', friendlyName: 'Ubuntu 24.04 LTS' });
    expect(distributions).toContainEqual({
      name: 'SUSE-Linux-Enterprise-15-SP6',
      friendlyName: 'SUSE Linux Enterprise 15 SP6',
    });
  });

  it('error: code as printed, HRESULT, symbol, category and remediation (English and German)', async () => {
    const en = await parseFile('error', 'wsl/error-distro-not-found-en-US.txt');
    expect(en.code).toBe(0);
    const out = json(en);
    expect(Object.keys(out)).toEqual([
      'kind',
      'recognized',
      'code',
      'hresult',
      'symbol',
      'category',
      'remediation',
      'warnings',
    ]);
    expect(out).toMatchObject({ symbol: 'WSL_E_DISTRO_NOT_FOUND', category: 'no-distro', hresult: '0x80040302' });
    expect((out.remediation as string[]).length).toBeGreaterThan(0);

    const cases = JSON.parse(fixture('wsl-errors/localized/cases.json').toString('utf8')) as {
      file: string;
      code: string | null;
      symbol: string;
      hresult: string;
      category: string;
    }[];
    const hyperv = cases.find((c) => c.file === 'ja-JP/start-hyperv-hex.raw')!;
    const ja = await parseFile('error', `wsl-errors/localized/${hyperv.file}`);
    expect(json(ja)).toMatchObject({
      code: hyperv.code,
      symbol: hyperv.symbol,
      hresult: hyperv.hresult,
      category: 'virtualization-disabled',
    });
  });

  it('error: a message without a code keeps code null', async () => {
    const run = await parseFile('error', 'wsl/no-distros-en-US.txt');
    expect(json(run)).toMatchObject({ code: null, category: 'no-distro' });
  });

  it('kernel: /proc/version of WSL 2 and uname -r of WSL 1', async () => {
    const wsl2 = await parseFile('kernel', 'wsl/proc-version-wsl2.txt');
    expect(wsl2.code).toBe(0);
    expect(json(wsl2)).toMatchObject({ kernelVersion: expect.stringMatching(/^6\.6\./), wslGeneration: 2 });
    const wsl1 = await runCli(['parse', 'kernel'], { stdinBytes: '$ uname -r\n4.4.0-26100-Microsoft\n' });
    expect(json(wsl1)).toMatchObject({ kernelRelease: '4.4.0-26100-Microsoft', wslGeneration: 1, windowsBuild: 26100 });
  });

  it('systeminfo: the Hyper-V requirements, or a hypervisor already running', async () => {
    const run = await parseFile('systeminfo', 'wsl/systeminfo-en-US.txt');
    expect(run.code).toBe(0);
    expect(Object.keys(json(run))).toEqual([
      'kind',
      'recognized',
      'hypervisorDetected',
      'vmMonitorModeExtensions',
      'virtualizationEnabledInFirmware',
      'secondLevelAddressTranslation',
      'dataExecutionPreventionAvailable',
      'warnings',
    ]);
    const running = await parseFile('systeminfo', 'wsl/systeminfo-hypervisor-en-US.txt');
    expect(json(running)).toMatchObject({ recognized: true, hypervisorDetected: true });
  });

  it('os-release: id, version and family', async () => {
    const run = await parseFile('os-release', 'wsl/os-release-ubuntu-24.04.txt');
    expect(run.code).toBe(0);
    expect(json(run)).toMatchObject({ id: 'ubuntu', versionId: '24.04', family: 'debian' });
  });

  it('wslconfig and wslconf: lint findings with line, severity, rule, message and suggestion', async () => {
    const config = await parseFile('wslconfig', 'config/broken.wslconfig');
    expect(config.code).toBe(0);
    const findings = json(config).findings as Record<string, unknown>[];
    expect(findings).toContainEqual({
      line: 2,
      severity: 'error',
      rule: 'size-unit',
      message: expect.stringContaining('4gb'),
      suggestion: 'memory = 4GB',
    });
    for (const finding of findings) {
      expect(
        Object.keys(finding).every((key) => ['line', 'severity', 'rule', 'message', 'suggestion'].includes(key)),
      ).toBe(true);
    }
    const conf = await parseFile('wslconf', 'config/stops-early.wsl.conf');
    expect(conf.code).toBe(0);
    expect((json(conf).findings as { rule: string }[]).map((f) => f.rule)).toContain('ignored-after-invalid-line');
  });
});

describe('wsl-ready parse docker', () => {
  const cli = (name: string) => fixture(`docker/cli/${name}`);

  it.each([
    ['desktop-wsl2', 'desktop-wsl2', true, 'linux'],
    ['moby-windows-server-2025', 'moby-windows-server', false, 'windows'],
    ['desktop-windows', 'desktop-windows', false, 'windows'],
    ['rancher-desktop', 'rancher-desktop', true, 'linux'],
    ['podman', 'podman', true, 'linux'],
  ])('classifies pasted JSON version + info of %s', async (profile, backend, linux, osType) => {
    const paste = Buffer.concat([
      cli(`${profile}/version.json.out`),
      Buffer.from('\n'),
      cli(`${profile}/info.json.out`),
    ]);
    const run = await runCli(['parse', 'docker'], { stdinBytes: paste });
    expect(run.code).toBe(0);
    const out = json(run);
    expect(Object.keys(out)).toEqual([
      'kind',
      'recognized',
      'backend',
      'linuxContainers',
      'osType',
      'operatingSystem',
      'kernelVersion',
      'serverVersion',
      'context',
      'warnings',
    ]);
    expect(out).toMatchObject({ recognized: true, backend, linuxContainers: linux, osType });
    expect(out.serverVersion).toEqual(expect.any(String));
  });

  it('reads the text forms too', async () => {
    const paste = Buffer.concat([cli('desktop-wsl2/version.txt.out'), cli('desktop-wsl2/info.txt.out')]);
    const run = await runCli(['parse', 'docker'], { stdinBytes: paste });
    expect(json(run)).toMatchObject({
      backend: 'desktop-wsl2',
      linuxContainers: true,
      operatingSystem: 'Docker Desktop',
    });
  });

  it('--host changes the verdict: a native Linux engine is no Windows backend', async () => {
    const file = fixturePath('docker/cli/native-linux/info.txt.out');
    const run = await runCli(['parse', 'docker', file, '--host', 'linux']);
    expect(run.code).toBe(0);
    expect(json(run)).toMatchObject({ backend: 'native-linux', linuxContainers: true, osType: 'linux' });
  });

  it('a stopped engine (French session) is recognised as stopped, with the context', async () => {
    const run = await runCli(['parse', 'docker', fixturePath('docker/sessions/desktop-stopped-fr.txt')]);
    expect(run.code).toBe(0);
    expect(json(run)).toMatchObject({ backend: 'stopped', linuxContainers: false, context: 'desktop-linux' });
  });

  it.each([
    ['--host', 'solaris'],
    ['--host', ''],
  ])('rejects %s %j with exit 2', async (flag, value) => {
    const run = await runCli(['parse', 'docker', fixturePath('docker/cli/podman/info.txt.out'), flag, value]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--host must be one of windows, linux, darwin');
  });

  it('rejects --host on a wsl kind', async () => {
    const run = await runCli(['parse', 'version', '--host', 'linux'], { stdinBytes: '' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--host applies to the docker kind only');
  });
});

describe('wsl-ready parse: input handling and exit codes', () => {
  it('reads the same bytes from FILE, from stdin and from "-"', async () => {
    const bytes = fixture('wsl/list-verbose-en-US.txt');
    const fromFile = await parseFile('list-verbose', 'wsl/list-verbose-en-US.txt');
    const fromStdin = await runCli(['parse', 'list-verbose'], { stdinBytes: bytes });
    const fromDash = await runCli(['parse', 'list-verbose', '-'], { stdinBytes: bytes });
    expect(fromStdin).toEqual(fromFile);
    expect(fromDash).toEqual(fromFile);
  });

  it('reads stdin in chunks, split anywhere (even inside a UTF-16 code unit)', async () => {
    const bytes = fixture('wsl/version-en-US.txt');
    const chunks = [bytes.subarray(0, 7), bytes.subarray(7, 101), bytes.subarray(101)];
    const run = await runCli(['parse', 'version'], { stdin: chunks });
    expect(json(run)).toMatchObject({ recognized: true, wslVersion: '2.5.10.0' });
  });

  it('tells a user at a terminal how to end the paste', async () => {
    const run = await runCli(['parse', 'status'], {
      stdinBytes: 'Default Distribution: Ubuntu\nDefault Version: 2\n',
      stdinIsTTY: true,
    });
    expect(run.stderr).toContain('Ctrl+D');
    expect(run.code).toBe(0);
  });

  it('exits 1 with recognized false when the block is not there', async () => {
    const run = await runCli(['parse', 'list-online'], { stdinBytes: 'hello world\n' });
    expect(run.code).toBe(1);
    expect(json(run)).toMatchObject({ kind: 'list-online', recognized: false, distributions: [] });
  });

  it.each(PARSE_KINDS.map((kind) => [kind]))('exits 1 on empty input for %s', async (kind) => {
    const run = await runCli(['parse', kind], { stdinBytes: '' });
    expect(run.code).toBe(1);
    expect(json(run)).toMatchObject({ kind, recognized: false });
    expect(json(run).warnings).toContain('The input is empty.');
  });

  it('binary junk: exit 1, recognized false, one JSON object, never a stack trace', async () => {
    const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    for (const kind of PARSE_KINDS) {
      const run = await runCli(['parse', kind], { stdinBytes: junk });
      expect(run.code, kind).toBe(1);
      expect(json(run).recognized, kind).toBe(false);
      expect(run.stderr, kind).toBe('');
    }
  });

  it('property: any bytes give exit 0 or 1 and one JSON object with the kind', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PARSE_KINDS), fc.uint8Array({ maxLength: 600 }), async (kind, bytes) => {
        const run = await runCli(['parse', kind], { stdinBytes: bytes });
        expect([0, 1]).toContain(run.code);
        const out = json(run);
        expect(out.kind).toBe(kind);
        expect(out.recognized).toBe(run.code === 0);
        expect(Array.isArray(out.warnings)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses input over the cap with a clear message and exit 2 (stdin and FILE)', async () => {
    const big = Buffer.alloc(MAX_INPUT_BYTES + 1, 0x41);
    const fromStdin = await runCli(['parse', 'version'], {
      stdin: [big.subarray(0, MAX_INPUT_BYTES), big.subarray(MAX_INPUT_BYTES)],
    });
    expect(fromStdin.code).toBe(2);
    expect(fromStdin.stdout).toBe('');
    expect(fromStdin.stderr).toContain('larger than 8 MiB');
    const file = path.join(scratch, 'huge.txt');
    writeFileSync(file, big);
    const fromFile = await runCli(['parse', 'version', file]);
    expect(fromFile.code).toBe(2);
    expect(fromFile.stderr).toContain(`${file} is larger than 8 MiB`);
  });

  it.each([
    [['parse'], 'Name the kind of output to parse'],
    [['parse', 'versoin'], 'Unknown kind "versoin". Did you mean version?'],
    [['parse', 'version', 'a', 'b'], 'Unexpected argument "b"'],
  ])('usage errors exit 2: %j', async (argv, message) => {
    const run = await runCli(argv, { stdinBytes: '' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('wsl-ready parse --help');
  });

  it('a missing file or a directory is exit 2 with the path, not a stack', async () => {
    const missing = await runCli(['parse', 'version', path.join(scratch, 'nope.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.txt does not exist.');
    const directory = await runCli(['parse', 'version', scratch]);
    expect(directory.code).toBe(2);
    expect(directory.stderr).toContain('is a directory');
    expect(missing.stderr + directory.stderr).not.toMatch(/\n\s+at /);
  });
});
