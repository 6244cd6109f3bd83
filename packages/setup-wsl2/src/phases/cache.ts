// Cache: restore the provisioned distribution before installing, save it once packages and config are in. A cache
// problem is a warning and a `warn` check, never a failed job; this file owns everything the cache decided.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { wslExportArgs } from '@wsl-ready/core';
import type { CacheStore } from '../cache.js';
import type { WslProbe } from '../plan.js';
import { cacheKey, type InstallPlan } from '../plan.js';
import type { SetupContext } from '../setup-context.js';
import type { Preflight } from './preflight.js';

/** What the cache did in this job, as the report's `setup.cache` check says it. */
export interface CacheOutcome {
  readonly hit: boolean;
  readonly status: 'pass' | 'warn' | 'skip';
  readonly note: string;
}

/**
 * The provisioned-distribution cache of one job: the injected store when the `cache` input asks for it and the
 * store can work here. `restore()` before the install, `save()` after the packages, `outcome` for the report.
 */
export class ProvisionCache {
  readonly key: string;
  /** Where the tar `wsl --import` reads (a hit) or `wsl --export` writes (a save) lives on this machine. */
  readonly tarFile: string;
  #store: CacheStore | undefined;
  #hit = false;
  /** Set when the restore failed (not a plain miss): a save would fail the same way. */
  #failed = false;
  #status: CacheOutcome['status'];
  #note: string;

  constructor(
    private readonly setup: SetupContext,
    found: Preflight,
    wsl: WslProbe = found.wsl,
  ) {
    const { inputs } = setup;
    this.#store = inputs.cache ? setup.deps.cache : undefined;
    this.#status = this.#store ? 'pass' : 'skip';
    this.#note = inputs.cache ? 'No cache store is available to this build.' : 'Turned off (cache: false).';
    this.tarFile = join(setup.temp, `${inputs.distribution}.cache.tar`);
    this.key = cacheKey({
      inputs,
      arch: found.arch,
      imageFile: inputs.source?.sha256 ?? found.pinned?.file.sha256 ?? `online:${inputs.distribution}`,
      wslPackage: wsl.kind === 'store' ? (wsl.info?.wslVersion ?? 'unknown') : wsl.kind,
      imageOs: setup.env.ImageOS,
      imageVersion: setup.env.ImageVersion,
    });
    if (!found.existing && this.#store?.unavailableReason) {
      const why = `The provisioned distribution is not cached: ${this.#store.unavailableReason} On self-hosted runners, set WSL_READY_CACHE_DIR to a folder that outlives jobs; or set cache: false.`;
      setup.io.warning(why);
      // Not a readiness problem of the machine (the verdict stays as it is): the check is skipped, the log warns.
      this.#settle(undefined, 'skip', why);
    }
  }

  get hit(): boolean {
    return this.#hit;
  }

  get outcome(): CacheOutcome {
    return { hit: this.#hit, status: this.#status, note: this.#note };
  }

  /** The `cache-restore` phase, for a distribution not installed yet. A stuck or broken cache costs its time bound. */
  async restore(found: Preflight): Promise<void> {
    const store = this.#store;
    if (found.existing || !store) return;
    const { io, phases } = this.setup;
    try {
      this.#hit = await phases.run(
        'cache-restore',
        { timeoutMs: this.setup.timeout('download'), inputKey: 'download' },
        async (ctx) => {
          const outcome = await store.restore(this.key, this.tarFile, ctx.signal);
          if (outcome.hit) {
            io.info(
              `Cache hit: ${this.key} (${store.description}${sizeText(outcome.sizeBytes, outcome.storedBytes)}).`,
            );
            ctx.markCached();
            return true;
          }
          if (outcome.level === 'warning') io.warning(outcome.message);
          else io.info(`Cache miss: ${this.key}. ${outcome.message}`);
          if (outcome.failed) this.#fail(outcome.message);
          return false;
        },
      );
    } catch (error) {
      io.warning(`Cache not restored: ${(error as Error).message}`);
      this.#fail(`Cache not restored: ${(error as Error).message}`);
      rmSync(this.tarFile, { force: true });
    }
    if (this.#hit) this.#note = `Hit: ${this.key} (${store.description}).`;
  }

  /**
   * The `cache-save` phase: the provisioned distribution, exported after packages and config and before any later
   * step of the job can change it, then compressed and uploaded at once (the tar leaves the disk in the same phase).
   */
  async save(plan: InstallPlan): Promise<void> {
    const store = this.#store;
    const { inputs, io, phases } = this.setup;
    if (!store || this.#hit) return;
    if (plan.method === 'existing') {
      this.#settle(store, 'skip', `${inputs.distribution} was already installed; nothing to restore or save.`);
      return;
    }
    if (this.#failed) {
      phases.skip('cache-save', 'the cache failed on restore, so a save would fail too');
      return;
    }
    try {
      await phases.run('cache-save', { timeoutMs: this.setup.timeout('install'), inputKey: 'install' }, async (ctx) => {
        const file = this.setup.paths.requireWindows(this.tarFile, 'cache file');
        await this.setup.wsl.run(ctx, { args: wslExportArgs({ distribution: inputs.distribution, file }) });
        const outcome = await store.save(this.key, this.tarFile, ctx.signal);
        if (outcome.saved) {
          io.info(`Saved ${this.key} (${store.description}${sizeText(outcome.sizeBytes, outcome.storedBytes)}).`);
          this.#note = `Miss: ${this.key}; saved for the next run (${store.description}).`;
          return;
        }
        if (outcome.level === 'warning') {
          io.warning(outcome.message);
          this.#status = 'warn';
        } else io.info(outcome.message);
        this.#note = `Miss: ${this.key}. ${outcome.message}`;
      });
    } catch (error) {
      const why = `The provisioned distribution was not cached: ${(error as Error).message}`;
      io.warning(why);
      this.#settle(store, 'warn', why);
    } finally {
      rmSync(this.tarFile, { force: true });
    }
  }

  /** Adds the `setup.cache` check to the report. */
  record(): void {
    this.setup.check({
      id: 'setup.cache',
      area: 'setup',
      title: 'Provisioned distribution cache',
      status: this.#status,
      summary: this.#note,
    });
  }

  #fail(note: string): void {
    this.#failed = true;
    this.#settle(this.#store, 'warn', note);
  }

  #settle(store: CacheStore | undefined, status: CacheOutcome['status'], note: string): void {
    this.#store = store;
    this.#status = status;
    this.#note = note;
  }
}

function sizeText(bytes: number | undefined, storedBytes?: number): string {
  const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  if (bytes === undefined) return '';
  return storedBytes === undefined ? `, ${mib(bytes)}` : `, ${mib(bytes)} tar, ${mib(storedBytes)} compressed`;
}
