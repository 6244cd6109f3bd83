// Twirp over JSON, server side: errors as {code, msg} with the HTTP status Twirp assigns to each code, and request
// fields read under either their proto name or their lowerCamelCase JSON name (protojson accepts both).

export type TwirpBody = Record<string, unknown>;

export interface TwirpAnswer {
  readonly status: number;
  readonly body: TwirpBody;
}

const STATUS_OF: Record<string, number> = {
  invalid_argument: 400,
  malformed: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  bad_route: 404,
  already_exists: 409,
  failed_precondition: 412,
  resource_exhausted: 429,
  internal: 500,
  unavailable: 503,
};

export function twirpError(code: keyof typeof STATUS_OF | string, msg: string): TwirpAnswer {
  return { status: STATUS_OF[code] ?? 500, body: { code, msg } };
}

export function ok(body: TwirpBody): TwirpAnswer {
  return { status: 200, body };
}

export function field(body: TwirpBody, protoName: string): unknown {
  if (protoName in body) return body[protoName];
  return body[protoName.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())];
}

export function stringField(body: TwirpBody, protoName: string): string {
  const value = field(body, protoName);
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** An int64 field: protojson sends it as a decimal string, numbers are accepted too. */
export function int64Field(body: TwirpBody, protoName: string): number | undefined {
  const value = field(body, protoName);
  const number = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) ? number : undefined;
}

/** A google.protobuf wrapper (StringValue, Int64Value): the bare value in JSON. */
export function wrapperField(body: TwirpBody, protoName: string): string | undefined {
  const value = field(body, protoName);
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'object' && 'value' in (value as object)) return String((value as { value: unknown }).value);
  return String(value);
}
