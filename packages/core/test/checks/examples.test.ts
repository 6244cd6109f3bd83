import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateReport } from '../../src/report/index.js';
import { parseTranscript } from '../../src/runner/index.js';
import { EXAMPLE_NAMES, EXAMPLES_DIR, recordExample, replayExample, SNAPSHOT_DIR, stableReport } from './examples.js';
import { MACHINES } from './machines.js';

describe('examples/', () => {
  if (process.env.WSL_READY_UPDATE_EXAMPLES === '1') {
    it('rewrites the example transcripts from the machine models', async () => {
      for (const machine of Object.values(MACHINES)) {
        const example = await recordExample(machine);
        writeFileSync(new URL(`${machine.name}.json`, EXAMPLES_DIR), `${JSON.stringify(example, null, 2)}\n`);
      }
    });
  }

  it.each(EXAMPLE_NAMES)('%s is a valid transcript that the models still produce', async (name) => {
    const { readFileSync } = await import('node:fs');
    const stored = JSON.parse(readFileSync(new URL(`${name}.json`, EXAMPLES_DIR), 'utf8'));
    expect(stored.synthetic).toBe(true);
    expect(() => parseTranscript(stored)).not.toThrow();
    // A change of probes shows up here first: regenerate with WSL_READY_UPDATE_EXAMPLES=1 and review the diff.
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
