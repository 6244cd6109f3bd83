// The repository stands alone: no file may send a reader to material that a clone does not have (the design notes,
// reference notes and data extracts the project was started from). Their facts live in docs/ and in the data files
// with their public sources (docs/architecture.md §7).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
// Spelled in pieces, so this file does not match itself.
const outside = ['design.md', 'reference', 'data'].map((rest) => `shared/${rest}`);

/** Tracked files, and new files not yet ignored, outside node_modules. */
function repositoryFiles() {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 30_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return [...new Set(listed.split('\0'))].filter((path) => path && !path.split('/').includes('node_modules'));
}

describe('the repository stands alone', () => {
  it(`no file mentions ${outside.join(', ')}`, () => {
    const files = repositoryFiles();
    expect(files.length).toBeGreaterThan(100);
    const offenders = [];
    for (const path of files) {
      let text;
      try {
        text = readFileSync(join(root, path), 'latin1');
      } catch {
        continue; // listed but deleted in the working tree
      }
      text.split('\n').forEach((line, index) => {
        if (outside.some((needle) => line.includes(needle))) offenders.push(`${path}:${index + 1}: ${line.trim()}`);
      });
    }
    expect(offenders, 'write the facts into docs/ or cite the public source instead').toEqual([]);
  });

  it('the docs the READMEs point to exist', () => {
    for (const doc of ['docs/architecture.md', 'docs/budgets.md']) {
      expect(readFileSync(join(root, doc), 'utf8')).toMatch(/^# /);
    }
  });
});
