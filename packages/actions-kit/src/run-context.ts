// What an action knows about the job it runs in, from the runner's variables: the Report v1 `runner` and `run`
// sections, the report artifact's name and the run's URL. One rule for every action, so reports from setup-wsl2
// and docker-backend-check line up in the readiness bot. The artifact's name is the core's `reportArtifactName`.

import {
  type EnvRecord,
  type MatrixCell,
  matrixCellSuffix,
  REPORT_LIMITS,
  type ReportInput,
  type ReportRun,
  readRunnerFacts,
} from '@wsl-ready/core';

const REPOSITORY = /^[A-Za-z0-9-]+\/(?!\.\.?$)[A-Za-z0-9_.-]+$/;
const SHA = /^[0-9a-f]{7,64}$/i;

/**
 * The workflow run (`GITHUB_REPOSITORY`, `GITHUB_RUN_ID`, `GITHUB_RUN_ATTEMPT`, `GITHUB_JOB`, `GITHUB_WORKFLOW`,
 * `GITHUB_SHA`) and the matrix cell as `matrixKey`; undefined unless every field has the shape Report v1 demands
 * (the values are self-reported, so they are checked, never trusted).
 */
export function readRunFacts(env: EnvRecord, matrix: MatrixCell = null): ReportRun | undefined {
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
export function actionRunContext(env: EnvRecord, matrix: MatrixCell = null): Pick<ReportInput, 'runner' | 'run'> {
  const runner = readRunnerFacts(env, REPORT_LIMITS.shortText);
  const run = readRunFacts(env, matrix);
  return { ...(runner ? { runner } : {}), ...(run ? { run } : {}) };
}

/** The run's page (`<server>/<owner>/<repo>/actions/runs/<id>`), for the summary's link; undefined off Actions. */
export function workflowRunUrl(env: EnvRecord): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
  if (!server || !repository || !REPOSITORY.test(repository) || !/^\d+$/.test(runId ?? '')) return undefined;
  return `${server.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}`;
}

function clip(value: string | undefined): string | undefined {
  return value ? value.slice(0, REPORT_LIMITS.shortText) : undefined;
}
