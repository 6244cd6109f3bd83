import { WslReadyError } from '@wsl-ready/core';

export type ActionsServiceName = 'cache' | 'artifact';

/**
 * The Actions cache or artifact service cannot be used here: not on a GitHub-hosted job (no `ACTIONS_RESULTS_URL` /
 * `ACTIONS_RUNTIME_TOKEN`), on GitHub Enterprise Server without the v2 services, or the service refuses every call.
 */
export class ActionsServiceUnavailableError extends WslReadyError {
  readonly service: ActionsServiceName;
  constructor(service: ActionsServiceName, reason: string) {
    super('actions-service-unavailable', `The GitHub Actions ${service} service is not available: ${reason}`);
    this.service = service;
  }
}

/** One call to the cache or artifact service (Twirp) failed after its retries. */
export class ActionsServiceError extends WslReadyError {
  readonly service: ActionsServiceName;
  readonly method: string;
  /** HTTP status of the last answer; undefined when the request never got one (network error, timeout). */
  readonly status: number | undefined;
  /** The Twirp error code (`already_exists`, `permission_denied`, …) when the service sent one. */
  readonly twirpCode: string | undefined;
  constructor(
    service: ActionsServiceName,
    method: string,
    detail: { status?: number; twirpCode?: string; message: string },
    options?: { cause?: unknown },
  ) {
    super(
      'actions-service-failed',
      `${method} on the GitHub Actions ${service} service failed: ${detail.message}`,
      options,
    );
    this.service = service;
    this.method = method;
    this.status = detail.status;
    this.twirpCode = detail.twirpCode;
  }
}

/** Moving bytes to or from blob storage failed (after retries), or the bytes that arrived are not the bytes sent. */
export class BlobTransferError extends WslReadyError {
  readonly status: number | undefined;
  constructor(message: string, status?: number, options?: { cause?: unknown }) {
    super('blob-transfer-failed', message, options);
    this.status = status;
  }
}

/** The job's `ACTIONS_RUNTIME_TOKEN` is not a JWT carrying the `Actions.Results:<run>:<job>` scope. */
export class RuntimeTokenError extends WslReadyError {
  constructor(reason: string) {
    super(
      'runtime-token',
      `The job's ACTIONS_RUNTIME_TOKEN cannot be used for artifacts: ${reason}. ` +
        'It is set by the Actions runner; do not override it in the workflow.',
    );
  }
}
