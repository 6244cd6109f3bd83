// The readiness doctor: checks, orchestration and the option/progress contract.
export { DEFAULT_COMMAND_TIMEOUT_MS, DEFAULT_CONCURRENCY, DoctorContext } from './context.js';
export { type DockerCheckInput, type DockerCheckSpec, evaluateDockerChecks } from './docker-checks.js';
export { runDoctor, selectChecks } from './doctor.js';
export { IO_BENCH_SCRIPT, parseIoBench, windowsDriveOf } from './io-bench.js';
export { LINUX_INSPECT_SCRIPT, parseLinuxInspection } from './linux-inspect.js';
export * from './options.js';
export { type PlannedProbe, windowsProbePlan } from './probe-plan.js';
export { type ProbePriority, type ProbeRecord, ProbeRunner, type ProbeRunnerOptions } from './probe-runner.js';
export { ALL_CHECKS } from './registry.js';
export { reportOsRelease } from './report-facts.js';
export * from './types.js';
