// Issue 5's test on the twin: the real CLI records a doctor run against each scenario, then replays the
// transcript with nothing of the twin left (no state, no engines, no stand-ins, a clean environment) and must
// print the same report. The live report is also held against the doctor's synthetic example of the same machine
// (packages/core/examples/, replayed by the same CLI), which cross-checks the examples against the twin.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeOutput } from '@wsl-ready/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getScenario, SCENARIOS } from '../../src/scenarios/catalogue.js';
import { startScenario } from '../../src/scenarios/start.js';
import { probeIsolation } from '../../src/wsl/distro-exec.js';
import { buildCli, CLI, cleanEnv, parseReport, REPO_ROOT, type ReportLite, run } from './helpers.js';

/** A check where the twin and the example disagree for a reason that lies in the twin, not in the doctor. */
interface TwinGap {
  check: string;
  twin: string;
  example: string;
  why: string;
  /** A report fact the same cause changes: `section.field` → the twin's value and the example's. */
  facts?: Record<string, { twin: unknown; example: unknown }>;
}

interface Expectation {
  /** The example transcript (packages/core/examples/<example>.json) holding the expected report. */
  example: string;
  gaps: TwinGap[];
  /** Runs a command inside a distribution, so it needs the twin's chroot isolation. */
  needsIsolation?: boolean;
}

// No known gaps today. The twin once differed in two places, both now modelled: commands inside a distro saw the
// host's /proc (no WSLInterop entry, PID 1 not systemd), and the inbox `wsl --status` always printed a kernel line.
// A gap found later goes here, with the reason, and the test holds the twin to exactly that difference.

const EXPECTATIONS: Record<string, Expectation> = {
  'windows-2025-runner': { example: 'windows-2025-runner', gaps: [] },
  'windows-2022-runner': { example: 'windows-2022-runner', gaps: [] },
  'desktop-wsl2-laptop': { example: 'desktop-wsl2-laptop', gaps: [], needsIsolation: true },
  'desktop-hyperv': { example: 'desktop-hyperv', gaps: [] },
  'desktop-windows-containers': { example: 'desktop-windows-containers', gaps: [] },
  'arm64-runner': { example: 'arm64-runner', gaps: [] },
  'wsl-not-installed': { example: 'wsl-not-installed', gaps: [] },
  // The same laptop in Korean: wsl.exe's localized output must not change a single verdict.
  'ko-kr-laptop': { example: 'desktop-wsl2-laptop', gaps: [], needsIsolation: true },
};

interface TranscriptCall {
  file: string;
  args: string[];
  stdout?: string;
}

/** Fields that differ between a live run and its replay for a legitimate reason: each check's wall time. */
function withoutTimings(report: ReportLite): ReportLite {
  return { ...report, checks: report.checks.map(({ durationMs: _ignored, ...check }) => check) };
}

/** The verdict a report would have from these statuses (fail → not-ready, warn → degraded). */
function verdictOf(statuses: readonly string[]): string {
  if (statuses.some((s) => s === 'fail' || s === 'error')) return 'not-ready';
  if (statuses.includes('warn')) return 'degraded';
  return 'ready';
}

const isolation = probeIsolation();
const work = mkdtempSync(join(tmpdir(), 'wsl-twin-record-replay-'));
const exampleReports = new Map<string, Promise<ReportLite>>();

function exampleReport(example: string): Promise<ReportLite> {
  let report = exampleReports.get(example);
  if (!report) {
    const file = join(REPO_ROOT, 'packages', 'core', 'examples', `${example}.json`);
    report = run(process.execPath, [CLI, '--json', '--replay', file], cleanEnv()).then((r) =>
      parseReport(r.stdout, `replay of ${example}`),
    );
    exampleReports.set(example, report);
  }
  return report;
}

beforeAll(() => buildCli(), 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('every scenario that mirrors an example has an expectation', () => {
  it('lists each mirroring scenario, and only known scenarios', () => {
    const mirroring = SCENARIOS.filter((s) => s.example).map((s) => s.name);
    for (const name of mirroring) expect(EXPECTATIONS[name]?.example, name).toBe(getScenario(name)?.example);
    for (const name of Object.keys(EXPECTATIONS)) expect(getScenario(name), name).toBeDefined();
  });
});

describe.concurrent('record on the twin, replay anywhere', () => {
  for (const [name, expectation] of Object.entries(EXPECTATIONS)) {
    it(`${name}: the replay prints the live report, and it matches the ${expectation.example} example`, async () => {
      const scenario = await startScenario(name);
      const transcript = join(work, `${name}.json`);
      const args = [...(scenario.definition.doctorArgs ?? [])];
      let liveRun: Awaited<ReturnType<typeof run>>;
      try {
        liveRun = await run(process.execPath, [CLI, '--json', '--record', transcript, ...args], cleanEnv(scenario.env));
      } finally {
        await scenario.close();
      }
      expect(liveRun.timedOut).toBe(false);
      const live = parseReport(liveRun.stdout, `live run of ${name}`);
      expect(liveRun.code, liveRun.stderr).toBe(live.summary.status === 'not-ready' ? 1 : 0);

      // Nothing of the twin exists any more: the transcript alone must give the same report.
      const replayRun = await run(process.execPath, [CLI, '--json', '--replay', transcript], cleanEnv());
      const replay = parseReport(replayRun.stdout, `replay of ${name}`);
      expect(replayRun.code).toBe(liveRun.code);
      expect(withoutTimings(replay)).toEqual(withoutTimings(live));
      if (scenario.definition.wsl.locale && scenario.definition.wsl.locale !== 'en-US') {
        // The run really read localized wsl.exe output (labels in the display language, values unchanged).
        const recorded = JSON.parse(readFileSync(transcript, 'utf8')) as { calls: TranscriptCall[] };
        const version = recorded.calls.find((c) => c.args.join(' ') === '--version');
        const text = decodeOutput(Buffer.from(version?.stdout ?? '', 'base64'));
        expect(text).toContain('2.5.10.0');
        expect(text).not.toContain('WSL version:');
      }

      if (expectation.needsIsolation && !isolation.ok) {
        console.warn(`${name}: the example comparison is skipped: ${isolation.reason}`);
        return;
      }
      const example = await exampleReport(expectation.example);
      const exampleStatus = new Map(example.checks.map((c) => [c.id, c.status]));
      const twinStatus = new Map(live.checks.map((c) => [c.id, c.status]));
      expect([...twinStatus.keys()]).toEqual([...exampleStatus.keys()]);
      const differences = live.checks
        .filter((c) => exampleStatus.get(c.id) !== c.status)
        .map((c) => ({ check: c.id, twin: c.status, example: exampleStatus.get(c.id), summary: c.summary }));
      // Exactly the known gaps differ (a fixed twin makes this fail, so the gap list stays true).
      expect(differences.map(({ summary: _s, ...d }) => d)).toEqual(
        expectation.gaps.map(({ check, twin, example }) => ({ check, twin, example })),
      );
      const failing = (r: ReportLite) => r.checks.filter((c) => c.status === 'fail').map((c) => c.id);
      expect(failing(live)).toEqual(failing(example));
      expect(live.summary.status).toBe(verdictOf([...twinStatus.values()]));
      if (expectation.gaps.length === 0) expect(live.summary.status).toBe(example.summary.status);
      // Without the gaps, the twin's verdict is the example's.
      const patched = live.checks.map((c) => exampleStatus.get(c.id) ?? c.status);
      expect(verdictOf(patched)).toBe(example.summary.status);

      // The machine facts agree too (engine and Desktop versions do not: the twin's profiles are other captures).
      const facts = (r: ReportLite) => {
        const wsl = r.wsl as Record<string, unknown> | undefined;
        const docker = r.docker as Record<string, unknown> | undefined;
        const host = r.host as Record<string, unknown>;
        return {
          host: { os: host.os, arch: host.arch, windowsBuild: host.windowsBuild, windowsEdition: host.windowsEdition },
          wsl,
          distros: r.distros,
          docker: docker && {
            context: docker.context,
            endpoint: docker.endpoint,
            backend: docker.backend,
            engineOs: docker.engineOs,
            linuxContainers: docker.linuxContainers,
          },
        };
      };
      const liveFacts = facts(live);
      for (const gap of expectation.gaps) {
        for (const [path, values] of Object.entries(gap.facts ?? {})) {
          const [section, field] = path.split('.') as [keyof typeof liveFacts, string];
          const holder = liveFacts[section] as Record<string, unknown>;
          expect(holder[field], path).toEqual(values.twin);
          holder[field] = values.example;
        }
      }
      expect(liveFacts).toEqual(facts(example));
    }, 60_000);
  }
});
