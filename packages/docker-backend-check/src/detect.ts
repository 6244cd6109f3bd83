import { homedir } from 'node:os';
import type { EnvRecord } from '@wsl-ready/core';
import {
  type CommandRunner,
  type DockerSurvey,
  detectHostMode,
  dockerHostFacts,
  type HostFiles,
  type HostMode,
  listWslDistroFacts,
  readDesktopFiles,
  resolveDockerExecutable,
  resolveWslExecutable,
  surveyDocker,
} from '@wsl-ready/core';
import { CountingRunner } from './counting-runner.js';

export interface DetectOptions {
  runner: CommandRunner;
  env: EnvRecord;
  platform: NodeJS.Platform;
  files: HostFiles;
  /** The `docker-path` input; null = discovery (`WSL_READY_DOCKER`, then PATH). */
  dockerPath: string | null;
  /** Bound of each probe call. */
  timeoutMs: number;
  probeAllEndpoints: boolean;
  runContainer: boolean;
  /** Bound of the `docker run` proof (pulling an image takes longer than a probe). */
  proofTimeoutMs: number;
}

export interface Detection extends DockerSurvey {
  docker: string;
  /** How the host was reached (Windows, inside WSL, Linux, macOS): the checks' fixes depend on it. */
  mode: HostMode;
  /** Endpoints asked besides the CLI's own (empty without `probe-all-endpoints`). */
  probedEndpoints: string[];
  calls: { docker: number; wsl: number };
  durationMs: number;
}

/**
 * The core's Docker survey as the action runs it: Docker Desktop's files straight from the file system, the WSL
 * listing from wsl.exe (Windows only; never inside WSL, where the distributions are Windows' business), and every
 * call counted so the run can say what it cost.
 */
export async function detectDocker(options: DetectOptions): Promise<Detection> {
  const started = performance.now();
  const runner = new CountingRunner(options.runner);
  const mode = detectHostMode(options.env, options.platform);
  const host = dockerHostFacts(mode, options.env, {
    homeDir: options.env.HOME || homedir(),
    ...(typeof process.getuid === 'function' ? { uid: process.getuid() } : {}),
  });
  const docker = options.dockerPath ?? resolveDockerExecutable(options.env, options.platform).file;
  const windows = host.os === 'windows';
  const wsl = windows ? resolveWslExecutable(options.env, options.platform) : undefined;
  const survey = await surveyDocker({
    runner,
    docker,
    host,
    parentEnv: options.env,
    timeoutMs: options.timeoutMs,
    otherEndpoints: options.probeAllEndpoints,
    linuxProof: options.runContainer ? { image: 'hello-world', timeoutMs: options.proofTimeoutMs } : false,
    ...(windows ? { desktop: readDesktopFiles(options.env, options.platform, options.files) } : {}),
    ...(wsl ? { wslDistros: listWslDistroFacts(runner, wsl.file, options.timeoutMs) } : {}),
  });
  return {
    ...survey,
    docker,
    mode,
    probedEndpoints: (survey.evidence.others ?? []).map((o) => o.endpoint).filter((e): e is string => e !== null),
    calls: { docker: runner.count(docker), wsl: wsl ? runner.count(wsl.file) : 0 },
    durationMs: Math.round(performance.now() - started),
  };
}
