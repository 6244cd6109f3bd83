import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseList, parseListQuiet } from '../../../src/wsl/parsers/index.js';
import {
  encodeLikeWslExe,
  LOCALES,
  renderError,
  renderList,
  renderListQuiet,
  renderNoDistros,
} from '../render/wsl-render.js';
import { distrosArb, localeArb, noiseArb, withNoise } from './arbitraries.js';
import { fixtureBytes } from './fixture-files.js';

const distros = [
  { name: 'Ubuntu-22.04', default: false },
  { name: 'kali-linux', default: true },
  { name: 'my_distro.v2', default: false },
];

describe('parseList', () => {
  it('reads the byte-exact English fixture', () => {
    expect(parseList(fixtureBytes('list-en-US.txt'))).toEqual({
      recognized: true,
      value: {
        distros: [
          { name: 'Ubuntu-24.04', default: true },
          { name: 'docker-desktop', default: false },
          { name: 'Debian', default: false },
        ],
      },
      warnings: [],
    });
  });

  it.each(LOCALES)('reads %s output with the localized header and default suffix', (locale) => {
    const result = parseList(encodeLikeWslExe(renderList(locale, distros)));
    expect(result.recognized).toBe(true);
    expect(result.warnings).toEqual([]);
    expect(result.value.distros).toEqual([
      { name: 'kali-linux', default: true },
      { name: 'Ubuntu-22.04', default: false },
      { name: 'my_distro.v2', default: false },
    ]);
  });

  it('strips a suffix glued to the name (ko-KR) and one written with full-width parentheses', () => {
    expect(parseList('Linux용 Windows 하위 시스템 배포:\nUbuntu(기본값)\nDebian\n').value.distros).toEqual([
      { name: 'Ubuntu', default: true },
      { name: 'Debian', default: false },
    ]);
    expect(parseList('适用于 Linux 的 Windows 子系统分发:\nUbuntu（默认值）\n').value.distros).toEqual([
      { name: 'Ubuntu', default: true },
    ]);
  });

  it('falls back to the layout in an unknown language (older inbox wording, other languages)', () => {
    // The older inbox wsl.exe used other words than today's resource strings.
    const inbox = parseList(encodeLikeWslExe('适用于 Linux 的 Windows 子系统:\nUbuntu-18.04 (默认)\nUbuntu\n'));
    expect(inbox.recognized).toBe(true);
    expect(inbox.value.distros).toEqual([
      { name: 'Ubuntu-18.04', default: true },
      { name: 'Ubuntu', default: false },
    ]);
    expect(inbox.warnings.length).toBeGreaterThan(0);
    const greek = parseList('Διανομές Υποσυστήματος Windows για Linux:\nDebian (Προεπιλογή)\nAlpine\n');
    expect(greek.value.distros).toEqual([
      { name: 'Debian', default: true },
      { name: 'Alpine', default: false },
    ]);
  });

  it('does not guess a default when several names carry an unknown suffix', () => {
    const result = parseList('Distros:\nA (x)\nB (y)\n');
    expect(result.value.distros.every((d) => !d.default)).toBe(true);
    expect(result.warnings.join(' ')).toMatch(/no default/);
  });

  it.each(LOCALES)('treats the %s "no distributions" message as an empty list', (locale) => {
    expect(parseList(encodeLikeWslExe(renderNoDistros(locale)))).toMatchObject({
      recognized: true,
      value: { distros: [] },
    });
  });

  it('reports an error answer as not recognized', () => {
    const result = parseList(encodeLikeWslExe(renderError('ja-JP', 'エラー', 'Wsl/Service/E_UNEXPECTED')));
    expect(result.recognized).toBe(false);
    expect(result.warnings.join(' ')).toContain('E_UNEXPECTED');
  });

  it('inverts the renderer for random distros in any locale, with noise around the list', () => {
    fc.assert(
      fc.property(localeArb, distrosArb, noiseArb, noiseArb, (locale, items, before, after) => {
        const result = parseList(encodeLikeWslExe(withNoise(before, renderList(locale, items), after)));
        const expected = [...items.filter((d) => d.default), ...items.filter((d) => !d.default)];
        expect(result.recognized).toBe(true);
        expect(result.value.distros).toEqual(expected.map((d) => ({ name: d.name, default: d.default })));
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseListQuiet', () => {
  it('reads the byte-exact fixture', () => {
    expect(parseListQuiet(fixtureBytes('list-quiet.txt'))).toEqual({
      recognized: true,
      value: { names: ['Ubuntu-24.04', 'docker-desktop', 'Debian'] },
      warnings: [],
    });
  });

  it('treats empty output as "no distributions" (what wsl -l -q prints then, exit 0)', () => {
    expect(parseListQuiet(Buffer.alloc(0))).toEqual({ recognized: true, value: { names: [] }, warnings: [] });
    expect(parseListQuiet(encodeLikeWslExe('\n'))).toMatchObject({ recognized: true, value: { names: [] } });
  });

  it('skips prompts and reports errors', () => {
    const result = parseListQuiet('PS C:\\> wsl -l -q\nUbuntu\nDebian\nPS C:\\>\n');
    expect(result.value.names).toEqual(['Ubuntu', 'Debian']);
    const error = parseListQuiet(encodeLikeWslExe(renderError('en-US', 'Boom.', 'Wsl/0x80070422')));
    expect(error.recognized).toBe(false);
    expect(error.warnings.join(' ')).toContain('Wsl/0x80070422');
  });

  it('inverts the renderer for random names', () => {
    fc.assert(
      fc.property(distrosArb, noiseArb, (items, before) => {
        const names = items.map((d) => d.name);
        const result = parseListQuiet(encodeLikeWslExe(withNoise(before, renderListQuiet(names), '')));
        expect(result.value.names).toEqual(names);
      }),
      { numRuns: 200 },
    );
  });
});
