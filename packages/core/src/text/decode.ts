/**
 * wsl.exe writes UTF-16LE without a BOM unless WSL_UTF8=1, and Linux programs run through it write UTF-8;
 * one stream can hold both (a wsl.exe message before or after a Linux program's output). Lines end in CRLF on
 * the Windows side (older builds wrote CR CR LF). Every byte sequence that reaches a parser passes through here.
 *
 * How a stream is read, one segment at a time:
 * - a UTF-16LE segment runs up to an LF code unit (`0A 00`) at an even distance from where it starts;
 * - a UTF-8 segment is a line without NUL bytes (Linux text never holds NUL; UTF-16LE of ASCII always does);
 * - when both readings are possible, LF bytes decide: one at an odd distance before the LF unit would be the
 *   high byte of U+0Axx (Gurmukhi/Gujarati, which wsl.exe never prints) in UTF-16LE, so those are UTF-8 lines.
 * Input without any NUL byte is UTF-8 when it is valid UTF-8 (a multi-byte character cut at the end is
 * allowed), else UTF-16LE if it reads as clean UTF-16LE (CJK-only output such as `已停止` has no NUL).
 */
export type TextEncodingGuess = 'utf-16le' | 'utf-8';

interface Segment {
  encoding: TextEncodingGuess;
  start: number;
  end: number;
}

const LF = 0x0a;

/** The encoding of most of the bytes: a BOM decides, else the segmentation described above. */
export function detectEncoding(bytes: Uint8Array): TextEncodingGuess {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  let utf16 = 0;
  for (const segment of segmentBytes(bytes)) {
    if (segment.encoding === 'utf-16le') utf16 += segment.end - segment.start;
  }
  return utf16 * 2 > bytes.length ? 'utf-16le' : 'utf-8';
}

/** Decode raw process output to text with LF line ends and without BOM or stray NULs. Never throws. */
export function decodeOutput(input: Uint8Array | string): string {
  const text = typeof input === 'string' ? input : decodeBytes(input);
  return normalizeText(text);
}

/** Encode text as wsl.exe does: UTF-16LE (no BOM) with CRLF, or UTF-8 with CRLF when WSL_UTF8=1. */
export function encodeLikeWsl(text: string, utf8 = false): Buffer {
  const crlf = text.replace(/\r?\n/g, '\r\n');
  return utf8 ? Buffer.from(crlf, 'utf8') : Buffer.from(crlf, 'utf16le');
}

function normalizeText(text: string): string {
  let result = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // NULs carry no text: they are left by binary noise or by UTF-16 data that could not be told apart.
  if (result.includes('\0')) result = result.replace(/\0/g, '');
  return result.replace(/\r*\n/g, '\n').replace(/\r/g, '\n');
}

function decodeBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2));
  const body =
    bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  let text = '';
  for (const segment of segmentBytes(body)) {
    const part = body.subarray(segment.start, segment.end);
    const atEnd = segment.end === body.length;
    text += segment.encoding === 'utf-16le' ? decodeUtf16(part) : decodeUtf8(part, atEnd);
  }
  return text;
}

/** Split a byte stream into runs of one encoding. Linear in the input length. */
function segmentBytes(bytes: Uint8Array): Segment[] {
  const length = bytes.length;
  if (length === 0) return [];
  if (bytes.indexOf(0) === -1) return [{ encoding: guessWithoutNul(bytes), start: 0, end: length }];

  // Positions of LF code units (`0A 00`), split by parity, so the next aligned one is found without rescanning.
  const lfUnits = { even: [] as number[], odd: [] as number[] };
  for (let i = bytes.indexOf(LF); i !== -1 && i < length - 1; i = bytes.indexOf(LF, i + 1)) {
    if (bytes[i + 1] === 0) (i % 2 ? lfUnits.odd : lfUnits.even).push(i);
  }
  const cursor = { even: 0, odd: 0 };
  const nextAlignedLf = (pos: number): number => {
    const parity = pos % 2 ? 'odd' : 'even';
    const list = lfUnits[parity];
    while (cursor[parity] < list.length && list[cursor[parity]]! < pos) cursor[parity]++;
    return list[cursor[parity]] ?? -1;
  };
  // Next NUL / LF byte at or after a position; positions only grow, so each byte is searched once.
  const nextByte = (value: number) => {
    let found = -1;
    return (pos: number): number => {
      if (found !== length && found < pos) {
        found = bytes.indexOf(value, pos);
        if (found === -1) found = length;
      }
      return found;
    };
  };
  const nextNul = nextByte(0);
  const nextLf = nextByte(LF);

  const segments: Segment[] = [];
  const push = (encoding: TextEncodingGuess, start: number, end: number) => {
    const last = segments[segments.length - 1];
    if (last && last.encoding === encoding && last.end === start) last.end = end;
    else segments.push({ encoding, start, end });
  };

  let pos = 0;
  while (pos < length) {
    const lfUnit = nextAlignedLf(pos);
    const lineEnd = nextLf(pos);
    const nul = nextNul(pos);
    // A UTF-8 line: up to and including the next LF byte, with no NUL inside.
    const utf8Line = lineEnd !== length && nul > lineEnd ? lineEnd + 1 : -1;
    if (lfUnit !== -1 && (utf8Line === -1 || !hasOddLf(bytes, pos, lineEnd, Math.min(nul, lfUnit)))) {
      push('utf-16le', pos, lfUnit + 2);
      pos = lfUnit + 2;
      continue;
    }
    if (utf8Line !== -1) {
      push('utf-8', pos, utf8Line);
      pos = utf8Line;
      continue;
    }
    if (lfUnit === -1 && looksLikeUtf16Tail(bytes, pos)) {
      push('utf-16le', pos, length);
      break;
    }
    if (nul === length) {
      push('utf-8', pos, length);
      break;
    }
    // NULs ahead but no UTF-16 reading from here: text up to the byte before the NUL (which may open a UTF-16
    // unit) is UTF-8; a lone `x 00` pair that is not UTF-16 is one byte of text and a NUL to drop.
    if (nul - pos >= 2) {
      push('utf-8', pos, nul - 1);
      pos = nul - 1;
    } else {
      push('utf-8', pos, nul + 1);
      pos = nul + 1;
    }
  }
  return segments;
}

/**
 * Whether an LF byte at an odd distance from `pos` comes before `limit`. In a UTF-16LE reading it would be the
 * high byte of U+0Axx, a range wsl.exe never prints, so the text up to it is UTF-8 lines.
 */
function hasOddLf(bytes: Uint8Array, pos: number, firstLf: number, limit: number): boolean {
  for (let i = firstLf; i !== -1 && i < limit; i = bytes.indexOf(LF, i + 1)) {
    if ((i - pos) % 2 === 1) return true;
  }
  return false;
}

/** Without a closing LF unit: UTF-16LE if three quarters of the first code units are ASCII-like (`xx 00`). */
function looksLikeUtf16Tail(bytes: Uint8Array, pos: number): boolean {
  const units = Math.min(64, (bytes.length - pos) >> 1);
  if (units < 2) return false;
  let asciiLike = 0;
  for (let i = 0; i < units; i++) {
    const low = bytes[pos + 2 * i]!;
    const high = bytes[pos + 2 * i + 1]!;
    if (high === 0 && low !== 0) asciiLike++;
  }
  // Latin text in UTF-16LE is almost all `xx 00`; NUL-separated UTF-8 (`/proc/*/cmdline`) is not.
  return asciiLike >= 2 && asciiLike * 4 >= units * 3;
}

function guessWithoutNul(bytes: Uint8Array): TextEncodingGuess {
  const complete = bytes.subarray(0, bytes.length - incompleteUtf8Tail(bytes));
  if (isValidUtf8(complete)) return 'utf-8';
  return isCleanUtf16(bytes) ? 'utf-16le' : 'utf-8';
}

/** UTF-16LE that a real program could print: paired surrogates, no controls, private-use or non-characters. */
function isCleanUtf16(bytes: Uint8Array): boolean {
  const units = bytes.length >> 1;
  if (units === 0) return false;
  for (let i = 0; i < units; i++) {
    const unit = bytes[2 * i]! | (bytes[2 * i + 1]! << 8);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = i + 1 < units ? bytes[2 * i + 2]! | (bytes[2 * i + 3]! << 8) : 0;
      if (next < 0xdc00 || next > 0xdfff) return false;
      i++;
      continue;
    }
    if (unit >= 0xdc00 && unit <= 0xdfff) return false;
    if (unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d) return false;
    if ((unit >= 0x7f && unit <= 0x9f) || (unit >= 0xe000 && unit <= 0xf8ff) || unit >= 0xfffe) return false;
  }
  return true;
}

/** Bytes of a multi-byte UTF-8 character cut off at the end (0 when the input ends on a boundary). */
function incompleteUtf8Tail(bytes: Uint8Array): number {
  const length = bytes.length;
  for (let back = 1; back <= Math.min(3, length); back++) {
    const byte = bytes[length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const needed =
      byte >= 0xf0 && byte <= 0xf4 ? 4 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xc2 && byte <= 0xdf ? 2 : 1;
    return needed > back ? back : 0;
  }
  return 0;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { ignoreBOM: true });
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    utf8Strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function decodeUtf8(bytes: Uint8Array, atEnd: boolean): string {
  // A character split by the end of the stream (a cut pipe, an output cap) is dropped, not shown as U+FFFD.
  const end = atEnd ? bytes.length - incompleteUtf8Tail(bytes) : bytes.length;
  return utf8Lenient.decode(bytes.subarray(0, end));
}

function decodeUtf16(bytes: Uint8Array): string {
  // An odd byte count means the last code unit was cut: drop the half unit.
  return utf16.decode(bytes.length % 2 ? bytes.subarray(0, bytes.length - 1) : bytes);
}
