import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseWslError } from '../../../src/wsl/errors/index.js';

const fixtures = new URL('../../fixtures/wsl-errors/', import.meta.url);
const strings: Record<string, Record<string, string>> = JSON.parse(
  readFileSync(new URL('wsl-strings.json', fixtures), 'utf8'),
);
const locales = Object.keys(strings);

interface FixtureCase {
  file: string;
  locale: string;
  case: string;
  code: string | null;
  symbol: string;
  hresult: string;
  category: string;
  messageId: string;
  messageParts?: string[];
}
const cases: FixtureCase[] = JSON.parse(readFileSync(new URL('localized/cases.json', fixtures), 'utf8'));

// The messages the parser maps to a code, as the generator lists them (resource id → symbol).
const MAPPED: Record<string, string> = {
  MessageEnableVirtualization: 'HCS_E_HYPERV_NOT_INSTALLED',
  MessageWslOptionalComponentRequired: 'WSL_E_WSL_OPTIONAL_COMPONENT_REQUIRED',
  MessageWsl1NotSupported: 'WSL_E_WSL1_NOT_SUPPORTED',
  MessageVirtualMachinePlatformNotInstalled: 'WSL_E_VIRTUAL_MACHINE_PLATFORM_REQUIRED',
  MessageOsNotSupported: 'WSL_E_OS_NOT_SUPPORTED',
  MessageLocalSystemNotSupported: 'WSL_E_LOCAL_SYSTEM_NOT_SUPPORTED',
  MessageNoDefaultDistro: 'WSL_E_DEFAULT_DISTRO_NOT_FOUND',
  MessageDistroNotFound: 'WSL_E_DISTRO_NOT_FOUND',
  MessageInvalidDistributionName: 'WSL_E_DISTRO_NOT_FOUND',
  MessageDiskCorrupted: 'WSL_E_DISK_CORRUPTED',
  MessageVhdInUse: 'WSL_E_DISTRO_NOT_STOPPED',
  MessageInvalidState: 'E_ILLEGAL_STATE_CHANGE',
  MessageUserNotFound: 'WSL_E_USER_NOT_FOUND',
  MessageAlreadyRequestedVersion: 'WSL_E_VM_MODE_INVALID_STATE',
  MessageWsl2Needed: 'WSL_E_WSL2_NEEDED',
  MessageVmModeNotSupported: 'WSL_E_VM_MODE_NOT_SUPPORTED',
  MessageDistroNameAlreadyExists: 'ERROR_ALREADY_EXISTS',
  MessageDistroInstallPathAlreadyExists: 'ERROR_FILE_EXISTS',
  MessageInvalidDistributionTar: 'WSL_E_NOT_A_LINUX_DISTRO',
  MessageLowerIntegrity: 'WSL_E_LOWER_INTEGRITY',
  MessageHigherIntegrity: 'WSL_E_HIGHER_INTEGRITY',
  MessageInvalidConsole: 'WSL_E_CONSOLE',
  MessageInvalidCommandLine: 'E_INVALIDARG',
  MessageMissingArgument: 'E_INVALIDARG',
  MessageRequiredParameterMissing: 'E_INVALIDARG',
  MessageAdminProtectionEnabled: 'WSL_E_DEFAULT_DISTRO_NOT_FOUND',
};

const fill = (template: string, ...values: string[]) => {
  let i = 0;
  return template.replace(/\{\}/g, () => values[i++] ?? 'x');
};
const firstLine = (text: string) => text.split('\n')[0]!.split('{}')[0]!.trim();
const crlfUtf16 = (text: string) => Buffer.from(text.replace(/\n/g, '\r\n'), 'utf16le');

describe('localized byte-exact fixtures', () => {
  it('cover every locale and at least 10 different codes', () => {
    expect(new Set(cases.map((c) => c.locale))).toEqual(new Set(locales));
    expect(locales).toHaveLength(22);
    expect(new Set(cases.map((c) => c.symbol)).size).toBeGreaterThanOrEqual(10);
  });

  it.each(cases.map((c) => [c.file, c] as const))('%s', (_file, c) => {
    const bytes = readFileSync(new URL(`localized/${c.file}`, fixtures));
    // Byte-exact shape of wsl.exe output: UTF-16LE without BOM, every line ending in CRLF.
    expect(bytes[0] === 0xff && bytes[1] === 0xfe).toBe(false);
    const text = bytes.toString('utf16le');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);

    const { recognized, value } = parseWslError(bytes);
    expect(recognized).toBe(true);
    expect(value).toMatchObject({
      code: c.code,
      symbol: c.symbol,
      hresult: c.hresult,
      category: c.category,
      messageId: c.messageId,
      known: true,
      source: c.code ? 'error-code' : 'message',
    });
    for (const id of c.messageParts ?? [c.messageId]) {
      expect(value.message).toContain(firstLine(strings[c.locale]![id]!).slice(0, 12));
    }
    // The localized label is never part of the message, and no line of the message is a progress or code line.
    expect(value.message).not.toContain(c.code ?? '\u0000');
  });
});

describe('localized messages without a code line, in all 22 locales', () => {
  const rows = locales.flatMap((locale) => Object.keys(MAPPED).map((id) => [locale, id] as const));
  it.each(rows)('%s %s', (locale, id) => {
    const text = `${fill(strings[locale]![id]!, 'Ubuntu', 'wsl.exe')}\n`;
    const { recognized, value } = parseWslError(crlfUtf16(text));
    expect(recognized).toBe(true);
    // cs-CZ, fr-FR and sv-SE translate MessageLowerIntegrity and MessageHigherIntegrity identically: either is honest.
    const sameText = strings[locale]!.MessageLowerIntegrity === strings[locale]!.MessageHigherIntegrity;
    const expected =
      sameText && /Integrity$/.test(id) ? ['WSL_E_LOWER_INTEGRITY', 'WSL_E_HIGHER_INTEGRITY'] : [MAPPED[id]];
    expect(expected).toContain(value.symbol);
    expect(value.code).toBeNull();
    expect(value.source).toBe('message');
  });

  it('does not mistake any other wsl.exe message for an error', () => {
    for (const locale of locales) {
      for (const [id, template] of Object.entries(strings[locale]!)) {
        if (id in MAPPED || id === 'MessageErrorCode') continue;
        const { recognized, value } = parseWslError(crlfUtf16(`${fill(template, 'Ubuntu', '2', '3')}\n`));
        expect({ locale, id, recognized, symbol: value.symbol }).toEqual({
          locale,
          id,
          recognized: false,
          symbol: null,
        });
      }
    }
  });
});

describe('the localized `Error code:` label', () => {
  it.each(locales)('%s: MessageErrorCode with any message and an unknown code', (locale) => {
    const text = `${fill(strings[locale]!.MessageErrorCode!, 'Some system message. ', 'Wsl/Service/0x8007ffff')}\n`;
    const { recognized, value, warnings } = parseWslError(crlfUtf16(text));
    expect(recognized).toBe(true);
    expect(value).toMatchObject({
      code: 'Wsl/Service/0x8007ffff',
      hresult: '0x8007ffff',
      category: 'other',
      known: false,
    });
    expect(value.message).toBe('Some system message.');
    expect(warnings.join(' ')).toContain('not in the wsl-ready catalogue');
  });

  it.each([
    ['a label in a language wsl.exe does not ship', 'Kode kesalahan: Wsl/Service/WSL_E_DISTRO_NOT_FOUND'],
    ['Greek', 'Κωδικός σφάλματος: Wsl/Service/WSL_E_DISTRO_NOT_FOUND'],
    ['Arabic', 'رمز الخطأ: Wsl/Service/WSL_E_DISTRO_NOT_FOUND'],
    ['a space before the colon', 'Code d’erreur : Wsl/Service/WSL_E_DISTRO_NOT_FOUND'],
    ['a no-break space before the colon', 'Code d’erreur\u00a0: Wsl/Service/WSL_E_DISTRO_NOT_FOUND'],
    ['a full-width colon', '錯誤碼：Wsl/Service/WSL_E_DISTRO_NOT_FOUND'],
    ['a full-width colon and space', '错误代码： Wsl/Service/WSL_E_DISTRO_NOT_FOUND'],
    ['trailing spaces', 'Error code: Wsl/Service/WSL_E_DISTRO_NOT_FOUND   '],
  ])('matches by layout: %s', (_name, codeLine) => {
    const { value } = parseWslError(crlfUtf16(`Ein Fehler ist aufgetreten.\n${codeLine}\n`));
    expect(value.code).toBe('Wsl/Service/WSL_E_DISTRO_NOT_FOUND');
    expect(value.symbol).toBe('WSL_E_DISTRO_NOT_FOUND');
    expect(value.message).toBe('Ein Fehler ist aufgetreten.');
  });

  it('does not take ordinary "label: value" lines of unknown labels for error codes', () => {
    for (const line of [
      'Default Version: 2',
      'Status: OK',
      'Kernel version: 6.6.87.2-1',
      'Path: C:/Users/x',
      'Note: E_FOO',
    ]) {
      expect(parseWslError(`${line}\n`).recognized, line).toBe(false);
    }
  });
});

describe('the generated needle table', () => {
  it('is in sync with the localized strings (generate.mjs --check)', () => {
    const script = fileURLToPath(new URL('generate.mjs', fixtures));
    expect(() => execFileSync(process.execPath, [script, '--check'], { timeout: 20_000, stdio: 'pipe' })).not.toThrow();
  });
});
