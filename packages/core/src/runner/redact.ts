/**
 * Redaction of what a transcript records. Outputs are raw bytes (UTF-8 from most tools, UTF-16LE from wsl.exe),
 * so text is matched in the encoding it was written in and the bytes around it are kept as they were.
 */

export const REDACTED = '***';

/** `scheme://user:password@host` → `scheme://***@host`: proxies and remote engines carry credentials that way. */
export function redactUrlCredentials(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@:"']+:[^\s/@"']*@/gi, `$1${REDACTED}@`);
}

/** wsl.exe writes UTF-16LE without a BOM: many NUL high bytes at odd offsets give it away. */
function looksUtf16le(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return false;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return true;
  let zeros = 0;
  const pairs = Math.min(bytes.length / 2, 4096);
  for (let i = 0; i < pairs; i++) if (bytes[2 * i + 1] === 0) zeros++;
  return zeros / pairs > 0.3;
}

/**
 * The same redaction as `redactUrlCredentials`, on recorded bytes. Latin-1 maps every byte to one character and
 * back, so UTF-8 and any other byte sequence survives unchanged except for the redacted credentials; UTF-16LE
 * output is redacted as UTF-16LE.
 */
export function redactRecordedBytes(bytes: Uint8Array): Buffer {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let out = Buffer.from(redactUrlCredentials(buffer.toString('latin1')), 'latin1');
  if (looksUtf16le(out)) out = Buffer.from(redactUrlCredentials(out.toString('utf16le')), 'utf16le');
  return out;
}
