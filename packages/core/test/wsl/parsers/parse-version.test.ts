import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseVersion, WSL_VERSION_FIELDS } from '../../../src/wsl/parsers/index.js';
import { encodeLikeWslExe, LOCALES, renderError, renderVersion } from '../render/wsl-render.js';
import { localeArb, noiseArb, versionsArb, withNoise } from './arbitraries.js';
import { fixtureBytes } from './fixture-files.js';

const sample = {
  wslVersion: '2.5.10.0',
  kernelVersion: '6.6.87.2-1',
  wslgVersion: '1.0.66',
  msrdcVersion: '1.2.6074',
  direct3dVersion: '1.611.1-81528511',
  dxcoreVersion: '10.0.26100.1-240331-1435.ge-release',
  windowsVersion: '10.0.26100.4652',
};

describe('parseVersion', () => {
  it('reads the byte-exact English fixture', () => {
    const result = parseVersion(fixtureBytes('version-en-US.txt'));
    expect(result).toEqual({ recognized: true, value: { ...sample, inbox: false }, warnings: [] });
  });

  it.each(LOCALES)('reads %s output rendered from the real strings (UTF-16LE, CRLF)', (locale) => {
    const result = parseVersion(encodeLikeWslExe(renderVersion(locale, sample)));
    expect(result.recognized).toBe(true);
    expect(result.value).toEqual({ ...sample, inbox: false });
    expect(result.warnings).toEqual([]);
  });

  it('reads UTF-8 output (WSL_UTF8=1) and plain strings', () => {
    expect(parseVersion(encodeLikeWslExe(renderVersion('ja-JP', sample), true)).value.kernelVersion).toBe(
      sample.kernelVersion,
    );
    expect(parseVersion(renderVersion('zh-TW', sample)).value.windowsVersion).toBe(sample.windowsVersion);
  });

  it('does not depend on label wording, separators or the value position', () => {
    const values = WSL_VERSION_FIELDS.map((field) => sample[field as keyof typeof sample]);
    const layouts = [
      values.map((v, i) => `${v} : étiquette ${i}`), // value before the label
      values.map((v, i) => `Libellé ${i} = ${v}`),
      values.map((v, i) => `Этикетка ${i} - ${v}`),
      values.map((v, i) => `ラベル${i}：${v}`), // full-width colon, no space
      values.map((v) => `\t${v}`), // no label at all
    ];
    for (const lines of layouts) {
      const result = parseVersion(encodeLikeWslExe(`${lines.join('\n')}\n`));
      expect(result.recognized).toBe(true);
      expect(result.value).toEqual({ ...sample, inbox: false });
    }
  });

  it('reads older 6- and 4-line outputs by the shape of each value', () => {
    const six = [
      'WSL version: 0.58.3.0',
      'Kernel version: 5.15.57.1',
      'WSLg version: 1.0.39',
      'MSRDC version: 1.2.3401',
      'Direct3D version: 1.606.4',
      'Windows version: 10.0.22000.832',
    ].join('\n');
    const result6 = parseVersion(six);
    expect(result6.recognized).toBe(true);
    expect(result6.value).toMatchObject({
      wslVersion: '0.58.3.0',
      kernelVersion: '5.15.57.1',
      wslgVersion: '1.0.39',
      msrdcVersion: '1.2.3401',
      direct3dVersion: '1.606.4',
      dxcoreVersion: null,
      windowsVersion: '10.0.22000.832',
    });
    expect(result6.warnings.join(' ')).toMatch(/6 lines.*dxcoreVersion/);

    const four = 'Version: 0.47.1.0\nKernel: 5.10.102.1\nWSLg: 1.0.30\nWindows: 10.0.22000.778\n';
    expect(parseVersion(four).value).toMatchObject({
      wslVersion: '0.47.1.0',
      kernelVersion: '5.10.102.1',
      wslgVersion: '1.0.30',
      msrdcVersion: null,
      windowsVersion: '10.0.22000.778',
    });
  });

  it('keeps the seven standard values of a debug build and warns about the extra lines', () => {
    const debug = `${renderVersion('en-US', sample)}MSBuild version: 17.9.8+b34f75857\nCommit: 3e27a6a5\nBuild time: Thu Aug 7 2026\n`;
    const result = parseVersion(debug);
    expect(result.value).toEqual({ ...sample, inbox: false });
    expect(result.warnings.join(' ')).toMatch(/extra version line/);
  });

  it('reports the inbox wsl.exe (usage text) as not recognized, with a warning', () => {
    const result = parseVersion(fixtureBytes('version-inbox-en-US.txt'));
    expect(result.recognized).toBe(false);
    expect(result.value.inbox).toBe(true);
    expect(result.warnings.join(' ')).toMatch(/inbox/);
  });

  it('detects the inbox usage text in another language by its layout', () => {
    const chinese = [
      '命令行选项无效: --version',
      '版权所有 (c) Microsoft Corporation。保留所有权利。',
      '',
      '用法: wsl.exe [参数] [选项...] [CommandLine]',
      '',
      '    --exec, -e <CommandLine>',
      '        在不使用默认 Linux shell 的情况下执行指定的命令。',
      '    --distribution, -d <DistributionName>',
      '    --user, -u <UserName>',
    ].join('\n');
    const result = parseVersion(encodeLikeWslExe(chinese));
    expect(result.recognized).toBe(false);
    expect(result.value.inbox).toBe(true);
  });

  it('reports an error answer as not recognized and names the code', () => {
    const result = parseVersion(encodeLikeWslExe(renderError('de-DE', 'Zugriff verweigert.', 'Wsl/E_ACCESSDENIED')));
    expect(result.recognized).toBe(false);
    expect(result.value.inbox).toBe(false);
    expect(result.warnings.join(' ')).toContain('Wsl/E_ACCESSDENIED');
  });

  it('is not fooled by unrelated lines that hold a version number', () => {
    expect(parseVersion('Node.js v22.1.0\nnpm 10.7.0\n').recognized).toBe(false);
  });

  it('inverts the renderer for random versions in any locale, with noise around the block', () => {
    fc.assert(
      fc.property(localeArb, versionsArb, noiseArb, noiseArb, fc.boolean(), (locale, versions, before, after, utf8) => {
        const text = withNoise(before, renderVersion(locale, versions), after);
        const result = parseVersion(encodeLikeWslExe(text, utf8));
        expect(result.recognized).toBe(true);
        expect(result.value).toEqual({ ...versions, inbox: false });
      }),
      { numRuns: 300 },
    );
  });
});
