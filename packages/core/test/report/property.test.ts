import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHECK_STATUSES,
  DISTRO_STATES,
  DOCKER_BACKENDS,
  HOST_OSES,
  type MatrixEntry,
  PHASE_STATUSES,
  REPORT_LIMITS,
  type ReportV1,
  renderJson,
  renderMarkdown,
  renderMatrixMarkdown,
  renderTerminal,
  summarize,
  validateReport,
} from '../../src/report/index.js';
import { HOSTILE, OUR_TAGS, outsideCodeSpans, tagsIn } from './helpers.js';

// Characters that mean something to Markdown, HTML, GitHub or a terminal.
const NASTY = fc.constantFrom(
  ...'<>&@#`|\\*_[]()~$!-+=.:/ \n\r\t'.split(''),
  'a',
  '1',
  'GH-',
  'https://',
  'www.',
  '\u001b',
  '\u202E',
  '\u0000',
  '\uD800',
  '😀',
  '<details>',
  '</summary>',
  '<!--',
  '&#64;',
);

function text(max: number): fc.Arbitrary<string> {
  return fc
    .oneof(
      fc.string({ maxLength: max, unit: NASTY }),
      fc.string({ maxLength: Math.min(max, 60), unit: 'binary' }),
      fc.constantFrom(...HOSTILE),
    )
    .map((value) => value.slice(0, max));
}

const short = text(REPORT_LIMITS.shortText);
const maybeShort = fc.option(short, { nil: null });
const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:/-]{0,30}$/);
const duration = fc.double({ min: 0, max: REPORT_LIMITS.durationMs, noNaN: true });

const check = fc.record(
  {
    id,
    area: fc.oneof(fc.constantFrom('wsl', 'docker', 'windows', 'distro'), id),
    title: short,
    status: fc.constantFrom(...CHECK_STATUSES),
    summary: text(REPORT_LIMITS.text),
    remediation: text(REPORT_LIMITS.longText),
    docsUrl: fc.oneof(
      fc.constantFrom(
        'https://learn.microsoft.com/windows/wsl/install',
        'https://evil.example/@x',
        'https://github.com/a_(b)|c',
      ),
      fc.webUrl({ validSchemes: ['https'] }),
    ),
    durationMs: duration,
    evidence: fc.dictionary(
      fc.string({ maxLength: REPORT_LIMITS.evidenceKey, unit: NASTY }),
      fc.oneof(text(200), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean()),
      { maxKeys: 6 },
    ),
  },
  { requiredKeys: ['id', 'area', 'title', 'status', 'summary', 'durationMs'] },
);

const distro = fc.record(
  {
    name: short,
    state: fc.constantFrom(...DISTRO_STATES),
    version: fc.constantFrom(1 as const, 2 as const, null),
    default: fc.boolean(),
    osRelease: fc.record({ id: short, prettyName: short }, { requiredKeys: [] }),
  },
  { requiredKeys: ['name', 'state', 'version', 'default'] },
);

const reportArbitrary: fc.Arbitrary<ReportV1> = fc
  .record(
    {
      tool: fc.record({ name: short, version: short }),
      generatedAt: fc
        .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
        .map((date) => date.toISOString()),
      source: fc.record({ kind: fc.constantFrom('action' as const, 'cli' as const), name: short }),
      host: fc.record(
        {
          os: fc.constantFrom(...HOST_OSES),
          arch: short,
          windowsBuild: short,
          windowsEdition: short,
          isWsl: fc.boolean(),
        },
        { requiredKeys: ['os', 'arch', 'isWsl'] },
      ),
      runner: fc.record({
        imageOs: maybeShort,
        imageVersion: maybeShort,
        environment: maybeShort,
        arch: short,
        name: short,
      }),
      run: fc.record({
        repository: fc.constantFrom('octo/widgets', 'a-b/c.d_e'),
        runId: fc.integer({ min: 1 }),
        runAttempt: fc.integer({ min: 1, max: 10 }),
        job: short,
        workflow: short,
        sha: fc.stringMatching(/^[0-9a-f]{40}$/),
      }),
      wsl: fc.record({
        installed: fc.boolean(),
        kind: fc.constantFrom('inbox' as const, 'store' as const, null),
        version: maybeShort,
        kernelVersion: maybeShort,
        wslgVersion: maybeShort,
        defaultDistribution: maybeShort,
        defaultVersion: fc.constantFrom(1 as const, 2 as const, null),
      }),
      distros: fc.array(distro, { maxLength: 4 }),
      docker: fc.record({
        cliVersion: maybeShort,
        context: maybeShort,
        endpoint: maybeShort,
        backend: fc.constantFrom(...DOCKER_BACKENDS),
        engineOs: fc.constantFrom('linux' as const, 'windows' as const, null),
        serverVersion: maybeShort,
        desktopVersion: maybeShort,
        linuxContainers: fc.constantFrom(true, false, null),
      }),
      checks: fc.array(check, { maxLength: 25 }),
      phases: fc.array(fc.record({ name: short, durationMs: duration, status: fc.constantFrom(...PHASE_STATUSES) }), {
        maxLength: 4,
      }),
      warnings: fc.array(text(REPORT_LIMITS.text), { maxLength: 3 }),
    },
    { requiredKeys: ['tool', 'generatedAt', 'source', 'host', 'distros', 'checks'] },
  )
  .map((parts) => ({ schemaVersion: 1 as const, ...parts, summary: summarize(parts.checks) }));

function expectSafe(markdown: string): void {
  expect(markdown.length).toBeLessThanOrEqual(60_000);
  for (const tag of tagsIn(markdown)) expect(OUR_TAGS.has(tag), tag).toBe(true);
  const prose = outsideCodeSpans(markdown).replace(/\]\([^)\s]*\)/g, ']');
  expect(prose).not.toMatch(/@[A-Za-z0-9_-]/);
  expect(prose).not.toMatch(/(?<!&)#\d/);
}

describe('any valid report', () => {
  it('validates (the generator makes valid reports)', () => {
    fc.assert(
      fc.property(reportArbitrary, (report) => {
        const result = validateReport(report);
        expect(result.ok ? [] : result.errors).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('renders to safe Markdown within the size limit, a clean terminal text and round-tripping JSON', () => {
    fc.assert(
      fc.property(reportArbitrary, fc.integer({ min: 1000, max: 60_000 }), (report, maxLength) => {
        expectSafe(renderMarkdown(report));
        expect(renderMarkdown(report, { maxLength }).length).toBeLessThanOrEqual(maxLength);
        const terminal = renderTerminal(report, { color: false, width: 60 });
        expect(terminal).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
        const json = renderJson(report);
        const again = validateReport(JSON.parse(json));
        expect(again.ok).toBe(true);
        if (again.ok) expect(renderJson(again.report)).toBe(json);
      }),
      { numRuns: 150 },
    );
  });

  it('renders in a matrix, deterministically, to safe Markdown within the size limit', () => {
    const entry: fc.Arbitrary<MatrixEntry> = fc.record({
      report: reportArbitrary,
      label: text(100),
      runUrl: fc.constantFrom('https://github.com/o/r/actions/runs/1', 'javascript:alert(1)', 'https://evil.example/'),
      runId: fc.integer({ min: 1 }),
      runAttempt: fc.integer({ min: 1, max: 5 }),
      sha: fc.oneof(fc.stringMatching(/^[0-9a-f]{40}$/), text(50)),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), fc.array(entry, { maxLength: 3 }), (entries, previous) => {
        const markdown = renderMatrixMarkdown(entries, { previous: [...previous, ...entries.slice(1)] });
        expectSafe(markdown);
        expect(renderMatrixMarkdown([...entries].reverse(), { previous: [...previous, ...entries.slice(1)] })).toBe(
          markdown,
        );
      }),
      { numRuns: 60 },
    );
  });
});
