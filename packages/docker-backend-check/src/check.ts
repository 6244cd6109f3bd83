// The check itself: `checkDockerBackend()` reads as its list of steps (survey, verdict, requirements, outputs,
// summary, report). The entry (main.ts) imports this module once the inputs are valid, so a step that fails on its
// inputs never loads the Docker survey, the report schema or the artifact client.
import {
  type ArtifactClient,
  createArtifactClient,
  publishReportArtifact,
  workflowRunUrl,
  writeJobSummary,
} from '@wsl-ready/actions-kit';
import type { EnvRecord } from '@wsl-ready/core';
import { type CommandRunner, type HostFiles, NodeCommandRunner, nodeHostFiles, renderMarkdown } from '@wsl-ready/core';
import type { ActionIo } from './action-io.js';
import { type Detection, detectDocker } from './detect.js';
import { RequirementsNotMetError } from './errors.js';
import { type CheckInputs, parseInputs } from './inputs.js';
import { buildReport } from './report.js';
import { requirementMessage, type UnmetRequirement, unmetRequirements } from './requirements.js';
import { type EngineVerdict, engineVerdict } from './verdict.js';

/** Everything the action touches, injected so tests and the runner harness drive the same code. */
export interface ActionDeps {
  io: ActionIo;
  runner: CommandRunner;
  env: EnvRecord;
  platform: NodeJS.Platform;
  arch: string;
  files: HostFiles;
  /** The artifact service client; its `unavailableReason` says when uploads cannot happen (the file is still written). */
  artifacts: Pick<ArtifactClient, 'uploadFile' | 'unavailableReason'>;
  now?: () => Date;
}

/** The report is a courtesy: a few quick retries, not the official client's minute-long back-off. */
const ARTIFACT_RETRY = { attempts: 3, baseDelayMs: 500, maxDelayMs: 4_000, timeoutMs: 30_000 };

/** The real world of a runner: process env, Node's runner, the host's files, the artifact service client. */
export function runnerDeps(io: ActionIo): ActionDeps {
  return {
    io,
    runner: new NodeCommandRunner(),
    env: process.env,
    platform: process.platform,
    arch: process.arch,
    files: nodeHostFiles,
    artifacts: createArtifactClient({ env: process.env, debug: (m) => io.debug(m), retry: ARTIFACT_RETRY }),
  };
}

/** The `docker run` proof pulls an image: it gets at least this long, whatever the probe timeout. */
const MIN_PROOF_TIMEOUT_MS = 120_000;
/** Classifier warnings worth an annotation each; the rest stay in the summary and the log. */
const MAX_WARNING_ANNOTATIONS = 5;

export interface RunOutcome {
  inputs: CheckInputs;
  detection: Detection;
  verdict: EngineVerdict;
  unmet: UnmetRequirement[];
  reportPath: string | null;
}

/**
 * The action's main step: inputs (as the entry parsed them, else read through `io`), the core's Docker survey,
 * outputs, job summary, report artifact, then the requirements. Invalid inputs and unmet requirements (with
 * `fail-on: fail`) throw; the kit's `runAction` turns that into the one failure annotation. Outputs, summary and
 * report are written before the step fails.
 */
export async function checkDockerBackend(
  deps: ActionDeps,
  inputs: CheckInputs = parseInputs((name) => deps.io.getInput(name)),
): Promise<RunOutcome> {
  const { io } = deps;
  const detection = await io.group('Probe the Docker engine', async () => {
    const found = await detectDocker({
      runner: deps.runner,
      env: deps.env,
      platform: deps.platform,
      files: deps.files,
      dockerPath: inputs.dockerPath,
      timeoutMs: inputs.timeoutSeconds * 1000,
      probeAllEndpoints: inputs.probeAllEndpoints,
      runContainer: inputs.runContainer,
      proofTimeoutMs: Math.max(MIN_PROOF_TIMEOUT_MS, inputs.timeoutSeconds * 1000),
    });
    for (const line of found.classification.evidence) io.info(`• ${line}`);
    for (const warning of found.warnings) io.info(`  (probe) ${warning}`);
    io.debug(
      `docker calls: ${found.calls.docker}, wsl calls: ${found.calls.wsl}, ${found.probedEndpoints.length} other ` +
        `endpoints asked, ${found.durationMs} ms`,
    );
    return found;
  });
  const verdict = engineVerdict(detection.classification, detection.evidence.current?.answered ?? false);
  const unmet = unmetRequirements({
    inputs,
    verdict,
    classification: detection.classification,
    host: detection.evidence.host,
    env: deps.env,
    desktopInstalled: detection.desktop.installed === true,
    desktopAbsent: detection.desktop.installed === false,
    cliError: detection.evidence.current?.errors.find((e) => e.kind !== 'docker-host-overrides-context') ?? null,
    unusableAnswer: unusableAnswer(detection),
  });

  setOutputs(io, verdict);
  io.info(headline(verdict));
  // An unmet `require-engine` is reported below (error or warning) with its own fix: the classifier's "No Docker
  // engine answers" warning would say it a second time.
  const engineUnmet = unmet.some((u) => u.id === 'engine');
  const warnings = detection.classification.warnings.filter(
    (w) => !(engineUnmet && w.startsWith('No Docker engine answers')),
  );
  for (const warning of warnings.slice(0, MAX_WARNING_ANNOTATIONS)) {
    io.warning(warning, 'Docker backend');
  }

  const report = buildReport({
    inputs,
    detection,
    verdict,
    unmet,
    env: deps.env,
    platform: deps.platform,
    arch: deps.arch,
    ...(deps.now ? { now: deps.now } : {}),
  });
  try {
    const runUrl = workflowRunUrl(deps.env);
    await writeJobSummary(renderMarkdown(report, { title: 'Docker backend', ...(runUrl ? { runUrl } : {}) }), deps.env);
  } catch (error) {
    io.warning(`The job summary could not be written: ${messageOf(error)}`, 'Job summary');
  }

  let reportPath: string | null = null;
  if (inputs.report) {
    const written = await publishReportArtifact(report, {
      env: deps.env,
      matrix: inputs.matrix,
      artifacts: deps.artifacts,
      io: { info: (message) => io.info(message), warning: (message) => io.warning(message, 'Report artifact') },
    });
    reportPath = written.path;
  }
  io.setOutput('report-path', reportPath ?? '');

  if (unmet.length > 0) {
    const messages = unmet.map(requirementMessage);
    if (inputs.failOn === 'fail') throw new RequirementsNotMetError(messages);
    for (const [i, m] of messages.entries()) io.warning(m, unmet[i]!.title);
  }
  return { inputs, detection, verdict, unmet, reportPath };
}

/** Kinds of CLI error that mean nothing answered at all (as opposed to an answer that made no sense). */
const NOTHING_ANSWERED = new Set([
  'engine-not-running',
  'permission-denied',
  'context-not-found',
  'cli-not-found',
  'timeout',
]);

/** What came back when the CLI's engine answered with something the CLI or the probe could not use. */
function unusableAnswer(detection: Detection): string | null {
  const current = detection.evidence.current;
  if (!current || current.answered || current.errors.some((e) => NOTHING_ANSWERED.has(e.kind))) return null;
  const daemonSaid = current.errors.find((e) => e.kind === 'daemon-error' || e.kind === 'engine-failed')?.line;
  return current.warnings[0] ?? daemonSaid ?? null;
}

function setOutputs(io: ActionIo, verdict: EngineVerdict) {
  io.setOutput('backend', verdict.backend);
  io.setOutput('linux-containers', verdict.linuxContainers === true ? 'true' : 'false');
  io.setOutput('engine-os', verdict.engineOs ?? '');
  io.setOutput('server-version', verdict.serverVersion ?? '');
  io.setOutput('context', verdict.context ?? '');
  io.setOutput('endpoint', verdict.endpoint ?? '');
  io.setOutput('desktop-version', verdict.desktopVersion ?? '');
  io.setOutput('isolation', verdict.isolation ?? '');
}

function headline(verdict: EngineVerdict): string {
  const linux = verdict.linuxContainers === true ? 'yes' : verdict.linuxContainers === false ? 'no' : 'unknown';
  const engine = verdict.engineAnswered
    ? `engine ${verdict.serverVersion ?? '?'} (${verdict.engineOs ?? 'unknown OS'})${verdict.endpoint ? ` at ${verdict.endpoint}` : ''}`
    : 'no engine answers';
  return `Docker backend: ${verdict.backend} (${verdict.description}); ${engine}; Linux containers: ${linux}.`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
