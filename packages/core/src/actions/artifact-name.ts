import { createHash } from 'node:crypto';

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
