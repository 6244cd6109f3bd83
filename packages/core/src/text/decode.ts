/**
 * wsl.exe writes UTF-16LE without a BOM unless WSL_UTF8=1, and Linux programs run through it write UTF-8;
 * both end lines in CRLF on the Windows side. Every byte sequence that reaches a parser passes through here.
 */
export type TextEncodingGuess = 'utf-16le' | 'utf-8';

/** Guess the encoding from a BOM, else from the pattern of NUL bytes (ASCII in UTF-16LE has a NUL at odd offsets). */
export function detectEncoding(bytes: Uint8Array): TextEncodingGuess {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 2) return 'utf-8';
  let oddNuls = 0;
  let evenNuls = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = sample / 2;
  // UTF-8 text never holds NUL bytes; UTF-16LE Latin text has them at odd offsets. CJK text in UTF-16LE has few
  // NULs, so any odd-offset NUL majority-free pattern with no even NULs still points to UTF-16LE when NULs exist.
  if (oddNuls >= pairs * 0.3 && evenNuls <= oddNuls / 4) return 'utf-16le';
  if (oddNuls > 0 && evenNuls === 0 && bytes.length % 2 === 0 && !isValidUtf8(bytes.subarray(0, sample))) {
    return 'utf-16le';
  }
  return 'utf-8';
}

/** Decode raw process output to text with LF line ends and without BOM or stray NULs. */
export function decodeOutput(input: Uint8Array | string): string {
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    const encoding = detectEncoding(input);
    text =
      encoding === 'utf-16le'
        ? new TextDecoder('utf-16le').decode(input.length % 2 ? input.subarray(0, input.length - 1) : input)
        : new TextDecoder('utf-8').decode(input);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // A UTF-16 stream concatenated with UTF-8 (or a mis-decoded one) leaves NULs behind: they carry no text.
  if (text.includes('\0')) text = text.replace(/\0/g, '');
  return text
    .replace(/\r\r\n/g, '\n')
    .replace(/\r\n/g, '\n')
    .replace(/\r/g, '\n');
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Encode text as wsl.exe does: UTF-16LE (no BOM) with CRLF, or UTF-8 with CRLF when WSL_UTF8=1. */
export function encodeLikeWsl(text: string, utf8 = false): Buffer {
  const crlf = text.replace(/\r?\n/g, '\r\n');
  return utf8 ? Buffer.from(crlf, 'utf8') : Buffer.from(crlf, 'utf16le');
}
