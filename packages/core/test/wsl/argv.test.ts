import { describe, expect, it } from 'vitest';
import {
  wslExecArgs,
  wslExportArgs,
  wslImportArgs,
  wslImportInPlaceArgs,
  wslInstallArgs,
  wslListOnlineArgs,
  wslListQuietArgs,
  wslListRunningArgs,
  wslListVerboseArgs,
  wslManageArgs,
  wslSetDefaultArgs,
  wslSetDefaultVersionArgs,
  wslSetVersionArgs,
  wslShutdownArgs,
  wslStatusArgs,
  wslTerminateArgs,
  wslUninstallArgs,
  wslUnregisterArgs,
  wslUpdateArgs,
  wslVersionArgs,
} from '../../src/wsl/commands.js';
import { inputErrorOf } from './input-error.js';

const HOSTILE = ['; rm -rf /', '$(id)', '`id`', 'Ubuntu\nwsl --unregister Debian', '"Ubuntu"', "'x'", '-rf', 'a b', ''];

describe('simple commands', () => {
  it.each([
    ['list verbose', () => wslListVerboseArgs(), ['--list', '--verbose']],
    ['list verbose --all', () => wslListVerboseArgs({ all: true }), ['--list', '--verbose', '--all']],
    ['list quiet', () => wslListQuietArgs(), ['--list', '--quiet']],
    ['list quiet --all', () => wslListQuietArgs({ all: true }), ['--list', '--quiet', '--all']],
    ['list running (quiet by default)', () => wslListRunningArgs(), ['--list', '--running', '--quiet']],
    ['list running, not quiet', () => wslListRunningArgs({ quiet: false }), ['--list', '--running']],
    ['list online', () => wslListOnlineArgs(), ['--list', '--online']],
    ['status', () => wslStatusArgs(), ['--status']],
    ['version', () => wslVersionArgs(), ['--version']],
    ['shutdown', () => wslShutdownArgs(), ['--shutdown']],
    ['shutdown --force', () => wslShutdownArgs({ force: true }), ['--shutdown', '--force']],
    ['update', () => wslUpdateArgs(), ['--update']],
    ['update --web-download', () => wslUpdateArgs({ webDownload: true }), ['--update', '--web-download']],
    ['update --pre-release', () => wslUpdateArgs({ preRelease: true }), ['--update', '--pre-release']],
    ['uninstall', () => wslUninstallArgs(), ['--uninstall']],
    ['unregister', () => wslUnregisterArgs('Ubuntu'), ['--unregister', 'Ubuntu']],
    ['set default', () => wslSetDefaultArgs('Debian'), ['--set-default', 'Debian']],
    ['terminate', () => wslTerminateArgs('Ubuntu-24.04'), ['--terminate', 'Ubuntu-24.04']],
    ['set version', () => wslSetVersionArgs('Ubuntu', 2), ['--set-version', 'Ubuntu', '2']],
    ['set version from text', () => wslSetVersionArgs('Ubuntu', '1'), ['--set-version', 'Ubuntu', '1']],
    ['set default version', () => wslSetDefaultVersionArgs(2), ['--set-default-version', '2']],
  ])('%s', (_label, build, expected) => {
    expect(build()).toEqual(expected);
  });

  it.each(HOSTILE)('refuses the distro name %j everywhere', (name) => {
    for (const build of [
      wslUnregisterArgs,
      wslSetDefaultArgs,
      wslTerminateArgs,
      (d: string) => wslSetVersionArgs(d, 2),
    ]) {
      expect(inputErrorOf(() => build(name)).input).toBe('distribution name');
    }
  });

  it.each([0, 3, '2 ', 'latest'])('refuses WSL version %j', (version) => {
    expect(inputErrorOf(() => wslSetVersionArgs('Ubuntu', version as 2)).message).toContain('1 or 2');
    expect(inputErrorOf(() => wslSetDefaultVersionArgs(version as 2)).message).toContain('1 or 2');
  });
});

describe('wslInstallArgs', () => {
  it.each([
    ['nothing', {}, ['--install']],
    [
      'a distro (flag form, understood by inbox wsl.exe)',
      { distribution: 'Ubuntu' },
      ['--install', '--distribution', 'Ubuntu'],
    ],
    ['a distro (positional form)', { distribution: 'Ubuntu', distributionForm: 'positional' }, ['--install', 'Ubuntu']],
    ['WSL only', { noDistribution: true }, ['--install', '--no-distribution']],
    [
      'a CI install',
      { distribution: 'Ubuntu-24.04', noLaunch: true, webDownload: true, version: 2 },
      ['--install', '--distribution', 'Ubuntu-24.04', '--no-launch', '--web-download', '--version', '2'],
    ],
    [
      'from a file with name and location',
      { fromFile: 'C:\\images\\my.wsl', name: 'MyDistro', location: 'D:\\WSL\\MyDistro' },
      ['--install', '--from-file', 'C:\\images\\my.wsl', '--name', 'MyDistro', '--location', 'D:\\WSL\\MyDistro'],
    ],
    ['from stdin', { fromFile: '-', name: 'Piped' }, ['--install', '--from-file', '-', '--name', 'Piped']],
    [
      'a fixed-size disk',
      { distribution: 'Debian', vhdSize: '64GB', fixedVhd: true },
      ['--install', '--distribution', 'Debian', '--vhd-size', '64GB', '--fixed-vhd'],
    ],
    ['with WSL 1', { noDistribution: true, enableWsl1: true }, ['--install', '--no-distribution', '--enable-wsl1']],
  ] as const)('installs %s', (_label, options, expected) => {
    expect(wslInstallArgs(options)).toEqual(expected);
  });

  it.each([
    ['a distro with noDistribution', { distribution: 'Ubuntu', noDistribution: true }, 'noDistribution'],
    ['a distro with fromFile', { distribution: 'Ubuntu', fromFile: 'x.wsl' }, 'fromFile'],
    ['fixedVhd without a size', { fixedVhd: true }, 'vhdSize'],
    ['noDistribution with a name', { noDistribution: true, name: 'X' }, 'name'],
    ['a relative location', { location: 'WSL\\x' }, 'absolute'],
    ['a location with a newline', { location: 'C:\\x\ny' }, 'line break'],
    ['a bad size', { vhdSize: '1.5GB' }, 'size'],
    ['version 3', { version: 3 }, '1 or 2'],
    ['an option-like file', { fromFile: '--web-download' }, 'starts with "-"'],
    ...HOSTILE.map((name) => [`the distro ${JSON.stringify(name)}`, { distribution: name }, 'Accepted'] as const),
    ...HOSTILE.map((name) => [`the name ${JSON.stringify(name)}`, { name }, 'Accepted'] as const),
  ] as Array<readonly [string, object, string]>)('refuses %s', (_label, options, mention) => {
    expect(inputErrorOf(() => wslInstallArgs(options as never)).message).toContain(mention);
  });
});

describe('wslImportArgs, wslImportInPlaceArgs and wslExportArgs', () => {
  it.each([
    [
      'a tar',
      { distribution: 'Dev', installLocation: 'C:\\WSL\\Dev', file: 'C:\\images\\dev.tar' },
      ['--import', 'Dev', 'C:\\WSL\\Dev', 'C:\\images\\dev.tar'],
    ],
    [
      'a tar as WSL 1',
      { distribution: 'Dev', installLocation: 'C:\\WSL\\Dev', file: 'dev.tar.gz', version: 1 },
      ['--import', 'Dev', 'C:\\WSL\\Dev', 'dev.tar.gz', '--version', '1'],
    ],
    [
      'a VHDX',
      { distribution: 'Dev', installLocation: 'C:\\WSL\\Dev', file: 'C:\\disk.vhdx', vhd: true },
      ['--import', 'Dev', 'C:\\WSL\\Dev', 'C:\\disk.vhdx', '--vhd'],
    ],
    [
      'stdin',
      { distribution: 'Dev', installLocation: 'C:\\WSL\\Dev', file: '-' },
      ['--import', 'Dev', 'C:\\WSL\\Dev', '-'],
    ],
  ] as const)('imports %s', (_label, options, expected) => {
    expect(wslImportArgs(options)).toEqual(expected);
  });

  it.each([
    ['a VHDX without vhd', { distribution: 'Dev', installLocation: 'C:\\WSL', file: 'C:\\disk.VHDX' }, 'vhd: true'],
    ['a relative location', { distribution: 'Dev', installLocation: 'WSL', file: 'x.tar' }, 'absolute'],
    ['a hostile name', { distribution: '$(id)', installLocation: 'C:\\WSL', file: 'x.tar' }, 'Accepted'],
    ['a file with a newline', { distribution: 'Dev', installLocation: 'C:\\WSL', file: 'x\n.tar' }, 'line break'],
  ])('refuses to import %s', (_label, options, mention) => {
    expect(inputErrorOf(() => wslImportArgs(options)).message).toContain(mention);
  });

  it('imports a VHDX in place', () => {
    expect(wslImportInPlaceArgs('Dev', 'C:\\WSL\\ext4.vhdx')).toEqual([
      '--import-in-place',
      'Dev',
      'C:\\WSL\\ext4.vhdx',
    ]);
    expect(inputErrorOf(() => wslImportInPlaceArgs('Dev', 'C:\\WSL\\dev.tar')).message).toContain('.vhdx');
  });

  it.each([
    ['a tar', { distribution: 'Ubuntu', file: 'C:\\backup\\u.tar' }, ['--export', 'Ubuntu', 'C:\\backup\\u.tar']],
    [
      'tar.xz',
      { distribution: 'Ubuntu', file: 'u.tar.xz', format: 'tar.xz' },
      ['--export', 'Ubuntu', 'u.tar.xz', '--format', 'tar.xz'],
    ],
    [
      'a disk (--vhd)',
      { distribution: 'Ubuntu', file: 'u.vhdx', vhd: true },
      ['--export', 'Ubuntu', 'u.vhdx', '--vhd'],
    ],
    [
      'a disk (--format vhd)',
      { distribution: 'Ubuntu', file: 'u.vhdx', format: 'vhd', vhd: true },
      ['--export', 'Ubuntu', 'u.vhdx', '--format', 'vhd'],
    ],
    ['to stdout', { distribution: 'Ubuntu', file: '-' }, ['--export', 'Ubuntu', '-']],
  ] as const)('exports %s', (_label, options, expected) => {
    expect(wslExportArgs(options)).toEqual(expected);
  });

  it.each([
    ['tar.gz with vhd', { distribution: 'U', file: 'x', format: 'tar.gz', vhd: true }, 'tar'],
    ['an unknown format', { distribution: 'U', file: 'x', format: 'zip' }, 'tar, tar.gz, tar.xz, vhd'],
    ['an option-like file', { distribution: 'U', file: '-rf' }, 'starts with "-"'],
  ])('refuses to export %s', (_label, options, mention) => {
    expect(inputErrorOf(() => wslExportArgs(options as never)).message).toContain(mention);
  });
});

describe('wslManageArgs', () => {
  it.each([
    ['move', { move: 'D:\\WSL\\Ubuntu' }, ['--manage', 'Ubuntu', '--move', 'D:\\WSL\\Ubuntu']],
    ['enable sparse', { setSparse: true }, ['--manage', 'Ubuntu', '--set-sparse', 'true']],
    ['disable sparse', { setSparse: false }, ['--manage', 'Ubuntu', '--set-sparse', 'false']],
    [
      'sparse, unsafe',
      { setSparse: true, allowUnsafe: true },
      ['--manage', 'Ubuntu', '--set-sparse', 'true', '--allow-unsafe'],
    ],
    ['default user', { setDefaultUser: 'dev' }, ['--manage', 'Ubuntu', '--set-default-user', 'dev']],
    ['resize', { resize: '512GB' }, ['--manage', 'Ubuntu', '--resize', '512GB']],
    ['resize with leading zeros (strtoull reads 7)', { resize: '007GB' }, ['--manage', 'Ubuntu', '--resize', '007GB']],
  ] as const)('%s', (_label, action, expected) => {
    expect(wslManageArgs('Ubuntu', action)).toEqual(expected);
  });

  it.each([
    ['no action', {}, 'got none'],
    ['two actions', { move: 'D:\\x', resize: '1G' }, 'move and resize'],
    ['a relative move target', { move: 'x' }, 'absolute'],
    ['a hostile user', { setDefaultUser: '$(id)' }, 'POSIX user name'],
    ['a user that looks like an option', { setDefaultUser: '-rf' }, 'starts with "-"'],
    ['a bad size', { resize: 'big' }, 'size'],
    // stringshared.h ParseMemorySize: a zero must be the single digit `0` (`00`, `00GB` are rejected).
    ['a zero written with two digits', { resize: '00GB' }, 'size'],
    ['a non-boolean sparse value', { setSparse: 'yes' }, 'true or false'],
  ])('refuses %s', (_label, action, mention) => {
    expect(inputErrorOf(() => wslManageArgs('Ubuntu', action as never)).message).toContain(mention);
  });
});

describe('wslExecArgs', () => {
  it.each([
    [
      'a program without a shell',
      { distribution: 'Ubuntu', command: ['uname', '-r'] },
      ['--distribution', 'Ubuntu', '--exec', 'uname', '-r'],
    ],
    [
      'as a user in a directory',
      { distribution: 'Ubuntu', user: 'root', cwd: '/srv/app', command: ['ls', '-la'] },
      ['--distribution', 'Ubuntu', '--user', 'root', '--cd', '/srv/app', '--exec', 'ls', '-la'],
    ],
    ['in the default distro', { command: ['true'] }, ['--exec', 'true']],
    ['in the home directory', { cwd: '~', command: ['pwd'] }, ['--cd', '~', '--exec', 'pwd']],
    ['in a Windows directory', { cwd: 'C:\\src', command: ['pwd'] }, ['--cd', 'C:\\src', '--exec', 'pwd']],
    [
      'a script through /bin/sh',
      { distribution: 'Debian', script: 'set -e; apt-get update && echo "$HOME"' },
      ['--distribution', 'Debian', '--exec', '/bin/sh', '-c', 'set -e; apt-get update && echo "$HOME"'],
    ],
    [
      'a script through bash',
      { script: 'echo ok', scriptShell: '/bin/bash' },
      ['--exec', '/bin/bash', '-c', 'echo ok'],
    ],
    [
      'shell words after --',
      { distribution: 'Ubuntu', shellCommand: ['echo', '$HOME'] },
      ['--distribution', 'Ubuntu', '--', 'echo', '$HOME'],
    ],
    [
      'shell words in a login shell',
      { shellCommand: ['env'], shellType: 'login' },
      ['--shell-type', 'login', '--', 'env'],
    ],
  ] as const)('runs %s', (_label, options, expected) => {
    const { args, env } = wslExecArgs(options);
    expect(args).toEqual(expected);
    expect(env).toEqual({});
  });

  it.each(['; rm -rf /', '$(id)', '`id`', 'a b', 'line\nbreak', '"', "'"])(
    'keeps the hostile argument %j as one argv item of --exec (no shell parses it)',
    (value) => {
      const { args } = wslExecArgs({ distribution: 'Ubuntu', command: ['printf', '%s', value] });
      expect(args.slice(-3)).toEqual(['printf', '%s', value]);
      expect(args).toHaveLength(6);
    },
  );

  it.each([
    ['no command', { distribution: 'Ubuntu' }, 'got none'],
    ['two modes', { command: ['ls'], script: 'ls' }, 'command and script'],
    ['an empty command', { command: [] }, 'empty'],
    ['an empty script', { script: '  ' }, 'empty'],
    ['a NUL in an argument', { command: ['echo', 'a\0b'] }, 'NUL'],
    ['a relative script shell', { script: 'ls', scriptShell: 'bash' }, 'absolute'],
    ['a shell word with a space', { shellCommand: ['echo', 'a b'] }, 're-quoted'],
    ['a shell word with a double quote', { shellCommand: ['echo', '"x"'] }, 're-quoted'],
    ['an empty shell word', { shellCommand: ['echo', ''] }, 're-quoted'],
    ['a hostile distro', { distribution: '; rm -rf /', command: ['ls'] }, 'distribution name'],
    ['a distro that looks like an option', { distribution: '-u', command: ['ls'] }, 'starts with "-"'],
    ['a hostile user', { user: 'root;id', command: ['ls'] }, 'Linux user name'],
    ['a relative directory', { cwd: 'src', command: ['ls'] }, 'working directory'],
    ['a directory with a newline', { cwd: '/tmp/a\nb', command: ['ls'] }, 'line break'],
    ['an unknown shell type', { shellCommand: ['ls'], shellType: 'none' }, 'standard, login'],
  ])('refuses %s', (_label, options, mention) => {
    expect(inputErrorOf(() => wslExecArgs(options as never)).message).toContain(mention);
  });

  it('forwards variables through WSLENV with translation flags, merged into the existing WSLENV', () => {
    const { args, env } = wslExecArgs({
      distribution: 'Ubuntu',
      command: ['env'],
      env: {
        CI: 'true',
        PROJECT_DIR: { value: 'C:\\src\\app', path: true },
        TOOL_DIRS: { value: 'C:\\a;C:\\b', list: true },
        ONLY_IN: { value: 'x', direction: 'to-wsl' },
        BACK_OUT: { value: 'y', path: true, direction: 'to-windows' },
      },
      baseWslenv: 'USERPROFILE/p:CI',
    });
    expect(args).toEqual(['--distribution', 'Ubuntu', '--exec', 'env']);
    expect(env).toEqual({
      CI: 'true',
      PROJECT_DIR: 'C:\\src\\app',
      TOOL_DIRS: 'C:\\a;C:\\b',
      ONLY_IN: 'x',
      BACK_OUT: 'y',
      WSLENV: 'USERPROFILE/p:CI:PROJECT_DIR/p:TOOL_DIRS/l:ONLY_IN/u:BACK_OUT/pw',
    });
  });

  it('replaces the flags of a variable already in WSLENV instead of listing it twice', () => {
    const { env } = wslExecArgs({
      command: ['env'],
      env: { GOPATH: { value: 'C:\\go', path: true } },
      baseWslenv: 'GOPATH:X/u',
    });
    expect(env.WSLENV).toBe('GOPATH/p:X/u');
  });

  it.each([
    ['a bad name', { 'A-B': 'x' }, 'environment variable name'],
    ['WSLENV itself', { WSLENV: 'x' }, 'baseWslenv'],
    ['a NUL in a value', { A: 'x\0y' }, 'NUL'],
    ['an unknown direction', { A: { value: 'x', direction: 'sideways' } }, 'to-wsl'],
  ])('refuses to forward %s', (_label, env, mention) => {
    expect(inputErrorOf(() => wslExecArgs({ command: ['env'], env: env as never })).message).toContain(mention);
  });
});
