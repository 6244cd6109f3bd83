// The example transcripts under packages/core/examples: which machine each one is and how it was recorded.
import { readFileSync } from 'node:fs';
import { type DoctorOptions, runDoctor } from '../../src/checks/index.js';
import type { ReportV1 } from '../../src/report/index.js';
import { parseTranscript, RecordingRunner, ReplayRunner, type Transcript } from '../../src/runner/index.js';
import { fakeRunnerFor, MACHINES, type Machine } from './machines.js';

export const EXAMPLES_DIR = new URL('../../examples/', import.meta.url);
export const SNAPSHOT_DIR = new URL('./__snapshots__/', import.meta.url);
export const FIXED_NOW = new Date('2026-09-01T12:00:00.000Z');

/** Doctor options an example was recorded with (deep for the arm64 runner, to show the start failure). */
export function exampleOptions(machine: Machine): Pick<DoctorOptions, 'deep'> {
  return machine.name === 'arm64-runner' ? { deep: true } : {};
}

export interface ExampleFile extends Transcript {
  synthetic: boolean;
  note: string;
  doctor: { deep?: boolean };
}

/** Record the doctor against a machine model: the transcript a real machine of that shape would give. */
export async function recordExample(machine: Machine): Promise<ExampleFile> {
  const recorder = new RecordingRunner(fakeRunnerFor(machine), { now: () => FIXED_NOW });
  await runDoctor({
    runner: recorder,
    env: machine.env,
    platform: machine.platform,
    arch: machine.arch,
    readFile: async () => null,
    now: () => FIXED_NOW,
    ...exampleOptions(machine),
  });
  const transcript = recorder.transcript();
  // Concurrent probes finish in any order; a stable order keeps the files reviewable. Timing is not modelled.
  const calls = transcript.calls
    .map((call) => ({ ...call, durationMs: 0 }))
    .sort((a, b) => JSON.stringify([a.file, a.args]).localeCompare(JSON.stringify([b.file, b.args])));
  return {
    schema: transcript.schema,
    synthetic: true,
    note: `${machine.description} Synthetic: built from real output formats (wsl.exe resource strings and layouts, captured docker CLI output), not captured from a machine.`,
    doctor: exampleOptions(machine),
    recordedAt: FIXED_NOW.toISOString(),
    host: { platform: machine.platform, arch: machine.arch },
    calls,
  };
}

/** Replay an example file the way `wsl-ready --replay` does: only the transcript counts. */
export async function replayExample(name: string): Promise<ReportV1> {
  const text = readFileSync(new URL(`${name}.json`, EXAMPLES_DIR), 'utf8');
  const raw = JSON.parse(text) as ExampleFile;
  const transcript = parseTranscript(raw, `${name}.json`);
  return runDoctor({
    runner: new ReplayRunner(transcript, { source: `${name}.json` }),
    env: {},
    platform: transcript.host.platform as NodeJS.Platform,
    arch: transcript.host.arch,
    readFile: async () => null,
    now: () => FIXED_NOW,
    ...(raw.doctor ?? {}),
  });
}

export const EXAMPLE_NAMES = Object.keys(MACHINES);

/** Durations are wall-clock; everything else in a replayed report is fixed. */
export function stableReport(report: ReportV1): ReportV1 {
  return { ...report, checks: report.checks.map((check) => ({ ...check, durationMs: 0 })) };
}
