import { describe, expect, it } from 'vitest';
import {
  describeWslErrorContext,
  findWslError,
  lookupWslError,
  normalizeHresult,
  splitCodePath,
} from '../../../src/wsl/errors/index.js';

describe('normalizeHresult', () => {
  it.each([
    ['0x80370102', '0x80370102'],
    ['0X80370102', '0x80370102'],
    ['0x8037010A', '0x8037010a'],
    ['80370102', '0x80370102'],
    ['8007019E', '0x8007019e'],
    ['c03a001a', '0xc03a001a'],
    ['-2147024891', '0x80070005'],
    ['2147942405', '0x80070005'],
    ['0x1bc', '0x800701bc'],
    ['0x5', '0x80070005'],
    ['5', '0x80070005'],
    [' 0x80070422 ', '0x80070422'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeHresult(input)).toBe(expected);
  });

  it('accepts numbers, signed or unsigned', () => {
    expect(normalizeHresult(-2147024891)).toBe('0x80070005');
    expect(normalizeHresult(0x80370102)).toBe('0x80370102');
  });

  it.each(['', '0x', '0', 'E_ACCESSDENIED', '0x123456789', '99999999999', '1.5', 'Wsl/0x80070005', 'zz'])(
    'rejects %j',
    (input) => {
      expect(normalizeHresult(input)).toBeNull();
    },
  );

  it('rejects non-integer and out-of-range numbers', () => {
    expect(normalizeHresult(1.5)).toBeNull();
    expect(normalizeHresult(2 ** 33)).toBeNull();
    expect(normalizeHresult(Number.NaN)).toBeNull();
  });
});

describe('lookupWslError', () => {
  it('finds E_ACCESSDENIED by hex in any case, with or without 0x, by decimal and by symbol', () => {
    for (const spelling of [
      '0x80070005',
      '0X80070005',
      '80070005',
      '-2147024891',
      'E_ACCESSDENIED',
      'e_accessdenied',
    ]) {
      const found = lookupWslError(spelling);
      expect(found.known, spelling).toBe(true);
      expect(found.symbol).toBe('E_ACCESSDENIED');
      expect(found.hresult).toBe('0x80070005');
      expect(found.category).toBe('access-denied');
    }
    expect(lookupWslError(-2147024891).symbol).toBe('E_ACCESSDENIED');
  });

  it('decides on the last segment of a Wsl/... path and keeps the rest as context', () => {
    const found = lookupWslError('Wsl/Service/CreateInstance/CreateVm/HCS/HCS_E_HYPERV_NOT_INSTALLED');
    expect(found.symbol).toBe('HCS_E_HYPERV_NOT_INSTALLED');
    expect(found.hresult).toBe('0x80370102');
    expect(found.category).toBe('virtualization-disabled');
    expect(found.context).toEqual(['Wsl', 'Service', 'CreateInstance', 'CreateVm', 'HCS']);
    expect(found.input).toBe('Wsl/Service/CreateInstance/CreateVm/HCS/HCS_E_HYPERV_NOT_INSTALLED');
  });

  it('treats the older hex form and the newer name as the same error', () => {
    const older = lookupWslError('Wsl/0x80070422');
    const newer = lookupWslError('Wsl/ERROR_SERVICE_DISABLED');
    expect(older.symbol).toBe('ERROR_SERVICE_DISABLED');
    expect(newer.hresult).toBe('0x80070422');
    expect(older.category).toBe(newer.category);
    expect(lookupWslError('Wsl/Service/CreateInstance/CreateVm/ConfigureNetworking/HNS/0x80041002').symbol).toBe(
      'WBEM_E_NOT_FOUND',
    );
  });

  it('skips trailing context names (HCS, HNS) and punctuation to find the deciding segment', () => {
    expect(lookupWslError('Wsl/InstallDistro/WININET_E_NAME_NOT_RESOLVED.').symbol).toBe('WININET_E_NAME_NOT_RESOLVED');
    expect(splitCodePath('Wsl/Service/CreateVm/HCS/HCS_E_SERVICE_NOT_AVAILABLE/')).toEqual({
      result: 'HCS_E_SERVICE_NOT_AVAILABLE',
      context: ['Wsl', 'Service', 'CreateVm', 'HCS'],
    });
    expect(splitCodePath('Wsl/Service/?(2048)/E_FAIL').context).toEqual(['Wsl', 'Service', '?(2048)']);
    const noResult = lookupWslError('Wsl/Service/CreateInstance/CreateVm/HCS');
    expect(noResult.known).toBe(false);
    expect(noResult.context).toEqual(['Wsl', 'Service', 'CreateInstance', 'CreateVm', 'HCS']);
  });

  it('maps inbox Win32 codes and raw NTSTATUS values to their HRESULT entries', () => {
    expect(lookupWslError('0x1bc').symbol).toBe('ERROR_LINUX_SUBSYSTEM_UPDATE_REQUIRED');
    expect(lookupWslError('0x1bc').category).toBe('kernel-update');
    expect(lookupWslError('0x19e').symbol).toBe('ERROR_LINUX_SUBSYSTEM_NOT_PRESENT');
    expect(lookupWslError('0xC0000022').symbol).toBe('STATUS_ACCESS_DENIED');
    expect(lookupWslError('0xd0000022').symbol).toBe('STATUS_ACCESS_DENIED');
  });

  it('returns an `other` fallback that keeps an unknown HRESULT', () => {
    const found = lookupWslError('Wsl/Service/0x8007ffff');
    expect(found.known).toBe(false);
    expect(found.category).toBe('other');
    expect(found.hresult).toBe('0x8007ffff');
    expect(found.symbol).toBeUndefined();
    expect(found.title).toContain('0x8007ffff');
    expect(found.remediation.join(' ')).toContain('0x8007ffff');
    expect(found.context).toEqual(['Wsl', 'Service']);
    expect(found.meaning).toContain('65535');
  });

  it('returns an `other` fallback that keeps an unknown symbol', () => {
    const found = lookupWslError('Wsl/Service/WSL_E_SOMETHING_NEW');
    expect(found).toMatchObject({ known: false, category: 'other', symbol: 'WSL_E_SOMETHING_NEW' });
    expect(found.hresult).toBeUndefined();
    expect(found.docsUrl).toMatch(/^https:\/\//);
  });

  it('names the family of an unknown HRESULT', () => {
    expect(lookupWslError('0x80072f8f').meaning).toMatch(/WinInet \(network\)/);
    expect(lookupWslError('0x801901ad').meaning).toMatch(/HTTP status 429/);
    expect(lookupWslError('0x8037011b').meaning).toMatch(/Host Compute Service/);
    expect(lookupWslError('0x80040399').meaning).toMatch(/WSL-specific/);
  });

  it('never throws on junk', () => {
    for (const junk of ['', ' ', '/', '//', '???', 'Wsl/', '0x', '-', 'Error code:', '\u0000', '💥']) {
      expect(lookupWslError(junk).category).toBe('other');
    }
  });

  it('findWslError gives the entry or undefined', () => {
    expect(findWslError('0x80370114')?.symbol).toBe('HCS_E_SERVICE_NOT_AVAILABLE');
    expect(findWslError('Wsl/Service/WSL_E_LOCAL_SYSTEM_NOT_SUPPORTED')?.category).toBe('access-denied');
    expect(findWslError('WSL_E_NOT_A_REAL_CODE')).toBeUndefined();
    expect(findWslError('0x8007ffff')).toBeUndefined();
  });
});

describe('describeWslErrorContext', () => {
  it('puts the context path into words, skipping the ever-present Wsl and Service', () => {
    expect(describeWslErrorContext(['Wsl', 'Service', 'CreateInstance', 'CreateVm', 'HCS'])).toBe(
      'while starting a distribution (creating the WSL 2 virtual machine, the Host Compute Service)',
    );
    expect(describeWslErrorContext(['Wsl', 'InstallDistro'])).toBe('while installing a distribution');
    expect(describeWslErrorContext(['Wsl', 'Service'])).toBe('');
    expect(describeWslErrorContext(['Nope'])).toBe('');
  });
});
