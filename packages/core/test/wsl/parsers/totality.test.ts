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
  parseSysteminfo,
  parseVersion,
} from '../../../src/wsl/parsers/index.js';

const parsers = {
  parseVersion,
  parseListVerbose,
  parseListQuiet,
  parseList,
  parseListOnline,
  parseStatus,
  parseKernel,
  parseSysteminfo,
  parseOsRelease,
};

// Text made of the pieces the parsers look for, so the properties reach deep branches, not only "no match".
const fragmentArb = fc.constantFrom(
  ':',
  '：',
  ' ',
  '  ',
  '\n',
  '\r\n',
  '*',
  '(',
  ')',
  '2',
  '1',
  '10.0.26100.1',
  '5.15.153.1-2',
  'Running',
  'NAME',
  'Ubuntu',
  'Hyper-V',
  'Yes',
  'ID=',
  '"',
  "'",
  '\\',
  'Linux version ',
  '-Microsoft',
  'Error code: Wsl/E_FAIL',
  '\u00a0',
  '\u0000',
);
const structuredArb = fc
  .array(fc.oneof(fragmentArb, fc.string({ maxLength: 6 })), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe.each(Object.entries(parsers))('%s is total', (_name, parse) => {
  const check = (input: string | Uint8Array): void => {
    const result = parse(input);
    expect(typeof result.recognized).toBe('boolean');
    expect(Array.isArray(result.warnings)).toBe(true);
    expect(result.value).toBeTypeOf('object');
  };

  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), structuredArb), check), {
      numRuns: 300,
    });
  });

  it('on arbitrary bytes (and the same text as UTF-16LE)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), structuredArb, (bytes, text) => {
        check(bytes);
        check(Buffer.from(text, 'utf16le'));
      }),
      { numRuns: 300 },
    );
  });

  it('on empty input and a lone BOM', () => {
    check('');
    check(new Uint8Array([0xff, 0xfe]));
    check(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});
