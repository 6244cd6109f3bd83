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

/** A step inside the distribution (packages, user, config) failed. */
export class ProvisionError extends WslReadyError {
  constructor(message: string) {
    super('provision', message);
  }
}
