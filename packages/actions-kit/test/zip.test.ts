import { inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createZip } from '../src/zip.js';

/** Minimal reader for the test: central directory → local header → data. */
function entries(zip: Buffer): Map<string, { data: Buffer; method: number; flags: number }> {
  const out = new Map<string, { data: Buffer; method: number; flags: number }>();
  const eocd = zip.length - 22;
  expect(zip.readUInt32LE(eocd)).toBe(0x06054b50);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < zip.readUInt16LE(eocd + 10); i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    expect(zip.readUInt32LE(local)).toBe(0x04034b50);
    expect(zip.readUInt32LE(local + 14)).toBe(crc);
    const start = local + 30 + zip.readUInt16LE(local + 26);
    const raw = zip.subarray(start, start + compressed);
    out.set(name, { data: method === 8 ? inflateRawSync(raw) : Buffer.from(raw), method, flags });
    at += 46 + nameLength;
  }
  return out;
}

describe('createZip', () => {
  it('writes deflated entries with UTF-8 names that read back exactly', () => {
    const report = Buffer.from(JSON.stringify({ ok: 'ü✓'.repeat(500) }));
    const zip = createZip([{ name: 'wsl-ready-report.json', data: report }]);
    const read = entries(zip);
    expect(read.get('wsl-ready-report.json')?.data.equals(report)).toBe(true);
    expect(read.get('wsl-ready-report.json')?.method).toBe(8);
    expect(zip.length).toBeLessThan(report.length);
  });

  it('stores entries at level 0 and keeps any bytes and names', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ minLength: 1 }), fc.uint8Array()), { maxLength: 4 }),
        fc.boolean(),
        (list, store) => {
          const unique = new Map(list.map(([name, data]) => [`d/${name.replace(/[\\/]/g, '_')}`, Buffer.from(data)]));
          const zip = createZip(
            [...unique].map(([name, data]) => ({ name, data })),
            { level: store ? 0 : 6 },
          );
          const read = entries(zip);
          expect(read.size).toBe(unique.size);
          for (const [name, data] of unique) expect(read.get(name)?.data.equals(data)).toBe(true);
        },
      ),
      { numRuns: 50 },
    );
  });
});
