import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportV1 } from '@wsl-ready/core';
import type { Env } from './host.js';

/** The file name inside the artifact; the readiness bot reads exactly this. */
export const REPORT_FILE_NAME = 'wsl-ready-report.json';
export const ARTIFACT_PREFIX = 'wsl-ready-report';

/** Uploads one file as a workflow artifact; resolves with the artifact id when the service says it. */
export type ReportUploader = (artifactName: string, file: string) => Promise<{ id?: number | string } | undefined>;

/**
 * `wsl-ready-report-<job>-<suffix>`: the job id, then what tells matrix cells apart (image, architecture, the step)
 * plus a few random characters, because two cells of one job can share all of those and artifact names must be
 * unique within a run. Only characters the artifact service accepts.
 */
export function reportArtifactName(env: Env, random: () => string = () => randomBytes(3).toString('hex')): string {
  const part = (value: string | undefined, fallback: string) =>
    (value ?? '')
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || fallback;
  const job = part(env.GITHUB_JOB, 'job');
  const image = part(env.ImageOS ?? env.RUNNER_OS, 'runner').toLowerCase();
  const arch = part(env.RUNNER_ARCH, 'arch').toLowerCase();
  const step = part(env.GITHUB_ACTION, 'docker-backend-check');
  return `${ARTIFACT_PREFIX}-${job}-${image}-${arch}-${step}-${random()}`;
}

/** Writes the report under `RUNNER_TEMP` (or the OS temp dir) in a folder of its own; returns the file path. */
export async function writeReportFile(report: ReportV1, env: Env): Promise<string> {
  const base = env.RUNNER_TEMP || tmpdir();
  const dir = join(base, `wsl-ready-docker-backend-check-${Date.now()}-${randomBytes(3).toString('hex')}`);
  await mkdir(dir, { recursive: true });
  const file = join(dir, REPORT_FILE_NAME);
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
  return file;
}
