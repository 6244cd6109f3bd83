import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ARTIFACT_NAME_FORBIDDEN,
  artifactName,
  artifactNameProblem,
  matrixCellSuffix,
  parseReportArtifactName,
  reportArtifactName,
  sanitizeArtifactNamePart,
} from '../../src/report/artifact-name.js';

describe('artifactName', () => {
  it('joins prefix, job and matrix cell', () => {
    expect(artifactName('build', 'win22-2')).toBe('wsl-ready-report-build-win22-2');
    expect(artifactName('build')).toBe('wsl-ready-report-build');
  });

  it('replaces characters upload-artifact refuses and keeps cells apart with a hash', () => {
    const a = artifactName('test', 'windows-2022/Ubuntu:24.04');
    const b = artifactName('test', 'windows-2022:Ubuntu/24.04');
    expect(a).toMatch(/^wsl-ready-report-test-windows-2022-Ubuntu-24\.04-[0-9a-f]{8}$/);
    expect(a).not.toBe(b);
    expect(artifactNameProblem(a)).toBeUndefined();
  });

  it('never produces a name the service refuses, and distinct cells give distinct names', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (job, s1, s2) => {
        const n1 = artifactName(job, s1);
        expect(artifactNameProblem(n1)).toBeUndefined();
        expect(n1).not.toMatch(/[\u0000-\u001f\s]/);
        if (s1 !== s2 && s1 !== '' && s2 !== '') expect(n1).not.toBe(artifactName(job, s2));
      }),
    );
  });

  it('clamps long parts', () => {
    expect(sanitizeArtifactNamePart('x'.repeat(200)).length).toBeLessThanOrEqual(70);
  });

  it('explains a forbidden character', () => {
    expect(artifactNameProblem('a/b')).toMatch(/forward slash/);
    expect(artifactNameProblem('')).toMatch(/empty/);
    expect(ARTIFACT_NAME_FORBIDDEN.size).toBe(11);
  });

  it('derives a suffix from matrix values in key order', () => {
    expect(matrixCellSuffix({ os: 'windows-2025', distro: 'Ubuntu', wsl: 2 })).toBe('Ubuntu-windows-2025-2');
    expect(matrixCellSuffix(null)).toBe('');
  });
});

describe('reportArtifactName', () => {
  it('is the artifact name with the matrix cell and the step', () => {
    expect(reportArtifactName({ GITHUB_JOB: 'check', GITHUB_ACTION: 'docker' }, { os: 'windows-2025' })).toBe(
      artifactName('check', 'windows-2025-docker'),
    );
    expect(reportArtifactName({ GITHUB_JOB: 'check', GITHUB_ACTION: 'wsl' }, null)).toBe('wsl-ready-report-check-wsl');
  });

  it('two steps of one job, with or without ids, get two names', () => {
    const job = { GITHUB_JOB: 'e2e', GITHUB_RUN_ATTEMPT: '1' };
    const names = ['setup', 'check', '__wsl-ready_wsl-ready', '__wsl-ready_wsl-ready_2', '__self', '__self_2'].map(
      (step) => reportArtifactName({ ...job, GITHUB_ACTION: step }, { os: 'windows-2025' }),
    );
    expect(new Set(names).size).toBe(names.length);
    expect(names[4]).toBe('wsl-ready-report-e2e-windows-2025-self');
    for (const name of names) expect(artifactNameProblem(name)).toBeUndefined();
  });

  it('is the same on every run of the job, and a re-run attempt gets its own', () => {
    const step = { GITHUB_JOB: 'build', GITHUB_ACTION: 'wsl', GITHUB_RUN_ID: '1' };
    const first = reportArtifactName({ ...step, GITHUB_RUN_ATTEMPT: '1', RUNNER_NAME: 'a' }, null);
    expect(reportArtifactName({ ...step, GITHUB_RUN_ID: '2', RUNNER_NAME: 'b' }, null)).toBe(first);
    expect(reportArtifactName({ ...step, GITHUB_RUN_ATTEMPT: '2' }, null)).toBe('wsl-ready-report-build-wsl-attempt2');
  });
});

describe('parseReportArtifactName', () => {
  it('reads back the runner identity and the attempt that reportArtifactName wrote', () => {
    const step = { GITHUB_JOB: 'build', GITHUB_ACTION: 'wsl' };
    const first = reportArtifactName({ ...step, GITHUB_RUN_ATTEMPT: '1' }, { os: 'windows-2025' });
    const third = reportArtifactName({ ...step, GITHUB_RUN_ATTEMPT: '3' }, { os: 'windows-2025' });
    expect(parseReportArtifactName(first)).toEqual({ runner: first, attempt: 1 });
    expect(parseReportArtifactName(third)).toEqual({ runner: first, attempt: 3 });
  });

  it('reads back the attempt of a wide matrix cell, whose name part is clamped and hashed', () => {
    const step = { GITHUB_JOB: 'windows', GITHUB_ACTION: 'wsl' };
    const cell = { os: 'windows-2025', distro: 'Ubuntu-24.04', docker: 'docker-ce-in-wsl', arch: 'x64', wsl: '2.6.1' };
    const first = reportArtifactName({ ...step, GITHUB_RUN_ATTEMPT: '1' }, cell);
    const second = reportArtifactName({ ...step, GITHUB_RUN_ATTEMPT: '2' }, cell);
    expect(second).toBe(`${first}-attempt2`);
    expect(parseReportArtifactName(second)).toEqual({ runner: first, attempt: 2 });
    expect(artifactNameProblem(second)).toBeUndefined();
  });

  it('takes a name without a plausible attempt as attempt 1 of itself', () => {
    expect(parseReportArtifactName('wsl-ready-report-x-attempt1')).toEqual({
      runner: 'wsl-ready-report-x-attempt1',
      attempt: 1,
    });
    expect(parseReportArtifactName('wsl-ready-report-x-attempt12345').attempt).toBe(1);
  });
});
