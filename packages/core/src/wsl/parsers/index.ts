// Locale-proof parsers for wsl.exe and Linux-side outputs: pure, total, `(input) => Parsed<T>`.

export { KNOWN_DISTRO_STATES, type KnownDistroState } from './distro-states.js';
export type { ParserInput } from './lines.js';
export { WSL_LOCALE_STRINGS, type WslLocaleStrings } from './locale-strings.js';
export { type KernelInfo, parseKernel } from './parse-kernel.js';
export { type DistroListEntry, type PlainDistroList, parseList } from './parse-list.js';
export { type OnlineDistribution, type OnlineDistributionList, parseListOnline } from './parse-list-online.js';
export { type DistroNames, parseListQuiet } from './parse-list-quiet.js';
export {
  type DistroEntry,
  type DistroList,
  normalizeDistroState,
  type ParsedDistroState,
  parseListVerbose,
} from './parse-list-verbose.js';
export {
  type DistroFamily,
  distroFamily,
  type OsRelease,
  parseOsRelease,
  unquoteShellValue,
} from './parse-os-release.js';
export { parseStatus, type WslStatus } from './parse-status.js';
export { parseSysteminfo, type SysteminfoFacts } from './parse-systeminfo.js';
export { parseVersion, WSL_VERSION_FIELDS, type WslVersionField, type WslVersionInfo } from './parse-version.js';
