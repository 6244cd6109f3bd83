import {
  type ActionsIo,
  type ArtifactClient,
  actionRunContext,
  publishReportArtifact,
  workflowRunUrl,
  writeJobSummary,
} from '@wsl-ready/actions-kit';
import type { EnvRecord, MatrixCell } from '@wsl-ready/core';
import {
  createReport,
  type ReportCheck,
  type ReportDistro,
  type ReportPhase,
  type ReportV1,
  type ReportWsl,
  renderMarkdown,
  reportOsRelease,
} from '@wsl-ready/core';
import type { SetupInputs } from './inputs.js';
import type { WslProbe } from './plan.js';
import type { ProbeFacts } from './provision.js';

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
export function buildReport(facts: SetupFacts, env: EnvRecord, matrix: MatrixCell): ReportV1 {
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
export function renderSummary(report: ReportV1, env: EnvRecord): string {
  const runUrl = workflowRunUrl(env);
  return renderMarkdown(report, { title: 'setup-wsl2', ...(runUrl ? { runUrl } : {}) });
}

/** The report's `wsl` section from what `wsl --version` said. */
export function reportWsl(probe: WslProbe, inputs: SetupInputs): ReportWsl {
  return {
    installed: probe.kind !== 'absent',
    kind: probe.kind === 'absent' ? null : probe.kind,
    version: probe.info?.wslVersion ?? null,
    kernelVersion: probe.info?.kernelVersion ?? null,
    wslgVersion: probe.info?.wslgVersion ?? null,
    defaultDistribution: inputs.setAsDefault ? inputs.distribution : null,
    defaultVersion: null,
  };
}

/** The provisioned distribution as the report lists it (after a successful setup only). */
export function reportDistros(inputs: SetupInputs, probe: ProbeFacts): ReportDistro[] {
  const os = probe.osRelease;
  return [
    {
      name: inputs.distribution,
      state: 'Running',
      version: probe.wslGeneration ?? inputs.wslVersion,
      default: inputs.setAsDefault,
      ...(os ? { osRelease: reportOsRelease(os) } : {}),
    },
  ];
}

export interface PublishOptions {
  env: EnvRecord;
  matrix: MatrixCell;
  io: Pick<ActionsIo, 'info' | 'warning'> & { setOutput(name: string, value: string): void };
  artifacts?: Pick<ArtifactClient, 'uploadFile' | 'unavailableReason'> | undefined;
}

/** Report v1 file, job summary and artifact (the kit's): none of them can fail the job, only warn. */
export async function publishReport(facts: SetupFacts, options: PublishOptions): Promise<void> {
  const { env, io } = options;
  try {
    const report = buildReport(facts, env, options.matrix);
    const written = await publishReportArtifact(report, {
      env,
      matrix: options.matrix,
      ...(options.artifacts ? { artifacts: options.artifacts } : {}),
      io,
    });
    io.setOutput('report-path', written.path);
    const summary = await writeJobSummary(renderSummary(report, env), env);
    if (summary.truncated) io.info('The job summary was shortened to fit the 1 MiB limit; the artifact has it all.');
  } catch (error) {
    io.warning(`The readiness report could not be written: ${(error as Error).message}`);
  }
}
