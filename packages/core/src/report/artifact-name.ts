// The names of the report artifacts: part of the report contract, written by the actions (through the actions kit)
// and read back by the readiness bot, so both sides take the rule from here.
import { createHash } from 'node:crypto';
import type { EnvRecord } from '../env.js';

/** The file each report artifact holds. */
export const REPORT_FILE_NAME = 'wsl-ready-report.json';

/** A matrix cell as the actions take it: `${{ toJSON(matrix) }}` parsed, or null outside a matrix job. */
export type MatrixCell = Readonly<Record<string, unknown>> | null;

/**
 * Characters the artifact service refuses in a name (the upload-artifact rules: NTFS-hostile characters plus both
 * slashes), with the words its error uses.
 */
export const ARTIFACT_NAME_FORBIDDEN: ReadonlyMap<string, string> = new Map([
  ['"', 'double quote'],
  [':', 'colon'],
  ['<', 'less than'],
  ['>', 'greater than'],
  ['|', 'vertical bar'],
  ['*', 'asterisk'],
  ['?', 'question mark'],
  ['\r', 'carriage return'],
  ['\n', 'line feed'],
  ['\\', 'backslash'],
  ['/', 'forward slash'],
]);

export const REPORT_ARTIFACT_PREFIX = 'wsl-ready-report';
/** Keeps names readable in the UI and well below any service limit. */
const MAX_PART_LENGTH = 60;

/** Why the service would refuse this artifact name, or undefined when it is valid. */
export function artifactNameProblem(name: string): string | undefined {
  if (!name) return 'the artifact name is empty';
  for (const [char, words] of ARTIFACT_NAME_FORBIDDEN) {
    if (name.includes(char)) return `the artifact name "${name}" contains a ${words} (${JSON.stringify(char)})`;
  }
  return undefined;
}

/**
 * `wsl-ready-report-<job>-<suffix>`: one name per job and matrix cell. Forbidden and control characters, spaces
 * and runs of separators become one `-`; when that changed a part, a short hash of the original is appended so
 * two cells that differ only in such characters (`a/b` and `a:b`) still get different names.
 */
export function artifactName(job: string, suffix?: string): string {
  const parts = [REPORT_ARTIFACT_PREFIX, sanitizeArtifactNamePart(job) || 'job'];
  if (suffix !== undefined && suffix !== '') parts.push(sanitizeArtifactNamePart(suffix) || 'cell');
  return parts.join('-');
}

/** One part of an artifact name, safe for the service and for file names on every OS. */
export function sanitizeArtifactNamePart(part: string): string {
  const cleaned = part
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f":<>|*?\\/\s]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  const clamped = cleaned.length > MAX_PART_LENGTH ? cleaned.slice(0, MAX_PART_LENGTH).replace(/[-.]+$/, '') : cleaned;
  if (clamped === part) return clamped;
  const hash = createHash('sha256').update(part).digest('hex').slice(0, 8);
  return clamped ? `${clamped}-${hash}` : hash;
}

/** A suffix for one matrix cell from its values (`${{ toJSON(matrix) }}` parsed), in key order: `win22-2`. */
export function matrixCellSuffix(matrix: Readonly<Record<string, unknown>> | null | undefined): string {
  if (!matrix) return '';
  return Object.keys(matrix)
    .sort()
    .map((key) => {
      const value = matrix[key];
      return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
    })
    .join('-');
}

/**
 * `wsl-ready-report-<job>-<cell>-<step>[-attempt<N>]`: `artifactName` with the matrix cell (the `matrix`
 * input) and the step (`GITHUB_ACTION`: the step's id, or `__<owner>_<repo>[_N]` without one, unique within a job)
 * as the suffix. Names must be unique in a run, so every cell and every report-producing step of a job gets its
 * own, and a re-run attempt adds its number instead of colliding with the first attempt's artifact. The name is
 * stable across runs (no random part), so the readiness bot keeps one row per job, cell and step.
 */
export function reportArtifactName(env: EnvRecord, matrix: MatrixCell = null): string {
  const step = (env.GITHUB_ACTION ?? '').replace(/^_+/, '');
  const attempt = Number(env.GITHUB_RUN_ATTEMPT);
  const suffix = [matrixCellSuffix(matrix), step].filter((part) => part !== '').join('-');
  const name = artifactName(env.GITHUB_JOB || 'job', suffix);
  // Appended after the part is clamped: inside it, a long cell would cut or hash `-attempt<N>` away, and the
  // reader would take a re-run for another runner.
  return Number.isSafeInteger(attempt) && attempt > 1 ? `${name}-attempt${attempt}` : name;
}

/**
 * The reverse of `reportArtifactName` for readers (the readiness bot): the runner identity shared by every attempt
 * of a job's report, and the attempt that wrote it (1 when the name has no `-attempt<N>`).
 */
export function parseReportArtifactName(name: string): { runner: string; attempt: number } {
  const match = /^(.+)-attempt(\d{1,4})$/.exec(name);
  const attempt = match ? Number(match[2]) : 1;
  return match && attempt > 1 ? { runner: match[1]!, attempt } : { runner: name, attempt: 1 };
}
