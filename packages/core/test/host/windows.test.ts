import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  detectHostMode,
  detectServiceAccount,
  editionFamily,
  findDeadEnds,
  HOST_PROBE_FACTS,
  HOST_PROBE_SCRIPT,
  hostProbeArgs,
  parseHostProbe,
  readRunnerFacts,
  renderHostProbeLines,
  resolvePowerShell,
  wsl2BuildSupport,
} from '../../src/host/index.js';
import { hostDoc } from '../checks/machines.js';

describe('WSL 2 build support', () => {
  it.each([
    [26100, 4652, 'x64', true, 'build'],
    [19041, 0, 'x64', true, 'build'],
    [18363, 1049, 'x64', true, 'backport'],
    [18362, 1048, 'x64', false, 'needs-backport'],
    [18363, 1049, 'arm64', false, 'too-old'],
    [17763, 5000, 'x64', false, 'too-old'],
  ] as const)('build %i.%i on %s', (build, ubr, arch, supported, reason) => {
    expect(wsl2BuildSupport(build, ubr, arch)).toEqual({ supported, reason });
  });
  it('unknown build', () => expect(wsl2BuildSupport(null, null)).toEqual({ supported: null, reason: 'unknown' }));
});

describe('edition family', () => {
  it.each([
    ['Core', 'Microsoft Windows 11 Home', 1, 'home'],
    ['CoreSingleLanguage', null, 1, 'home'],
    ['Professional', 'Microsoft Windows 11 Pro', 1, 'pro'],
    ['ProfessionalEducation', null, 1, 'education'],
    ['Enterprise', null, 1, 'enterprise'],
    ['IoTEnterprise', null, 1, 'enterprise'],
    ['ServerDatacenter', 'Microsoft Windows Server 2025 Datacenter', 3, 'server'],
    [null, 'Microsoft Windows 10 Famille', null, 'other'],
    [null, 'Microsoft Windows Server 2022 Standard', null, 'server'],
    [null, null, 3, 'server'],
    [null, null, null, 'unknown'],
  ] as const)('%s / %s', (id, caption, type, family) => {
    expect(editionFamily(id, caption, type)).toBe(family);
  });
});

describe('runner environment', () => {
  it.each([
    [{ USERNAME: 'SYSTEM' }, 'LocalSystem'],
    [{ USERNAME: 'RUNNER01$', USERPROFILE: 'C:\\Windows\\ServiceProfiles\\NetworkService' }, 'NetworkService'],
    [{ USERNAME: 'x', USERPROFILE: 'C:\\Windows\\System32\\config\\systemprofile' }, 'LocalSystem'],
    [{ username: 'LOCAL SERVICE' }, 'LocalService'],
    [{ USERNAME: 'BUILD01$' }, 'MachineAccount'],
    [{ USERNAME: 'runneradmin', USERPROFILE: 'C:\\Users\\runneradmin' }, null],
  ])('%j → %s', (env, account) => expect(detectServiceAccount(env)).toBe(account));

  it('reads runner facts only on a runner', () => {
    expect(readRunnerFacts({ USERNAME: 'dev' }, 200)).toBeUndefined();
    expect(
      readRunnerFacts(
        {
          ImageOS: 'win25',
          ImageVersion: '1',
          RUNNER_ENVIRONMENT: 'github-hosted',
          RUNNER_ARCH: 'X64',
          RUNNER_NAME: 'r',
          RUNNER_OS: 'Windows',
        },
        200,
      ),
    ).toEqual({
      imageOs: 'win25',
      imageVersion: '1',
      environment: 'github-hosted',
      arch: 'X64',
      name: 'r',
      os: 'Windows',
    });
    expect(readRunnerFacts({ GITHUB_ACTIONS: 'true', RUNNER_NAME: 'x'.repeat(300) }, 200)?.name).toHaveLength(200);
  });

  it('knows the hosted arm64 dead end, and not a self-hosted arm64 machine', () => {
    expect(
      findDeadEnds({ RUNNER_ENVIRONMENT: 'github-hosted', RUNNER_ARCH: 'ARM64' }, 'arm64').map((e) => e.kind),
    ).toEqual(['hosted-arm64']);
    expect(findDeadEnds({ RUNNER_ENVIRONMENT: 'self-hosted', RUNNER_ARCH: 'ARM64' }, 'arm64')).toEqual([]);
    expect(findDeadEnds({ TF_BUILD: 'True', AGENT_NAME: 'Hosted Agent' }, 'x64').map((e) => e.kind)).toEqual([
      'azure-devops-hosted',
    ]);
  });

  it('treats WSL_READY_WSL as Windows and detects WSL from /proc/version', () => {
    expect(detectHostMode({ WSL_READY_WSL: '/opt/twin/wsl' }, 'linux')).toBe('windows');
    expect(detectHostMode({ WSL_DISTRO_NAME: 'Ubuntu' }, 'linux')).toBe('wsl');
    expect(detectHostMode({}, 'linux', 'Linux version 6.6.87.2-microsoft-standard-WSL2 (gcc)')).toBe('wsl');
    expect(detectHostMode({}, 'linux', 'Linux version 6.8.0-45-generic')).toBe('linux');
    expect(detectHostMode({}, 'darwin')).toBe('darwin');
  });

  it('calls Windows PowerShell by its System32 path natively, through interop otherwise', () => {
    expect(resolvePowerShell({ SystemRoot: 'D:\\Win' }, 'win32')).toBe(
      'D:\\Win\\System32\\WindowsPowerShell\\v1.0\\powershell.exe',
    );
    expect(resolvePowerShell({}, 'linux')).toBe('powershell.exe');
  });
});

describe('host probe', () => {
  it('passes the script base64-encoded as UTF-16LE, unchanged', () => {
    const args = hostProbeArgs();
    expect(args.slice(0, -1)).toEqual([
      '-NoLogo',
      '-NoProfile',
      '-NonInteractive',
      '-ExecutionPolicy',
      'Bypass',
      '-EncodedCommand',
    ]);
    expect(Buffer.from(args.at(-1)!, 'base64').toString('utf16le')).toBe(HOST_PROBE_SCRIPT);
    expect(HOST_PROBE_SCRIPT).toContain('Get-CimInstance -ClassName Win32_Processor');
    expect(HOST_PROBE_SCRIPT).toContain('HypervisorPresent');
    // Issue 13 item 11: features through CIM, never DISM; each fact flushed as soon as it is known.
    expect(HOST_PROBE_SCRIPT).toContain('Get-CimInstance -ClassName Win32_OptionalFeature -Filter');
    expect(HOST_PROBE_SCRIPT).not.toContain('Get-WindowsOptionalFeature');
    expect(HOST_PROBE_SCRIPT.match(/\[Console\]::Out\.Flush\(\)/g)?.length).toBe(3);
    expect(HOST_PROBE_SCRIPT.match(/Emit '/g)?.length).toBe(HOST_PROBE_FACTS.length);
  });

  it('keeps the facts of a probe cut short, in the order the script prints them', () => {
    const doc = hostDoc({
      caption: 'Microsoft Windows Server 2025 Datacenter',
      version: '10.0.26100',
      ubr: 4652,
      editionId: 'ServerDatacenter',
      productType: 3,
      processorArch: 9,
      firmware: true,
      hypervisor: true,
      memory: 17179869184,
      cpus: 4,
      user: 'RUNNER\\runneradmin',
      admin: true,
      features: { VirtualMachinePlatform: 'Enabled' },
      env: { ImageOS: 'win25' },
    });
    const full = renderHostProbeLines(doc);
    const lines = full.trimEnd().split('\r\n');
    expect(JSON.parse(lines[0]!)).toEqual({ schema: 'wsl-ready-host/2' });
    expect(lines.slice(1).map((l) => JSON.parse(l).fact)).toEqual([...HOST_PROBE_FACTS, 'end']);
    const complete = parseHostProbe(full);
    expect(complete.recognized).toBe(true);
    expect(complete.warnings).toEqual([]);
    expect(complete.value.features).toEqual({ VirtualMachinePlatform: 'Enabled' });

    // Killed while CIM answered Win32_ComputerSystem: what came before stays.
    const cut = `${lines.slice(0, 7).join('\r\n')}\r\n{"fact":"proc`;
    const partial = parseHostProbe(cut);
    expect(partial.recognized).toBe(true);
    expect(partial.value).toMatchObject({ isAdmin: true, env: { ImageOS: 'win25' }, build: 26100, ubr: 4652 });
    expect(partial.value.arch).toBeNull();
    expect(partial.value.features).toEqual({});
    expect(partial.warnings[0]).toBe(
      'The host probe stopped before it finished; kept what it printed (identity, env, files, dockerDesktop, currentVersion, os).',
    );
    // The schema line alone is no answer.
    expect(parseHostProbe(`${lines[0]}\r\n`).recognized).toBe(false);
  });

  it('still reads the single document of older recordings (wsl-ready-host/1)', () => {
    const old = parseHostProbe(
      '{"schema":"wsl-ready-host/1","os":{"buildNumber":"22631"},"identity":{"isAdmin":false}}',
    );
    expect(old.recognized).toBe(true);
    expect(old.value).toMatchObject({ build: 22631, isAdmin: false });
  });

  it('reads the document, ignoring noise around it', () => {
    const doc = hostDoc({
      caption: 'Microsoft Windows 11 Pro',
      version: '10.0.26100',
      ubr: 4652,
      editionId: 'Professional',
      productType: 1,
      processorArch: 12,
      firmware: null,
      hypervisor: true,
      memory: 17179869184,
      cpus: 8,
      user: 'PC\\dev',
      admin: false,
      env: { USERNAME: 'dev' },
      files: { wslconfig: '[wsl2]\nmemory=4GB\n' },
    });
    const parsed = parseHostProbe(`WARNING: something\r\n${renderHostProbeLines(doc)}PS C:\\> `);
    expect(parsed.recognized).toBe(true);
    expect(parsed.value).toMatchObject({
      build: 26100,
      ubr: 4652,
      arch: 'arm64',
      hypervisorPresent: true,
      virtualizationFirmwareEnabled: null,
      logicalProcessors: 8,
      isAdmin: false,
      features: {},
      files: { wslconfig: '[wsl2]\nmemory=4GB\n' },
    });
  });

  it('is total: any text gives a result, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = parseHostProbe(text);
        expect(typeof result.recognized).toBe('boolean');
      }),
      { numRuns: 300 },
    );
    expect(parseHostProbe('{"schema":"other"}').recognized).toBe(false);
    expect(
      parseHostProbe(
        '{"schema":"wsl-ready-host/2"}\n{"fact":"os","value":{"buildNumber":"abc"}}\n{"fact":"processor","value":[1]}',
      ).value.build,
    ).toBeNull();
  });
});
