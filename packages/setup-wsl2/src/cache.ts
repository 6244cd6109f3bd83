import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Where provisioned distributions are kept between jobs. Injected: the Actions cache service (through the core's
 * actions kit) on hosted runners, a directory for self-hosted runners and tests (`WSL_READY_CACHE_DIR`).
 */
export interface CacheStore {
  readonly description: string;
  /** Copy the entry for `key` to `file`; false when there is none. */
  restore(key: string, file: string): Promise<boolean>;
  save(key: string, file: string): Promise<void>;
}

/** A folder that outlives the job: `<dir>/<key>.tar`, written atomically. */
export class DirectoryCacheStore implements CacheStore {
  readonly description: string;
  constructor(private readonly dir: string) {
    this.description = `directory ${dir}`;
  }

  async restore(key: string, file: string): Promise<boolean> {
    const entry = join(this.dir, `${key}.tar`);
    try {
      await stat(entry);
    } catch {
      return false;
    }
    await copyFile(entry, file);
    return true;
  }

  async save(key: string, file: string): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const tmp = join(this.dir, `.${key}.${process.pid}.tmp`);
    try {
      await copyFile(file, tmp);
      await rename(tmp, join(this.dir, `${key}.tar`));
    } finally {
      await rm(tmp, { force: true });
    }
  }
}

/** The store this run uses, or undefined (with the reason) when there is none. */
export function selectCacheStore(env: Readonly<Record<string, string | undefined>>): {
  store?: CacheStore;
  reason: string;
} {
  const dir = env.WSL_READY_CACHE_DIR?.trim();
  if (dir) return { store: new DirectoryCacheStore(dir), reason: `WSL_READY_CACHE_DIR (${dir})` };
  return {
    reason:
      'this build has no Actions cache client yet (the core actions kit); set WSL_READY_CACHE_DIR to a folder that outlives the job to cache on self-hosted runners',
  };
}
