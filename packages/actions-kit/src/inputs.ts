// Action inputs arrive as strings (`INPUT_*`); these readers turn them into values or an InputError that names the
// input and what it accepts.
import { InputError } from '@wsl-ready/core';

const TRUE_WORDS = ['true', 'yes', '1'];
const FALSE_WORDS = ['false', 'no', '0'];

/** `true/false/yes/no/1/0` in any case; empty means `fallback` (an error when there is none). */
export function parseBooleanInput(name: string, raw: string | undefined, fallback?: boolean): boolean {
  const value = (raw ?? '').trim().toLowerCase();
  if (value === '' && fallback !== undefined) return fallback;
  if (TRUE_WORDS.includes(value)) return true;
  if (FALSE_WORDS.includes(value)) return false;
  throw new InputError(
    name,
    `Input \`${name}\` must be one of true, false, yes, no, 1 or 0 (any case), not ${describe(raw)}. Fix the \`with:\` block of the step.`,
  );
}

/** Items separated by newlines or commas, trimmed, empty ones and repeats dropped, order kept. */
export function parseListInput(raw: string | undefined): string[] {
  const items = (raw ?? '')
    .split(/[\r\n,]+/)
    .map((item) => item.trim())
    .filter(Boolean);
  return [...new Set(items)];
}

interface IntegerInputOptions {
  readonly min?: number;
  readonly max?: number;
  /** Used when the input is empty. */
  readonly fallback?: number;
}

/** A whole decimal number within [min, max]; empty means `fallback` (an error when there is none). */
export function parseIntegerInput(name: string, raw: string | undefined, options: IntegerInputOptions = {}): number {
  const value = (raw ?? '').trim();
  const { min, max, fallback } = options;
  if (value === '' && fallback !== undefined) return fallback;
  const range =
    min !== undefined && max !== undefined
      ? ` from ${min} to ${max}`
      : min !== undefined
        ? ` of at least ${min}`
        : max !== undefined
          ? ` of at most ${max}`
          : '';
  const number = /^[+-]?\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || (min !== undefined && number < min) || (max !== undefined && number > max)) {
    throw new InputError(
      name,
      `Input \`${name}\` must be a whole number${range}, not ${describe(raw)}. Fix the \`with:\` block of the step.`,
    );
  }
  return number;
}

function describe(raw: string | undefined): string {
  if (raw === undefined || raw.trim() === '') return 'empty';
  const shown = raw.length > 60 ? `${raw.slice(0, 60)}…` : raw;
  return `"${shown.replace(/[\r\n]+/g, ' ')}"`;
}

/** A matrix cell is a handful of short values; anything this long is not one. */
const MAX_MATRIX_CHARS = 64 * 1024;

/**
 * `${{ toJSON(matrix) }}`: a JSON object in a matrix job; empty or `null` (what toJSON gives outside a matrix) is
 * null. Anything else is a mistake in the workflow and an InputError.
 */
export function parseMatrixInput(name: string, raw: string | undefined): Record<string, unknown> | null {
  const text = (raw ?? '').trim();
  if (text === '' || text === 'null') return null;
  let parsed: unknown;
  try {
    parsed = text.length <= MAX_MATRIX_CHARS ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  throw new InputError(
    name,
    `Input \`${name}\` must be the job's matrix as a JSON object, \`${name}: \${{ toJSON(matrix) }}\` (or nothing outside a matrix job), not ${describe(raw)}. Fix the \`with:\` block of the step.`,
  );
}
