import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The subset of OpenAPI 3.0 the validator reads. */
type Schema = Record<string, unknown>;
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  operationId: string;
  parameters?: Array<Parameter | { $ref: string }>;
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> } | { $ref: string }>;
}
interface Spec {
  paths: Record<string, Record<string, Operation | Parameter[]>>;
  components: Record<string, Record<string, unknown>>;
}

export interface RequestCheck {
  operationId: string | null;
  pathTemplate: string | null;
  pathParams: Record<string, string>;
  errors: string[];
}

interface CompiledPath {
  template: string;
  regex: RegExp;
  names: string[];
  literalSegments: number;
}

let cachedSpec: Spec | undefined;

/** GitHub's REST description from `@octokit/openapi` (only the one api.github.com file, about 13 MB). */
export function loadGitHubSpec(): Spec {
  if (!cachedSpec) {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
    cachedSpec = JSON.parse(readFileSync(file, 'utf8')) as Spec;
  }
  return cachedSpec;
}

/**
 * Checks requests (and, for self-tests, responses) against the OpenAPI description: the method and path must be a
 * described operation, path and query parameters must fit their schemas, unknown query parameters are refused, and
 * a JSON body must match the request body schema (types, enums, required fields, no unknown fields where closed).
 */
export class OpenApiValidator {
  readonly #paths: CompiledPath[];

  constructor(private readonly spec: Spec = loadGitHubSpec()) {
    this.#paths = Object.keys(spec.paths)
      .map((template) => compilePath(template))
      .sort((a, b) => b.literalSegments - a.literalSegments || b.template.length - a.template.length);
  }

  checkRequest(method: string, url: URL, body: unknown): RequestCheck {
    const verb = method.toLowerCase();
    const pathname = url.pathname.replace(/\/+$/, '') || '/';
    for (const compiled of this.#paths) {
      const match = compiled.regex.exec(pathname);
      if (!match) continue;
      const operation = this.spec.paths[compiled.template]?.[verb] as Operation | undefined;
      if (!operation) continue;
      const pathParams = Object.fromEntries(
        compiled.names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? '')]),
      );
      const errors = this.#checkParameters(compiled.template, operation, pathParams, url.searchParams);
      errors.push(...this.#checkBody(operation, body));
      return { operationId: operation.operationId, pathTemplate: compiled.template, pathParams, errors };
    }
    return {
      operationId: null,
      pathTemplate: null,
      pathParams: {},
      errors: [`${method} ${pathname} is not an operation of the GitHub REST API`],
    };
  }

  /** Validate a response body we serve against the described response (keeps the stand-in honest). */
  checkResponse(operationId: string, status: number, body: unknown): string[] {
    for (const methods of Object.values(this.spec.paths)) {
      for (const operation of Object.values(methods)) {
        if ((operation as Operation).operationId !== operationId) continue;
        const response = this.#deref((operation as Operation).responses?.[String(status)]) as
          | { content?: Record<string, { schema?: Schema }> }
          | undefined;
        if (!response) return [`${operationId} has no described ${status} response`];
        const schema = response.content?.['application/json']?.schema;
        return schema ? this.#validate(schema, body, 'response') : [];
      }
    }
    return [`unknown operation ${operationId}`];
  }

  /**
   * Validate a value against a named schema of the description, e.g. `webhook-workflow-run-completed` (the
   * `x-webhooks` payload schemas live in `components.schemas`): proves a fixture has the shape GitHub sends.
   */
  checkSchema(name: string, value: unknown): string[] {
    if (!this.spec.components.schemas?.[name]) return [`the description has no schema ${name}`];
    return this.#validate({ $ref: `#/components/schemas/${name}` }, value, name);
  }

  #checkParameters(
    template: string,
    operation: Operation,
    pathParams: Record<string, string>,
    query: URLSearchParams,
  ): string[] {
    const errors: string[] = [];
    const shared = (this.spec.paths[template]?.parameters as Parameter[] | undefined) ?? [];
    const parameters = [...shared, ...(operation.parameters ?? [])].map((p) => this.#deref(p) as Parameter);
    for (const parameter of parameters.filter((p) => p.in === 'path')) {
      const value = pathParams[parameter.name];
      if (value === undefined || value === '') errors.push(`path parameter ${parameter.name} is missing`);
      else if (parameter.schema)
        errors.push(
          ...this.#validate(parameter.schema, coerce(parameter.schema, value, this), `path.${parameter.name}`),
        );
    }
    const known = new Set(parameters.filter((p) => p.in === 'query').map((p) => p.name));
    for (const [name, value] of query) {
      if (!known.has(name)) {
        errors.push(`query parameter ${name} is not accepted by ${operation.operationId}`);
        continue;
      }
      const parameter = parameters.find((p) => p.in === 'query' && p.name === name)!;
      if (parameter.schema)
        errors.push(...this.#validate(parameter.schema, coerce(parameter.schema, value, this), `query.${name}`));
    }
    for (const parameter of parameters.filter((p) => p.in === 'query' && p.required)) {
      if (!query.has(parameter.name)) errors.push(`query parameter ${parameter.name} is required`);
    }
    return errors;
  }

  #checkBody(operation: Operation, body: unknown): string[] {
    const described = operation.requestBody;
    if (!described) return body === undefined ? [] : [`${operation.operationId} takes no request body`];
    if (body === undefined) return described.required ? [`${operation.operationId} requires a JSON body`] : [];
    const schema = described.content?.['application/json']?.schema;
    return schema ? this.#validate(schema, body, 'body') : [];
  }

  #deref(value: unknown): unknown {
    let current = value;
    for (let hops = 0; hops < 20; hops++) {
      const ref = (current as { $ref?: string } | undefined)?.$ref;
      if (!ref) return current;
      const [, section, name] = /^#\/components\/([^/]+)\/(.+)$/.exec(ref) ?? [];
      current = section && name ? this.spec.components[section]?.[name] : undefined;
    }
    return current;
  }

  resolve(schema: Schema): Schema {
    return (this.#deref(schema) as Schema) ?? {};
  }

  #validate(input: Schema, value: unknown, at: string, depth = 0): string[] {
    if (depth > 40) return [];
    const schema = this.resolve(input);
    if (value === null)
      return schema.nullable || schema.type === 'null' || schema.type === undefined ? [] : [`${at} must not be null`];
    if (Array.isArray(schema.allOf))
      return (schema.allOf as Schema[]).flatMap((s) => this.#validate(s, value, at, depth + 1));
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      const options = schema[keyword] as Schema[] | undefined;
      if (Array.isArray(options)) {
        const fits = options.some((s) => this.#validate(s, value, at, depth + 1).length === 0);
        return fits ? [] : [`${at} matches none of the ${keyword} alternatives`];
      }
    }
    if (Array.isArray(schema.enum) && !(schema.enum as unknown[]).includes(value)) {
      return [
        `${at} must be one of ${(schema.enum as unknown[]).map(String).join(', ')} (got ${JSON.stringify(value)})`,
      ];
    }
    const type = schema.type as string | undefined;
    switch (type) {
      case 'string':
        if (typeof value !== 'string') return [`${at} must be a string`];
        if (typeof schema.maxLength === 'number' && value.length > schema.maxLength)
          return [`${at} is longer than ${schema.maxLength}`];
        if (typeof schema.minLength === 'number' && value.length < schema.minLength)
          return [`${at} is shorter than ${schema.minLength}`];
        if (schema.format === 'date-time' && Number.isNaN(Date.parse(value))) return [`${at} must be a date-time`];
        return [];
      case 'integer':
        return Number.isInteger(value) ? bounds(schema, value as number, at) : [`${at} must be an integer`];
      case 'number':
        return typeof value === 'number' ? bounds(schema, value, at) : [`${at} must be a number`];
      case 'boolean':
        return typeof value === 'boolean' ? [] : [`${at} must be a boolean`];
      case 'array': {
        if (!Array.isArray(value)) return [`${at} must be an array`];
        if (typeof schema.maxItems === 'number' && value.length > schema.maxItems)
          return [`${at} has more than ${schema.maxItems} items`];
        const items = schema.items as Schema | undefined;
        return items
          ? value.flatMap((item, i) => this.#validate(items, item, `${at}[${i}]`, depth + 1)).slice(0, 10)
          : [];
      }
      case 'object':
      case undefined: {
        if (type === undefined && !schema.properties) return [];
        if (typeof value !== 'object' || Array.isArray(value)) return [`${at} must be an object`];
        const record = value as Record<string, unknown>;
        const properties = (schema.properties ?? {}) as Record<string, Schema>;
        const errors: string[] = [];
        for (const name of (schema.required as string[] | undefined) ?? []) {
          if (!(name in record)) errors.push(`${at}.${name} is required`);
        }
        for (const [name, item] of Object.entries(record)) {
          if (properties[name]) errors.push(...this.#validate(properties[name], item, `${at}.${name}`, depth + 1));
          else if (schema.additionalProperties === false) errors.push(`${at}.${name} is not a known field`);
          else if (typeof schema.additionalProperties === 'object') {
            errors.push(...this.#validate(schema.additionalProperties as Schema, item, `${at}.${name}`, depth + 1));
          }
        }
        return errors;
      }
      default:
        return [];
    }
  }
}

function bounds(schema: Schema, value: number, at: string): string[] {
  if (typeof schema.minimum === 'number' && value < schema.minimum) return [`${at} must be ≥ ${schema.minimum}`];
  if (typeof schema.maximum === 'number' && value > schema.maximum) return [`${at} must be ≤ ${schema.maximum}`];
  return [];
}

/** Path and query values arrive as text; read them as the type their schema declares. */
function coerce(schema: Schema, value: string, validator: OpenApiValidator): unknown {
  const type = validator.resolve(schema).type;
  if (type === 'integer' || type === 'number') return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  if (type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  return value;
}

function compilePath(template: string): CompiledPath {
  const names: string[] = [];
  let literalSegments = 0;
  const source = template
    .split('/')
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment);
      if (param) {
        names.push(param[1]!);
        // A file path may span segments (`contents/{path}`); every other parameter is one segment.
        return param[1] === 'path' ? '(.+)' : '([^/]+)';
      }
      literalSegments++;
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{(\w+)\\\}/g, () => {
        names.push('inline');
        return '([^/]+)';
      });
    })
    .join('/');
  return { template, regex: new RegExp(`^${source}$`), names, literalSegments };
}
