import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Read a config fixture as text, byte for byte (CRLF kept). */
export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/config/${name}`, import.meta.url)), 'utf8');
}
