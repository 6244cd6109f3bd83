import { actionRunContext, workflowRunUrl } from '@wsl-ready/actions-kit';
import {
  createReport,
  type EnvRecord as EnvLike,
  type MatrixCell,
  type ReportCheck,
  type ReportDistro,
  type ReportPhase,
  type ReportV1,
  type ReportWsl,
  renderMarkdown,
} from '@wsl-ready/core';

export interface SetupFacts {
  arch: string;
  windowsBuild?: string;
  wsl?: ReportWsl;
  distros: ReportDistro[];
  checks: ReportCheck[];
  phases: ReportPhase[];
  warnings: string[];
}

/** Report v1 of the setup; the runner, run and matrix cell are the kit's (the same rule as docker-backend-check). */
export function buildReport(facts: SetupFacts, env: EnvLike, matrix: MatrixCell): ReportV1 {
  return createReport({
    source: { kind: 'action', name: 'setup-wsl2' },
    host: {
      os: 'windows',
      arch: facts.arch,
      ...(facts.windowsBuild ? { windowsBuild: facts.windowsBuild } : {}),
      isWsl: false,
    },
    ...actionRunContext(env, matrix),
    ...(facts.wsl ? { wsl: facts.wsl } : {}),
    distros: facts.distros,
    checks: facts.checks,
    phases: facts.phases,
    warnings: facts.warnings,
  });
}

/** The job summary: the core's Markdown rendering (its Timing section is the phase table). */
export function renderSummary(report: ReportV1, env: EnvLike): string {
  const runUrl = workflowRunUrl(env);
  return renderMarkdown(report, { title: 'setup-wsl2', ...(runUrl ? { runUrl } : {}) });
}
