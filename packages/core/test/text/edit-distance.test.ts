import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/text/edit-distance.js';

/** The textbook full-table definition, to hold the row-reusing, early-stopping version to. */
function reference(a: string, b: string, swaps: boolean): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

describe('editDistance', () => {
  it.each([
    ['memory', 'memory', true, 0],
    ['memroy', 'memory', true, 1],
    ['memroy', 'memory', false, 2],
    ['', 'abc', true, 3],
    ['kernel', 'KERNEL', true, 6],
    ['networkingmode', 'networkmode', true, 3],
  ])('%s → %s (swaps %s) is %i', (a, b, swaps, expected) => {
    expect(editDistance(a, b, { swaps })).toBe(expected);
  });

  it('reports anything past the limit as limit + 1', () => {
    expect(editDistance('abcdef', 'uvwxyz', { limit: 2 })).toBe(3);
    expect(editDistance('a', 'abcdefgh', { limit: 1 })).toBe(2);
    expect(editDistance('memroy', 'memory', { limit: 1 })).toBe(1);
  });

  it('matches the full-table definition, with and without swaps and limits', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 9 });
    fc.assert(
      fc.property(word, word, fc.boolean(), fc.option(fc.nat(5), { nil: undefined }), (a, b, swaps, limit) => {
        const exact = reference(a, b, swaps);
        const expected = limit === undefined || exact <= limit ? exact : limit + 1;
        expect(editDistance(a, b, { swaps, ...(limit === undefined ? {} : { limit }) })).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
