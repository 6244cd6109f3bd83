import * as z from 'zod';
import { reportV1Schema } from './schema.js';

/**
 * Report v1 as a JSON Schema (draft 2020-12) for consumers outside TypeScript. It describes what a consumer
 * accepts (zod's "input" view): unknown keys are allowed because they are stripped, not rejected. The rule
 * "summary agrees with checks" cannot be expressed in JSON Schema and is only enforced by `validateReport`.
 */
export function reportV1JsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(reportV1Schema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
}

/**
 * The exact text of the committed `packages/core/schema/report-v1.json`.
 * Regenerate it with `node packages/core/scripts/generate-schema.mjs`.
 */
export function renderReportV1JsonSchema(): string {
  return `${JSON.stringify(reportV1JsonSchema(), null, 2)}\n`;
}
