import { createReport, processHostOs, type ReportCheck, type ReportV1 } from '../report/index.js';
import type { DoctorOptions } from './types.js';

/**
 * Runs the readiness checks that apply to this machine and returns one Report v1.
 * (First cut: host facts only; the full check set follows.)
 */
export async function runDoctor(options: DoctorOptions): Promise<ReportV1> {
  const started = Date.now();
  const os = processHostOs(options.platform);
  const checks: ReportCheck[] = [
    {
      id: 'host.os',
      area: 'host',
      title: 'Operating system',
      status: os === 'windows' ? 'pass' : 'skip',
      summary: os === 'windows' ? 'Windows host.' : `This is a ${os} host: WSL checks do not apply.`,
      durationMs: Date.now() - started,
    },
  ];
  return createReport(
    {
      ...(options.source ? { source: options.source } : {}),
      host: { os, arch: options.arch, isWsl: false },
      checks,
    },
    options.now ? { now: options.now } : {},
  );
}
