// What a caller gives the doctor, below the context that holds it (so the context imports no check types).
import type { EnvRecord } from '../env.js';
import type { ReportCheck, ReportV1 } from '../report/index.js';
import type { CommandRunner } from '../runner/types.js';

/** The areas of the doctor; `--only` takes a comma list of these. */
export const DOCTOR_AREAS = ['host', 'virtualization', 'wsl', 'distros', 'config', 'docker', 'io'] as const;
export type DoctorArea = (typeof DOCTOR_AREAS)[number];

/** Reads a file of the machine (settings, .wslconfig): `null` when it does not exist. Injected for tests/replay. */
export type ReadTextFile = (path: string) => Promise<string | null>;

export interface DoctorOptions {
  /** Every process call goes through it (Node, recording or replaying runner, or a fake). */
  runner: CommandRunner;
  /** The environment to read (Actions variables, WSL_READY_WSL, WSL_DISTRO_NAME, USERPROFILE, ...). */
  env: EnvRecord;
  /** `process.platform` of the machine being checked (a replay passes the recorded one). */
  platform: NodeJS.Platform;
  /** `process.arch` of the machine being checked. */
  arch: string;
  /** May boot a stopped distribution or the WSL VM to look inside (never done otherwise). */
  deep?: boolean;
  /**
   * The oldest WSL package version the user accepts (e.g. `2.4.13`): an older one, or the inbox WSL, fails
   * `wsl.version` with `wsl --update` as the fix. Unset: any installed package passes.
   */
  minWslVersion?: string;
  /** Measure small-file I/O in `cwd` versus the Linux home (only inside WSL). */
  benchIo?: boolean;
  /** Run only these areas (default: all that apply). */
  only?: readonly DoctorArea[];
  /** Current directory (for the I/O location check). */
  cwd?: string;
  /**
   * Files of the machine; defaults to the real file system. On Windows the doctor reads `.wslconfig` and Docker
   * Desktop's settings through its PowerShell host probe (so they are part of a recorded transcript) and uses this
   * only when PowerShell cannot answer. A replay should pass `async () => null` so that only the transcript counts.
   */
  readFile?: ReadTextFile;
  /** Upper bound of probes running at once (default 6). */
  concurrency?: number;
  /** Per-command timeout in ms (default 20 s; the WSL VM may be slow to answer). */
  commandTimeoutMs?: number;
  /** Called as checks start and finish, for a live progress line. */
  onProgress?: (event: DoctorProgress) => void;
  /** Clock for the report's `generatedAt`. */
  now?: () => Date;
  /** Who produced the report (`cli` by default; the actions pass theirs). */
  source?: ReportV1['source'];
}

export type DoctorProgress =
  | { kind: 'start'; checkId: string; title: string }
  | { kind: 'finish'; checkId: string; title: string; status: ReportCheck['status'] };
