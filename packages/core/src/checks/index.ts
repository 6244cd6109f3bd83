// The readiness doctor: checks, orchestration and the option/progress contract.
export { runDoctor } from './doctor.js';
export * from './types.js';
