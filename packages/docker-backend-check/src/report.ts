import { actionRunContext } from '@wsl-ready/actions-kit';
import {
  type CheckEvidence,
  type CheckStatus,
  createReport,
  dockerDesktopDistro,
  type EnvRecord as EnvLike,
  processHostOs,
  type ReportCheck,
  type ReportV1,
} from '@wsl-ready/core';
import type { Detection } from './detect.js';
import type { CheckInputs } from './inputs.js';
import { requirementMessage, type UnmetRequirement } from './requirements.js';
import type { EngineVerdict } from './verdict.js';

export const ACTION_NAME = 'docker-backend-check';

export interface ReportContext {
  inputs: CheckInputs;
  detection: Detection;
  verdict: EngineVerdict;
  unmet: UnmetRequirement[];
  env: EnvLike;
  platform: NodeJS.Platform;
  arch: string;
  now?: () => Date;
}

/** The run as Report v1 checks: CLI, engine, backend, Linux containers, other engines, Docker Desktop. */
export function buildReport(context: ReportContext): ReportV1 {
  const { detection, verdict, inputs, env } = context;
  const c = detection.classification;
  const unmet = (id: UnmetRequirement['id']) => context.unmet.find((u) => u.id === id);
  const failStatus: CheckStatus = inputs.failOn === 'warn' ? 'warn' : 'fail';
  const ms = detection.durationMs;
  const checks: ReportCheck[] = [];
  const add = (check: ReportCheck) =>
    checks.push({
      ...check,
      summary: plain(check.summary),
      ...(check.remediation !== undefined ? { remediation: plain(check.remediation) } : {}),
    });

  const cliMissing = !detection.evidence.cli.present;
  add({
    id: 'docker.cli',
    area: 'docker',
    title: 'Docker CLI',
    status: cliMissing ? (inputs.requireEngine ? failStatus : 'skip') : 'pass',
    summary: cliMissing
      ? `\`${detection.docker}\` is not installed or not on PATH.`
      : `docker CLI ${verdict.cliVersion ?? '(version unknown)'} at \`${detection.docker}\`.`,
    ...(cliMissing && inputs.requireEngine ? { remediation: unmet('engine')?.fix ?? '' } : {}),
    durationMs: ms,
    evidence: { path: detection.docker, ...(verdict.cliVersion ? { version: verdict.cliVersion } : {}) },
  });

  const engineProblem = unmet('engine');
  if (!cliMissing) {
    add({
      id: 'docker.engine',
      area: 'docker',
      title: 'Docker engine',
      status: verdict.engineAnswered ? 'pass' : engineProblem ? failStatus : 'skip',
      summary: verdict.engineAnswered
        ? `${verdict.serverVersion ? `Engine ${verdict.serverVersion}` : 'An engine'} answers` +
          `${verdict.endpoint ? ` at \`${verdict.endpoint}\`` : ''}${verdict.context ? ` (context \`${verdict.context}\`)` : ''}.`
        : engineProblem
          ? requirementMessage(engineProblem)
          : `No engine answers${verdict.endpoint ? ` at \`${verdict.endpoint}\`` : ''}; not required (\`require-engine: false\`).`,
      ...(engineProblem ? { remediation: engineProblem.fix } : {}),
      durationMs: ms,
      evidence: compact({
        endpoint: verdict.endpoint,
        context: verdict.context,
        dockerHost: detection.evidence.dockerHost ?? null,
        serverVersion: verdict.serverVersion,
        engineOs: verdict.engineOs,
        ...errorEvidence(detection),
      }),
    });
  }

  const backendProblem = unmet('backend');
  add({
    id: 'docker.backend',
    area: 'docker',
    title: 'Docker backend',
    status: backendProblem ? failStatus : 'pass',
    summary: backendProblem
      ? requirementMessage(backendProblem)
      : `\`${verdict.backend}\`: ${verdict.description} (${c.confidence} confidence).`,
    ...(backendProblem ? { remediation: backendProblem.fix } : {}),
    durationMs: ms,
    evidence: {
      backend: verdict.backend,
      confidence: c.confidence,
      ...(inputs.expectBackend !== 'any' ? { expected: inputs.expectBackend.join(',') } : {}),
      ...numbered('signal', c.evidence, 40),
    },
  });

  const linuxProblem = unmet('linux-containers');
  const proof = detection.evidence.linuxProof;
  add({
    id: 'docker.linux-containers',
    area: 'docker',
    title: 'Linux containers',
    status: linuxProblem
      ? failStatus
      : verdict.linuxContainers === true
        ? 'pass'
        : verdict.linuxContainers === false && verdict.engineAnswered
          ? 'warn'
          : 'skip',
    summary: linuxProblem
      ? requirementMessage(linuxProblem)
      : verdict.linuxContainers === true
        ? proof?.ok
          ? 'A tiny Linux container ran (`docker run --rm --platform linux hello-world`).'
          : `The engine runs Linux containers (${verdict.engineOs ?? 'linux'} engine)${inputs.runContainer ? '' : '; set `run-container: true` to prove it by running one'}.`
        : verdict.linuxContainers === false && verdict.engineAnswered
          ? `This engine cannot run Linux containers (\`${verdict.backend}\`, ${verdict.engineOs ?? 'unknown'} engine).`
          : 'Not known: no engine answered, or it could not be told.',
    ...(linuxProblem ? { remediation: linuxProblem.fix } : {}),
    durationMs: ms,
    evidence: compact({
      linuxContainers: verdict.linuxContainers,
      proofRan: proof ? true : null,
      proofOk: proof ? proof.ok : null,
      proofError: proof?.errors[0]?.line ?? null,
    }),
  });

  if (inputs.probeAllEndpoints) {
    const others = c.otherEngines;
    add({
      id: 'docker.other-engines',
      area: 'docker',
      title: 'Other engines',
      status: 'pass',
      summary:
        others.length === 0
          ? `No other engine answers (${detection.probedEndpoints.length} other known endpoints asked).`
          : `Also answering: ${others.map((o) => `\`${o.backend}\` at \`${o.endpoint}\``).join(', ')}.`,
      durationMs: ms,
      evidence: {
        asked: detection.probedEndpoints.length,
        ...Object.fromEntries(
          others.slice(0, 20).map((o, i) => [`engine-${i + 1}`, `${o.backend} ${o.endpoint ?? ''}`]),
        ),
      },
    });
  }

  if (detection.evidence.host.os === 'windows') {
    const settings = detection.desktop.settings?.recognized ? detection.desktop.settings.value : null;
    const distro = dockerDesktopDistro(detection.evidence.wslDistros);
    const parts = [
      c.desktopVersion ? `version ${c.desktopVersion}` : null,
      settings?.wslEngineEnabled != null ? `\`wslEngineEnabled: ${settings.wslEngineEnabled}\`` : null,
      settings?.useWindowsContainers ? 'Windows containers selected' : null,
      distro ? `WSL distribution \`docker-desktop\` is ${distro.state ?? 'listed'}` : null,
    ].filter((p): p is string => p !== null);
    add({
      id: 'docker.desktop',
      area: 'docker',
      title: 'Docker Desktop',
      status: detection.desktop.installed || c.desktopVersion ? 'pass' : 'skip',
      summary:
        detection.desktop.installed || c.desktopVersion
          ? `Docker Desktop is installed${parts.length ? `: ${parts.join(', ')}` : ''}.`
          : 'Docker Desktop is not installed.',
      durationMs: ms,
      evidence: compact({
        version: c.desktopVersion,
        wslEngineEnabled: settings?.wslEngineEnabled ?? null,
        useWindowsContainers: settings?.useWindowsContainers ?? null,
        distroState: distro?.state ?? null,
        ...numbered('settings-file', detection.desktop.settingsFiles, 3),
      }),
    });
  }

  return createReport(
    {
      source: { kind: 'action', name: ACTION_NAME },
      host: {
        os: detection.evidence.host.os === 'windows' ? 'windows' : processHostOs(context.platform),
        arch: context.arch,
        isWsl: detection.evidence.host.isWsl ?? false,
      },
      ...actionRunContext(env, inputs.matrix),
      docker: {
        cliVersion: verdict.cliVersion,
        context: verdict.context,
        endpoint: verdict.endpoint,
        backend: c.backend,
        engineOs: verdict.engineOs,
        serverVersion: verdict.serverVersion,
        desktopVersion: verdict.desktopVersion,
        linuxContainers: verdict.linuxContainers,
        ...(verdict.isolation ? { isolation: verdict.isolation } : {}),
      },
      distros: (detection.evidence.wslDistros ?? []).flatMap((d) => {
        const state = (['Running', 'Stopped', 'Installing', 'Converting', 'Uninstalling', 'Exporting'] as const).find(
          (s) => s === d.state,
        );
        return [{ name: d.name, state: state ?? 'Unknown', version: d.version ?? null, default: false }];
      }),
      checks,
      warnings: [...c.warnings, ...detection.warnings],
    },
    context.now ? { now: context.now } : {},
  );
}

/** Check texts are rendered as plain text (escaped), so Markdown code marks would show as literal backticks. */
function plain(text: string): string {
  return text.replace(/`/g, '');
}

function errorEvidence(detection: Detection): Record<string, string> {
  const errors = detection.evidence.current?.errors ?? [];
  return Object.fromEntries(errors.slice(0, 5).map((e, i) => [`error-${i + 1}`, `${e.kind}: ${e.line}`]));
}

function numbered(prefix: string, items: readonly string[], max: number): Record<string, string> {
  return Object.fromEntries(items.slice(0, max).map((item, i) => [`${prefix}-${i + 1}`, item]));
}

function compact(values: Record<string, string | number | boolean | null | undefined>): CheckEvidence {
  const out: CheckEvidence = {};
  for (const [key, value] of Object.entries(values)) if (value !== null && value !== undefined) out[key] = value;
  return out;
}
