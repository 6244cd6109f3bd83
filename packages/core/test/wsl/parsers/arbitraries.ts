// fast-check generators shared by the parser property tests.
import fc from 'fast-check';
import type { RenderedDistro, RenderedVersions } from '../render/wsl-render.js';
import { LOCALES } from '../render/wsl-render.js';

const n = (max: number): fc.Arbitrary<number> => fc.integer({ min: 0, max });

export const localeArb = fc.constantFrom(...LOCALES);

/** Values shaped like real `wsl --version` values (the parser identifies lines by these shapes). */
export const versionsArb: fc.Arbitrary<RenderedVersions> = fc.record({
  wslVersion: fc.tuple(fc.integer({ min: 0, max: 9 }), n(20), n(99), n(9)).map((p) => p.join('.')),
  kernelVersion: fc
    .tuple(fc.integer({ min: 4, max: 7 }), n(30), n(300), n(9), fc.option(fc.integer({ min: 1, max: 9 })))
    .map(([a, b, c, d, rev]) => `${a}.${b}.${c}.${d}${rev === null ? '' : `-${rev}`}`),
  wslgVersion: n(200).map((p) => `1.0.${p}`),
  msrdcVersion: fc.integer({ min: 1000, max: 9999 }).map((p) => `1.2.${p}`),
  direct3dVersion: fc
    .tuple(fc.integer({ min: 600, max: 699 }), n(9), fc.option(fc.integer({ min: 10_000_000, max: 99_999_999 })))
    .map(([a, b, c]) => `1.${a}.${b}${c === null ? '' : `-${c}`}`),
  dxcoreVersion: fc
    .tuple(fc.integer({ min: 19041, max: 27999 }), n(9999), fc.integer({ min: 200101, max: 259999 }))
    .map(([build, rev, date]) => `10.0.${build}.${rev}-${date}-1435.ge-release`),
  windowsVersion: fc
    .tuple(fc.integer({ min: 19041, max: 27999 }), n(9999))
    .map(([build, rev]) => `10.0.${build}.${rev}`),
});

export const distroNameArb = fc
  .stringMatching(/^[A-Za-z0-9._-]{1,24}$/)
  .filter((name) => !/^[-.]+$/.test(name) && name.toLowerCase() !== 'legacy');

export const stateArb = fc.constantFrom('Running', 'Stopped', 'Installing', 'Converting', 'Uninstalling', 'Exporting');

/** 1–8 distros with unique names (case-insensitive, as wsl.exe requires), at most one default. */
export const distrosArb: fc.Arbitrary<RenderedDistro[]> = fc
  .uniqueArray(fc.record({ name: distroNameArb, state: stateArb, version: fc.constantFrom(1, 2) }), {
    minLength: 1,
    maxLength: 8,
    selector: (d) => d.name.toLowerCase(),
  })
  .chain((items) =>
    fc.option(fc.nat({ max: items.length - 1 })).map((def) => items.map((d, i) => ({ ...d, default: i === def }))),
  );

/** Lines a terminal capture may hold around a block: prompts, unrelated output, blank lines. */
export const noiseLineArb = fc.constantFrom(
  'PS C:\\Users\\dev> wsl.exe -l -v',
  'C:\\Users\\dev>wsl --status',
  'dev@host:~$ uname -r',
  '',
  '   ',
  '[dev@fedora ~]$ cat /etc/os-release',
  'PS C:\\> ',
  'C:\\>',
);

export const noiseArb = fc.array(noiseLineArb, { maxLength: 4 }).map((lines) => lines.join('\n'));

/** Put noise before and after a rendered block. */
export function withNoise(before: string, block: string, after: string): string {
  return `${before ? `${before}\n` : ''}${block}${after ? `\n${after}\n` : ''}`;
}
