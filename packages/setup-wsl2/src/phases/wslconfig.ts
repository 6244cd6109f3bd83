// %USERPROFILE%\.wslconfig: the `wslconfig` input and Docker's keep-alive, written before this job's VM exists,
// and the user's own file put back byte for byte in the post step.
//
// WSL's rules (microsoft/WSL): the service reads .wslconfig when it creates the utility VM (WslCoreConfig, kept
// as the VM's config in WslCoreVm), and every WSL 2 instance takes its idle timeout from that config
// (WslCoreVm::CreateInstance passes m_vmConfig.InstanceIdleTimeout). LxssUserSession.cpp terminates an instance
// `[general] instanceIdleTimeout` ms (default 15 000) after its last wsl.exe client exits unless the value is
// negative, and stops the VM `[wsl2] vmIdleTimeout` ms (default 60 000) after its last instance unless negative
// (_VmCheckIdle). Keys: src/windows/common/WslCoreConfig.h. So a keep-alive written after the VM started does
// nothing until the next VM, and the engine's distribution would be ended 15 s after the setup's last call.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { EnvRecord } from '@wsl-ready/core';
import {
  type ConfigChange,
  type ConfigKind,
  type ConfigPatch,
  type DistroEntry,
  mergeConfig,
  readConfigValues,
  wslShutdownArgs,
} from '@wsl-ready/core';
import type { ActionIo } from '../action-io.js';
import type { SetupInputs } from '../inputs.js';
import { MINUTE, type SetupContext } from '../setup-context.js';

/** Post-step state: where the user's file was saved (`absent` when there was none). */
export const STATE_WSLCONFIG = 'wslconfigRestore';

/** The keys merged into .wslconfig: the input's, plus never-idle timeouts with `docker: true`. Pure. */
export function wslconfigPatch(inputs: Pick<SetupInputs, 'wslconfig' | 'docker'>): ConfigPatch {
  const patch: ConfigPatch = structuredClone(inputs.wslconfig);
  if (inputs.docker) {
    // -1: "never" for both (the input's own values win).
    patch.wsl2 = { vmIdleTimeout: -1, ...patch.wsl2 };
    patch.general = { instanceIdleTimeout: -1, ...patch.general };
  }
  return patch;
}

/**
 * The patched keys WSL would not take from the merged file as written (`.wslconfig` unless `kind` says wsl.conf):
 * WSL's parser (microsoft/WSL `src/shared/configfile/configfile.cpp` `ParseConfigFile`) files keys below a broken
 * section header under another name, an earlier occurrence of a key wins, and WSL's init stops reading wsl.conf at
 * its first invalid line. Checked with core's reading of the file as WSL reads it; wsl.conf values are normalised
 * by that reading (`automount.root` gains a `/`), so there only whether WSL takes the key from the file counts.
 * Removals and keys core does not know (aliases, new keys) are not checked. Pure.
 */
export function keysWslWouldMiss(text: string, patch: ConfigPatch, kind: ConfigKind = 'wslconfig'): string[] {
  const { settings } = readConfigValues(text, kind).value;
  const byName = new Map(Object.values(settings).map((setting) => [setting.id.toLowerCase(), setting]));
  const missed: string[] = [];
  for (const [section, keys] of Object.entries(patch)) {
    for (const [key, value] of Object.entries(keys ?? {})) {
      const setting = byName.get(`${section}.${key}`.toLowerCase());
      if (!setting || value === null || value === undefined) continue;
      const differs = kind === 'wslconfig' && typeof setting.value === typeof value && setting.value !== value;
      if (setting.source !== 'file' || differs) missed.push(`${section}.${key}`);
    }
  }
  return missed;
}

/**
 * Whether the VM may already run with the old settings: WSL 2 distributions run in it. A machine with none
 * running has no VM, or one about to stop (vmIdleTimeout); `wsl --shutdown` makes sure either way. Pure.
 */
export function vmMayRun(listed: readonly DistroEntry[]): boolean {
  return listed.some((d) => d.version === 2 && d.state === 'Running');
}

/**
 * The text WSL reads from `.wslconfig` bytes: WslCoreConfig.cpp opens it with `_wfopen(path, L"rt,ccs=UTF-8")`,
 * which reads UTF-8 unless a UTF-16LE byte-order mark says otherwise (Windows PowerShell 5's `Out-File` and
 * `>` write such files). The merged file is written as UTF-8, which WSL reads the same way. Pure.
 */
export function wslconfigText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return Buffer.from(bytes.subarray(2)).toString('utf16le');
  return Buffer.from(bytes).toString('utf8');
}

export function wslconfigPath(env: EnvRecord): string {
  return join(env.USERPROFILE || homedir(), '.wslconfig');
}

/**
 * Merges the patch into .wslconfig before anything can start this job's VM (install, import, configure), keeps
 * the user's bytes for the post step, and shuts a VM down that already runs so the next start reads the file.
 */
export async function applyWslconfig(setup: SetupContext, listed: readonly DistroEntry[]): Promise<void> {
  const { inputs, io, env } = setup;
  const patch = wslconfigPatch(inputs);
  if (Object.keys(patch).length === 0) return;
  const file = wslconfigPath(env);
  const original = existsSync(file) ? readFileSync(file) : undefined;
  const merged = mergeConfig(original ? wslconfigText(original) : '', patch, { kind: 'wslconfig' });
  for (const warning of merged.warnings) io.warning(`.wslconfig: ${warning}`);
  if (!merged.changed) return;
  // mergeConfig places each key where WSL files it under its own section (never below a header WSL rejects);
  // this re-reading only speaks up when something in the user's file still stands in the way.
  const missed = keysWslWouldMiss(merged.text, patch);
  if (missed.length > 0) {
    io.warning(
      `.wslconfig: WSL will not read ${missed.join(', ')} as written to ${file}: a line of the file keeps WSL from ` +
        'taking the value. Run `wsl-ready lint-config` on the file to see which, fix it, then run the job again.',
    );
  }
  const backup = join(setup.temp, 'wslconfig.original');
  if (original) writeFileSync(backup, original);
  io.saveState(STATE_WSLCONFIG, JSON.stringify({ file, backup: original ? backup : null }));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, merged.text.replace(/\r\n/g, '\n'));
  io.info(`.wslconfig: ${describeChanges(merged.changes)}; the post step puts the original back.`);
  if (!vmMayRun(listed)) return;
  await setup.phases.run('wslconfig', { timeoutMs: 2 * MINUTE }, async (ctx) => {
    io.notice(
      'WSL 2 distributions were running: `wsl --shutdown` so that the VM starts again with the new .wslconfig (WSL reads it only when it creates the VM).',
    );
    await setup.wsl.run(ctx, { args: wslShutdownArgs() });
  });
}

/** Post step: the user's .wslconfig back byte for byte (or removed when the setup created it). */
export function restoreWslconfig(io: ActionIo): void {
  const saved = io.getState(STATE_WSLCONFIG);
  if (!saved) return;
  try {
    const { file, backup } = JSON.parse(saved) as { file: string; backup: string | null };
    if (backup) writeFileSync(file, readFileSync(backup));
    else rmSync(file, { force: true });
    io.info(backup ? `Restored ${file} as it was before the setup.` : `Removed ${file}, which the setup created.`);
  } catch (error) {
    io.warning(`Post step: .wslconfig could not be restored: ${(error as Error).message}`);
  }
}

export function describeChanges(changes: readonly ConfigChange[]): string {
  return changes
    .filter((c) => c.action !== 'unchanged')
    .map((c) => `${c.section}.${c.key} ${c.action}`)
    .join(', ');
}
