import { describe, expect, it } from 'vitest';
import { MAX_JSON_BYTES, MAX_JSON_ELEMENTS, parseBoundedJson } from '../src/artifacts/json.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseBoundedJson', () => {
  it('counts elements before parsing: a flat array of empty objects is refused', () => {
    const bomb = bytes(`[${'{},'.repeat(MAX_JSON_ELEMENTS)}{}]`);
    expect(() => parseBoundedJson(bomb, { maxBytes: MAX_JSON_BYTES, maxDepth: 24 })).toThrow(/JSON elements/);
    expect(() => parseBoundedJson(bytes('[1,2,3,4]'), { maxBytes: 100, maxDepth: 4, maxElements: 3 })).toThrow(
      /more than 3 JSON elements/,
    );
  });

  it('ignores commas and brackets inside strings', () => {
    const value = { text: `${',[{'.repeat(1000)}\\"` };
    expect(parseBoundedJson(bytes(JSON.stringify(value)), { maxBytes: 1e6, maxDepth: 4, maxElements: 5 })).toEqual(
      value,
    );
  });

  it('applies the fixed byte ceiling whatever the caller asks for', () => {
    const big = bytes(`"${'a'.repeat(MAX_JSON_BYTES)}"`);
    expect(() => parseBoundedJson(big, { maxBytes: 100 * MAX_JSON_BYTES, maxDepth: 4 })).toThrow(
      new RegExp(`at most ${MAX_JSON_BYTES} are read`),
    );
  });
});
