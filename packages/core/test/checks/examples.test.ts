// The committed examples (packages/core/examples, written by packages/core/scripts/generate-examples.mjs) are what
// the machine models give, and each replays to its reviewed report snapshot.
import { describe, expect, it } from 'vitest';
import { validateReport } from '../../src/report/index.js';
import { parseTranscript } from '../../src/runner/index.js';
import { EXAMPLE_NAMES, EXAMPLES_DIR, recordExample, replayExample, SNAPSHOT_DIR, stableReport } from './examples.js';
import { MACHINES } from './machines.js';

describe('examples/', () => {
  it.each(EXAMPLE_NAMES)('%s is a valid transcript that the models still produce', async (name) => {
    const { readFileSync } = await import('node:fs');
    const stored = JSON.parse(readFileSync(new URL(`${name}.json`, EXAMPLES_DIR), 'utf8'));
    expect(stored.synthetic).toBe(true);
    expect(() => parseTranscript(stored)).not.toThrow();
    // A change of probes shows up here first: run node packages/core/scripts/generate-examples.mjs and review the diff.
    expect(JSON.parse(JSON.stringify(await recordExample(MACHINES[name]!)))).toEqual(stored);
  });

  it.each(EXAMPLE_NAMES)('%s replays to a valid report that matches its reviewed snapshot', async (name) => {
    const report = await replayExample(name);
    const validation = validateReport(JSON.parse(JSON.stringify(report)));
    expect(validation.ok ? [] : validation.errors).toEqual([]);
    await expect(`${JSON.stringify(stableReport(report), null, 2)}\n`).toMatchFileSnapshot(
      new URL(`${name}.report.json`, SNAPSHOT_DIR).pathname,
    );
  });
});
