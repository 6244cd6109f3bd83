// What an action knows about the job it runs in, from the runner's variables: the Report v1 `runner` and `run`
// sections, the report artifact's name and the run's URL. One rule for every action, so reports from setup-wsl2
// and docker-backend-check line up in the readiness bot.

import { readRunnerFacts } from '../host/runner-env.js';
import type { ReportInput } from '../report/create.js';
import { REPORT_LIMITS, type ReportRun } from '../report/schema.js';
import { artifactName, matrixCellSuffix } from './artifact-name.js';
import type { EnvLike } from './service-env.js';

/** A matrix cell as the actions take it: `${{ toJSON(matrix) }}` parsed, or null outside a matrix job. */
export type MatrixCell = Readonly<Record<string, unknown>> | null;

const REPOSITORY = /^[A-Za-z0-9-]+\/(?!\.\.?$)[A-Za-z0-9_.-]+$/;
const SHA = /^[0-9a-f]{7,64}$/i;

/**
 * The workflow run (`GITHUB_REPOSITORY`, `GITHUB_RUN_ID`, `GITHUB_RUN_ATTEMPT`, `GITHUB_JOB`, `GITHUB_WORKFLOW`,
 * `GITHUB_SHA`) and the matrix cell as `matrixKey`; undefined unless every field has the shape Report v1 demands
 * (the values are self-reported, so they are checked, never trusted).
 */
export function readRunFacts(env: EnvLike, matrix: MatrixCell = null): ReportRun | undefined {
  const runId = Number(env.GITHUB_RUN_ID);
  const runAttempt = Number(env.GITHUB_RUN_ATTEMPT || '1');
  const repository = env.GITHUB_REPOSITORY ?? '';
  const sha = env.GITHUB_SHA ?? '';
  if (!Number.isSafeInteger(runId) || runId <= 0 || !Number.isSafeInteger(runAttempt) || runAttempt <= 0)
    return undefined;
  if (!REPOSITORY.test(repository) || !SHA.test(sha)) return undefined;
  const run: ReportRun = {
    repository,
    runId,
    runAttempt,
    job: clip(env.GITHUB_JOB) ?? 'unknown',
    workflow: clip(env.GITHUB_WORKFLOW) ?? 'unknown',
    sha,
  };
  const matrixKey = clip(matrixCellSuffix(matrix));
  if (matrixKey) run.matrixKey = matrixKey;
  return run;
}

/** The report's `runner` and `run` sections (the core's runner rule, the run above); empty off a runner. */
export function actionRunContext(env: EnvLike, matrix: MatrixCell = null): Pick<ReportInput, 'runner' | 'run'> {
  const runner = readRunnerFacts(env);
  const run = readRunFacts(env, matrix);
  return { ...(runner ? { runner } : {}), ...(run ? { run } : {}) };
}

/**
 * `wsl-ready-report-<job>-<cell>-<step>[-attempt<N>]`: the kit's `artifactName` with the matrix cell (the `matrix`
 * input) and the step (`GITHUB_ACTION`: the step's id, or `__<owner>_<repo>[_N]` without one, unique within a job)
 * as the suffix. Names must be unique in a run, so every cell and every report-producing step of a job gets its
 * own, and a re-run attempt adds its number instead of colliding with the first attempt's artifact. The name is
 * stable across runs (no random part), so the readiness bot keeps one row per job, cell and step.
 */
export function reportArtifactName(env: EnvLike, matrix: MatrixCell = null): string {
  const step = (env.GITHUB_ACTION ?? '').replace(/^_+/, '');
  const attempt = Number(env.GITHUB_RUN_ATTEMPT);
  const suffix = [
    matrixCellSuffix(matrix),
    step,
    Number.isSafeInteger(attempt) && attempt > 1 ? `attempt${attempt}` : '',
  ]
    .filter((part) => part !== '')
    .join('-');
  return artifactName(env.GITHUB_JOB || 'job', suffix);
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

/** The run's page (`<server>/<owner>/<repo>/actions/runs/<id>`), for the summary's link; undefined off Actions. */
export function workflowRunUrl(env: EnvLike): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
  if (!server || !repository || !REPOSITORY.test(repository) || !/^\d+$/.test(runId ?? '')) return undefined;
  return `${server.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}`;
}

function clip(value: string | undefined): string | undefined {
  return value ? value.slice(0, REPORT_LIMITS.shortText) : undefined;
}
