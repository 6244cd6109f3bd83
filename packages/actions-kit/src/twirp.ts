// A Twirp JSON client for the results service (cache v2, artifact v4): POST /twirp/<service>/<method> with the job's
// bearer token, proto field names in requests (as the official clients send them), either spelling in answers.
import { ActionsServiceError, type ActionsServiceName } from './errors.js';
import { describeNetworkError, type FetchLike, fetchWithRetry, type HttpRetryOptions, isTimeout } from './http.js';

const CACHE_TWIRP_SERVICE = 'github.actions.results.api.v1.CacheService';
const ARTIFACT_TWIRP_SERVICE = 'github.actions.results.api.v1.ArtifactService';

type TwirpMessage = Record<string, unknown>;

interface TwirpCallOptions {
  /** Stops the call and its retries; the call rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

export interface TwirpClient {
  call(method: string, request: TwirpMessage, options?: TwirpCallOptions): Promise<TwirpMessage>;
}

interface TwirpClientOptions {
  readonly service: ActionsServiceName;
  readonly baseUrl: string;
  readonly token: string;
  readonly fetch: FetchLike;
  readonly retry?: HttpRetryOptions;
  readonly userAgent?: string;
}

export function createTwirpClient(options: TwirpClientOptions): TwirpClient {
  const twirpService = options.service === 'cache' ? CACHE_TWIRP_SERVICE : ARTIFACT_TWIRP_SERVICE;
  return {
    async call(method, request, callOptions = {}) {
      const url = new URL(`/twirp/${twirpService}/${method}`, options.baseUrl).href;
      const body = JSON.stringify(request);
      let response: Response;
      try {
        response = await fetchWithRetry(
          options.fetch,
          url,
          () => ({
            method: 'POST',
            headers: {
              authorization: `Bearer ${options.token}`,
              'content-type': 'application/json',
              accept: 'application/json',
              'user-agent': options.userAgent ?? 'wsl-ready',
            },
            body,
          }),
          callOptions.signal ? { ...options.retry, signal: callOptions.signal } : options.retry,
        );
      } catch (error) {
        if (callOptions.signal?.aborted) throw callOptions.signal.reason;
        const message = isTimeout(error) ? 'the service did not answer in time' : describeNetworkError(error);
        throw new ActionsServiceError(options.service, method, { message }, { cause: error });
      }
      const text = await response.text().catch(() => '');
      const parsed = parseJson(text);
      if (!response.ok) {
        const twirpCode = typeof parsed?.code === 'string' ? parsed.code : undefined;
        const msg = typeof parsed?.msg === 'string' ? parsed.msg : text.slice(0, 300);
        throw new ActionsServiceError(options.service, method, {
          status: response.status,
          twirpCode,
          message: `HTTP ${response.status}${twirpCode ? ` ${twirpCode}` : ''}${msg ? `: ${msg.slice(0, 500)}` : ''}`,
        });
      }
      if (!parsed) {
        throw new ActionsServiceError(options.service, method, {
          status: response.status,
          message: 'the answer is not a JSON object',
        });
      }
      return parsed;
    },
  };
}

/** A field of a Twirp JSON answer under its proto name or its lowerCamelCase JSON name. */
function twirpField(message: TwirpMessage, protoName: string): unknown {
  if (protoName in message) return message[protoName];
  return message[protoName.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())];
}

export function twirpString(message: TwirpMessage, protoName: string): string | undefined {
  const value = twirpField(message, protoName);
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

export function twirpBool(message: TwirpMessage, protoName: string): boolean {
  return twirpField(message, protoName) === true;
}

function parseJson(text: string): TwirpMessage | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as TwirpMessage) : undefined;
  } catch {
    return undefined;
  }
}
