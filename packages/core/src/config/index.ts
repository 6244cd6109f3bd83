// Public API of the config area: .wslconfig and /etc/wsl.conf parse, lint, read and edit.
export { detectConfigKind } from './detect-kind.js';
export type {
  ConfigDocument,
  ConfigEntry,
  ConfigLine,
  ConfigSectionHeader,
  ConfigSyntaxIssue,
  LineEnding,
} from './document.js';
export { parseConfigDocument, renderConfigDocument } from './document.js';
export type { ConfigChange, ConfigEditOptions, ConfigEditResult, ConfigPatch } from './edit.js';
export {
  ConfigEditError,
  encodeConfigValue,
  mergeConfig,
  removeConfigValue,
  setConfigValue,
} from './edit.js';
export type { EffectiveConfig, EffectiveSetting, IgnoredReason } from './effective.js';
export { automountRootOf, readConfigValues } from './effective.js';
export type { ConfigEncoding } from './input.js';
export { lintConfig, lintWslConf, lintWslConfig } from './lint.js';
export type { LintFinding, LintOptions, LintResult, LintRule, LintSeverity } from './lint-types.js';
export { LINT_RULES } from './lint-types.js';
export type { ConfigPatchProblem, ParsedConfigPatch } from './patch.js';
export { parseConfigPatch } from './patch.js';
export type { SyntaxProblem } from './scanner.js';
export { configKeys, configSections, findConfigKey } from './schema.js';
export type { ConfigKeySchema, ConfigValueType } from './schema-types.js';
export type { ConfigKind, ConfigValue } from './types.js';
export { readBoolean, readInteger, readSize } from './value-types.js';
export { WSLCONF_KEYS } from './wslconf-schema.js';
export { WSLCONFIG_KEYS } from './wslconfig-schema.js';
