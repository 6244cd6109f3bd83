import { formatDuration, WslReadyError } from '@wsl-ready/core';

/** A phase ran past its own timeout: the message names the phase and the input that bounds it. */
export class PhaseTimeoutError extends WslReadyError {
  readonly phase: string;
  readonly timeoutMs: number;
  constructor(phase: string, timeoutMs: number, inputKey: string | undefined, cause?: unknown) {
    super(
      'phase-timeout',
      `The ${phase} phase did not finish within ${formatDuration(timeoutMs)} and was stopped. ` +
        (inputKey
          ? `Raise it with \`timeout-minutes: ${inputKey}=<minutes>\` if the network or the runner is slow, or retry the job.`
          : 'Retry the job; if it keeps happening, open an issue with the log.'),
      { cause },
    );
    this.phase = phase;
    this.timeoutMs = timeoutMs;
  }
}

/** A dead end found before anything was changed (arm64 runner, no WSL, a service account): the fix is elsewhere. */
export class PreflightError extends WslReadyError {
  readonly remediation: string;
  constructor(message: string, remediation: string) {
    super('preflight', `${message}\n${remediation}`);
    this.remediation = remediation;
  }
}

/** A download failed after its retries, or its bytes were not the pinned ones. */
export class DownloadError extends WslReadyError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('download', message, options);
  }
}

/**
 * The name exists only in the legacy `Distributions` list of Microsoft's manifest: `wsl --install` refuses
 * `--version`, `--location` and `--name` for it and, with `--no-launch`, installs the app without registering a
 * distribution (microsoft/WSL WslInstall.cpp, InstallDistribution), so it cannot be provisioned unattended.
 */
export class LegacyDistributionError extends WslReadyError {
  constructor(message: string) {
    super('install', message);
  }
}

/** A step inside the distribution (packages, user, config) failed. */
export class ProvisionError extends WslReadyError {
  constructor(message: string) {
    super('provision', message);
  }
}

/** What to do when Windows asks for a reboot: a job cannot reboot the machine it runs on. */
export const REBOOT_REMEDIATION =
  'A job cannot reboot its runner. Use a runner image where WSL is already enabled (GitHub-hosted windows-2025 or windows-2022), or on a self-hosted machine run `wsl --install --no-distribution` (or the WSL package) as an administrator and reboot once before jobs run.';

/** Windows needs a reboot to finish installing a WSL component; on a runner that is the end of the job. */
export class RebootRequiredError extends PreflightError {
  constructor(what: string) {
    super(`${what} needs a reboot of Windows to finish.`, REBOOT_REMEDIATION);
  }
}
