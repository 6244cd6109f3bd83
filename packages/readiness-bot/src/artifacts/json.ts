/**
 * Fixed ceilings for any untrusted JSON the bot parses, whatever a repository configures: `JSON.parse` builds the
 * whole value before anything can look at it, and a few MB of `[{},{},…]` become hundreds of MB of objects.
 * A large real report (500 checks with 1 KB texts) is about 1 MB and 5,000 elements.
 */
export const MAX_JSON_BYTES = 8 * 1024 * 1024;
export const MAX_JSON_ELEMENTS = 100_000;

export interface JsonLimits {
  maxBytes: number;
  maxDepth: number;
  /** Most values (objects, arrays, and every element or member after a comma); capped by MAX_JSON_ELEMENTS. */
  maxElements?: number;
}

/**
 * Parse untrusted JSON with a size cap, a nesting-depth cap and an element-count cap, all checked by one scan
 * before JSON.parse builds anything.
 */
export function parseBoundedJson(bytes: Uint8Array, limits: JsonLimits): unknown {
  const maxBytes = Math.min(limits.maxBytes, MAX_JSON_BYTES);
  const maxElements = Math.min(limits.maxElements ?? MAX_JSON_ELEMENTS, MAX_JSON_ELEMENTS);
  if (bytes.length > maxBytes) throw new Error(`the report is ${bytes.length} bytes; at most ${maxBytes} are read`);
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  let depth = 0;
  let elements = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limits.maxDepth) throw new Error(`the report nests deeper than ${limits.maxDepth} levels`);
      if (++elements > maxElements) throw new Error(`the report holds more than ${maxElements} JSON elements`);
    } else if (c === 0x2c) {
      if (++elements > maxElements) throw new Error(`the report holds more than ${maxElements} JSON elements`);
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return JSON.parse(text);
}
