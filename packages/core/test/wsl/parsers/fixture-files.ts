import { readFileSync } from 'node:fs';

/** Raw bytes of a fixture under test/fixtures/wsl (never decoded here: the parsers get the bytes). */
export function fixtureBytes(name: string): Buffer {
  return readFileSync(new URL(`../../fixtures/wsl/${name}`, import.meta.url));
}

/** True when bytes look exactly like wsl.exe output: UTF-16LE without BOM, every line ending in CRLF. */
export function isUtf16LeCrlf(bytes: Buffer): boolean {
  if (bytes.length % 2 !== 0) return false;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return false;
  const text = bytes.toString('utf16le');
  return text.endsWith('\r\n') && !/[^\r]\n/.test(text) && !/\r(?!\r*\n)/.test(text);
}
