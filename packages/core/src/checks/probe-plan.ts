import {
  CURRENT_TARGET,
  dockerContextListCommand,
  dockerInfoCommand,
  dockerVersionCommand,
  knownEndpoints,
} from '../docker/index.js';
import type { EnvRecord } from '../env.js';
import { hostProbeArgs } from '../host/index.js';
import { wslExecArgs, wslListVerboseArgs, wslStatusArgs, wslVersionArgs } from '../wsl/argv.js';
import { LINUX_INSPECT_SCRIPT } from './linux-inspect.js';

/** One command of the plan; `{distro}` in an argument stands for a distribution name. */
export interface PlannedProbe {
  /** `powershell`, `systeminfo`, `wsl` or `docker`: resolved to a path by whoever runs the plan. */
  tool: 'powershell' | 'systeminfo' | 'wsl' | 'docker';
  args: string[];
  /** Variables to set (null = remove) for this call. */
  env?: Record<string, string | null>;
  /** Run once per running distribution (the argument `{distro}` is replaced). */
  perRunningDistro?: boolean;
}

function envOf(env: EnvRecord): Record<string, string | null> | undefined {
  const entries = Object.entries(env);
  return entries.length ? Object.fromEntries(entries.map(([k, v]) => [k, v ?? null])) : undefined;
}

/**
 * Every command the doctor may run on a Windows machine, with the exact arguments it uses, so that a transcript
 * recorded without Node (tools/capture/capture.ps1) replays through `ReplayRunner`. A test keeps
 * tools/capture/probes.json equal to this.
 */
export function windowsProbePlan(): PlannedProbe[] {
  const plan: PlannedProbe[] = [
    { tool: 'powershell', args: hostProbeArgs() },
    { tool: 'systeminfo', args: [] },
    { tool: 'wsl', args: wslVersionArgs() },
    { tool: 'wsl', args: wslStatusArgs() },
    { tool: 'wsl', args: wslListVerboseArgs() },
    {
      tool: 'wsl',
      args: wslExecArgs({ distribution: 'placeholder', script: LINUX_INSPECT_SCRIPT }).args.map((a) =>
        a === 'placeholder' ? '{distro}' : a,
      ),
      perRunningDistro: true,
    },
  ];
  for (const command of [
    dockerContextListCommand(),
    dockerVersionCommand(CURRENT_TARGET),
    dockerInfoCommand(CURRENT_TARGET),
  ]) {
    plan.push({ tool: 'docker', args: command.args, ...withEnv(command.env) });
  }
  for (const { endpoint } of knownEndpoints({ os: 'windows' })) {
    for (const command of [
      dockerVersionCommand({ kind: 'host', endpoint }),
      dockerInfoCommand({ kind: 'host', endpoint }),
    ]) {
      plan.push({ tool: 'docker', args: command.args, ...withEnv(command.env) });
    }
  }
  return plan;
}

function withEnv(env: EnvRecord): { env?: Record<string, string | null> } {
  const converted = envOf(env);
  return converted ? { env: converted } : {};
}
