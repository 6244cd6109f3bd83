// Configure: one probe call, then one call that writes wsl.conf and creates the user, only if needed (a changed
// wsl.conf applies when the instance restarts: `wsl --terminate`). .wslconfig is written earlier (wslconfig.ts).
import {
  type ConfigPatch,
  mergeConfig,
  readConfigValues,
  wslExecArgs,
  wslSetDefaultArgs,
  wslTerminateArgs,
} from '@wsl-ready/core';
import { CONFIGURE_SCRIPT, PROBE_SCRIPT, type ProbeFacts, parseProbe, scriptCommand } from '../provision.js';
import { MINUTE, type SetupContext } from '../setup-context.js';
import type { Preflight } from './preflight.js';
import { describeChanges } from './wslconfig.js';

/** What the distribution looks like once configured. */
export interface Configured {
  probe: ProbeFacts;
  /** Where Windows drives are mounted inside it (`[automount] root`, `/mnt/` by default). */
  automountRoot: string;
}

/**
 * Where WSL's init will mount the drives with this wsl.conf: `[automount] root` as WSL reads it (the first
 * occurrence; nothing after the first invalid line, where init stops reading; a missing trailing `/` added, so an
 * empty value is `/`), `/mnt/` when unset (microsoft/WSL `src/linux/init/WslDistributionConfig.cpp`). Pure.
 */
export function automountRootOf(wslConf: string): string {
  const root = readConfigValues(wslConf, 'wslconf').value.values['automount.root'];
  return typeof root === 'string' ? root : '/mnt/';
}

/** The `configure` phase: wsl.conf, the user, and the default distribution. */
export async function runConfigure(setup: SetupContext, found: Preflight, cacheHit: boolean): Promise<Configured> {
  const { inputs, io, wsl } = setup;
  return setup.phases.run('configure', { timeoutMs: 5 * MINUTE }, async (ctx) => {
    const asRoot = (command: string[], input?: string) =>
      wsl.run(ctx, {
        args: wslExecArgs({ distribution: inputs.distribution, user: 'root', command }).args,
        ...(input !== undefined ? { input } : {}),
      });
    const probe = parseProbe((await asRoot(scriptCommand(PROBE_SCRIPT, [inputs.user]))).stdout);
    const patch: ConfigPatch = structuredClone(inputs.wslConf);
    if (inputs.user !== 'root' && patch.user?.default === undefined)
      patch.user = { ...patch.user, default: inputs.user };
    const merged = mergeConfig(probe.wslConf, patch, { kind: 'wslconf' });
    for (const warning of merged.warnings) io.warning(`wsl.conf: ${warning}`);
    const automountRoot = automountRootOf(merged.text);
    // A user restored from the cache exists already; a fresh image needs it created.
    const needUser = inputs.user !== 'root' && (!probe.userExists || !cacheHit);
    if (merged.changed || needUser) {
      const text = merged.text.endsWith('\n') || merged.text === '' ? merged.text : `${merged.text}\n`;
      await asRoot(
        scriptCommand(CONFIGURE_SCRIPT, [inputs.user, merged.changed ? '1' : '0', inputs.docker ? '1' : '0']),
        merged.changed ? text : '',
      );
      io.info(`wsl.conf: ${describeChanges(merged.changes) || 'unchanged'}.`);
    }
    if (merged.changed) await wsl.run(ctx, { args: wslTerminateArgs(inputs.distribution) });
    const currentDefault = found.listed.find((d) => d.default)?.name;
    if (
      inputs.setAsDefault &&
      currentDefault?.toLowerCase() !== inputs.distribution.toLowerCase() &&
      (found.existing || found.listed.length > 0)
    ) {
      await wsl.run(ctx, { args: wslSetDefaultArgs(inputs.distribution) });
    }
    return { probe, automountRoot };
  });
}
