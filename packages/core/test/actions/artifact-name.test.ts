import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ARTIFACT_NAME_FORBIDDEN,
  artifactName,
  artifactNameProblem,
  matrixCellSuffix,
  sanitizeArtifactNamePart,
} from '../../src/actions/index.js';

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
