import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseKernel,
  parseList,
  parseListOnline,
  parseListQuiet,
  parseListVerbose,
  parseOsRelease,
  parseStatus,
  parseVersion,
} from '../../../src/wsl/parsers/index.js';
import {
  encodeLikeWslExe,
  renderList,
  renderListOnline,
  renderListQuiet,
  renderListVerbose,
  renderStatus,
  renderVersion,
} from '../render/wsl-render.js';
import { distrosArb, localeArb, noiseArb, versionsArb, withNoise } from './arbitraries.js';

/** What captures add to real output: trailing spaces, stray NULs, a BOM, another encoding. */
interface Decoration {
  trailingSpaces: number[];
  nulAt: number[];
  bom: boolean;
  encoding: 'string' | 'utf8' | 'utf16le';
}

const decorationArb: fc.Arbitrary<Decoration> = fc.record({
  trailingSpaces: fc.array(fc.nat({ max: 3 }), { maxLength: 12 }),
  nulAt: fc.array(fc.nat(), { maxLength: 3 }),
  bom: fc.boolean(),
  encoding: fc.constantFrom('string', 'utf8', 'utf16le'),
});

function decorate(text: string, d: Decoration): string | Uint8Array {
  const out = text
    .split('\n')
    .map((line, i) => line + ' '.repeat(d.trailingSpaces[i] ?? 0))
    .join('\n');
  if (d.encoding === 'utf8') {
    return Buffer.concat([Buffer.from(d.bom ? [0xef, 0xbb, 0xbf] : []), encodeLikeWslExe(out, true)]);
  }
  if (d.encoding === 'utf16le') {
    return Buffer.concat([Buffer.from(d.bom ? [0xff, 0xfe] : []), encodeLikeWslExe(out)]);
  }
  // Stray NULs reach parsers as characters of an already-decoded string (e.g. UTF-16 output read as UTF-8).
  // Raw UTF-8 bytes never hold NUL, and the shared decoder reads a line with NUL bytes as UTF-16LE on purpose.
  let withNuls = out;
  for (const at of d.nulAt) {
    const i = at % (withNuls.length + 1);
    withNuls = `${withNuls.slice(0, i)}\0${withNuls.slice(i)}`;
  }
  return `${d.bom ? '\ufeff' : ''}${withNuls}`;
}

const defaultFirst = <T extends { default: boolean }>(items: readonly T[]): T[] => [
  ...items.filter((d) => d.default),
  ...items.filter((d) => !d.default),
];

describe('parsers ignore trailing spaces, BOMs, NULs, encodings and noise around their block', () => {
  it('parseVersion', () => {
    fc.assert(
      fc.property(localeArb, versionsArb, noiseArb, noiseArb, decorationArb, (locale, v, before, after, d) => {
        const result = parseVersion(decorate(withNoise(before, renderVersion(locale, v), after), d));
        expect(result.value).toEqual({ ...v, inbox: false });
      }),
      { numRuns: 150 },
    );
  });

  it('parseListVerbose, parseList, parseListQuiet', () => {
    fc.assert(
      fc.property(localeArb, distrosArb, noiseArb, noiseArb, decorationArb, (locale, distros, before, after, d) => {
        const ordered = defaultFirst(distros);
        const verbose = parseListVerbose(decorate(withNoise(before, renderListVerbose(distros), after), d));
        expect(verbose.value.distros).toEqual(ordered);
        const plain = parseList(decorate(withNoise(before, renderList(locale, distros), after), d));
        expect(plain.value.distros).toEqual(ordered.map(({ name, default: def }) => ({ name, default: def })));
        const names = distros.map((x) => x.name);
        expect(parseListQuiet(decorate(withNoise(before, renderListQuiet(names), after), d)).value.names).toEqual(
          names,
        );
      }),
      { numRuns: 150 },
    );
  });

  it('parseListOnline and parseStatus', () => {
    fc.assert(
      fc.property(localeArb, distrosArb, noiseArb, noiseArb, decorationArb, (locale, distros, before, after, d) => {
        const rows = distros.map((x) => ({ name: x.name, friendlyName: `${x.name} LTS` }));
        const online = parseListOnline(decorate(withNoise(before, renderListOnline(locale, rows), after), d));
        expect(online.value.distributions).toEqual(rows);
        const status = { defaultDistribution: distros[0]!.name, defaultVersion: 2 as const };
        const parsedStatus = parseStatus(decorate(withNoise(before, renderStatus(locale, status), after), d));
        expect(parsedStatus.value).toMatchObject(status);
      }),
      { numRuns: 150 },
    );
  });

  it('parseKernel and parseOsRelease', () => {
    fc.assert(
      fc.property(noiseArb, noiseArb, decorationArb, (before, after, d) => {
        const kernel = parseKernel(decorate(withNoise(before, '5.15.153.1-microsoft-standard-WSL2\n', after), d));
        expect(kernel.value).toMatchObject({ kernelRelease: '5.15.153.1-microsoft-standard-WSL2', wslGeneration: 2 });
        const osRelease = parseOsRelease(decorate(withNoise(before, 'ID=fedora\nVERSION_ID="42"\n', after), d));
        expect(osRelease.value).toMatchObject({ id: 'fedora', versionId: '42', family: 'rhel' });
      }),
      { numRuns: 150 },
    );
  });
});
