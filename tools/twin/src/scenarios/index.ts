export { getScenario, PIPES, SCENARIOS, scenarioNames } from './catalogue.js';
export { listScenarios, runTwinCli, TWIN_USAGE, type TwinCliIo, twinMain } from './cli.js';
export { distroLocation, prepareDistros } from './distros.js';
export { renderEnvLines, type ShellKind } from './env-lines.js';
export { hostProbeDocument, hostProbeFiles, windowsPathOnTwin, writePowerShellStandIn } from './host-probe.js';
export { type RunningScenario, type StartScenarioOptions, startScenario, UnknownScenarioError } from './start.js';
export type { HostSpec, ScenarioDefinition, ScenarioDistro, ScenarioDocker } from './types.js';
