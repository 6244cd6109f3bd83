import { RuntimeTokenError } from './errors.js';

/** The results service's names for this workflow run and job, as the artifact service expects them back. */
interface BackendIds {
  readonly workflowRunBackendId: string;
  readonly workflowJobRunBackendId: string;
}

/**
 * Read the backend IDs from the runtime token's `scp` claim (`… Actions.Results:<runId>:<jobId> …`), the way the
 * official artifact client does. The token is only decoded, not verified: the service verifies it.
 */
export function backendIdsFromToken(token: string): BackendIds {
  const payload = token.split('.')[1];
  if (!payload) throw new RuntimeTokenError('it is not a JWT');
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw new RuntimeTokenError('its payload is not JSON');
  }
  const scp = (claims as { scp?: unknown } | null)?.scp;
  if (typeof scp !== 'string' || !scp) throw new RuntimeTokenError('it has no `scp` claim');
  for (const scope of scp.split(' ')) {
    const parts = scope.split(':');
    if (parts[0] !== 'Actions.Results') continue;
    const [, run, job] = parts;
    if (parts.length !== 3 || !run || !job) throw new RuntimeTokenError('its Actions.Results scope is malformed');
    return { workflowRunBackendId: run, workflowJobRunBackendId: job };
  }
  throw new RuntimeTokenError('it has no Actions.Results scope');
}
