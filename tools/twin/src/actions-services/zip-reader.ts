// Reads the entries of a ZIP archive (stored or deflated, central directory based), so tests can look inside the
// artifacts that were uploaded. Archives are untrusted: sizes and offsets are checked, and nothing is written to disk.
import { inflateRawSync } from 'node:zlib';

export function readZipEntries(zip: Buffer, maxEntryBytes = 256 * 1024 * 1024): Map<string, Buffer> {
  const entries = new Map<string, Buffer>();
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > zip.length) throw new Error('not a ZIP archive: no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw new Error('corrupt central directory');
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    at += 46 + nameLength + extraLength + commentLength;
    if (localOffset + 30 > zip.length || zip.readUInt32LE(localOffset) !== 0x04034b50) throw new Error('corrupt entry');
    const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    if (data.length !== compressedSize || size > maxEntryBytes)
      throw new Error(`entry ${name} is truncated or too big`);
    if (name.endsWith('/')) continue;
    const content =
      method === 0
        ? Buffer.from(data)
        : method === 8
          ? inflateRawSync(data, { maxOutputLength: maxEntryBytes })
          : undefined;
    if (!content) throw new Error(`entry ${name} uses unsupported compression method ${method}`);
    if (content.length !== size) throw new Error(`entry ${name} inflates to ${content.length} bytes, not ${size}`);
    entries.set(name, content);
  }
  return entries;
}
