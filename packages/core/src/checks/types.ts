import type { ReportCheck, ReportInput } from '../report/index.js';
import type { DoctorContext } from './context.js';
import type { DoctorArea } from './options.js';

/** The outcome of one readiness check, before timing is added. */
export type CheckOutcome = Omit<ReportCheck, 'id' | 'area' | 'title' | 'durationMs'>;

/** Facts a check contributes to the report's top-level sections (merged by the doctor). */
export type ReportFacts = Pick<ReportInput, 'host' | 'runner' | 'wsl' | 'distros' | 'docker'>;

/** What a check returns: its outcome, plus facts for the report's top-level sections when it learnt some. */
export interface CheckResult extends CheckOutcome {
  facts?: Partial<ReportFacts>;
}

/** One readiness check: a small module with an id, an area, a title, and a run over the shared probes. */
export interface DoctorCheck {
  /** `area.name`, stable: filters, annotations and docs use it. */
  id: string;
  area: DoctorArea;
  title: string;
  run(ctx: DoctorContext): Promise<CheckResult>;
}
