import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lookupWslError, WSL_ERROR_CATALOG, WSL_ERROR_CATEGORIES } from '../../../src/wsl/errors/index.js';

// Every code named in the project's reference note on WSL error codes (§1, §2), with the category it must carry.
const REFERENCE_CODES: readonly (readonly [string, string, string])[] = [
  ['0x80370102', 'HCS_E_HYPERV_NOT_INSTALLED', 'virtualization-disabled'],
  ['0x80370114', 'HCS_E_SERVICE_NOT_AVAILABLE', 'feature-missing'],
  ['0x8007019e', 'ERROR_LINUX_SUBSYSTEM_NOT_PRESENT', 'feature-missing'],
  ['0x800701bc', 'ERROR_LINUX_SUBSYSTEM_UPDATE_REQUIRED', 'kernel-update'],
  ['0x80070422', 'ERROR_SERVICE_DISABLED', 'feature-missing'],
  ['0x8004032d', 'WSL_E_VIRTUAL_MACHINE_PLATFORM_REQUIRED', 'feature-missing'],
  ['0x80041002', 'WBEM_E_NOT_FOUND', 'other'],
  ['0x800706be', 'RPC_S_CALL_FAILED', 'other'],
  ['0xc03a001a', 'ERROR_VIRTUAL_DISK_LIMITATION', 'other'],
  ['0x80072ee7', 'WININET_E_NAME_NOT_RESOLVED', 'network'],
  ['0x80040301', 'WSL_E_DEFAULT_DISTRO_NOT_FOUND', 'no-distro'],
  ['0x80040302', 'WSL_E_DISTRO_NOT_FOUND', 'no-distro'],
  ['0x80040303', 'WSL_E_WSL1_NOT_SUPPORTED', 'feature-missing'],
  ['0x80040304', 'WSL_E_VM_MODE_NOT_SUPPORTED', 'other'],
  ['0x80040306', 'WSL_E_CONSOLE', 'other'],
  ['0x80040307', 'WSL_E_CUSTOM_KERNEL_NOT_FOUND', 'other'],
  ['0x80040308', 'WSL_E_USER_NOT_FOUND', 'other'],
  ['0x80040309', 'WSL_E_INVALID_USAGE', 'other'],
  ['0x8004030c', 'WSL_E_DISTRO_NOT_STOPPED', 'other'],
  ['0x8004030e', 'WSL_E_CUSTOM_SYSTEM_DISTRO_ERROR', 'other'],
  ['0x8004030f', 'WSL_E_LOWER_INTEGRITY', 'access-denied'],
  ['0x80040310', 'WSL_E_HIGHER_INTEGRITY', 'access-denied'],
  ['0x80040313', 'WSL_E_VM_MODE_INVALID_STATE', 'other'],
  ['0x8004031c', 'WSL_E_WSL2_NEEDED', 'other'],
  ['0x80040321', 'WSL_E_WSL_OPTIONAL_COMPONENT_REQUIRED', 'feature-missing'],
  ['0x80040325', 'WSL_E_VMSWITCH_NOT_SET', 'other'],
  ['0x80040326', 'WSL_E_NOT_A_LINUX_DISTRO', 'other'],
  ['0x80040327', 'WSL_E_OS_NOT_SUPPORTED', 'other'],
  ['0x8004032b', 'WSL_E_DISK_MOUNT_DISABLED', 'access-denied'],
  ['0x8004032c', 'WSL_E_WSL1_DISABLED', 'access-denied'],
  ['0x8004032e', 'WSL_E_LOCAL_SYSTEM_NOT_SUPPORTED', 'access-denied'],
  ['0x8004032f', 'WSL_E_DISK_CORRUPTED', 'other'],
  ['0x80040332', 'WSL_E_VM_CRASHED', 'other'],
  ['0x800700b7', 'ERROR_ALREADY_EXISTS', 'other'],
  ['0x80070050', 'ERROR_FILE_EXISTS', 'other'],
  ['0x80070057', 'E_INVALIDARG', 'other'],
  ['0x80070005', 'E_ACCESSDENIED', 'access-denied'],
  ['0x80070002', 'ERROR_FILE_NOT_FOUND', 'other'],
  ['0x80070003', 'ERROR_PATH_NOT_FOUND', 'other'],
  ['0x8000ffff', 'E_UNEXPECTED', 'other'],
  ['0x80040154', 'REGDB_E_CLASSNOTREG', 'feature-missing'],
  ['0x80080005', 'CO_E_SERVER_EXEC_FAILURE', 'feature-missing'],
  ['0x800706ba', 'RPC_S_SERVER_UNAVAILABLE', 'other'],
  ['0x80072efd', 'WININET_E_CANNOT_CONNECT', 'network'],
  ['0x80072ee2', 'WININET_E_TIMEOUT', 'network'],
  ['0x80370109', 'HCS_E_CONNECTION_TIMEOUT', 'other'],
  ['0xd0000022', 'STATUS_ACCESS_DENIED', 'access-denied'],
  ['0xd000020c', 'STATUS_CONNECTION_DISCONNECTED', 'other'],
  ['0xd000000d', 'STATUS_INVALID_PARAMETER', 'other'],
  ['0xd000022d', 'STATUS_RETRY', 'other'],
  ['0xd00002fe', 'STATUS_SHUTDOWN_IN_PROGRESS', 'other'],
  ['0x80190193', 'HTTP_E_STATUS_FORBIDDEN', 'network'],
];

describe('WSL error catalogue', () => {
  it('has at least 40 entries', () => {
    expect(WSL_ERROR_CATALOG.length).toBeGreaterThanOrEqual(40);
  });

  it.each(WSL_ERROR_CATALOG.map((entry) => [entry.symbol ?? entry.hresult, entry] as const))(
    '%s has every field, a valid category and an https docs link',
    (_name, entry) => {
      expect(entry.hresult).toMatch(/^0x[0-9a-f]{8}$/);
      // Winsock names (`WSAEOPNOTSUPP`, as wsl.exe prints them) have no underscore.
      expect(entry.symbol).toMatch(/^(?:[A-Z][A-Z0-9]*(_[A-Z0-9]+)+|WSAE[A-Z]+)$/);
      expect(entry.title.trim().length).toBeGreaterThan(5);
      expect(entry.meaning.trim().length).toBeGreaterThan(10);
      expect(WSL_ERROR_CATEGORIES).toContain(entry.category);
      expect(entry.remediation.length).toBeGreaterThan(0);
      for (const step of entry.remediation) expect(step.trim().length).toBeGreaterThan(5);
      expect(new URL(entry.docsUrl).protocol).toBe('https:');
      for (const alias of entry.aliases ?? []) expect(lookupWslError(alias).symbol).toBe(entry.symbol);
    },
  );

  it('has no duplicate HRESULT or symbol', () => {
    const hresults = WSL_ERROR_CATALOG.map((e) => e.hresult);
    const symbols = WSL_ERROR_CATALOG.map((e) => e.symbol);
    expect(new Set(hresults).size).toBe(hresults.length);
    expect(new Set(symbols).size).toBe(symbols.length);
  });

  it.each(REFERENCE_CODES)('covers %s (%s) as %s', (hresult, symbol, category) => {
    const byHex = lookupWslError(hresult);
    expect(byHex.known).toBe(true);
    expect(byHex.symbol).toBe(symbol);
    expect(byHex.category).toBe(category);
    expect(lookupWslError(symbol).hresult).toBe(hresult);
  });

  it('uses every category at least once', () => {
    const used = new Set(WSL_ERROR_CATALOG.map((e) => e.category));
    for (const category of WSL_ERROR_CATEGORIES) expect(used).toContain(category);
  });

  it('tells CI users what to change for the errors runners hit', () => {
    const steps = (code: string) => lookupWslError(code).remediation.join('\n');
    expect(steps('HCS_E_HYPERV_NOT_INSTALLED')).toMatch(/runs-on: windows-2025/);
    expect(steps('HCS_E_HYPERV_NOT_INSTALLED')).toMatch(/ExposeVirtualizationExtensions/);
    expect(steps('WSL_E_LOCAL_SYSTEM_NOT_SUPPORTED')).toMatch(/--windowslogonaccount/);
    expect(steps('ERROR_LINUX_SUBSYSTEM_UPDATE_REQUIRED')).toMatch(/wsl --update/);
    expect(steps('HTTP_E_STATUS_FORBIDDEN')).toMatch(/MSI/);
  });

  it('is plain data: entries survive a JSON round trip', () => {
    expect(JSON.parse(JSON.stringify(WSL_ERROR_CATALOG))).toEqual(WSL_ERROR_CATALOG);
  });

  it('is documented row by row in CATALOG.md', () => {
    const table = readFileSync(new URL('../../../src/wsl/errors/CATALOG.md', import.meta.url), 'utf8');
    for (const entry of WSL_ERROR_CATALOG) {
      const row = table.split('\n').find((line) => line.includes(`\`${entry.symbol}\``));
      expect(row?.split('|').map((cell) => cell.trim())).toEqual(
        expect.arrayContaining([`\`${entry.hresult}\``, entry.category]),
      );
    }
  });
});
