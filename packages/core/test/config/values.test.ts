import { describe, expect, it } from 'vitest';
import { readBoolean, readConfigValues, readInteger, readSize } from '../../src/config/index.js';
import { fixture } from './helpers.js';

const GB = 1024 ** 3;

describe('value readers match WSL', () => {
  it.each([
    ['4GB', 4 * GB],
    ['4G', 4 * GB],
    ['512MB', 512 * 1024 ** 2],
    ['512M', 512 * 1024 ** 2],
    ['1TB', 1024 ** 4],
    ['2K', 2048],
    ['100B', 100],
    ['1073741824', GB],
    ['0', 0],
    ['0GB', 0],
  ])('size %s = %d bytes', (raw, bytes) => {
    expect(readSize(raw)).toMatchObject({ ok: true, value: bytes });
  });

  it.each(['4gb', '4Gb', '1.5GB', '4 GB', 'GB', '', '00', '4GiB', '4GBB', '0x10', 'eight'])(
    'size %j is rejected',
    (raw) => {
      expect(readSize(raw).ok).toBe(false);
    },
  );

  it.each([
    ['10', 10],
    ['0x1F', 31],
    ['010', 8],
    ['-1', -1],
    [' 7', 7],
    ['0', 0],
  ])('integer %j = %d', (raw, value) => {
    expect(readInteger(raw, 32)).toMatchObject({ ok: true, value });
  });

  it.each(['08', '09', '1.5', '', '0x', '4GB', '1 000', 'ten'])('integer %j is rejected', (raw) => {
    expect(readInteger(raw, 64).ok).toBe(false);
  });

  it('clamps an oversized integer on Windows (32-bit long) but rejects it on Linux', () => {
    expect(readInteger('99999999999', 32)).toMatchObject({ ok: true, value: 2147483647 });
    expect(readInteger('99999999999', 64).ok).toBe(false);
  });

  it.each([
    ['true', true],
    ['TRUE', true],
    ['1', true],
    ['False', false],
    ['0', false],
  ])('boolean %j = %s', (raw, value) => {
    expect(readBoolean(raw)).toEqual({ ok: true, value });
  });

  it.each(['yes', 'no', 'on', 'off', 't', 'f', ''])('boolean %j is rejected', (raw) => {
    expect(readBoolean(raw).ok).toBe(false);
  });
});

describe('readConfigValues: what WSL will use', () => {
  it('reads the documented example .wslconfig (CRLF)', () => {
    const { value, recognized } = readConfigValues(fixture('docs-example.wslconfig'));
    expect(recognized).toBe(true);
    expect(value.kind).toBe('wslconfig');
    expect(value.values['wsl2.memory']).toBe(8 * GB);
    expect(value.values['wsl2.processors']).toBe(4);
    expect(value.values['wsl2.kernel']).toBe('C:\\temp\\myCustomKernel');
    expect(value.values['experimental.autoMemoryReclaim']).toBe('Gradual');
    // sparseVhd is parsed but WSL forces it off.
    expect(value.values['experimental.sparseVhd']).toBe(false);
    expect(value.settings['experimental.sparseVhd']?.ignored[0]?.reason).toBe('not-supported');
    // debugConsole switches on early boot logging unless it is set.
    expect(value.settings['wsl2.earlyBootLogging']).toMatchObject({ value: true, source: 'derived' });
    // Defaults that WSL computes at run time stay null, with the words.
    expect(value.values['wsl2.virtio']).toBeNull();
  });

  it('first occurrence wins, even when its value is invalid', () => {
    const first = readConfigValues('[wsl2]\nmemory=4GB\nmemory=8GB\n', 'wslconfig').value;
    expect(first.values['wsl2.memory']).toBe(4 * GB);
    expect(first.settings['wsl2.memory']?.ignored).toEqual([{ line: 3, reason: 'duplicate' }]);
    const invalid = readConfigValues('[wsl2]\nmemory=4gb\nmemory=8GB\n', 'wslconfig').value;
    expect(invalid.settings['wsl2.memory']).toMatchObject({ value: null, source: 'default' });
    expect(invalid.settings['wsl2.memory']?.ignored.map((i) => i.reason)).toEqual(['invalid-value', 'duplicate']);
  });

  it('folds legacy [experimental] spellings into the [wsl2] key, first one wins', () => {
    const text = '[experimental]\nnetworkingMode=mirrored\n[wsl2]\nnetworkingMode=NAT\n';
    const { value } = readConfigValues(text, 'wslconfig');
    expect(value.values['wsl2.networkingMode']).toBe('Mirrored');
    expect(value.settings['wsl2.networkingMode']?.line).toBe(2);
  });

  it('skips invalid lines in .wslconfig and keeps reading', () => {
    const { value } = readConfigValues('[wsl2]\nkernel=C:\\k\nswap=0\n', 'wslconfig');
    expect(value.values['wsl2.kernel']).toBeNull();
    expect(value.values['wsl2.swap']).toBe(0);
  });

  it('stops reading wsl.conf at the first invalid line', () => {
    const { value, warnings } = readConfigValues(fixture('stops-early.wsl.conf'), 'wslconf');
    expect(value.stopLine).toBe(3);
    expect(value.values['boot.systemd']).toBe(true);
    expect(value.values['network.generateResolvConf']).toBe(true);
    expect(value.settings['interop.enabled']?.ignored).toEqual([{ line: 7, reason: 'after-stop' }]);
    expect(warnings.join('\n')).toContain('Line 3');
  });

  it('reads an everyday wsl.conf, adding the trailing slash WSL adds to automount.root', () => {
    const { value } = readConfigValues(fixture('everyday.wsl.conf'));
    expect(value.kind).toBe('wslconf');
    expect(value.values).toMatchObject({
      'boot.systemd': true,
      'automount.root': '/mnt/',
      'automount.options': 'metadata,umask=22,fmask=11',
      'network.generateResolvConf': false,
      'interop.enabled': true,
      'interop.appendWindowsPath': false,
      'user.default': 'dev',
    });
    expect(readConfigValues('[automount]\nroot = /windir\n', 'wslconf').value.values['automount.root']).toBe(
      '/windir/',
    );
  });

  it('applies safe mode and virtio=false the way wsl.exe does', () => {
    const safe = readConfigValues('[wsl2]\nsafeMode=true\nnetworkingMode=mirrored\n', 'wslconfig').value;
    expect(safe.settings['wsl2.networkingMode']).toMatchObject({ value: 'None', source: 'derived' });
    expect(safe.values['wsl2.swap']).toBe(0);
    const virtio = readConfigValues(
      '[wsl2]\nvirtio=false\nvirtiofs=true\nnetworkingMode=Consomme\n',
      'wslconfig',
    ).value;
    expect(virtio.values['wsl2.virtiofs']).toBe(false);
    expect(virtio.values['wsl2.networkingMode']).toBe('NAT');
    // WslCoreConfig.cpp Config::Initialize: safe mode turns virtio off first, then the !EnableVirtio block zeroes swiotlb.
    const both = readConfigValues('[wsl2]\nsafeMode=true\n[experimental]\nswiotlb=64MB\n', 'wslconfig').value;
    expect(both.values['experimental.swiotlb']).toBe(0);
  });

  it('turns DNS tunneling off when dnsTunnelingIpAddress is invalid', () => {
    const { value } = readConfigValues('[experimental]\ndnsTunnelingIpAddress = 10.0.0.300\n', 'wslconfig');
    expect(value.values['wsl2.dnsTunneling']).toBe(false);
  });

  it('lists unknown keys and accepts bytes (UTF-16LE with BOM)', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('[wsl2]\r\nmemroy=4GB\r\nswap=0\r\n', 'utf16le'),
    ]);
    const { value } = readConfigValues(bytes, 'wslconfig');
    expect(value.unknownKeys).toEqual([{ line: 2, key: 'wsl2.memroy' }]);
    expect(value.values['wsl2.swap']).toBe(0);
  });

  it('reports recognized=false for text without sections or keys', () => {
    expect(readConfigValues('# nothing here\n', 'wslconfig').recognized).toBe(false);
  });
});
