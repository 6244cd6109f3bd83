import { describe, expect, it } from 'vitest';
import { WSL_LOCALE_STRINGS } from '../../../src/wsl/parsers/index.js';
import { LOCALES, message } from '../render/wsl-render.js';

const firstLine = (text: string): string => text.split('\n')[0] ?? '';

describe('WSL_LOCALE_STRINGS', () => {
  it('covers the same 22 locales as the real resource strings', () => {
    expect(LOCALES).toHaveLength(22);
    expect(Object.keys(WSL_LOCALE_STRINGS).sort()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES)('matches the real strings of %s', (locale) => {
    const table = WSL_LOCALE_STRINGS[locale]!;
    expect(table.registeredDistrosHeader).toBe(message(locale, 'MessageRegisteredDistrosHeader'));
    expect(table.printDistroDefault).toBe(message(locale, 'MessagePrintDistroDefault'));
    expect(table.noRunningDistro).toBe(message(locale, 'MessageNoRunningDistro'));
    expect(table.statusDefaultDistro).toBe(message(locale, 'MessageStatusDefaultDistro'));
    expect(table.statusDefaultVersion).toBe(message(locale, 'MessageStatusDefaultVersion'));
    expect(table.errorCode).toBe(message(locale, 'MessageErrorCode').split('\n')[1]);
    expect(table.noDefaultDistro).toBe(firstLine(message(locale, 'MessageNoDefaultDistro')));
    expect(table.distributionListOnline).toBe(firstLine(message(locale, 'MessageDistributionListOnline')));
    expect(table.wsl1NotSupported).toBe(firstLine(message(locale, 'MessageWsl1NotSupported')));
  });
});
