import { type CommandRunner, renderMarkdown } from '@wsl-ready/core';
import type { ActionIo } from './action-io.js';
import { type ReportUploader, reportArtifactName, writeReportFile } from './artifact.js';
import type { HostFiles } from './desktop.js';
import { type Detection, detectDocker } from './detect.js';
import type { Env } from './host.js';
import { type CheckInputs, parseInputs } from './inputs.js';
import { buildReport } from './report.js';
import { requirementMessage, type UnmetRequirement, unmetRequirements } from './requirements.js';
import { type EngineVerdict, engineVerdict } from './verdict.js';

/** Everything the action touches, injected so tests and the runner harness drive the same code. */
export interface ActionDeps {
  io: ActionIo;
  runner: CommandRunner;
  env: Env;
  platform: NodeJS.Platform;
  arch: string;
  files: HostFiles;
  /** Uploads the report artifact; null where no artifact service can be reached (the file is still written). */
  uploadReport: ReportUploader | null;
  now?: () => Date;
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

/** The action's one top-level function: every failure ends here as one clear annotation. */
export async function run(deps: ActionDeps): Promise<RunOutcome | null> {
  const { io } = deps;
  try {
    const inputs = parseInputs((name) => io.getInput(name));
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
      for (const warning of found.probeWarnings) io.info(`  (probe) ${warning}`);
      io.debug(
        `docker calls: ${found.calls.docker}, wsl calls: ${found.calls.wsl}, ${found.probedEndpoints.length} other ` +
          `endpoints asked, ${found.durationMs} ms`,
      );
      return found;
    });
    const verdict = engineVerdict(detection.classification);
    const unmet = unmetRequirements({
      inputs,
      verdict,
      classification: detection.classification,
      host: detection.host,
      env: deps.env,
      desktopInstalled: detection.desktop.installed,
      cliError: detection.evidence.current?.errors.find((e) => e.kind !== 'docker-host-overrides-context') ?? null,
      unusableAnswer: unusableAnswer(detection),
    });

    setOutputs(io, verdict);
    io.info(headline(verdict));
    for (const warning of detection.classification.warnings.slice(0, MAX_WARNING_ANNOTATIONS)) {
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
      await io.appendSummary(renderMarkdown(report, { title: 'Docker backend' }));
    } catch (error) {
      io.warning(`The job summary could not be written: ${messageOf(error)}`);
    }

    let reportPath: string | null = null;
    if (inputs.report) {
      reportPath = await writeReportFile(report, deps.env);
      io.setOutput('report-path', reportPath);
      if (deps.uploadReport) {
        const name = reportArtifactName(deps.env);
        try {
          const uploaded = await deps.uploadReport(name, reportPath);
          io.info(`Report uploaded as artifact ${name}${uploaded?.id !== undefined ? ` (id ${uploaded.id})` : ''}.`);
        } catch (error) {
          // The verdict stands without the artifact; the readiness bot will just not see this runner.
          io.warning(`The report artifact could not be uploaded: ${messageOf(error)}`, 'Report artifact');
        }
      } else io.info(`Report written to ${reportPath} (artifact upload is not available here).`);
    } else io.setOutput('report-path', '');

    if (unmet.length > 0) {
      const messages = unmet.map(requirementMessage);
      if (inputs.failOn === 'warn') for (const [i, m] of messages.entries()) io.warning(m, unmet[i]!.title);
      else io.setFailed(messages.join('\n'));
    }
    return { inputs, detection, verdict, unmet, reportPath };
  } catch (error) {
    io.debug(error instanceof Error && error.stack ? error.stack : String(error));
    io.setFailed(messageOf(error));
    return null;
  }
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
