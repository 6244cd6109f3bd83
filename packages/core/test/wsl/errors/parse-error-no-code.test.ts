// Failures pasted without an `Error code:` line (issue 15): localized system messages, and the category of codes
// the catalogue does not list by their family.
import { describe, expect, it } from 'vitest';
import { wslText } from '../../../src/testing/index.js';
import { parseWslError } from '../../../src/wsl/errors/parse-error.js';

describe('parseWslError without an Error code line', () => {
  it.each([
    ['Access is denied.', 'E_ACCESSDENIED', 'access-denied'],
    ['Zugriff verweigert', 'E_ACCESSDENIED', 'access-denied'],
    ['アクセスが拒否されました。', 'E_ACCESSDENIED', 'access-denied'],
    ['拒绝访问。', 'E_ACCESSDENIED', 'access-denied'],
    [
      'Installing, this may take a few minutes...\nThe request is not supported.',
      'ERROR_NOT_SUPPORTED',
      'feature-missing',
    ],
    ['Die Anforderung wird nicht unterstützt.', 'ERROR_NOT_SUPPORTED', 'feature-missing'],
    ['Downloading: Ubuntu\nForbidden (403)', 'HTTP_E_STATUS_FORBIDDEN', 'network'],
  ])('%s → %s', (text, symbol, category) => {
    const result = parseWslError(wslText(`PS C:\\> wsl --install\n${text}\n`));
    expect(result.recognized).toBe(true);
    expect(result.value).toMatchObject({ symbol, category, source: 'message' });
  });

  it.each([
    ['0x80240438', 'network'],
    ['0x8024402c', 'network'],
    ['0x80072f8f', 'network'],
    ['0x80072efe', 'network'],
    ['0x80071234', 'other'],
  ])('an uncatalogued %s is in category %s by its family', (code, category) => {
    const result = parseWslError(wslText(`Installing: Ubuntu\nError: ${code}\n`));
    expect(result.value).toMatchObject({ hresult: code, category });
  });
});
