import type { ConfigKeySchema } from './schema-types.js';

/**
 * Every key of `/etc/wsl.conf` that WSL's init knows (ten sections), plus the one it forgot.
 * Facts: microsoft/WSL `src/linux/init/WslDistributionConfig.h/.cpp` (keys and defaults), commit 3e27a6a5.
 */
type Entry = Omit<ConfigKeySchema, 'file' | 'section'>;

const SECTIONS: Record<string, Entry[]> = {
  automount: [
    {
      key: 'enabled',
      type: 'boolean',
      default: true,
      defaultText: 'true',
      since: 'build 17093',
      description: 'Mount the Windows fixed drives with DrvFs.',
    },
    {
      key: 'root',
      type: 'string',
      default: '/mnt/',
      defaultText: '/mnt/',
      since: 'build 17093',
      description: 'Where the drives are mounted; WSL adds a trailing `/` if missing.',
    },
    {
      key: 'options',
      type: 'string',
      default: null,
      defaultText: 'none',
      since: 'build 17093',
      description: 'Extra DrvFs mount options (metadata, uid, gid, umask, fmask, dmask, case).',
    },
    {
      key: 'mountFsTab',
      type: 'boolean',
      default: true,
      defaultText: 'true',
      since: 'build 17093',
      description: 'Process /etc/fstab at start.',
    },
    {
      key: 'ldconfig',
      type: 'boolean',
      default: true,
      defaultText: 'true',
      since: '≤2.5.8',
      description: 'Register /usr/lib/wsl/lib with ldconfig.',
    },
    {
      key: 'cgroups',
      type: 'enum',
      values: ['v1', 'v2'],
      default: 'v2',
      defaultText: 'v2',
      since: '2.6.2',
      minWslVersion: '2.6.2',
      description: 'Opt in to cgroup v1 mounts (v1) or keep v2.',
    },
    {
      key: 'crossDistro',
      type: 'boolean',
      default: null,
      defaultText: 'not read by current WSL',
      since: 'build 18970',
      obsolete: true,
      description: 'Removed: current WSL reports it as an unknown key.',
    },
  ],
  network: [
    {
      key: 'generateHosts',
      type: 'boolean',
      default: true,
      defaultText: 'true',
      since: 'build 17093',
      description: 'Generate /etc/hosts.',
    },
    {
      key: 'generateResolvConf',
      type: 'boolean',
      default: true,
      defaultText: 'true',
      since: 'build 17093',
      description: 'Generate /etc/resolv.conf.',
    },
    {
      key: 'hostname',
      type: 'string',
      default: null,
      defaultText: 'the Windows host name',
      since: '≤2.5.8',
      description: 'Host name of the distribution (cleaned to a valid host name).',
    },
  ],
  interop: [
    {
      key: 'enabled',
      type: 'boolean',
      default: true,
      defaultText: 'true',
      since: 'build 17713',
      description: 'Launch Windows programs from Linux.',
    },
    {
      key: 'appendWindowsPath',
      type: 'boolean',
      default: true,
      defaultText: 'true',
      since: 'build 17713',
      description: 'Add the Windows PATH to $PATH.',
    },
  ],
  user: [
    {
      key: 'default',
      type: 'string',
      default: null,
      defaultText: 'the user created at first run',
      since: 'build 18980',
      description: 'Default login user.',
    },
  ],
  boot: [
    {
      key: 'systemd',
      type: 'boolean',
      default: false,
      defaultText: 'false',
      since: '0.67.6',
      minWslVersion: '0.67.6',
      description: 'Run systemd as PID 1 (WSL 2 only; needs an executable /sbin/init).',
    },
    {
      key: 'command',
      type: 'string',
      default: null,
      defaultText: 'none',
      since: 'build 21286',
      description: 'Command run as root when the distribution starts.',
    },
    {
      key: 'initTimeout',
      type: 'integer',
      unit: 'ms',
      default: 10000,
      defaultText: '10000 ms',
      since: '≤2.5.8',
      description: 'How long WSL waits for systemd to start and stop, in milliseconds.',
    },
    {
      key: 'protectBinfmt',
      type: 'boolean',
      default: true,
      defaultText: 'true',
      since: '≤2.5.8',
      description: "With systemd: protect the WSLInterop binfmt registration from systemd's shutdown.",
    },
  ],
  filesystem: [
    {
      key: 'umask',
      type: 'integer',
      default: 0o22,
      defaultText: '0022',
      since: 'build 18945',
      description: 'umask of processes; write it in octal with a leading 0 (`022`).',
    },
  ],
  fileServer: [
    {
      key: 'enabled',
      type: 'boolean',
      default: true,
      defaultText: 'true',
      since: '≤2.5.8',
      description: 'The 9P server behind \\\\wsl$ and \\\\wsl.localhost.',
    },
    {
      key: 'logFile',
      type: 'string',
      default: null,
      defaultText: 'none',
      since: '≤2.5.8',
      description: '9P server log file.',
    },
    {
      key: 'logLevel',
      type: 'integer',
      default: 4,
      defaultText: '4 (information)',
      since: '≤2.5.8',
      description: '9P server log level.',
    },
    {
      key: 'logTruncate',
      type: 'boolean',
      default: true,
      defaultText: 'true',
      since: '≤2.5.8',
      description: 'Truncate the 9P server log at start.',
    },
  ],
  gpu: [
    {
      key: 'enabled',
      type: 'boolean',
      default: true,
      defaultText: 'true',
      since: '≤2.5.8',
      description: 'GPU paravirtualization for this distribution.',
    },
    {
      key: 'appendLibPath',
      type: 'boolean',
      default: true,
      defaultText: 'true',
      since: '≤2.5.8',
      description: 'Add /usr/lib/wsl/lib to $PATH (only when gpu.enabled).',
    },
  ],
  time: [
    {
      key: 'useWindowsTimezone',
      type: 'boolean',
      default: true,
      defaultText: 'true',
      since: '≤2.5.8',
      description: 'Follow the Windows time zone.',
    },
  ],
  general: [
    {
      key: 'guiApplications',
      type: 'boolean',
      default: null,
      defaultText: 'the .wslconfig value of wsl2.guiApplications',
      since: '≤2.5.8',
      description: 'Per-distribution WSLg switch.',
    },
  ],
};

export const WSLCONF_KEYS: readonly ConfigKeySchema[] = Object.entries(SECTIONS).flatMap(([section, entries]) =>
  entries.map((e) => ({ file: 'wslconf' as const, section, ...e })),
);

export const WSLCONF_SECTIONS: readonly string[] = Object.keys(SECTIONS);
