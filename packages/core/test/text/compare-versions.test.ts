import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/index.js';

describe('compareVersions', () => {
  it('compares parts as numbers, not as text', () => {
    expect(compareVersions('2.10.0', '2.9.4')).toBe(1);
    expect(compareVersions('2.9.4', '2.10.0')).toBe(-1);
    expect(compareVersions('1.41', '1.43')).toBe(-1);
    expect(compareVersions('6.6.87.2', '5.15.167.4')).toBe(1);
  });

  it('puts a revision after its release, with - and . alike', () => {
    expect(compareVersions('2.5.10-1', '2.5.10')).toBe(1);
    expect(compareVersions('2.5.10', '2.5.10-1')).toBe(-1);
    expect(compareVersions('2.5.10-1', '2.5.10.1')).toBe(0);
    expect(compareVersions('2.5.10-1', '2.5.11')).toBe(-1);
  });

  it('counts missing and non-numeric parts as 0', () => {
    expect(compareVersions('2.5', '2.5.0')).toBe(0);
    expect(compareVersions('6.6.87.2-microsoft-standard-WSL2', '6.6.87.2')).toBe(0);
    expect(compareVersions('', '0')).toBe(0);
  });

  it('is an order: antisymmetric and reflexive on any text', () => {
    const version = fc.oneof(
      fc.string(),
      fc.array(fc.nat(30), { maxLength: 5 }).map((p) => p.join('.')),
    );
    fc.assert(
      fc.property(version, version, (a, b) => {
        expect(compareVersions(a, a)).toBe(0);
        expect(compareVersions(a, b)).toBe(-compareVersions(b, a) || 0);
      }),
    );
  });
});
