/**
 * Parsers are total: any input in, a `Parsed<T>` out, never a throw.
 * `recognized` says whether the block the parser looks for was found at all;
 * `warnings` say what was odd (skipped lines, unknown labels) in words a user can act on.
 */
export interface Parsed<T> {
  recognized: boolean;
  value: T;
  warnings: string[];
}

export function parsed<T>(recognized: boolean, value: T, warnings: string[] = []): Parsed<T> {
  return { recognized, value, warnings };
}
