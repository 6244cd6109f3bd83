/** Fetch the bytes behind an artifact's short-lived download URL, with a byte cap and a timeout. */
export interface DownloadLimits {
  maxBytes: number;
  timeoutMs: number;
}

export class ArtifactDownloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArtifactDownloadError';
  }
}

/**
 * GitHub answers `GET .../artifacts/{id}/zip` with a 302 to a blob host. The token must never travel there, so the
 * API call is made with `redirect: manual` by the caller and this function fetches the Location with no credentials.
 * It reads the stream itself so a body larger than the cap (whatever Content-Length claims) is cut off early.
 */
export async function downloadCapped(
  url: string,
  limits: DownloadLimits,
  fetchImpl: typeof fetch = fetch,
): Promise<Uint8Array> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ArtifactDownloadError('the artifact download location is not a valid URL');
  }
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && isLoopback(parsed.hostname))) {
    throw new ArtifactDownloadError(`the artifact download location uses ${parsed.protocol}; only https is accepted`);
  }
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let response: Response;
  try {
    response = await fetchImpl(parsed, { redirect: 'follow', signal, headers: { accept: 'application/octet-stream' } });
  } catch (error) {
    throw new ArtifactDownloadError(describeFetchFailure(error, limits.timeoutMs));
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    throw new ArtifactDownloadError(
      response.status === 410 || response.status === 403
        ? `the artifact download link expired or was refused (HTTP ${response.status})`
        : `the artifact download failed with HTTP ${response.status}`,
    );
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw new ArtifactDownloadError(`the artifact is ${declared} bytes; at most ${limits.maxBytes} are downloaded`);
  }
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limits.maxBytes) {
        await reader.cancel().catch(() => {});
        throw new ArtifactDownloadError(
          `the artifact is larger than ${limits.maxBytes} bytes; the download was stopped`,
        );
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof ArtifactDownloadError) throw error;
    throw new ArtifactDownloadError(describeFetchFailure(error, limits.timeoutMs));
  }
  return Buffer.concat(chunks, total);
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\./.test(hostname);
}

function describeFetchFailure(error: unknown, timeoutMs: number): string {
  const name = (error as { name?: string })?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return `the artifact download took longer than ${timeoutMs} ms`;
  return `the artifact download failed (${error instanceof Error ? error.message : String(error)})`;
}
