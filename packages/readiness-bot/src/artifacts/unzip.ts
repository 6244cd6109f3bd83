import { Inflate } from 'fflate';

/** Limits for reading an untrusted artifact archive entirely in memory. */
export interface UnzipLimits {
  /** Most entries the archive may hold. */
  maxEntries: number;
  /** Most bytes one entry may inflate to, counted while inflating (the header's size is not trusted). */
  maxEntryBytes: number;
}

export class UnsafeArchiveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafeArchiveError';
  }
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

export interface ArchiveEntry {
  name: string;
  data: Uint8Array;
}

/**
 * Reads the one JSON report file out of an artifact.
 * An artifact downloaded from GitHub is a zip; upload-artifact v7 can also store a single file unzipped, so a
 * body that starts with `{` is taken as the file itself. Everything about the archive is hostile until checked:
 * entry count, names (no traversal, absolute paths, drive letters, backslashes, NUL), symlinks, encryption,
 * compression method, and the real inflated size.
 */
export function extractReportFile(body: Uint8Array, expectedName: string, limits: UnzipLimits): Uint8Array {
  const first = body.findIndex((byte) => byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09);
  if (first >= 0 && body[first] === 0x7b) {
    if (body.length > limits.maxEntryBytes) throw new UnsafeArchiveError('the report file is larger than allowed');
    return body;
  }
  const entries = readZip(body, limits);
  if (entries.length !== 1 || entries[0]!.name !== expectedName) {
    const names = entries.map((entry) => entry.name).slice(0, 5);
    throw new UnsafeArchiveError(
      `the artifact must hold exactly one file named ${expectedName}; it holds ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}` +
        (names.length ? ` (${names.map((n) => JSON.stringify(n)).join(', ')})` : ''),
    );
  }
  return entries[0]!.data;
}

/** Parse a zip archive from memory with the checks above; returns every file entry, inflated. */
export function readZip(body: Uint8Array, limits: UnzipLimits): ArchiveEntry[] {
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  if (body.length < 22 || view.getUint32(0, true) !== LOCAL_HEADER) {
    throw new UnsafeArchiveError('the artifact is neither a zip archive nor a JSON file');
  }
  const eocd = findEndOfCentralDirectory(view);
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff)
    throw new UnsafeArchiveError('zip64 archives are not accepted');
  if (count > limits.maxEntries)
    throw new UnsafeArchiveError(`the archive holds ${count} entries; at most ${limits.maxEntries} are accepted`);
  if (directoryOffset + directorySize > eocd)
    throw new UnsafeArchiveError('the zip central directory is out of bounds');

  const entries: ArchiveEntry[] = [];
  let offset = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (offset + 46 > body.length || view.getUint32(offset, true) !== CENTRAL_HEADER) {
      throw new UnsafeArchiveError('the zip central directory is corrupt');
    }
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const madeBy = view.getUint16(offset + 4, true) >> 8;
    const externalAttributes = view.getUint32(offset + 38, true);
    const localOffset = view.getUint32(offset + 42, true);
    const nameBytes = body.subarray(offset + 46, offset + 46 + nameLength);
    const name = new TextDecoder('utf-8', { fatal: false }).decode(nameBytes);
    offset += 46 + nameLength + extraLength + commentLength;

    checkEntryName(name);
    if (flags & 0x1) throw new UnsafeArchiveError(`entry ${JSON.stringify(name)} is encrypted`);
    // Unix hosts (3) and macOS (19) keep the file mode in the upper half of the external attributes.
    if ((madeBy === 3 || madeBy === 19) && ((externalAttributes >>> 16) & S_IFMT) === S_IFLNK) {
      throw new UnsafeArchiveError(`entry ${JSON.stringify(name)} is a symbolic link`);
    }
    if (name.endsWith('/')) continue;
    if (method !== 0 && method !== 8)
      throw new UnsafeArchiveError(`entry ${JSON.stringify(name)} uses an unsupported compression method`);
    const data = readEntryData(view, body, localOffset, compressedSize, method, name, limits.maxEntryBytes);
    entries.push({ name, data });
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new UnsafeArchiveError('the zip archive has no end-of-central-directory record (truncated download?)');
}

function checkEntryName(name: string): void {
  const bad =
    name.length === 0 ||
    name.length > 255 ||
    name.includes('\0') ||
    name.includes('\\') ||
    name.startsWith('/') ||
    /^[a-zA-Z]:/.test(name) ||
    name.split('/').some((part) => part === '..') ||
    /[\u0000-\u001f\u007f]/.test(name);
  if (bad) throw new UnsafeArchiveError(`entry name ${JSON.stringify(name.slice(0, 80))} is not a safe relative path`);
}

function readEntryData(
  view: DataView,
  body: Uint8Array,
  localOffset: number,
  compressedSize: number,
  method: number,
  name: string,
  maxBytes: number,
): Uint8Array {
  if (localOffset + 30 > body.length || view.getUint32(localOffset, true) !== LOCAL_HEADER) {
    throw new UnsafeArchiveError(`entry ${JSON.stringify(name)} points outside the archive`);
  }
  const start = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
  const end = start + compressedSize;
  if (end > body.length) throw new UnsafeArchiveError(`entry ${JSON.stringify(name)} is truncated`);
  const raw = body.subarray(start, end);
  if (method === 0) {
    if (raw.length > maxBytes)
      throw new UnsafeArchiveError(`entry ${JSON.stringify(name)} is larger than ${maxBytes} bytes`);
    return raw;
  }
  return inflateCapped(raw, name, maxBytes);
}

/** Inflate while counting real output bytes, stopping as soon as the cap is passed (zip bombs lie in headers). */
function inflateCapped(raw: Uint8Array, name: string, maxBytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    if (overflow) return;
    total += chunk.length;
    if (total > maxBytes) {
      overflow = true;
      return;
    }
    chunks.push(chunk);
  });
  const step = 16 * 1024;
  try {
    for (let at = 0; at < raw.length && !overflow; at += step) {
      inflater.push(raw.subarray(at, Math.min(raw.length, at + step)), at + step >= raw.length);
    }
  } catch (error) {
    throw new UnsafeArchiveError(
      `entry ${JSON.stringify(name)} is not valid deflate data (${(error as Error).message})`,
    );
  }
  if (overflow) throw new UnsafeArchiveError(`entry ${JSON.stringify(name)} inflates to more than ${maxBytes} bytes`);
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
