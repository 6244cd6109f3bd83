import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseListVerbose } from '../../../src/wsl/parsers/index.js';
import {
  encodeLikeWslExe,
  LOCALES,
  message,
  renderError,
  renderListVerbose,
  renderNoDistros,
} from '../render/wsl-render.js';
import { distrosArb, noiseArb, withNoise } from './arbitraries.js';
import { fixtureBytes } from './fixture-files.js';

describe('parseListVerbose', () => {
  it('reads the byte-exact English fixture', () => {
    const result = parseListVerbose(fixtureBytes('list-verbose-en-US.txt'));
    expect(result.recognized).toBe(true);
    expect(result.warnings).toEqual([]);
    expect(result.value.distros).toEqual([
      { name: 'Ubuntu-24.04', state: 'Running', version: 2, default: true },
      { name: 'docker-desktop', state: 'Stopped', version: 2, default: false },
      { name: 'Debian', state: 'Stopped', version: 2, default: false },
      { name: 'openSUSE-Tumbleweed', state: 'Converting', version: 2, default: false },
      { name: 'legacy.wsl1_box-7', state: 'Stopped', version: 1, default: false },
    ]);
  });

  it('reads a table without a default marker, normalises state case and keeps unknown states with a warning', () => {
    const text = [
      '  NAME      STATE           VERSION',
      '  Alpine    RUNNING         2',
      '  Arch      Hibernating     2',
    ];
    const result = parseListVerbose(encodeLikeWslExe(`${text.join('\n')}\n`));
    expect(result.value.distros).toEqual([
      { name: 'Alpine', state: 'Running', version: 2, default: false },
      { name: 'Arch', state: 'Hibernating', version: 2, default: false },
    ]);
    expect(result.warnings).toEqual(['Unknown state `Hibernating` for Arch.']);
  });

  it('does not need the English header', () => {
    const text = ['  NOMBRE    ESTADO          VERSIÓN', '* Ubuntu    Stopped         2'].join('\n');
    expect(parseListVerbose(text).value.distros).toEqual([
      { name: 'Ubuntu', state: 'Stopped', version: 2, default: true },
    ]);
    const headless = parseListVerbose('* Ubuntu    Stopped         2\n  Debian    Running         1\n');
    expect(headless.recognized).toBe(true);
    expect(headless.value.distros.map((d) => d.name)).toEqual(['Ubuntu', 'Debian']);
    expect(headless.warnings.join(' ')).toMatch(/header/);
  });

  it('reads the old `\\r\\r\\n` line ends of inbox builds', () => {
    const text = '  NAME      STATE           VERSION\r\r\n* Ubuntu    Running         2\r\r\n';
    expect(parseListVerbose(Buffer.from(text, 'utf16le')).value.distros).toHaveLength(1);
  });

  it.each(LOCALES)(
    'treats the %s "no distributions" message as an empty list (recognized, with a warning)',
    (locale) => {
      for (const adminProtection of [false, true]) {
        const result = parseListVerbose(encodeLikeWslExe(renderNoDistros(locale, { adminProtection })));
        expect(result.recognized).toBe(true);
        expect(result.value.distros).toEqual([]);
        expect(result.warnings.join(' ')).toMatch(/no installed distributions/);
      }
      const running = parseListVerbose(encodeLikeWslExe(`${message(locale, 'MessageNoRunningDistro')}\n`));
      expect(running).toMatchObject({ recognized: true, value: { distros: [] } });
    },
  );

  it('recognizes the "no distributions" message of an unknown language by its untranslated commands', () => {
    const text = "Keine.\n\nBruk 'wsl.exe --list --online' ...\nog 'wsl.exe --install <Distro>' ...\n";
    expect(parseListVerbose(text)).toMatchObject({ recognized: true, value: { distros: [] } });
  });

  it('reports an error answer as not recognized and names the code', () => {
    const result = parseListVerbose(
      encodeLikeWslExe(
        renderError('fr-FR', 'L’appel de procédure distante a échoué.', 'Wsl/Service/RPC_S_CALL_FAILED'),
      ),
    );
    expect(result.recognized).toBe(false);
    expect(result.warnings.join(' ')).toContain('Wsl/Service/RPC_S_CALL_FAILED');
  });

  it('inverts the renderer for random distros, with noise around the table', () => {
    fc.assert(
      fc.property(distrosArb, noiseArb, noiseArb, fc.boolean(), (distros, before, after, utf8) => {
        const result = parseListVerbose(encodeLikeWslExe(withNoise(before, renderListVerbose(distros), after), utf8));
        expect(result.recognized).toBe(true);
        const expected = [...distros.filter((d) => d.default), ...distros.filter((d) => !d.default)];
        expect(result.value.distros).toEqual(expected);
        expect(result.warnings).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
