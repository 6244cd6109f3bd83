// A clone of this repository in a temp folder, sharing node_modules: release steps that build, pack or version
// run there, so they never rewrite files (packages/core/dist, versions) that other tests read at the same time.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const run = promisify(execFile);
export const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Clone HEAD (with its tags); the release code and change notes are taken from the work tree, committed or not. */
export async function cloneRepository(prefix: string): Promise<string> {
  const clone = mkdtempSync(join(tmpdir(), prefix));
  await run('git', ['clone', '--quiet', '--no-hardlinks', root, clone], { timeout: 60_000 });
  for (const dir of ['tools/release', '.changeset']) {
    rmSync(join(clone, dir), { recursive: true, force: true });
    cpSync(join(root, dir), join(clone, dir), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'));
  for (const group of ['packages', 'tools']) {
    for (const name of readdirSync(join(root, group))) {
      const modules = join(root, group, name, 'node_modules');
      if (existsSync(modules) && existsSync(join(clone, group, name))) {
        symlinkSync(modules, join(clone, group, name, 'node_modules'));
      }
    }
  }
  return clone;
}
