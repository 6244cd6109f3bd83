import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cacheKeyProblem, cacheVersion } from '../src/cache-version.js';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('cacheVersion', () => {
  it('hashes paths, compression, the Windows-only flag and the salt like @actions/cache', () => {
    expect(cacheVersion({ paths: ['a', 'b'], compressionMethod: 'zstd-without-long', platform: 'linux' })).toBe(
      sha('a|b|zstd-without-long|1.0'),
    );
    expect(cacheVersion({ paths: ['C:\\x'], compressionMethod: 'gzip', platform: 'win32' })).toBe(
      sha('C:\\x|gzip|windows-only|1.0'),
    );
    expect(cacheVersion({ paths: ['x'], platform: 'win32', enableCrossOsArchive: true })).toBe(sha('x|1.0'));
  });
});

describe('cacheKeyProblem', () => {
  it('applies the service rules', () => {
    expect(cacheKeyProblem(['ok', 'ok-'])).toBeUndefined();
    expect(cacheKeyProblem(['a,b'])).toMatch(/comma/);
    expect(cacheKeyProblem(['x'.repeat(513)])).toMatch(/512/);
    expect(cacheKeyProblem(Array.from({ length: 11 }, (_, i) => `k${i}`))).toMatch(/at most 10/);
    expect(cacheKeyProblem([''])).toMatch(/empty/);
  });
});
