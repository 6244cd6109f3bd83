import { createReport, type ReportCheck, type ReportV1 } from '../report/index.js';
import { DoctorContext, readTextFile } from './context.js';
import type { DoctorOptions } from './options.js';
import { ALL_CHECKS } from './registry.js';
import { reportFacts } from './report-facts.js';
import type { CheckResult, DoctorCheck } from './types.js';

/**
 * Runs the readiness checks that apply to this machine, concurrently, and returns one Report v1.
 *
 * Every check starts at once; the probes they share (wsl.exe, PowerShell, docker) run once each, at most
 * `concurrency` at a time, each with a timeout. A check that throws, or whose probe fails, becomes `error` with
 * the reason while the others stand. A default run never starts a stopped distribution or the WSL VM; `deep` may.
 * Never throws for a machine problem: those are what the report is for.
 */
export async function runDoctor(options: DoctorOptions): Promise<ReportV1> {
  const ctx = new DoctorContext(options, await procVersion(options));
  const selected = selectChecks(options);
  const checks = await Promise.all(selected.map((check) => runCheck(ctx, check)));
  const facts = await reportFacts(ctx);
  const warnings = ctx.warnings;
  return createReport(
    {
      ...(options.source ? { source: options.source } : {}),
      ...facts,
      host: facts.host ?? { os: 'other', arch: options.arch, isWsl: false },
      distros: facts.distros ?? [],
      checks,
      ...(warnings.length > 0 ? { warnings } : {}),
    },
    options.now ? { now: options.now } : {},
  );
}

/** The checks of the selected areas, in report order. */
export function selectChecks(options: Pick<DoctorOptions, 'only'>): DoctorCheck[] {
  const only = options.only && options.only.length > 0 ? new Set<string>(options.only) : null;
  return ALL_CHECKS.filter((check) => !only || only.has(check.area));
}

async function runCheck(ctx: DoctorContext, check: DoctorCheck): Promise<ReportCheck> {
  ctx.options.onProgress?.({ kind: 'start', checkId: check.id, title: check.title });
  const started = performance.now();
  let result: CheckResult;
  try {
    result = await check.run(ctx);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    result = {
      status: 'error',
      summary: `The check could not finish: ${message.split('\n')[0]}`,
      remediation:
        'Run the doctor again; if it keeps failing, report it with the output of `wsl-ready --record <file>`.',
    };
  }
  const { facts: _facts, ...outcome } = result;
  const report: ReportCheck = {
    id: check.id,
    area: check.area,
    title: check.title,
    ...outcome,
    durationMs: Math.round((performance.now() - started) * 10) / 10,
  };
  ctx.options.onProgress?.({ kind: 'finish', checkId: check.id, title: check.title, status: report.status });
  return report;
}

/** `/proc/version` tells a WSL distribution apart even when WSL_DISTRO_NAME is missing (sudo, services). */
async function procVersion(options: DoctorOptions): Promise<string | null> {
  if (options.platform !== 'linux') return null;
  try {
    return await (options.readFile ?? readTextFile)('/proc/version');
  } catch {
    return null;
  }
}
