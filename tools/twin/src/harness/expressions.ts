// A small subset of the Actions expression language, enough for `pre-if`/`post-if` and input defaults:
// literals, context paths (`runner.os`, `github.token`, `env.X`), `!`, `&&`, `||`, `==`, `!=`, parentheses,
// status functions and contains/startsWith/endsWith. Strings compare case-insensitively, as in Actions.

export type JobStatus = 'success' | 'failure' | 'cancelled';

export interface ExpressionContext {
  contexts: Record<string, unknown>;
  status: JobStatus;
}

export class ExpressionError extends Error {
  constructor(expression: string, reason: string) {
    super(
      `Cannot evaluate \`${expression}\`: ${reason}. The harness supports literals, context paths, !, &&, ||, ==, !=, status functions and contains/startsWith/endsWith.`,
    );
    this.name = 'ExpressionError';
  }
}

type Value = string | number | boolean | null | Record<string, unknown> | unknown[];

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|('(?:[^']|'')*')|(&&|\|\||==|!=|[!().,[\]])|([A-Za-z_][\w-]*))/y;

function tokenize(expression: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let index = 0;
  while (index < expression.length) {
    if (/^\s*$/.test(expression.slice(index))) break;
    TOKEN.lastIndex = index;
    const m = TOKEN.exec(expression);
    if (!m) throw new ExpressionError(expression, `unexpected text at ${index}`);
    tokens.push((m[1] ?? m[2] ?? m[3] ?? m[4]) as string);
    index = TOKEN.lastIndex;
  }
  return tokens;
}

function truthy(v: Value): boolean {
  return !(v === null || v === false || v === 0 || v === '' || (typeof v === 'number' && Number.isNaN(v)));
}

function equal(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (typeof a === 'number' || typeof b === 'number') return Number(a) === Number(b);
  return a === b;
}

const text = (v: Value): string => (v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** Evaluates one expression (without the `${{ }}` wrapper). */
export function evaluate(expression: string, ctx: ExpressionContext): Value {
  const tokens = tokenize(expression);
  let pos = 0;
  const peek = () => tokens[pos];
  const next = () => tokens[pos++];
  const expect = (t: string) => {
    if (next() !== t) throw new ExpressionError(expression, `expected "${t}"`);
  };

  const or = (): Value => {
    let left = and();
    while (peek() === '||') {
      next();
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  };
  const and = (): Value => {
    let left = comparison();
    while (peek() === '&&') {
      next();
      const right = comparison();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const comparison = (): Value => {
    let left = unary();
    while (peek() === '==' || peek() === '!=') {
      const op = next();
      const right = unary();
      left = op === '==' ? equal(left, right) : !equal(left, right);
    }
    return left;
  };
  const unary = (): Value => {
    if (peek() === '!') {
      next();
      return !truthy(unary());
    }
    return primary();
  };
  const primary = (): Value => {
    const t = next();
    if (t === undefined) throw new ExpressionError(expression, 'unexpected end');
    if (t === '(') {
      const v = or();
      expect(')');
      return v;
    }
    if (t.startsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
    if (/^\d/.test(t)) return Number(t);
    if (t === 'true' || t === 'false') return t === 'true';
    if (t === 'null') return null;
    if (peek() === '(') return call(t);
    let value: Value = (ctx.contexts[t] ?? null) as Value;
    for (;;) {
      if (peek() === '.') {
        next();
        value = member(value, next() ?? '');
      } else if (peek() === '[') {
        next();
        value = member(value, text(or()));
        expect(']');
      } else return value;
    }
  };
  const call = (name: string): Value => {
    expect('(');
    const args: Value[] = [];
    while (peek() !== ')') {
      args.push(or());
      if (peek() === ',') next();
      else if (peek() !== ')') throw new ExpressionError(expression, 'expected "," or ")"');
    }
    next();
    const [a = null, b = null] = args;
    switch (name.toLowerCase()) {
      case 'always':
        return true;
      case 'success':
        return ctx.status === 'success';
      case 'failure':
        return ctx.status === 'failure';
      case 'cancelled':
        return ctx.status === 'cancelled';
      case 'contains':
        return Array.isArray(a)
          ? a.some((x) => equal(x as Value, b))
          : text(a).toLowerCase().includes(text(b).toLowerCase());
      case 'startswith':
        return text(a).toLowerCase().startsWith(text(b).toLowerCase());
      case 'endswith':
        return text(a).toLowerCase().endsWith(text(b).toLowerCase());
      default:
        throw new ExpressionError(expression, `function ${name}() is not supported`);
    }
  };

  const value = or();
  if (pos !== tokens.length) throw new ExpressionError(expression, `unexpected "${tokens[pos]}"`);
  return value;
}

function member(value: Value, key: string): Value {
  if (value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) return (value[Number(key)] ?? null) as Value;
  const found = Object.keys(value).find((k) => k.toLowerCase() === key.toLowerCase());
  return (found === undefined ? null : value[found]) as Value;
}

const STATUS_FUNCTION = /\b(always|success|failure|cancelled)\s*\(/i;

/** A step condition: without a status function it means `success() && (<condition>)`, as in Actions. */
export function evaluateCondition(condition: string, ctx: ExpressionContext): boolean {
  const inner = unwrap(condition);
  if (inner === '') return ctx.status === 'success';
  const full = STATUS_FUNCTION.test(inner) ? inner : `success() && (${inner})`;
  return truthy(evaluate(full, ctx));
}

/** Replaces each `${{ expr }}` in a template (an input default) by its value as text. */
export function interpolate(template: string, ctx: ExpressionContext): string {
  return template.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expr: string) => text(evaluate(expr, ctx)));
}

function unwrap(condition: string): string {
  const m = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(condition);
  return (m ? m[1] : condition)?.trim() ?? '';
}
