export { parseTopLevel, quoteWindowsArg, windowsCommandLine } from './args.js';
export { type Isolation, LINUX_SIDE_MARKER, probeIsolation } from './distro-exec.js';
export { processAlive } from './instances.js';
export { encodeWslText, encodingFor, type WslEncoding } from './output.js';
export { forwardedVariables, windowsToLinuxPath } from './paths.js';
export {
  CALL_KINDS,
  type CallKind,
  type CatalogueEntry,
  type DistroState,
  defaultTwinState,
  type InjectedError,
  type TwinDistro,
  type TwinFaults,
  type TwinWslState,
  type WslKind,
} from './state.js';
export {
  buildBusyboxRootfs,
  type CreateTwinWslOptions,
  createTwinWsl,
  type TwinWsl,
  type TwinWslCall,
} from './twin.js';
