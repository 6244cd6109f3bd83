import type { DistroEntry } from '../wsl/parsers/index.js';
import type { DoctorContext } from './context.js';
import type { LinuxFacts } from './wsl-probes.js';

/** Distributions that belong to a container product, not to the user. */
export const INTERNAL_DISTROS = new Set([
  'docker-desktop',
  'docker-desktop-data',
  'rancher-desktop',
  'rancher-desktop-data',
  'podman-machine-default',
]);

export function isInternalDistro(name: string): boolean {
  return INTERNAL_DISTROS.has(name.toLowerCase());
}

export type DistroTarget =
  | { kind: 'inspected'; name: string; entry: DistroEntry | null; facts: LinuxFacts; local: boolean }
  | { kind: 'not-running'; name: string; entry: DistroEntry | null }
  | { kind: 'none'; reason: string };

const targets = new WeakMap<DoctorContext, Promise<DistroTarget>>();

/**
 * The default distribution and what a look inside it found. Inside WSL it is this distribution (looked at
 * directly). On Windows it is looked at only when it is already running, or with `deep`: `wsl -d <name>` boots
 * a stopped distribution and the VM, which a readiness check must not do on its own.
 */
export function defaultDistroTarget(ctx: DoctorContext): Promise<DistroTarget> {
  let pending = targets.get(ctx);
  if (!pending) {
    pending = resolve(ctx);
    targets.set(ctx, pending);
  }
  return pending;
}

/** The target if a check already asked for it (facts never start a look inside). */
defaultDistroTarget.peek = async (ctx: DoctorContext): Promise<DistroTarget | undefined> => {
  const pending = targets.get(ctx);
  return pending ? await pending.catch(() => undefined) : undefined;
};

async function resolve(ctx: DoctorContext): Promise<DistroTarget> {
  if (ctx.mode === 'wsl') {
    const facts = await ctx.local.get();
    const name = ctx.env.WSL_DISTRO_NAME ?? 'this distribution';
    if (!facts) return { kind: 'none', reason: 'this distribution could not be inspected' };
    return { kind: 'inspected', name, entry: null, facts, local: true };
  }
  if (!ctx.reachesWindows || ctx.wslExe === null) return { kind: 'none', reason: 'this host is not Windows' };
  if ((await ctx.wsl.installState()).installed === false) return { kind: 'none', reason: 'WSL is not installed' };
  const list = await ctx.wsl.list.get();
  if (!list.distros) return { kind: 'none', reason: 'the distribution list is unknown' };
  if (list.distros.length === 0) return { kind: 'none', reason: 'no distribution is installed' };
  let entry = list.distros.find((d) => d.default) ?? null;
  if (!entry) {
    const named = (await ctx.wsl.status.get()).status?.defaultDistribution ?? null;
    entry = list.distros.find((d) => d.name.toLowerCase() === named?.toLowerCase()) ?? null;
  }
  if (!entry) return { kind: 'none', reason: 'no default distribution is set' };
  if (entry.state !== 'Running' && !ctx.deep) return { kind: 'not-running', name: entry.name, entry };
  const facts = await ctx.wsl.inspectDistro(entry.name);
  return { kind: 'inspected', name: entry.name, entry, facts, local: false };
}
