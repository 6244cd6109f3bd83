// A tiny ZIP writer for small artifacts (reports): deflated entries, UTF-8 names, no ZIP64. upload-artifact zips
// the same way (deflate, level 6 by default), so downloads of our artifacts unzip like any other.
import { crc32, deflateRawSync } from 'node:zlib';

interface ZipEntry {
  /** Path inside the archive, `/`-separated. */
  readonly name: string;
  readonly data: Uint8Array;
  /** Modification time recorded in the entry. Default: now. */
  readonly modified?: Date;
}

interface ZipOptions {
  /** zlib level 0–9; 0 stores entries uncompressed. Default 6 (as upload-artifact). */
  readonly level?: number;
}

/** Entries larger than this need ZIP64, which this writer does not do. */
const ZIP_MAX_ENTRY_BYTES = 0xffff_fffe;

export function createZip(entries: readonly ZipEntry[], options: ZipOptions = {}): Buffer {
  const level = options.level ?? 6;
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    if (entry.data.byteLength > ZIP_MAX_ENTRY_BYTES) throw new RangeError(`${entry.name} is too large for a ZIP entry`);
    const name = Buffer.from(entry.name.replace(/\\/g, '/').replace(/^\/+/, ''), 'utf8');
    const stored = level === 0;
    const body = stored ? Buffer.from(entry.data) : deflateRawSync(entry.data, { level });
    const checksum = crc32(entry.data);
    const { time, date } = dosDateTime(entry.modified ?? new Date());
    const flags = 0x0800; // names are UTF-8
    const method = stored ? 0 : 8;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(checksum, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(entry.data.byteLength, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by: Unix, spec 2.0 (so the file mode below is read)
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(checksum, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(entry.data.byteLength, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // regular file, rw-r--r--
    central.writeUInt32LE(offset, 42);

    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

/** MS-DOS date and time (local time, 2-second resolution, years 1980–2107). */
function dosDateTime(when: Date): { time: number; date: number } {
  const year = Math.min(Math.max(when.getFullYear(), 1980), 2107);
  return {
    time: (when.getHours() << 11) | (when.getMinutes() << 5) | Math.floor(when.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate(),
  };
}
