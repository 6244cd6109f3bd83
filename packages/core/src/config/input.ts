import { detectEncoding } from '../text/decode.js';

/** How the bytes of a config file were stored, when bytes were given. */
export type ConfigEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le-bom' | 'utf-16le' | 'text';

/**
 * Config files keep their line breaks (the document model is lossless), so bytes are decoded here rather than
 * with `decodeOutput`, which normalises them. A UTF-8 BOM stays in the text: wsl.conf's reader sees it.
 */
export function configTextOf(input: string | Uint8Array): { text: string; encoding: ConfigEncoding } {
  if (typeof input === 'string') return { text: input, encoding: 'text' };
  if (input.length >= 2 && input[0] === 0xff && input[1] === 0xfe) {
    const body = input.subarray(2, input.length - (input.length % 2));
    return { text: new TextDecoder('utf-16le').decode(body), encoding: 'utf-16le-bom' };
  }
  if (detectEncoding(input) === 'utf-16le') {
    const body = input.subarray(0, input.length - (input.length % 2));
    return { text: new TextDecoder('utf-16le').decode(body), encoding: 'utf-16le' };
  }
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(input);
  return { text, encoding: text.charCodeAt(0) === 0xfeff ? 'utf-8-bom' : 'utf-8' };
}
