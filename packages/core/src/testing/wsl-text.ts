import { encodeLikeWsl } from '../text/decode.js';

/** Bytes as wsl.exe prints them: UTF-16LE without BOM and CRLF line ends (or UTF-8 + CRLF with `utf8`). */
export function wslText(text: string, options: { utf8?: boolean } = {}): Buffer {
  return encodeLikeWsl(text, options.utf8 ?? false);
}
