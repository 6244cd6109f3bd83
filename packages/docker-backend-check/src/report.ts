import { actionRunContext } from '@wsl-ready/actions-kit';
import type { EnvRecord } from '@wsl-ready/core';
import {
  type CheckStatus,
  createReport,
  evaluateDockerChecks,
  processHostOs,
  type ReportCheck,
  type ReportV1,
} from '@wsl-ready/core';
import type { Detection } from './detect.js';
import type { CheckInputs } from './inputs.js';
import type { RequirementId, UnmetRequirement } from './requirements.js';
import type { EngineVerdict } from './verdict.js';

export const ACTION_NAME = 'docker-backend-check';

export interface ReportContext {
  inputs: CheckInputs;
  detection: Detection;
  verdict: EngineVerdict;
  unmet: UnmetRequirement[];
  env: EnvRecord;
  platform: NodeJS.Platform;
  arch: string;
  now?: () => Date;
}

/**
 * The run as Report v1: the doctor's Docker checks over this run's survey (the core's, so the action and
 * `wsl-ready doctor` say the same about the same machine), then one check per requirement the inputs set.
 */
export function buildReport(context: ReportContext): ReportV1 {
  const { detection, verdict, inputs, env } = context;
  const c = detection.classification;
  const doctor = evaluateDockerChecks(
    { survey: detection, dockerExe: detection.docker, mode: detection.mode, defaultWslDistro: null },
    detection.durationMs,
  );
  const checks = [...doctor, ...requirementChecks(context)].map(plainCheck);
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

interface Requirement {
  id: RequirementId;
  checkId: string;
  title: string;
  /** What the check says when the requirement is met. */
  met: () => string;
}

/** The action's own checks: one per requirement its inputs set, met (`pass`) or not (`fail`, or `warn` with `fail-on: warn`). */
function requirementChecks(context: ReportContext): ReportCheck[] {
  const { inputs, verdict, detection } = context;
  const failStatus: CheckStatus = inputs.failOn === 'warn' ? 'warn' : 'fail';
  const engine = `\`${verdict.backend}\`${verdict.serverVersion ? ` (engine ${verdict.serverVersion})` : ''}`;
  const requirements: Requirement[] = [];
  if (inputs.requireEngine) {
    requirements.push({
      id: 'engine',
      checkId: 'docker.require-engine',
      title: 'Engine required (`require-engine`)',
      met: () => `An engine answers: ${engine}.`,
    });
  }
  const expected = inputs.expectBackend;
  if (expected !== 'any') {
    requirements.push({
      id: 'backend',
      checkId: 'docker.expect-backend',
      title: 'Expected backend (`expect-backend`)',
      met: () => `${engine} is one of ${expected.map((b) => `\`${b}\``).join(', ')}.`,
    });
  }
  if (inputs.requireLinuxContainers) {
    requirements.push({
      id: 'linux-containers',
      checkId: 'docker.require-linux-containers',
      title: 'Linux containers required (`require-linux-containers`)',
      met: () =>
        detection.evidence.linuxProof?.ok
          ? 'A tiny Linux container ran (`docker run --rm --platform linux hello-world`).'
          : `The engine runs Linux containers (${verdict.engineOs ?? 'linux'} engine); set \`run-container: true\` to prove it by running one.`,
    });
  }
  return requirements.map((requirement) => {
    const unmet = context.unmet.find((u) => u.id === requirement.id);
    const base = { id: requirement.checkId, area: 'docker' as const, title: requirement.title, durationMs: 0 };
    if (!unmet) return { ...base, status: 'pass', summary: requirement.met() };
    return {
      ...base,
      status: failStatus,
      summary: `${unmet.title}: expected ${unmet.expected}; found ${unmet.found}.`,
      remediation: unmet.fix,
    };
  });
}

/** Check texts are rendered as plain text (escaped), so Markdown code marks would show as literal backticks. */
function plainCheck(check: ReportCheck): ReportCheck {
  return {
    ...check,
    title: plain(check.title),
    summary: plain(check.summary),
    ...(check.remediation !== undefined ? { remediation: plain(check.remediation) } : {}),
  };
}

function plain(text: string): string {
  return text.replace(/`/g, '');
}
