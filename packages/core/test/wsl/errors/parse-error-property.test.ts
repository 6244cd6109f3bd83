import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeLikeWsl } from '../../../src/text/decode.js';
import {
  classifyWslFailure,
  lookupWslError,
  normalizeHresult,
  parseWslError,
  WSL_ERROR_CATEGORIES,
} from '../../../src/wsl/errors/index.js';

const strings: Record<string, Record<string, string>> = JSON.parse(
  readFileSync(new URL('../../fixtures/wsl-errors/wsl-strings.json', import.meta.url), 'utf8'),
);
const locales = Object.keys(strings);

function expectWellFormed(outcome: ReturnType<typeof parseWslError>) {
  expect(typeof outcome.recognized).toBe('boolean');
  expect(WSL_ERROR_CATEGORIES).toContain(outcome.value.category);
  expect(Array.isArray(outcome.warnings)).toBe(true);
  expect(typeof outcome.value.message).toBe('string');
  expect(outcome.value.remediation.length).toBeGreaterThan(0);
  if (outcome.value.hresult !== null) expect(outcome.value.hresult).toMatch(/^0x[0-9a-f]{8}$/);
}

// Pieces that look like wsl.exe output, to reach the parser's deeper branches more often than random text does.
const fragment = fc.oneof(
  fc.string(),
  fc.constantFrom(
    'Error code: ',
    'Wsl/Service/',
    'HCS/',
    'HCS_E_HYPERV_NOT_INSTALLED',
    '0x80370102',
    '0x1bc',
    'Error: ',
    'wsl: ',
    '：',
    '\u00a0: ',
    '\r',
    '\n',
    '\r\n',
    '?(',
    ')',
    '/',
    '[=====    ] 50.0%',
  ),
  fc.constantFrom(...locales).map((l) => strings[l]!.MessageNoDefaultDistro!),
  fc.constantFrom(...locales).map((l) => strings[l]!.MessageErrorCode!),
);
const wslLike = fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join(''));

describe('totality', () => {
  it('parseWslError never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => expectWellFormed(parseWslError(s))),
      {
        numRuns: 400,
      },
    );
  });

  it('parseWslError never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (b) => expectWellFormed(parseWslError(b))),
      {
        numRuns: 400,
      },
    );
  });

  it('parseWslError never throws on wsl.exe-like text, in either encoding', () => {
    fc.assert(
      fc.property(wslLike, fc.boolean(), (text, utf8) => {
        expectWellFormed(parseWslError(text));
        expectWellFormed(parseWslError(encodeLikeWsl(text, utf8)));
      }),
      { numRuns: 400 },
    );
  });

  it('classifyWslFailure never throws and returns null or a recognised error', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.constant(null)),
        fc.oneof(wslLike, fc.uint8Array({ maxLength: 300 })),
        fc.oneof(wslLike, fc.uint8Array({ maxLength: 300 })),
        (exitCode, stdout, stderr) => {
          const outcome = classifyWslFailure({ exitCode, stdout, stderr });
          if (outcome !== null) {
            expect(outcome.recognized).toBe(true);
            expectWellFormed(outcome);
          }
          if (exitCode === 0) expect(outcome).toBeNull();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('lookupWslError and normalizeHresult never throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), wslLike, fc.integer().map(String)), (s) => {
        expect(WSL_ERROR_CATEGORIES).toContain(lookupWslError(s).category);
        const hresult = normalizeHresult(s);
        if (hresult !== null) expect(hresult).toMatch(/^0x[0-9a-f]{8}$/);
      }),
      { numRuns: 400 },
    );
  });
});

describe('robustness', () => {
  // Noise lines a program might print: no colon-terminated labels, no hex, no WSL phrases.
  const noiseLine = fc.stringMatching(/^[A-Za-z0-9 .,!?'()-]{0,60}$/);

  it('finds an error code line after arbitrary noise, in any locale', () => {
    fc.assert(
      fc.property(fc.array(noiseLine, { maxLength: 15 }), fc.constantFrom(...locales), (noise, locale) => {
        const template = strings[locale]!.MessageErrorCode!;
        let i = 0;
        const values = [strings[locale]!.MessageDistroNotFound!, 'Wsl/Service/WSL_E_DISTRO_NOT_FOUND'];
        const error = template.replace(/\{\}/g, () => values[i++]!);
        const { value } = parseWslError(encodeLikeWsl(`${noise.join('\n')}\n${error}\n`));
        expect(value.code).toBe('Wsl/Service/WSL_E_DISTRO_NOT_FOUND');
        expect(value.category).toBe('no-distro');
        expect(value.message).toBe(strings[locale]!.MessageDistroNotFound!.trim());
      }),
      { numRuns: 200 },
    );
  });

  it('keeps any code that is printed, known or not', () => {
    const symbol = fc.stringMatching(/^[A-Z][A-Z0-9]{0,8}_[A-Z0-9_]{1,20}$/);
    const hex = fc.integer({ min: 0x80000000, max: 0xffffffff }).map((n) => `0x${n.toString(16)}`);
    fc.assert(
      fc.property(fc.oneof(symbol, hex), (result) => {
        const code = `Wsl/Service/CreateInstance/${result}`;
        const { recognized, value } = parseWslError(`Something failed.\r\nError code: ${code}\r\n`);
        expect(recognized).toBe(true);
        expect(value.code).toBe(code);
        if (result.startsWith('0x')) expect(value.hresult).toBe(`0x${result.slice(2).padStart(8, '0')}`);
        else if (!value.known) expect(value.symbol).toBe(result);
        if (!value.known) expect(value.category).toBe('other');
      }),
      { numRuns: 300 },
    );
  });
});
