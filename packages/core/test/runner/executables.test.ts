import { describe, expect, it } from 'vitest';
import { mergeEnv, withWslDefaults } from '../../src/runner/index.js';
import { isInsideWsl, isWindowsHost, resolveDockerExecutable, resolveWslExecutable } from '../../src/wsl/commands.js';

describe('executable discovery', () => {
  it.each([
    [
      'the WSL_READY_WSL hook on Linux',
      { WSL_READY_WSL: '/opt/twin/wsl.exe' },
      'linux',
      { file: '/opt/twin/wsl.exe', source: 'env' },
    ],
    [
      'the hook on Windows',
      { WSL_READY_WSL: 'D:\\twin\\wsl.exe' },
      'win32',
      { file: 'D:\\twin\\wsl.exe', source: 'env' },
    ],
    [
      'System32 on Windows',
      { SystemRoot: 'C:\\Windows' },
      'win32',
      { file: 'C:\\Windows\\System32\\wsl.exe', source: 'system32' },
    ],
    [
      'SYSTEMROOT spelled otherwise',
      { SYSTEMROOT: 'D:\\WINNT' },
      'win32',
      { file: 'D:\\WINNT\\System32\\wsl.exe', source: 'system32' },
    ],
    ['no SystemRoot at all', {}, 'win32', { file: 'C:\\Windows\\System32\\wsl.exe', source: 'system32' }],
    [
      'Sysnative for a 32-bit process',
      { SystemRoot: 'C:\\Windows', PROCESSOR_ARCHITEW6432: 'AMD64' },
      'win32',
      { file: 'C:\\Windows\\Sysnative\\wsl.exe', source: 'system32' },
    ],
    ['interop inside WSL', { WSL_DISTRO_NAME: 'Ubuntu' }, 'linux', { file: 'wsl.exe', source: 'interop' }],
    ['nothing on plain Linux', {}, 'linux', undefined],
    ['nothing on macOS', {}, 'darwin', undefined],
    ['an empty hook is ignored', { WSL_READY_WSL: '  ' }, 'linux', undefined],
  ] as const)('finds wsl: %s', (_label, env, platform, expected) => {
    expect(resolveWslExecutable(env, platform)).toEqual(expected);
  });

  it.each([
    [{ WSL_READY_DOCKER: '/opt/twin/docker' }, 'linux', { file: '/opt/twin/docker', source: 'env' }],
    [{}, 'win32', { file: 'docker.exe', source: 'path' }],
    [{}, 'linux', { file: 'docker', source: 'path' }],
  ] as const)('finds docker with %j on %s', (env, platform, expected) => {
    expect(resolveDockerExecutable(env, platform)).toEqual(expected);
  });

  it.each([
    [{}, 'win32', true],
    [{ WSL_READY_WSL: '/opt/twin/wsl.exe' }, 'linux', true],
    [{}, 'linux', false],
    [{ WSL_DISTRO_NAME: 'Ubuntu' }, 'linux', false],
  ] as const)('isWindowsHost(%j, %s) is %s', (env, platform, expected) => {
    expect(isWindowsHost(env, platform)).toBe(expected);
  });

  it('tells when it runs inside WSL', () => {
    expect(isInsideWsl({ WSL_INTEROP: '/run/WSL/1_interop' }, 'linux')).toBe(true);
    expect(isInsideWsl({ WSL_DISTRO_NAME: 'Ubuntu' }, 'win32')).toBe(false);
    expect(isInsideWsl({}, 'linux')).toBe(false);
  });
});

describe('child environment', () => {
  it('merges over the base and deletes undefined', () => {
    expect(mergeEnv({ A: '1', B: '2', C: undefined }, { B: undefined, D: '4' }, 'linux')).toEqual({ A: '1', D: '4' });
  });

  it('treats names case-insensitively on Windows only', () => {
    expect(mergeEnv({ Path: 'C:\\bin' }, { PATH: 'D:\\bin' }, 'win32')).toEqual({ PATH: 'D:\\bin' });
    expect(mergeEnv({ Path: 'a' }, { PATH: 'b' }, 'linux')).toEqual({ Path: 'a', PATH: 'b' });
    expect(mergeEnv({ Path: 'a', X: '1' }, { PATH: undefined }, 'win32')).toEqual({ X: '1' });
  });

  it('asks wsl.exe for UTF-8 unless the caller decided', () => {
    expect(withWslDefaults('C:\\Windows\\System32\\wsl.exe', { A: '1' }, undefined, 'win32')).toEqual({
      A: '1',
      WSL_UTF8: '1',
    });
    expect(withWslDefaults('wsl', { wsl_utf8: '0' }, undefined, 'win32')).toEqual({ WSL_UTF8: '1' });
    expect(withWslDefaults('wsl', { WSL_UTF8: '0' }, { WSL_UTF8: '0' }, 'win32')).toEqual({ WSL_UTF8: '0' });
    expect(withWslDefaults('wsl', {}, { WSL_UTF8: undefined }, 'win32')).toEqual({});
    expect(withWslDefaults('docker', { A: '1' }, undefined, 'win32')).toEqual({ A: '1' });
    expect(withWslDefaults('wsl.exe', { WSL_DISTRO_NAME: 'U', WSLENV: 'X/p' }, undefined, 'linux')).toEqual({
      WSL_DISTRO_NAME: 'U',
      WSLENV: 'X/p:WSL_UTF8',
      WSL_UTF8: '1',
    });
  });
});
