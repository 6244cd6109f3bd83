import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseListOnline } from '../../../src/wsl/parsers/index.js';
import { encodeLikeWslExe, LOCALES, renderError, renderListOnline } from '../render/wsl-render.js';
import { distroNameArb, localeArb, noiseArb, withNoise } from './arbitraries.js';
import { fixtureBytes } from './fixture-files.js';

const rows = [
  { name: 'Ubuntu', friendlyName: 'Ubuntu' },
  { name: 'Debian', friendlyName: 'Debian GNU/Linux' },
  { name: 'SUSE-Linux-Enterprise-15-SP6', friendlyName: 'SUSE Linux Enterprise 15 SP6' },
  { name: 'OracleLinux_9_5', friendlyName: 'Oracle Linux 9.5' },
];

describe('parseListOnline', () => {
  it('reads the byte-exact English fixture', () => {
    const result = parseListOnline(fixtureBytes('list-online-en-US.txt'));
    expect(result.recognized).toBe(true);
    expect(result.warnings).toEqual([]);
    expect(result.value.distributions).toHaveLength(9);
    expect(result.value.distributions[4]).toEqual({
      name: 'SUSE-Linux-Enterprise-15-SP6',
      friendlyName: 'SUSE Linux Enterprise 15 SP6',
    });
  });

  it.each(LOCALES)('reads %s output (localized intro, English table)', (locale) => {
    const result = parseListOnline(encodeLikeWslExe(renderListOnline(locale, rows)));
    expect(result).toEqual({ recognized: true, value: { distributions: rows }, warnings: [] });
  });

  it('reads the default marker column of newer releases', () => {
    const marked = rows.map((row, i) => ({ ...row, default: i === 0 }));
    const result = parseListOnline(encodeLikeWslExe(renderListOnline('de-DE', marked, { markerColumn: true })));
    expect(result.value.distributions).toEqual(marked);
  });

  it('finds the table by layout when the intro is unknown or missing', () => {
    const text = 'Unbekannter Text.\n\nNAME      FRIENDLY NAME\nUbuntu    Ubuntu 24.04 LTS\n';
    const result = parseListOnline(text);
    expect(result.value.distributions).toEqual([{ name: 'Ubuntu', friendlyName: 'Ubuntu 24.04 LTS' }]);
    expect(result.warnings.join(' ')).toMatch(/layout/);
  });

  it('reports a network failure as not recognized and names the code', () => {
    const error = renderError(
      'en-US',
      'Failed to fetch the list distribution from https://aka.ms/wsldistributionsjson.',
      'Wsl/WININET_E_NAME_NOT_RESOLVED',
    );
    const result = parseListOnline(encodeLikeWslExe(error));
    expect(result.recognized).toBe(false);
    expect(result.warnings.join(' ')).toContain('WININET_E_NAME_NOT_RESOLVED');
  });

  it('inverts the renderer for random tables in any locale, with noise around', () => {
    const rowArb = fc.record({
      name: distroNameArb,
      friendlyName: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9./-]{0,10}(?: [A-Za-z0-9./-]{1,10}){0,3}$/),
    });
    fc.assert(
      fc.property(
        localeArb,
        fc.array(rowArb, { minLength: 1, maxLength: 10 }),
        noiseArb,
        noiseArb,
        (locale, table, before, after) => {
          const result = parseListOnline(encodeLikeWslExe(withNoise(before, renderListOnline(locale, table), after)));
          expect(result.recognized).toBe(true);
          expect(result.value.distributions).toEqual(table);
        },
      ),
      { numRuns: 200 },
    );
  });
});
