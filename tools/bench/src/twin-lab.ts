// The twin set up for benchmarks: one latency model for wsl.exe, the Docker engines and the Windows tools, a
// wsl.exe twin with real distributions, and stand-in `powershell.exe` / `systeminfo.exe` executables.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CallKind, createTwinWsl, type EngineFault, type TwinWsl, type TwinWslState } from '@wsl-ready/twin';

/**
 * The latency model (ms). A real Windows 11 machine with WSL 2.x and the VM already up answers in roughly these
 * times; what matters for the budgets is their shape (PowerShell and the first command into a distro are slow, list
 * and version calls are quick), not the exact values. Every benchmark that uses the twin uses these.
 */
export const LATENCY = {
  wsl: {
    version: 150,
    status: 250,
    list: 150,
    exec: 350,
    // First command into a stopped distro or VM: the VM and the distro's init start.
    boot: 1500,
    import: 1500,
    export: 1200,
    install: 1500,
    terminate: 200,
    shutdown: 400,
    'set-default': 150,
    'set-version': 300,
    'set-default-version': 150,
    manage: 200,
    update: 800,
    unregister: 300,
    help: 100,
  } satisfies Record<CallKind, number>,
  /** Per Docker Engine API request (a named pipe to Docker Desktop or the Moby service). */
  dockerRequest: 40,
  /** `powershell.exe` with the doctor's CIM host probe: PowerShell 5.1 start plus four CIM queries. */
  powershell: 1200,
  /** `systeminfo.exe` (only when PowerShell cannot answer). */
  systeminfo: 2000,
} as const;

/** Every Docker engine request is delayed by the model's latency. */
export const DOCKER_LATENCY_FAULT: EngineFault = { kind: 'delay', ms: LATENCY.dockerRequest, route: '*' };

/** A scratch directory removed by `cleanup()`. */
const scratch: string[] = [];
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `wsl-ready-bench-${prefix}-`));
  scratch.push(dir);
  return dir;
}
export function cleanup(): void {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A stand-in distro root (never entered): enough for `wsl -l -v` to list it. */
function emptyRoot(dir: string): string {
  mkdirSync(join(dir, 'rootfs', 'etc'), { recursive: true });
  return join(dir, 'rootfs');
}

/**
 * A wsl.exe twin with `Ubuntu-24.04` (the busybox root file system, imported for real) as the default distro, and
 * `Debian` and `docker-desktop` stopped. `running` chooses whether Ubuntu and the VM are up.
 */
export function twinWithDistros(
  dir: string,
  rootfsTar: string,
  importDistro: (twin: TwinWsl, name: string, location: string, tar: string) => Promise<void>,
): Promise<TwinWsl> {
  const twin = createTwinWsl({ dir, state: { latencyMs: {} } });
  return importDistro(twin, 'Ubuntu-24.04', join(dir, 'ubuntu'), rootfsTar).then(() => {
    twin.setState((s) => {
      s.defaultDistro = 'Ubuntu-24.04';
      s.distros.push(
        { name: 'Debian', version: 2, state: 'Stopped', root: emptyRoot(join(dir, 'debian')), defaultUser: 'root' },
        {
          name: 'docker-desktop',
          version: 2,
          state: 'Stopped',
          root: emptyRoot(join(dir, 'docker-desktop')),
          defaultUser: 'root',
        },
      );
      s.latencyMs = { ...LATENCY.wsl };
    });
    return twin;
  });
}

/** Sets every distro's state and the VM's: `running` starts Ubuntu (and the VM), the others stay stopped. */
export function setMachineState(twin: TwinWsl, running: boolean): void {
  twin.setState((s) => {
    for (const d of s.distros) d.state = running && d.name === 'Ubuntu-24.04' ? 'Running' : 'Stopped';
    s.vmRunning = running;
  });
}

/** Boots a call made: distros that were stopped and now run, plus the VM if it started. */
export function bootsBetween(before: TwinWslState, after: TwinWslState): string[] {
  const boots: string[] = [];
  for (const d of before.distros) {
    const now = after.distros.find((x) => x.name === d.name);
    if (d.state === 'Stopped' && now && now.state !== 'Stopped') boots.push(d.name);
  }
  if (!before.vmRunning && after.vmRunning) boots.push('WSL VM');
  return boots;
}

/**
 * A folder with `powershell.exe` and `systeminfo.exe` stand-ins, found through PATH as the doctor finds them
 * whenever `WSL_READY_WSL` makes the host Windows. Each sleeps for the model's latency, then prints a recorded
 * answer: PowerShell the host-probe document of an example transcript, systeminfo a captured output.
 */
export function windowsToolStandIns(
  dir: string,
  answers: { powershell: Buffer; systeminfo: Buffer },
  latencyMs: { powershell?: number; systeminfo?: number } = {},
): string {
  const bin = join(dir, 'windows-tools');
  mkdirSync(bin, { recursive: true });
  const tool = (name: string, latencyMs: number, answer: Buffer) => {
    const file = join(bin, `${name}.answer`);
    writeFileSync(file, answer);
    writeFileSync(join(bin, name), `#!/bin/sh\nsleep ${(latencyMs / 1000).toFixed(3)}\nexec cat '${file}'\n`);
    chmodSync(join(bin, name), 0o755);
  };
  tool('powershell.exe', latencyMs.powershell ?? LATENCY.powershell, answers.powershell);
  tool('systeminfo.exe', latencyMs.systeminfo ?? LATENCY.systeminfo, answers.systeminfo);
  return bin;
}

/** The recorded stdout of the first call of `file` (matched by base name) in an example transcript. */
export function recordedAnswer(transcriptPath: string, baseName: string): Buffer {
  const transcript = JSON.parse(readFileSync(transcriptPath, 'utf8')) as {
    calls: { file: string; stdout?: string }[];
  };
  const call = transcript.calls.find((c) => c.file.split(/[\\/]/).pop()?.toLowerCase() === baseName.toLowerCase());
  if (!call?.stdout) throw new Error(`${transcriptPath} has no recorded ${baseName} answer.`);
  return Buffer.from(call.stdout, 'base64');
}
