import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fitStepSummary, STEP_SUMMARY_MAX_BYTES, SUMMARY_TRUNCATED_NOTE, writeJobSummary } from '../src/job-summary.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('fitStepSummary', () => {
  it('leaves a summary that fits untouched', () => {
    expect(fitStepSummary('# ok\n')).toEqual({ text: '# ok\n', truncated: false });
  });

  it('cuts at a line boundary, within the byte limit, with a note', () => {
    const line = `| ✓ | ${'é'.repeat(40)} |\n`;
    const markdown = line.repeat(20_000);
    expect(Buffer.byteLength(markdown)).toBeGreaterThan(STEP_SUMMARY_MAX_BYTES);
    const { text, truncated } = fitStepSummary(markdown);
    expect(truncated).toBe(true);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(STEP_SUMMARY_MAX_BYTES);
    expect(text.endsWith(SUMMARY_TRUNCATED_NOTE)).toBe(true);
    const body = text.slice(0, -SUMMARY_TRUNCATED_NOTE.length);
    expect(markdown.startsWith(`${body}\n`)).toBe(true);
    expect(body).not.toContain('\uFFFD');
  });

  it('handles a single huge line without splitting a character', () => {
    const { text } = fitStepSummary('✓'.repeat(400), 500);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(500);
    expect(text).not.toContain('\uFFFD');
  });
});

describe('writeJobSummary', () => {
  it('appends to GITHUB_STEP_SUMMARY counting what the step already wrote', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'summary-'));
    dirs.push(dir);
    const file = join(dir, 'step_summary');
    writeFileSync(file, 'x'.repeat(STEP_SUMMARY_MAX_BYTES - 1000));
    const result = await writeJobSummary(`${'line\n'.repeat(1000)}`, { GITHUB_STEP_SUMMARY: file });
    expect(result).toMatchObject({ written: true, truncated: true });
    expect(readFileSync(file).length).toBeLessThanOrEqual(STEP_SUMMARY_MAX_BYTES);
  });

  it('does nothing outside a job', async () => {
    expect(await writeJobSummary('# hi', {})).toEqual({ written: false, bytes: 0, truncated: false });
  });
});
