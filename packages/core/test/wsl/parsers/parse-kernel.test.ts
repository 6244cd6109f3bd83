import { describe, expect, it } from 'vitest';
import { parseKernel } from '../../../src/wsl/parsers/index.js';
import { fixtureBytes } from './fixture-files.js';

describe('parseKernel', () => {
  it('reads /proc/version of a WSL 2 distro (byte-exact fixture)', () => {
    expect(parseKernel(fixtureBytes('proc-version-wsl2.txt'))).toEqual({
      recognized: true,
      value: {
        kernelRelease: '6.6.87.2-microsoft-standard-WSL2',
        kernelVersion: '6.6.87.2',
        wslGeneration: 2,
        customKernel: false,
      },
      warnings: [],
    });
  });

  it('reads /proc/version of WSL 1 and takes the Windows build from the fake kernel', () => {
    expect(parseKernel(fixtureBytes('proc-version-wsl1.txt')).value).toEqual({
      kernelRelease: '4.4.0-19041-Microsoft',
      kernelVersion: '4.4.0',
      wslGeneration: 1,
      customKernel: false,
      windowsBuild: 19041,
    });
    expect(parseKernel('3.4.0-Microsoft\n').value).toMatchObject({ wslGeneration: 1 });
    expect(parseKernel('3.4.0-Microsoft\n').value.windowsBuild).toBeUndefined();
  });

  it.each([
    ['5.15.153.1-microsoft-standard-WSL2', 2, false],
    ['4.19.128-microsoft-standard', 2, false],
    ['5.10.16.3-microsoft-standard-WSL2', 2, false],
    ['5.15.90.1-microsoft-standard-WSL2+', 2, true],
    ['6.1.21-microsoft-custom-WSL2', 2, true],
    ['5.19.0-microsoft-standard', 2, false],
    ['4.4.0-22621-Microsoft', 1, false],
  ] as const)('reads uname -r %s', (release, generation, custom) => {
    const result = parseKernel(`${release}\n`);
    expect(result.recognized).toBe(true);
    expect(result.value.kernelRelease).toBe(release);
    expect(result.value.wslGeneration).toBe(generation);
    expect(result.value.customKernel).toBe(custom);
  });

  it('reads uname -a with the architecture', () => {
    const result = parseKernel(
      'Linux mbp62 5.15.133.1-microsoft-standard-WSL2 #1 SMP Thu Oct 5 21:02:42 UTC 2023 x86_64 x86_64 x86_64 GNU/Linux\n',
    );
    expect(result.value).toMatchObject({ kernelVersion: '5.15.133.1', wslGeneration: 2, arch: 'x86_64' });
    const arm = parseKernel(
      'Linux version 6.6.87.2-microsoft-standard-WSL2 (root@x) (aarch64-msft-linux-gcc (GCC) 12.2.0) #1 SMP\n',
    );
    expect(arm.value.arch).toBe('aarch64');
    expect(parseKernel('6.6.87.2-microsoft-standard-WSL2\naarch64\n').value.arch).toBe('aarch64');
  });

  it('warns about a kernel without any WSL marker (custom kernel or not WSL)', () => {
    const result = parseKernel('dev@host:~$ uname -r\n6.10.3-arch1-1\ndev@host:~$\n');
    expect(result.recognized).toBe(true);
    expect(result.value).toMatchObject({ kernelRelease: '6.10.3-arch1-1', wslGeneration: null });
    expect(result.warnings).toHaveLength(1);
  });

  it('reads input that went through a UTF-16 pipe', () => {
    expect(parseKernel(Buffer.from('5.15.153.1-microsoft-standard-WSL2\r\n', 'utf16le')).value.wslGeneration).toBe(2);
  });

  it('is not recognized without a kernel release', () => {
    expect(parseKernel('bash: uname: command not found\n').recognized).toBe(false);
    expect(parseKernel('').recognized).toBe(false);
  });
});
