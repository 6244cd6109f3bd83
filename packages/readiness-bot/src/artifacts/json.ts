/** Parse untrusted JSON with a size cap and a nesting-depth cap, checked before JSON.parse builds anything. */
export function parseBoundedJson(bytes: Uint8Array, limits: { maxBytes: number; maxDepth: number }): unknown {
  if (bytes.length > limits.maxBytes)
    throw new Error(`the report is ${bytes.length} bytes; at most ${limits.maxBytes} are read`);
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limits.maxDepth) throw new Error(`the report nests deeper than ${limits.maxDepth} levels`);
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return JSON.parse(text);
}
