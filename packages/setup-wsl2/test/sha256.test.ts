// The shell bundle's own SHA-256 against node:crypto: known vectors, every padding boundary, arbitrary input.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sha256 } from '../src/shell/sha256.js';
import { valueHash } from '../src/shell/wrapper.js';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const reference = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

describe('sha256 without node:crypto', () => {
  test('FIPS 180-4 vectors and every length around the 55/56/64-byte padding edges', () => {
    expect(hex(sha256('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex(sha256(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    for (let n = 0; n <= 200; n++) {
      const data = 'x'.repeat(n);
      expect(hex(sha256(data)), `length ${n}`).toBe(reference(data));
    }
  });
  test('equals node:crypto for arbitrary text (UTF-8) and bytes; valueHash keeps its format', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => hex(sha256(text)) === reference(text)),
      {
        numRuns: 500,
      },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1000 }), (bytes) => hex(sha256(bytes)) === reference(bytes)),
      {
        numRuns: 300,
      },
    );
    expect(valueHash('C:\\jdk')).toBe(createHash('sha256').update('C:\\jdk').digest('base64url').slice(0, 12));
  });
});
