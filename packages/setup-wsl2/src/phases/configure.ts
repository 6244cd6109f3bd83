// Configure: one probe call, then one call that writes wsl.conf and creates the user, only if needed (a changed
// wsl.conf applies when the instance restarts: `wsl --terminate`). .wslconfig is written earlier (wslconfig.ts).
import {
  automountRootOf,
  type ConfigPatch,
  lintWslConf,
  mergeConfig,
  parseConfigDocument,
  wslExecArgs,
  wslSetDefaultArgs,
  wslTerminateArgs,
} from '@wsl-ready/core';
import { ProvisionError } from '../errors.js';
import { CONFIGURE_SCRIPT, PROBE_SCRIPT, type ProbeFacts, parseProbe, scriptCommand } from '../provision.js';
import { MINUTE, type SetupContext } from '../setup-context.js';
import type { Preflight } from './preflight.js';
import { describeChanges, keysWslWouldMiss } from './wslconfig.js';

/** What the distribution looks like once configured. */
export interface Configured {
  probe: ProbeFacts;
  /** Where Windows drives are mounted inside it (`[automount] root`, `/mnt/` by default). */
  automountRoot: string;
}

/**
 * wsl.conf without a leading UTF-8 byte-order mark. WSL's init reads the file as bytes (microsoft/WSL
 * `src/linux/init/WslDistributionConfig.cpp`, `fopen(path, "r")`), so the mark is no letter and line 1 is rejected,
 * which ends the reading (`ParseConfigFile` without `CFG_SKIP_INVALID_LINES`): a file with a BOM holds no settings
 * for WSL. Without it, WSL reads the file as its author wrote it. Pure.
 */
export function withoutByteOrderMark(wslConf: string): string {
  return wslConf.charCodeAt(0) === 0xfeff ? wslConf.slice(1) : wslConf;
}

/**
 * Fails when WSL's init would not take a key the setup writes to wsl.conf: it stops reading the file at its first
 * invalid line, and anything after it (a new section at the end, a key set below it) has no effect. The error
 * names the line and what to do; nothing has been written yet. Pure.
 */
export function assertWslReadsPatch(current: string, merged: string, patch: ConfigPatch, distribution: string): void {
  const missed = keysWslWouldMiss(merged, patch, 'wslconf');
  if (missed.length === 0) return;
  const stop = parseConfigDocument(current, 'wslconf').stop;
  const where = stop
    ? `WSL's init stops reading the file at line ${stop.line} (\`${stop.text}\`), so it would ignore ${missed.join(', ')}, which this setup writes below that line.`
    : `WSL would not read ${missed.join(', ')} as this setup writes them.`;
  const why = stop
    ? lintWslConf(current).findings.find((f) => f.line === stop.line && f.severity === 'error')?.message
    : undefined;
  throw new ProvisionError(
    `/etc/wsl.conf in ${distribution}: ${where}${why ? ` ${why}` : ''} ` +
      (stop
        ? `Fix or remove line ${stop.line} of /etc/wsl.conf in the distribution (or in the image it comes from), then run the job again.`
        : 'Run `wsl-ready lint-config` on the file, fix what it reports, then run the job again.'),
  );
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
    // The Linux side's bytes as UTF-8, not `stdout` (decodeOutput folds every CR): wsl.conf's CRs mean something.
    const probe = parseProbe((await asRoot(scriptCommand(PROBE_SCRIPT, [inputs.user]))).result.stdout.toString('utf8'));
    const patch: ConfigPatch = structuredClone(inputs.wslConf);
    if (inputs.user !== 'root' && patch.user?.default === undefined)
      patch.user = { ...patch.user, default: inputs.user };
    const current = withoutByteOrderMark(probe.wslConf);
    const merged = mergeConfig(current, patch, { kind: 'wslconf' });
    assertWslReadsPatch(current, merged.text, patch, inputs.distribution);
    for (const warning of merged.warnings) io.warning(`wsl.conf: ${warning}`);
    const bomDropped = current !== probe.wslConf;
    if (bomDropped) {
      io.warning(
        `/etc/wsl.conf in ${inputs.distribution} started with a UTF-8 byte-order mark, which WSL's init reads as part of ` +
          'line 1: it rejected that line and ignored the whole file. The mark was removed, so WSL now reads the file, ' +
          'your settings in it included. Save the file as UTF-8 without BOM in the image to silence this.',
      );
    }
    const rewrite = merged.changed || bomDropped;
    const automountRoot = automountRootOf(merged.text);
    // A user restored from the cache exists already; a fresh image needs it created.
    const needUser = inputs.user !== 'root' && (!probe.userExists || !cacheHit);
    if (rewrite || needUser) {
      const text = merged.text.endsWith('\n') || merged.text === '' ? merged.text : `${merged.text}\n`;
      await asRoot(
        scriptCommand(CONFIGURE_SCRIPT, [inputs.user, rewrite ? '1' : '0', inputs.docker ? '1' : '0']),
        rewrite ? text : '',
      );
      io.info(
        `wsl.conf: ${describeChanges(merged.changes) || 'unchanged'}${bomDropped ? ', byte-order mark removed' : ''}.`,
      );
    }
    if (rewrite) await wsl.run(ctx, { args: wslTerminateArgs(inputs.distribution) });
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
