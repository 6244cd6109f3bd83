import { createHash } from 'node:crypto';
import {
  createReport,
  type ReportCheck,
  type ReportDistro,
  type ReportPhase,
  type ReportRun,
  type ReportV1,
  type ReportWsl,
  readRunnerFacts,
  renderMarkdown,
} from '@wsl-ready/core';
import { artifactName, matrixCellSuffix } from '@wsl-ready/core/actions';
import type { SetupInputs } from './inputs.js';

type Env = Readonly<Record<string, string | undefined>>;

export interface SetupFacts {
  arch: string;
  windowsBuild?: string;
  wsl?: ReportWsl;
  distros: ReportDistro[];
  checks: ReportCheck[];
  phases: ReportPhase[];
  warnings: string[];
}

/** The workflow run, when every field has the shape the schema asks for (self-reported, so never trusted). */
export function runFacts(env: Env): ReportRun | undefined {
  const runId = Number(env.GITHUB_RUN_ID);
  const runAttempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1');
  const repository = env.GITHUB_REPOSITORY ?? '';
  const sha = env.GITHUB_SHA ?? '';
  if (!Number.isSafeInteger(runId) || runId <= 0 || !Number.isSafeInteger(runAttempt) || runAttempt <= 0)
    return undefined;
  if (!/^[A-Za-z0-9-]+\/(?!\.\.?$)[A-Za-z0-9_.-]+$/.test(repository) || !/^[0-9a-f]{7,64}$/i.test(sha))
    return undefined;
  return {
    repository,
    runId,
    runAttempt,
    job: (env.GITHUB_JOB ?? 'job').slice(0, 200),
    workflow: (env.GITHUB_WORKFLOW ?? 'workflow').slice(0, 200),
    sha,
  };
}

export function buildReport(facts: SetupFacts, env: Env): ReportV1 {
  const runner = readRunnerFacts(env);
  const run = runFacts(env);
  return createReport({
    source: { kind: 'action', name: 'setup-wsl2' },
    host: {
      os: 'windows',
      arch: facts.arch,
      ...(facts.windowsBuild ? { windowsBuild: facts.windowsBuild } : {}),
      isWsl: false,
    },
    ...(runner ? { runner } : {}),
    ...(run ? { run } : {}),
    ...(facts.wsl ? { wsl: facts.wsl } : {}),
    distros: facts.distros,
    checks: facts.checks,
    phases: facts.phases,
    warnings: facts.warnings,
  });
}

/**
 * `wsl-ready-report-<job>-<suffix>` (the kit's naming). The suffix names the matrix cell: the `matrix` input's
 * values when the workflow passes `${{ toJSON(matrix) }}`, else the image, distribution and WSL version. It ends
 * in a short hash of the runner, the step and the attempt, because artifact names must be unique in a run and one
 * job may use the action twice.
 */
export function reportArtifactName(
  env: Env,
  inputs: Pick<SetupInputs, 'distribution' | 'wslVersion' | 'matrix'>,
): string {
  const cell =
    matrixCellSuffix(inputs.matrix) ||
    [env.ImageOS ?? 'windows', inputs.distribution, `wsl${inputs.wslVersion}`].join('-');
  const unique = createHash('sha256')
    .update(`${env.RUNNER_NAME ?? ''}\n${env.GITHUB_ACTION ?? ''}\n${env.GITHUB_RUN_ATTEMPT ?? ''}`)
    .digest('hex')
    .slice(0, 8);
  return artifactName(env.GITHUB_JOB ?? 'job', `${cell}-${unique}`);
}

/** The job summary: the core's Markdown rendering (its Timing section is the phase table). */
export function renderSummary(report: ReportV1, env: Env): string {
  const runUrl =
    env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  return renderMarkdown(report, { title: 'setup-wsl2', ...(runUrl ? { runUrl } : {}) });
}
