// What a named machine scenario is made of: the Windows host (what the PowerShell host probe answers), the wsl.exe
// twin's state, and the Docker engines behind each endpoint with the CLI's contexts.
import type { EngineProfile, ProfileName } from '../docker/profiles/types.js';
import type { DistroState, TwinWslState, WslKind } from '../wsl/state.js';

/** The Windows machine as the doctor's PowerShell host probe (`wsl-ready-host/1`) describes it. */
export interface HostSpec {
  /** Win32_OperatingSystem.Caption, e.g. `Microsoft Windows 11 Pro`. */
  caption: string;
  /** `10.0.<build>` */
  version: string;
  ubr: number;
  displayVersion: string;
  editionId: string;
  /** 1 workstation, 3 server. */
  productType: 1 | 3;
  arch: 'x64' | 'arm64';
  /** Win32_Processor.VirtualizationFirmwareEnabled (false while a hypervisor already runs, as Windows reports). */
  firmware: boolean | null;
  hypervisor: boolean | null;
  memoryBytes: number;
  cpus: number;
  /** `DOMAIN\user` */
  user: string;
  admin: boolean;
  /** Optional component states (CIM Win32_OptionalFeature; the scenarios leave them out for non-administrators). */
  features?: Record<string, string>;
  /** The host probe stand-in stops after printing this fact and hangs (a CIM query that eats the budget). */
  probeStallsAfter?: string;
  /** The runner and account variables Windows shows the probe (RUNNER_ENV_NAMES). */
  env: Record<string, string>;
  dockerDesktop?: { installed: boolean; version: string };
}

/** A distribution registered in the scenario, unpacked from the twin's busybox root file system. */
export interface ScenarioDistro {
  name: string;
  version: 1 | 2;
  state: DistroState;
  default?: boolean;
  /** Files written over the root file system (path inside the distro → content), e.g. `/etc/os-release`. */
  files?: Record<string, string>;
  /** Executable files written over the root file system (path → script). */
  executables?: Record<string, string>;
  defaultUser?: string;
}

/** Endpoint of a Windows pipe or unix socket → engine profile; endpoints not listed are dead pipes. */
export interface ScenarioDocker {
  /** Current context of the CLI (`default` uses the `docker_engine` pipe, as the Windows CLI does). */
  context: string;
  /** Contexts besides `default`, stored as the Windows CLI stores them. */
  contexts: { name: string; endpoint: string; description: string }[];
  engines: Record<string, ProfileName | EngineProfile>;
}

export interface ScenarioDefinition {
  name: string;
  /** One line for `npm run twin -- --list`. */
  summary: string;
  /** The doctor example this scenario mirrors (`packages/core/examples/<example>.json`), when there is one. */
  example?: string;
  /** Doctor options the matching example was recorded with (e.g. `deep` for the arm64 runner). */
  doctorArgs?: string[];
  host: HostSpec;
  wsl: {
    kind: WslKind;
    locale?: string;
    versions?: Partial<TwinWslState['versions']>;
    defaultVersion?: 1 | 2;
    distros?: ScenarioDistro[];
    features?: string[];
    virtualization?: boolean;
    latestWsl?: string;
    /** Distros `wsl --install <name>` and `wsl -l -o` offer (installed from the busybox root file system). */
    online?: { name: string; friendlyName: string }[];
    inbox?: { lastUpdated: string };
    /** Inbox kind: the WSL 2 kernel component is installed (`TwinWslState.kernelInstalled`; absent: not). */
    kernelInstalled?: boolean;
    faults?: TwinWslState['faults'];
    latencyMs?: TwinWslState['latencyMs'];
  };
  /** Files on the Windows drive, relative to `C:\` (e.g. `Users/dev/.wslconfig`). */
  windowsFiles?: Record<string, string>;
  /** `missing`: no docker CLI at all (`WSL_READY_DOCKER` names a file that does not exist). */
  docker: ScenarioDocker | 'missing';
}
