import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createReport,
  MAX_VALIDATION_ERRORS,
  REPORT_LIMITS,
  ReportValidationError,
  renderReportV1JsonSchema,
  reportV1JsonSchema,
  summarize,
  validateReport,
} from '../../src/report/index.js';
import { fixtureReport, loadFixture } from './helpers.js';

function errorsOf(value: unknown): string[] {
  const result = validateReport(value);
  if (result.ok) throw new Error('expected the report to be rejected');
  return result.errors;
}

describe('validateReport', () => {
  it('accepts a complete report and a minimal one', () => {
    for (const name of ['ready.json', 'not-ready.json', 'minimal.json']) {
      const result = validateReport(loadFixture(name));
      expect(result.ok, name).toBe(true);
    }
    const result = validateReport(loadFixture('ready.json'));
    expect(result.ok && result.report).toEqual(loadFixture('ready.json'));
  });

  it('strips keys a newer 1.x producer added instead of rejecting them', () => {
    const newer = {
      ...fixtureReport('ready.json'),
      futureField: { nested: [1, 2, 3] },
      host: { ...fixtureReport('ready.json').host, gpu: 'yes' },
    };
    const result = validateReport(newer);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report).not.toHaveProperty('futureField');
    expect(result.report.host).not.toHaveProperty('gpu');
  });

  it('names the path and the problem for wrong types and values', () => {
    const report = fixtureReport('not-ready.json');
    const errors = errorsOf({
      ...report,
      schemaVersion: 2,
      host: { ...report.host, isWsl: 'no' },
      distros: [{ ...report.distros[0], version: 3, state: 'Sleeping' }],
      docker: { ...report.docker, backend: 'kubernetes' },
      checks: [{ ...report.checks[0], status: 'passed', durationMs: -1 }, ...report.checks.slice(1)],
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^schemaVersion: .*expected 1/),
        'host.isWsl: Invalid input: expected boolean, received string',
        expect.stringMatching(/^distros\[0\]\.version: /),
        expect.stringMatching(/^distros\[0\]\.state: Invalid option: expected one of "Running"/),
        expect.stringMatching(/^docker\.backend: Invalid option: expected one of "desktop-wsl2"/),
        expect.stringMatching(/^checks\[0\]\.status: /),
        expect.stringMatching(/^checks\[0\]\.durationMs: Too small/),
      ]),
    );
  });

  it('rejects huge strings and overlong lists by their bounds', () => {
    const report = fixtureReport('ready.json');
    const huge = 'x'.repeat(100_000);
    const errors = errorsOf({
      ...report,
      host: { ...report.host, windowsEdition: huge },
      checks: Array.from({ length: REPORT_LIMITS.checks + 1 }, () => ({ ...report.checks[0], summary: 'ok' })),
    });
    expect(errors).toContain('host.windowsEdition: Too big: expected string to have <=200 characters');
    expect(errors).toContain('checks: Too big: expected array to have <=500 items');
    // The messages never echo the data back.
    expect(errors.join('\n').length).toBeLessThan(2000);
  });

  it('rejects deep junk with a short, readable error list', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 5000; i += 1) deep = { a: deep, b: [deep] };
    const junkChecks = Array.from({ length: 300 }, (_, i) => ({ id: i, evidence: { k: deep } }));
    const errors = errorsOf({ schemaVersion: 1, host: [[[deep]]], checks: junkChecks, distros: deep, wsl: deep });
    expect(errors).toHaveLength(MAX_VALIDATION_ERRORS);
    expect(errors.at(-1)).toMatch(/^…and \d+ more problems$/);
    expect(errors).toContain('host: Invalid input: expected object, received array');
    for (const line of errors) expect(line.length).toBeLessThan(200);
  });

  it('quotes odd record keys in paths', () => {
    const report = fixtureReport('ready.json');
    const evidence = { 'line\nbreak <b>': { nested: true } };
    const errors = errorsOf({ ...report, checks: [{ ...report.checks[0], evidence }, ...report.checks.slice(1)] });
    expect(errors).toEqual(['checks[0].evidence["line break <b>"]: expected a string, number or boolean']);
  });

  it('rejects non-objects and wrong formats', () => {
    expect(errorsOf('{"schemaVersion":1}')).toEqual(['(root): Invalid input: expected object, received string']);
    expect(errorsOf(null)).toEqual(['(root): Invalid input: expected object, received null']);
    const report = fixtureReport('ready.json');
    const errors = errorsOf({
      ...report,
      generatedAt: 'yesterday',
      run: { ...report.run, sha: 'not-a-sha', repository: '../etc' },
      checks: [{ ...report.checks[0], id: 'has space', docsUrl: 'javascript:alert(1)' }, ...report.checks.slice(1)],
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        'generatedAt: Invalid ISO datetime',
        'run.sha: expected a hexadecimal commit SHA',
        'run.repository: expected owner/name',
        'checks[0].id: expected an id of letters, digits and . _ : / -',
        'checks[0].docsUrl: expected an https URL',
      ]),
    );
  });

  it('requires the summary to agree with the checks', () => {
    const report = fixtureReport('not-ready.json');
    const errors = errorsOf({ ...report, summary: { status: 'ready', counts: { ...report.summary.counts, fail: 0 } } });
    expect(errors).toEqual([
      'summary.status: expected "not-ready" for these checks, got "ready"',
      'summary.counts.fail: expected 3 (the number of "fail" checks), got 0',
    ]);
  });
});

describe('summarize', () => {
  it('is not-ready on any fail or error, degraded on any warn, else ready', () => {
    expect(summarize([])).toEqual({ status: 'ready', counts: { pass: 0, warn: 0, fail: 0, skip: 0, error: 0 } });
    expect(summarize([{ status: 'pass' }, { status: 'skip' }]).status).toBe('ready');
    expect(summarize([{ status: 'pass' }, { status: 'warn' }]).status).toBe('degraded');
    expect(summarize([{ status: 'warn' }, { status: 'error' }]).status).toBe('not-ready');
    expect(summarize([{ status: 'fail' }, { status: 'fail' }, { status: 'warn' }])).toEqual({
      status: 'not-ready',
      counts: { pass: 0, warn: 1, fail: 2, skip: 0, error: 0 },
    });
  });
});

describe('createReport', () => {
  const now = () => new Date('2026-05-04T10:00:00.000Z');

  it('fills defaults and derives the summary', () => {
    const report = createReport(
      { host: { os: 'windows', arch: 'x64', isWsl: false }, checks: fixtureReport('not-ready.json').checks },
      { now },
    );
    expect(report).toMatchObject({
      schemaVersion: 1,
      tool: { name: 'wsl-ready', version: expect.any(String) },
      generatedAt: '2026-05-04T10:00:00.000Z',
      source: { kind: 'cli', name: 'wsl-ready' },
      distros: [],
      summary: { status: 'not-ready', counts: { pass: 2, warn: 1, fail: 3, skip: 0, error: 1 } },
    });
    expect(validateReport(report).ok).toBe(true);
  });

  it('defaults the host to this process', () => {
    const report = createReport({}, { now });
    expect(report.host).toEqual({
      os: process.platform === 'win32' ? 'windows' : process.platform,
      arch: process.arch,
      isWsl: false,
    });
    expect(report.summary.status).toBe('ready');
  });

  it('clamps chatty tool output and cuts overlong lists with a warning', () => {
    const base = fixtureReport('ready.json').checks[0]!;
    const checks = Array.from({ length: 600 }, (_, i) => ({
      ...base,
      id: `c${i}`,
      summary: 's'.repeat(10_000),
      remediation: 'r'.repeat(10_000),
      ...(i === 0
        ? { evidence: Object.fromEntries(Array.from({ length: 80 }, (_, k) => [`k${k}`, 'v'.repeat(5000)])) }
        : {}),
    }));
    const report = createReport({ checks }, { now });
    expect(report.checks).toHaveLength(REPORT_LIMITS.checks);
    expect(report.checks[0]!.summary).toHaveLength(REPORT_LIMITS.text);
    expect(report.checks[0]!.summary.endsWith('…')).toBe(true);
    expect(report.checks[0]!.remediation).toHaveLength(REPORT_LIMITS.longText);
    expect(Object.keys(report.checks[0]!.evidence ?? {})).toHaveLength(REPORT_LIMITS.evidenceEntries);
    expect(report.checks[0]!.evidence?.k0).toHaveLength(REPORT_LIMITS.evidenceValue);
    expect(report.warnings).toEqual(['100 checks were left out (a report holds at most 500).']);
  });

  it('throws a ReportValidationError that names the bad field', () => {
    const call = () => createReport({ host: { os: 'beos' as 'other', arch: 'x64', isWsl: false } }, { now });
    expect(call).toThrow(ReportValidationError);
    expect(call).toThrow(/host\.os: Invalid option/);
  });
});

describe('JSON Schema', () => {
  it('matches the committed packages/core/schema/report-v1.json (regenerate: node packages/core/scripts/generate-schema.mjs)', () => {
    const committed = readFileSync(new URL('../../schema/report-v1.json', import.meta.url), 'utf8');
    expect(renderReportV1JsonSchema(), 'schema/report-v1.json is stale').toBe(committed);
  });

  it('describes the bounds and enums consumers rely on', () => {
    const schema = reportV1JsonSchema() as {
      $schema: string;
      required: string[];
      properties: Record<string, { items?: { properties?: Record<string, unknown> }; maxItems?: number }>;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'schemaVersion',
        'tool',
        'generatedAt',
        'source',
        'host',
        'distros',
        'checks',
        'summary',
      ]),
    );
    expect(schema.properties.checks?.maxItems).toBe(500);
    expect(schema.properties.checks?.items?.properties?.status).toEqual({
      type: 'string',
      enum: ['pass', 'warn', 'fail', 'skip', 'error'],
    });
  });
});
