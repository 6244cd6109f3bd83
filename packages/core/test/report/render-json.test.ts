import { describe, expect, it } from 'vitest';
import { type ReportV1, ReportValidationError, renderJson, validateReport } from '../../src/report/index.js';
import { fixtureReport } from './helpers.js';

describe('renderJson', () => {
  it('writes schema key order, sorted evidence, 2-space indent and a trailing newline', () => {
    const report = fixtureReport('not-ready.json');
    const shuffled = Object.fromEntries(Object.entries(report).reverse()) as ReportV1;
    shuffled.checks = report.checks.map((check) => ({
      ...check,
      ...(check.evidence ? { evidence: Object.fromEntries(Object.entries(check.evidence).reverse()) } : {}),
    }));
    const json = renderJson(shuffled);
    expect(json).toBe(renderJson(report));
    expect(json.startsWith('{\n  "schemaVersion": 1,\n  "tool": {\n    "name": "wsl-ready",')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json).toContain('"evidence": {\n        "engineOs": "windows",\n        "isolation": "process"\n      }');
    expect(JSON.parse(json)).toEqual(report);
  });

  it('drops unknown keys and always writes a valid report', () => {
    const report = { ...fixtureReport('ready.json'), extra: true } as ReportV1;
    const json = renderJson(report);
    expect(json).not.toContain('"extra"');
    expect(validateReport(JSON.parse(json)).ok).toBe(true);
  });

  it('never lets a "__proto__" evidence key reach a prototype', () => {
    const report = fixtureReport('ready.json');
    const evidence = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}');
    const json = renderJson({ ...report, checks: [{ ...report.checks[0]!, evidence }, ...report.checks.slice(1)] });
    const written = JSON.parse(json).checks[0].evidence;
    expect(written).toEqual({ a: 1 });
    expect(Object.getPrototypeOf(written)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses to write an invalid report', () => {
    const report = { ...fixtureReport('ready.json'), summary: { status: 'not-ready' } } as unknown as ReportV1;
    expect(() => renderJson(report)).toThrow(ReportValidationError);
  });
});
