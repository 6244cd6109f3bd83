import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTimings, timingTable } from '../setup-timing-summary.mjs';

describe('setup-timing-summary', () => {
  it('puts fresh installs against cache hits per image and WSL version', () => {
    const dir = mkdtempSync(join(tmpdir(), 'timings-'));
    try {
      const write = (name: string, r: object) => {
        mkdirSync(join(dir, name), { recursive: true });
        writeFileSync(join(dir, name, 'timing.json'), JSON.stringify(r));
      };
      write('a', {
        image: 'windows-2025',
        wslVersion: '2',
        distribution: 'Debian',
        cacheHit: false,
        durationMs: 120000,
      });
      write('b', {
        image: 'windows-2025',
        wslVersion: '2',
        distribution: 'Debian',
        cacheHit: false,
        durationMs: 100000,
      });
      write('c', { image: 'windows-2025', wslVersion: '2', distribution: 'Debian', cacheHit: true, durationMs: 33000 });
      write('d', { image: 'windows-2022', wslVersion: '1', distribution: 'Debian', cacheHit: true, durationMs: 20000 });
      writeFileSync(join(dir, 'broken.json'), '{');
      const table = timingTable(readTimings(dir));
      expect(table).toContain('| windows-2025 | 2 | 110.0 s (2) | 33.0 s (1) | 0.30× |');
      expect(table).toContain('| windows-2022 | 1 | – | 20.0 s (1) | – |');
      expect(table.indexOf('windows-2022 | 1 |')).toBeLessThan(table.indexOf('windows-2025 | 2 | 110'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says so when nothing was recorded', () => {
    expect(timingTable([])).toContain('No setup timings were recorded.');
  });
});
