// The runner drops a step summary bigger than 1 MiB (and says so as an error); keep ours under the limit.

import { appendFile, stat } from 'node:fs/promises';
import type { EnvRecord } from '@wsl-ready/core';

export const STEP_SUMMARY_MAX_BYTES = 1024 * 1024;
export const SUMMARY_TRUNCATED_NOTE =
  "\n\n> [!NOTE]\n> This summary was shortened to fit GitHub's 1 MiB step summary limit; the full report is in the job's artifact.\n";

/**
 * `markdown` cut at a line boundary so that it fits in `maxBytes` of UTF-8, with a note saying so. Text that
 * already fits is returned unchanged.
 */
export function fitStepSummary(
  markdown: string,
  maxBytes: number = STEP_SUMMARY_MAX_BYTES,
): { text: string; truncated: boolean } {
  if (Buffer.byteLength(markdown, 'utf8') <= maxBytes) return { text: markdown, truncated: false };
  const budget = maxBytes - Buffer.byteLength(SUMMARY_TRUNCATED_NOTE, 'utf8');
  if (budget <= 0) return { text: '', truncated: true };
  // Decode the first `budget` bytes; a character split at the edge becomes U+FFFD and goes with the partial line.
  const head = Buffer.from(markdown, 'utf8').subarray(0, budget).toString('utf8');
  const lastNewline = head.lastIndexOf('\n');
  const cut = lastNewline > 0 ? head.slice(0, lastNewline) : head.replace(/\uFFFD+$/, '');
  return { text: `${cut}${SUMMARY_TRUNCATED_NOTE}`, truncated: true };
}

interface JobSummaryResult {
  /** False outside a job (no `GITHUB_STEP_SUMMARY`) or when nothing fitted. */
  readonly written: boolean;
  readonly bytes: number;
  readonly truncated: boolean;
}

/** Append `markdown` to this step's summary file, shortened so the whole file stays within the limit. */
export async function writeJobSummary(markdown: string, env: EnvRecord): Promise<JobSummaryResult> {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return { written: false, bytes: 0, truncated: false };
  const used = await stat(file).then(
    (info) => info.size,
    () => 0,
  );
  const { text, truncated } = fitStepSummary(markdown, STEP_SUMMARY_MAX_BYTES - used);
  if (!text) return { written: false, bytes: 0, truncated };
  await appendFile(file, text, 'utf8');
  return { written: true, bytes: Buffer.byteLength(text, 'utf8'), truncated };
}
