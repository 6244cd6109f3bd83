// Representative machines for the doctor's tests and for `examples/`. Every byte a fake call answers comes from a
// real format: wsl.exe's resource strings and layouts (test/wsl/render, UTF-16LE + CRLF), byte-exact wsl fixtures,
// docker CLI outputs captured from the real CLI (test/fixtures/docker/cli), the host probe's ConvertTo-Json shape,
// and Linux files (/etc/os-release, /proc/version) as the kernel and distributions print them.
import { readFileSync } from 'node:fs';
import { LINUX_INSPECT_SCRIPT, SECTION_MARKER } from '../../src/checks/linux-inspect.js';
import { CommandNotFoundError } from '../../src/errors.js';
import { HOST_PROBE_SCHEMA, renderHostProbeLines } from '../../src/host/index.js';
import { FakeRunner } from '../../src/testing/index.js';
import {
  encodeLikeWslExe,
  fill,
  message,
  type RenderedDistro,
  type RenderedVersions,
  renderListVerbose,
  renderNoDistros,
  renderStatus,
  renderVersion,
} from '../wsl/render/wsl-render.js';

const FIXTURES = new URL('../fixtures/', import.meta.url);
export const fixtureBytes = (path: string): Buffer => readFileSync(new URL(path, FIXTURES));
export const fixtureText = (path: string): string => readFileSync(new URL(path, FIXTURES), 'utf8');

/** The error-knowledge fixtures carry every resource string of wsl.exe (the wsl parser fixtures only a subset). */
const ERROR_STRINGS: Record<string, Record<string, string>> = JSON.parse(fixtureText('wsl-errors/wsl-strings.json'));
function errorMessage(key: string): string {
  const value = ERROR_STRINGS['en-US']?.[key];
  if (value === undefined) throw new Error(`No string ${key} for en-US`);
  return value;
}

export type DockerEngine = { profile: string; context?: string } | 'down';

export interface LinuxSystem {
  osRelease: string;
  wslConf?: string;
  pid1: string;
  procVersion: string;
  interop: boolean;
  resolvConf: string;
  /** `getent hosts github.com` output, '' when it fails. */
  dns: string;
  mounts: string;
}

export type WslInspect = LinuxSystem | { error: string; code: string };

export interface Machine {
  name: string;
  description: string;
  platform: NodeJS.Platform;
  arch: string;
  /** process.env of the doctor (the host probe reports the runner variables again, as Windows sees them). */
  env: Record<string, string>;
  host: Record<string, unknown> | 'missing';
  systeminfo?: 'missing' | string;
  wsl:
    | { kind: 'absent' }
    | {
        kind: 'inbox' | 'store';
        versions?: RenderedVersions;
        defaultVersion: 1 | 2;
        statusExtras?: { wsl1NotSupported?: boolean; virtualizationDisabled?: boolean };
        distros: RenderedDistro[];
        inspect?: Record<string, WslInspect>;
      };
  docker:
    | 'missing'
    | {
        context: string;
        contexts: { name: string; endpoint: string; description: string }[];
        /** Engine behind each endpoint; endpoints not listed are dead pipes. */
        engines: Record<string, DockerEngine>;
      };
}

export const PIPES = {
  default: 'npipe:////./pipe/docker_engine',
  desktopLinux: 'npipe:////./pipe/dockerDesktopLinuxEngine',
  desktopWindows: 'npipe:////./pipe/dockerDesktopWindowsEngine',
} as const;

const DESKTOP_CONTEXTS = [
  { name: 'default', endpoint: PIPES.default, description: 'Current DOCKER_HOST based configuration' },
  { name: 'desktop-linux', endpoint: PIPES.desktopLinux, description: 'Docker Desktop' },
  { name: 'desktop-windows', endpoint: PIPES.desktopWindows, description: 'Docker Desktop' },
];

/** `wsl --version` values of WSL 2.5.10 (the byte-exact fixture's). */
const WSL_2_5_10: RenderedVersions = {
  wslVersion: '2.5.10.0',
  kernelVersion: '6.6.87.2-1',
  wslgVersion: '1.0.66',
  msrdcVersion: '1.2.6074',
  direct3dVersion: '1.611.1-81528511',
  dxcoreVersion: '10.0.26100.1-240331-1435.ge-release',
  windowsVersion: '10.0.26100.4652',
};

export function hostDoc(parts: {
  caption: string;
  version: string;
  ubr: number;
  editionId: string;
  productType: number;
  processorArch: number;
  firmware: boolean | null;
  hypervisor: boolean | null;
  memory: number;
  cpus: number;
  user: string;
  admin: boolean;
  features?: Record<string, string>;
  env: Record<string, string>;
  files?: Record<string, string>;
  desktop?: { installed: boolean; version: string };
}): Record<string, unknown> {
  const build = parts.version.split('.')[2] ?? '';
  return {
    schema: HOST_PROBE_SCHEMA,
    os: {
      caption: parts.caption,
      version: parts.version,
      buildNumber: build,
      productType: parts.productType,
      osArchitecture: parts.processorArch === 12 ? 'ARM 64-bit Processor' : '64-bit',
      totalVisibleMemoryKiB: Math.floor(parts.memory / 1024) - 262144,
    },
    currentVersion: {
      editionId: parts.editionId,
      ubr: parts.ubr,
      displayVersion: '24H2',
      installationType: parts.productType === 1 ? 'Client' : 'Server',
    },
    processor: {
      name: parts.processorArch === 12 ? 'Snapdragon (TM) 8cx Gen 3 @ 3.0 GHz' : 'AMD EPYC 7763 64-Core Processor',
      architecture: parts.processorArch,
      virtualizationFirmwareEnabled: parts.firmware,
      vmMonitorModeExtensions: parts.firmware,
      secondLevelAddressTranslation: parts.firmware,
    },
    computerSystem: {
      hypervisorPresent: parts.hypervisor,
      totalPhysicalMemory: parts.memory,
      logicalProcessors: parts.cpus,
    },
    identity: { name: parts.user, isAdmin: parts.admin },
    features: parts.features ?? {},
    env: parts.env,
    files: parts.files ?? {},
    dockerDesktop: parts.desktop ?? { installed: false, version: '' },
  };
}

const RUNNER_FEATURES = {
  'Microsoft-Windows-Subsystem-Linux': 'Enabled',
  VirtualMachinePlatform: 'Enabled',
  HypervisorPlatform: 'Enabled',
  'Microsoft-Hyper-V-All': 'Enabled',
  Containers: 'Enabled',
};

function runnerEnv(imageOs: string, imageVersion: string, arch: string): Record<string, string> {
  return {
    GITHUB_ACTIONS: 'true',
    ImageOS: imageOs,
    ImageVersion: imageVersion,
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_ARCH: arch,
    RUNNER_NAME: 'GitHub Actions 1000001234',
    RUNNER_OS: 'Windows',
    USERNAME: 'runneradmin',
    USERPROFILE: 'C:\\Users\\runneradmin',
    APPDATA: 'C:\\Users\\runneradmin\\AppData\\Roaming',
    LOCALAPPDATA: 'C:\\Users\\runneradmin\\AppData\\Local',
    PROCESSOR_ARCHITECTURE: arch === 'ARM64' ? 'ARM64' : 'AMD64',
  };
}

function developerEnv(user: string): Record<string, string> {
  return {
    USERNAME: user,
    USERPROFILE: `C:\\Users\\${user}`,
    APPDATA: `C:\\Users\\${user}\\AppData\\Roaming`,
    LOCALAPPDATA: `C:\\Users\\${user}\\AppData\\Local`,
    PROCESSOR_ARCHITECTURE: 'AMD64',
  };
}

export const UBUNTU_2404: LinuxSystem = {
  osRelease: fixtureText('wsl/os-release-ubuntu-24.04.txt'),
  wslConf: '[boot]\nsystemd=true\n',
  pid1: 'systemd',
  procVersion: fixtureText('wsl/proc-version-wsl2.txt').trim(),
  interop: true,
  resolvConf:
    '# This file was automatically generated by WSL. To stop automatic generation of this file, add the following entry to /etc/wsl.conf:\n# [network]\n# generateResolvConf = false\nnameserver 10.255.255.254\nsearch lan\n',
  dns: '140.82.121.4    github.com\n',
  mounts:
    'C:\\134 /mnt/c 9p rw,noatime,dirsync,aname=drvfs;path=C:\\;uid=1000;gid=1000;symlinkroot=/mnt/,mmap,access=client,msize=65536,trans=fd,rfd=5,wfd=5 0 0\n',
};

export const MACHINES: Record<string, Machine> = {
  'windows-2025-runner': {
    name: 'windows-2025-runner',
    description:
      'GitHub-hosted windows-2025 runner: WSL 2 package preinstalled without a distribution, Moby engine for Windows containers only.',
    platform: 'win32',
    arch: 'x64',
    env: runnerEnv('win25', '20260818.110.1', 'X64'),
    host: hostDoc({
      caption: 'Microsoft Windows Server 2025 Datacenter',
      version: '10.0.26100',
      ubr: 4946,
      editionId: 'ServerDatacenter',
      productType: 3,
      processorArch: 9,
      firmware: false,
      hypervisor: true,
      memory: 17179398144,
      cpus: 4,
      user: 'runnervm0abc12\\runneradmin',
      admin: true,
      features: RUNNER_FEATURES,
      env: runnerEnv('win25', '20260818.110.1', 'X64'),
    }),
    wsl: {
      kind: 'store',
      versions: { ...WSL_2_5_10, wslVersion: '2.7.11.0', windowsVersion: '10.0.26100.4946' },
      defaultVersion: 2,
      distros: [],
    },
    docker: {
      context: 'default',
      contexts: [{ name: 'default', endpoint: PIPES.default, description: 'Current DOCKER_HOST based configuration' }],
      engines: { [PIPES.default]: { profile: 'moby-windows-server-2025' } },
    },
  },
  'windows-2022-runner': {
    name: 'windows-2022-runner',
    description:
      'GitHub-hosted windows-2022 runner: the inbox WSL (WSL 1 enabled, no WSL package, no `wsl --version`), no distribution, Moby engine for Windows containers only.',
    platform: 'win32',
    arch: 'x64',
    env: runnerEnv('win22', '20260818.277.1', 'X64'),
    host: hostDoc({
      caption: 'Microsoft Windows Server 2022 Datacenter',
      version: '10.0.20348',
      ubr: 4052,
      editionId: 'ServerDatacenter',
      productType: 3,
      processorArch: 9,
      firmware: false,
      hypervisor: true,
      memory: 17179398144,
      cpus: 4,
      user: 'runnervm0xyz98\\runneradmin',
      admin: true,
      features: RUNNER_FEATURES,
      env: runnerEnv('win22', '20260818.277.1', 'X64'),
    }),
    wsl: { kind: 'inbox', defaultVersion: 1, distros: [] },
    docker: {
      context: 'default',
      contexts: [{ name: 'default', endpoint: PIPES.default, description: 'Current DOCKER_HOST based configuration' }],
      engines: { [PIPES.default]: { profile: 'moby-windows-server-2022' } },
    },
  },
  'desktop-wsl2-laptop': {
    name: 'desktop-wsl2-laptop',
    description:
      'Developer laptop, Windows 11 Pro: WSL 2.5.10, Ubuntu-24.04 running with systemd, Docker Desktop 4.43 on the WSL 2 backend, a .wslconfig.',
    platform: 'win32',
    arch: 'x64',
    env: developerEnv('dev'),
    host: hostDoc({
      caption: 'Microsoft Windows 11 Pro',
      version: '10.0.26100',
      ubr: 4652,
      editionId: 'Professional',
      productType: 1,
      processorArch: 9,
      firmware: false,
      hypervisor: true,
      memory: 34359738368,
      cpus: 16,
      user: 'LAPTOP-7Q2\\dev',
      admin: false,
      env: developerEnv('dev'),
      files: {
        wslconfig: '[wsl2]\r\nmemory=12GB\r\nprocessors=8\r\n',
        dockerSettingsStore: fixtureText('docker/settings/settings-store.json'),
      },
      desktop: { installed: true, version: '4.43.2' },
    }),
    wsl: {
      kind: 'store',
      versions: WSL_2_5_10,
      defaultVersion: 2,
      distros: [
        { name: 'Ubuntu-24.04', state: 'Running', version: 2, default: true },
        { name: 'docker-desktop', state: 'Running', version: 2, default: false },
      ],
      inspect: { 'Ubuntu-24.04': UBUNTU_2404 },
    },
    docker: {
      context: 'desktop-linux',
      contexts: DESKTOP_CONTEXTS,
      engines: {
        [PIPES.desktopLinux]: { profile: 'desktop-wsl2' },
        // Desktop's frontend serves the default pipe too and proxies to the active engine.
        [PIPES.default]: { profile: 'desktop-wsl2' },
      },
    },
  },
  'desktop-hyperv': {
    name: 'desktop-hyperv',
    description:
      'Windows 10 Enterprise with Docker Desktop on the Hyper-V backend (legacy settings.json), WSL installed, Ubuntu stopped (never started by a default run).',
    platform: 'win32',
    arch: 'x64',
    env: developerEnv('ana'),
    host: hostDoc({
      caption: 'Microsoft Windows 10 Enterprise',
      version: '10.0.19045',
      ubr: 5737,
      editionId: 'Enterprise',
      productType: 1,
      processorArch: 9,
      firmware: false,
      hypervisor: true,
      memory: 17179869184,
      cpus: 8,
      user: 'CORP\\ana',
      admin: false,
      env: developerEnv('ana'),
      files: { dockerSettings: fixtureText('docker/settings/settings-legacy.json') },
      desktop: { installed: true, version: '4.34.3' },
    }),
    wsl: {
      kind: 'store',
      versions: { ...WSL_2_5_10, windowsVersion: '10.0.19045.5737' },
      defaultVersion: 2,
      distros: [{ name: 'Ubuntu', state: 'Stopped', version: 2, default: true }],
    },
    docker: {
      context: 'desktop-linux',
      contexts: DESKTOP_CONTEXTS,
      engines: { [PIPES.desktopLinux]: { profile: 'desktop-hyperv' }, [PIPES.default]: { profile: 'desktop-hyperv' } },
    },
  },
  'desktop-windows-containers': {
    name: 'desktop-windows-containers',
    description: 'Windows 11 Pro with Docker Desktop switched to Windows containers: the Linux engine is stopped.',
    platform: 'win32',
    arch: 'x64',
    env: developerEnv('sam'),
    host: hostDoc({
      caption: 'Microsoft Windows 11 Pro',
      version: '10.0.26100',
      ubr: 4652,
      editionId: 'Professional',
      productType: 1,
      processorArch: 9,
      firmware: false,
      hypervisor: true,
      memory: 17179869184,
      cpus: 8,
      user: 'DESKTOP-K9\\sam',
      admin: false,
      env: developerEnv('sam'),
      files: {
        dockerSettingsStore: fixtureText('docker/settings/settings-store.json').replace(
          '"UseWindowsContainers": false',
          '"UseWindowsContainers": true',
        ),
      },
      desktop: { installed: true, version: '4.43.2' },
    }),
    wsl: {
      kind: 'store',
      versions: WSL_2_5_10,
      defaultVersion: 2,
      distros: [
        { name: 'Ubuntu-24.04', state: 'Stopped', version: 2, default: true },
        { name: 'docker-desktop', state: 'Stopped', version: 2, default: false },
      ],
    },
    docker: {
      context: 'desktop-windows',
      contexts: DESKTOP_CONTEXTS,
      engines: {
        [PIPES.desktopWindows]: { profile: 'desktop-windows' },
        [PIPES.default]: { profile: 'desktop-windows' },
      },
    },
  },
  'arm64-runner': {
    name: 'arm64-runner',
    description:
      'GitHub-hosted windows-11-arm runner after a job registered Ubuntu-24.04: no nested virtualization, so the distribution fails to start with HCS_E_HYPERV_NOT_INSTALLED (0x80370102); no Docker. Recorded with deep: true.',
    platform: 'win32',
    arch: 'arm64',
    env: runnerEnv('win11-arm64', '20260818.52.1', 'ARM64'),
    host: hostDoc({
      caption: 'Microsoft Windows 11 Enterprise',
      version: '10.0.26100',
      ubr: 4946,
      editionId: 'Enterprise',
      productType: 1,
      processorArch: 12,
      firmware: false,
      hypervisor: false,
      memory: 17179869184,
      cpus: 4,
      user: 'runnervm0arm01\\runneradmin',
      admin: true,
      features: { 'Microsoft-Windows-Subsystem-Linux': 'Enabled', VirtualMachinePlatform: 'Enabled' },
      env: runnerEnv('win11-arm64', '20260818.52.1', 'ARM64'),
    }),
    wsl: {
      kind: 'store',
      versions: { ...WSL_2_5_10, windowsVersion: '10.0.26100.4946' },
      defaultVersion: 2,
      statusExtras: { virtualizationDisabled: true },
      distros: [{ name: 'Ubuntu-24.04', state: 'Stopped', version: 2, default: true }],
      inspect: {
        'Ubuntu-24.04': {
          error: message('en-US', 'MessageEnableVirtualization'),
          code: 'Wsl/Service/CreateInstance/CreateVm/HCS/HCS_E_HYPERV_NOT_INSTALLED',
        },
      },
    },
    docker: 'missing',
  },
  'wsl-not-installed': {
    name: 'wsl-not-installed',
    description:
      'Windows 11 Home laptop without WSL: wsl.exe answers every command with WSL_E_WSL_OPTIONAL_COMPONENT_REQUIRED; virtualization on in firmware but no hypervisor yet; no Docker.',
    platform: 'win32',
    arch: 'x64',
    env: developerEnv('kim'),
    host: hostDoc({
      caption: 'Microsoft Windows 11 Home',
      version: '10.0.22631',
      ubr: 5189,
      editionId: 'Core',
      productType: 1,
      processorArch: 9,
      firmware: true,
      hypervisor: false,
      memory: 8589934592,
      cpus: 8,
      user: 'KIM-PC\\kim',
      admin: false,
      env: developerEnv('kim'),
    }),
    wsl: { kind: 'absent' },
    docker: 'missing',
  },
};

// ── Rendering a machine as a FakeRunner ─────────────────────────────────────────────────────────

export function linuxInspectOutput(system: LinuxSystem): string {
  const section = (name: string, body: string) =>
    `\n${SECTION_MARKER}${name}\n${body}${body && !body.endsWith('\n') ? '\n' : ''}`;
  return [
    section('os-release', system.osRelease),
    section('wsl.conf', system.wslConf ?? ''),
    section('pid1', `${system.pid1}\n`),
    section('kernel', `${system.procVersion}\n`),
    section('interop', system.interop ? 'enabled\n' : 'disabled\n'),
    section('resolv.conf', system.resolvConf),
    section('dns', `${system.dns}exit=${system.dns ? 0 : 2}\n`),
    section('mounts', system.mounts),
    section('end', ''),
  ].join('');
}

function dockerJson(profile: string, file: 'version' | 'info', client: { context: string }): string {
  const raw = fixtureText(`docker/cli/${profile}/${file}.json.out`).trim();
  const doc = JSON.parse(raw) as Record<string, unknown>;
  // The fixtures were captured with the Linux CLI; the Windows CLI says so in its client block.
  if (file === 'version' && typeof doc.Client === 'object' && doc.Client) {
    Object.assign(doc.Client, { Os: 'windows', Context: client.context });
  }
  if (file === 'info' && typeof doc.ClientInfo === 'object' && doc.ClientInfo) {
    Object.assign(doc.ClientInfo, { Context: client.context });
  }
  return `${JSON.stringify(doc)}\n`;
}

/** What the Windows docker CLI prints for a dead pipe (docker/cli's current wording). */
function deadPipe(endpoint: string): string {
  const pipe = endpoint.replace('npipe:', '');
  return `failed to connect to the docker API at ${endpoint}; check if the path is correct and if the daemon is running: open ${pipe}: The system cannot find the file specified.\n`;
}

function downVersionJson(context: string): string {
  return `${JSON.stringify({
    Client: {
      Platform: { Name: 'Docker Engine - Community' },
      Version: '28.2.2',
      ApiVersion: '1.50',
      DefaultAPIVersion: '1.50',
      GitCommit: 'e6534b4',
      GoVersion: 'go1.24.3',
      Os: 'windows',
      Arch: 'amd64',
      BuildTime: 'Fri May 30 12:07:14 2025',
      Context: context,
    },
    Server: null,
  })}\n`;
}

export function fakeRunnerFor(machine: Machine): FakeRunner {
  const fake = new FakeRunner({ defaultTimeoutMs: 5_000 });
  // PowerShell host probe.
  if (machine.host === 'missing') fake.on('powershell.exe').throws(new CommandNotFoundError('powershell.exe'));
  else fake.on('powershell.exe').reply({ stdout: renderHostProbeLines(machine.host) });
  if (machine.systeminfo === 'missing' || machine.systeminfo === undefined) {
    fake.on('systeminfo.exe').throws(new CommandNotFoundError('systeminfo.exe'));
  } else fake.on('systeminfo.exe').reply({ stdout: machine.systeminfo });

  scriptWsl(fake, machine);
  scriptDocker(fake, machine);
  return fake;
}

function scriptWsl(fake: FakeRunner, machine: Machine): void {
  const wsl = machine.wsl;
  const utf16 = (text: string) => encodeLikeWslExe(text);
  if (wsl.kind === 'absent') {
    const text = fill(
      message('en-US', 'MessageErrorCode'),
      errorMessage('MessageWslOptionalComponentRequired'),
      'Wsl/WSL_E_WSL_OPTIONAL_COMPONENT_REQUIRED',
    );
    fake.on('wsl').reply({ stdout: utf16(`${text}\n`), exitCode: 4294967295 });
    return;
  }
  if (wsl.kind === 'inbox' || !wsl.versions) {
    fake.on('wsl', ['--version']).reply({ stdout: fixtureBytes('wsl/version-inbox-en-US.txt'), exitCode: 4294967295 });
  } else fake.on('wsl', ['--version']).reply({ stdout: utf16(renderVersion('en-US', wsl.versions)) });
  const defaultDistro = wsl.distros.find((d) => d.default)?.name ?? null;
  fake.on('wsl', ['--status']).reply({
    stdout: utf16(
      renderStatus(
        'en-US',
        { defaultDistribution: defaultDistro, defaultVersion: wsl.defaultVersion },
        wsl.statusExtras,
      ),
    ),
  });
  if (wsl.distros.length === 0) {
    fake.on('wsl', ['--list', '--verbose']).reply({ stdout: utf16(renderNoDistros('en-US')), exitCode: 4294967295 });
  } else fake.on('wsl', ['--list', '--verbose']).reply({ stdout: utf16(renderListVerbose(wsl.distros)) });
  for (const [name, inspect] of Object.entries(wsl.inspect ?? {})) {
    const args = ['--distribution', name, '--exec', '/bin/sh', '-c', LINUX_INSPECT_SCRIPT];
    if ('error' in inspect) {
      fake.on('wsl', args).reply({
        stdout: utf16(`${fill(message('en-US', 'MessageErrorCode'), inspect.error, inspect.code)}\n`),
        exitCode: 4294967295,
      });
    } else {
      // Linux programs' bytes pass through wsl.exe unchanged: UTF-8 with LF.
      fake.on('wsl', args).reply({ stdout: Buffer.from(linuxInspectOutput(inspect), 'utf8') });
    }
  }
}

function scriptDocker(fake: FakeRunner, machine: Machine): void {
  const docker = machine.docker;
  if (docker === 'missing') {
    fake.on('docker').throws(new CommandNotFoundError('docker.exe'));
    return;
  }
  const lines = docker.contexts.map((c) =>
    JSON.stringify({
      Current: c.name === docker.context,
      Description: c.description,
      DockerEndpoint: c.endpoint,
      Error: '',
      Name: c.name,
    }),
  );
  fake.on('docker', ['context', 'ls', '--format', '{{json .}}']).reply({ stdout: `${lines.join('\n')}\n` });
  const currentEndpoint = docker.contexts.find((c) => c.name === docker.context)?.endpoint ?? PIPES.default;
  const reply = (endpoint: string, file: 'version' | 'info', context: string) => {
    const engine = docker.engines[endpoint];
    if (engine && engine !== 'down') return { stdout: dockerJson(engine.profile, file, { context }) };
    return {
      stdout: file === 'version' ? downVersionJson(context) : '',
      stderr: deadPipe(endpoint),
      exitCode: 1,
    };
  };
  fake
    .on('docker', ['version', '--format', '{{json .}}'])
    .reply(() => reply(currentEndpoint, 'version', docker.context));
  fake.on('docker', ['info', '--format', '{{json .}}']).reply(() => reply(currentEndpoint, 'info', docker.context));
  fake
    .on('docker', (args) => args[0] === '--host')
    .reply((call) => {
      const endpoint = call.args[1] ?? '';
      return reply(endpoint, call.args[2] === 'info' ? 'info' : 'version', docker.context);
    });
}
