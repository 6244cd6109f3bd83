import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStatus } from '../../../src/wsl/parsers/index.js';
import { encodeLikeWslExe, LOCALES, renderError, renderStatus } from '../render/wsl-render.js';
import { distroNameArb, localeArb, noiseArb, withNoise } from './arbitraries.js';
import { fixtureBytes } from './fixture-files.js';

const none = {
  kernelVersion: null,
  wslVersion: null,
  lastUpdated: null,
  automaticUpdates: null,
  wsl1Supported: null,
  virtualizationEnabled: null,
};

describe('parseStatus', () => {
  it('reads the byte-exact English fixture (Store shape)', () => {
    expect(parseStatus(fixtureBytes('status-en-US.txt'))).toEqual({
      recognized: true,
      value: { defaultDistribution: 'Ubuntu-24.04', defaultVersion: 2, ...none },
      warnings: [],
    });
  });

  it('reads the inbox shape with date, automatic updates and kernel (and its \\r\\r\\n line ends)', () => {
    expect(parseStatus(fixtureBytes('status-inbox-en-US.txt'))).toEqual({
      recognized: true,
      value: {
        ...none,
        defaultDistribution: 'Ubuntu-22.04',
        defaultVersion: 2,
        lastUpdated: '8/30/2022',
        automaticUpdates: true,
        kernelVersion: '5.10.102.1',
      },
      warnings: [],
    });
  });

  it('reads other inbox wordings and date formats', () => {
    const text = [
      'Default distribution: Ubuntu',
      'Default version: 2',
      '',
      'Windows Subsystem for Linux last updated on 2026/9/9',
      'WSL automatic updates disabled.',
      '',
      'Kernel version: 5.10.16',
    ].join('\n');
    expect(parseStatus(text).value).toMatchObject({
      defaultDistribution: 'Ubuntu',
      lastUpdated: '2026/9/9',
      automaticUpdates: false,
      kernelVersion: '5.10.16',
    });
    const dated = parseStatus('Default Distribution: U\nDefault Version: 1\n\nlast updated on 27-Mar-22\n');
    expect(dated.value.lastUpdated).toBe('27-Mar-22');
  });

  it('reads the 0.x Store shape that printed the version block too', () => {
    const text = [
      'Default Distribution: Ubuntu',
      'Default Version: 2',
      'WSL version: 0.58.3.0',
      'Kernel version: 5.15.57.1',
      'WSLg version: 1.0.39',
      'MSRDC version: 1.2.3401',
      'Direct3D version: 1.606.4',
      'DXCore version: 10.0.25131.1002-220531-1700.rs-onecore-base2-hyp',
      'Windows version: 10.0.22000.832',
    ].join('\n');
    expect(parseStatus(text).value).toMatchObject({ kernelVersion: '5.15.57.1', wslVersion: '0.58.3.0' });
  });

  it.each(LOCALES)('reads %s output in both shapes (with and without a default distribution)', (locale) => {
    const full = parseStatus(
      encodeLikeWslExe(renderStatus(locale, { defaultDistribution: 'Debian', defaultVersion: 1 })),
    );
    expect(full).toEqual({
      recognized: true,
      value: { ...none, defaultDistribution: 'Debian', defaultVersion: 1 },
      warnings: [],
    });
    const oneLine = parseStatus(
      encodeLikeWslExe(renderStatus(locale, { defaultDistribution: null, defaultVersion: 2 })),
    );
    expect(oneLine).toEqual({
      recognized: true,
      value: { ...none, defaultDistribution: null, defaultVersion: 2 },
      warnings: [],
    });
  });

  it.each(LOCALES)('reads the %s notices about WSL 1 and virtualization', (locale) => {
    const text = renderStatus(
      locale,
      { defaultDistribution: 'Ubuntu', defaultVersion: 2 },
      { wsl1NotSupported: true, virtualizationDisabled: true },
    );
    expect(parseStatus(encodeLikeWslExe(text)).value).toMatchObject({
      defaultDistribution: 'Ubuntu',
      defaultVersion: 2,
      wsl1Supported: false,
      virtualizationEnabled: false,
    });
  });

  it('falls back to the layout for an unknown language', () => {
    const greek = parseStatus('Προεπιλεγμένη διανομή: Ubuntu-24.04\nΠροεπιλεγμένη έκδοση: 2\n');
    expect(greek.recognized).toBe(true);
    expect(greek.value).toMatchObject({ defaultDistribution: 'Ubuntu-24.04', defaultVersion: 2 });
    expect(greek.warnings.join(' ')).toMatch(/unknown language/);
  });

  it('reports "not installed" and errors as not recognized', () => {
    const notInstalled = parseStatus(
      "The Windows Subsystem for Linux is not installed. You can install by running 'wsl.exe --install'.\n",
    );
    expect(notInstalled.recognized).toBe(false);
    expect(notInstalled.warnings.join(' ')).toMatch(/not installed/);
    const error = parseStatus(encodeLikeWslExe(renderError('pl-PL', 'Błąd.', 'Wsl/Service/E_FAIL')));
    expect(error.recognized).toBe(false);
    expect(error.warnings.join(' ')).toContain('Wsl/Service/E_FAIL');
  });

  it('inverts the renderer for random statuses in any locale, with noise around', () => {
    fc.assert(
      fc.property(
        localeArb,
        fc.option(distroNameArb),
        fc.constantFrom(1 as const, 2 as const),
        noiseArb,
        noiseArb,
        (locale, distro, version, before, after) => {
          const text = withNoise(
            before,
            renderStatus(locale, { defaultDistribution: distro, defaultVersion: version }),
            after,
          );
          const result = parseStatus(encodeLikeWslExe(text));
          expect(result.recognized).toBe(true);
          expect(result.value).toMatchObject({ defaultDistribution: distro, defaultVersion: version });
        },
      ),
      { numRuns: 200 },
    );
  });
});
