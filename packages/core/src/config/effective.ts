import type { Parsed } from '../text/parse-result.js';
import { parsed } from '../text/parse-result.js';
import { detectConfigKind } from './detect-kind.js';
import type { ConfigDocument } from './document.js';
import { parseConfigDocument } from './document.js';
import { configTextOf } from './input.js';
import { interpretValue } from './interpret.js';
import { configSettings, findConfigKey, settingOf } from './schema.js';
import type { ConfigKeySchema } from './schema-types.js';
import { schemaId } from './schema-types.js';
import type { ConfigKind, ConfigValue } from './types.js';

/** Why WSL did not apply a line that sets a key. */
export type IgnoredReason = 'duplicate' | 'invalid-value' | 'invalid-line' | 'after-stop' | 'not-supported';

export interface EffectiveSetting {
  /** Canonical `section.key`. */
  id: string;
  schema: ConfigKeySchema;
  /** What WSL uses; null when WSL computes the default at run time (`schema.defaultText` says how). */
  value: ConfigValue | null;
  /** `file`: read from the file; `default`: not set (or not applied); `derived`: forced by another setting. */
  source: 'file' | 'default' | 'derived';
  /** Line the value comes from (file) or of the setting that forced it (derived). */
  line?: number;
  /** The value as written, for `file`. */
  raw?: string;
  /** Why the value is forced, for `derived`. */
  derivedFrom?: string;
  /** Lines that set this key but did not count. */
  ignored: { line: number; reason: IgnoredReason }[];
}

export interface EffectiveConfig {
  kind: ConfigKind;
  /** Every known key of the file, keyed by canonical `section.key` (aliases fold into their canonical key). */
  settings: Record<string, EffectiveSetting>;
  /** Shortcut: `settings[id].value`. */
  values: Record<string, ConfigValue | null>;
  /** Keys WSL does not know (including obsolete ones), in file order. */
  unknownKeys: { line: number; key: string }[];
  /** `/etc/wsl.conf`: line where WSL stops reading, null if it reads everything. */
  stopLine: number | null;
}

/**
 * What WSL will actually use from a `.wslconfig` or `/etc/wsl.conf`: first occurrence wins (even when its value
 * is invalid), invalid values keep the default, wsl.conf stops at the first invalid line, and the consistency
 * rules WSL applies after parsing (safe mode, virtio off, forced-off features) are applied.
 */
export function readConfigValues(
  input: string | Uint8Array,
  kind?: ConfigKind,
  fileName?: string,
): Parsed<EffectiveConfig> {
  const { text } = configTextOf(input);
  const resolved = kind ?? detectConfigKind(text, fileName);
  return effectiveFromDocument(parseConfigDocument(text, resolved));
}

/**
 * Where WSL's init mounts the Windows drives with this wsl.conf: `[automount] root` as WSL reads it (the first
 * occurrence; nothing after the first invalid line, where init stops reading; a missing trailing `/` added, so an
 * empty value is `/`), `/mnt/` when unset (microsoft/WSL `src/linux/init/WslDistributionConfig.cpp`). Pure.
 */
export function automountRootOf(wslConf: string | Uint8Array): string {
  const root = readConfigValues(wslConf, 'wslconf').value.values['automount.root'];
  return typeof root === 'string' ? root : '/mnt/';
}

/** Same as `readConfigValues` for an already parsed document. */
export function effectiveFromDocument(doc: ConfigDocument): Parsed<EffectiveConfig> {
  const { kind } = doc;
  const settings: Record<string, EffectiveSetting> = {};
  for (const { id, schema } of configSettings(kind)) {
    settings[id] = { id, schema, value: schema.default, source: 'default', ignored: [] };
  }
  const warnings: string[] = [];
  const unknownKeys: EffectiveConfig['unknownKeys'] = [];
  const consumed = new Set<string>();

  for (const entry of doc.entries) {
    const schema = entry.section === null ? undefined : findConfigKey(kind, entry.section, entry.name);
    if (!schema || schema.obsolete) {
      if (!entry.afterStop && !entry.problem) unknownKeys.push({ line: entry.line, key: entry.fullName });
      continue;
    }
    const setting = settings[schemaId(settingOf(kind, schema))];
    if (!setting) continue;
    if (entry.afterStop) {
      setting.ignored.push({ line: entry.line, reason: 'after-stop' });
      continue;
    }
    if (entry.problem || entry.value === null) {
      setting.ignored.push({ line: entry.line, reason: 'invalid-line' });
      continue;
    }
    if (consumed.has(setting.id)) {
      setting.ignored.push({ line: entry.line, reason: 'duplicate' });
      continue;
    }
    // WSL marks a key as seen before it checks the value, so an invalid first value still blocks later ones.
    consumed.add(setting.id);
    const read = interpretValue(schema, entry.value, kind);
    if (!read.ok) {
      setting.ignored.push({ line: entry.line, reason: 'invalid-value' });
      warnings.push(`Line ${entry.line}: ${entry.fullName} = ${entry.raw} is not valid; WSL keeps the default.`);
      continue;
    }
    setting.value = read.value;
    setting.source = 'file';
    setting.line = entry.line;
    setting.raw = entry.raw;
  }

  if (kind === 'wslconfig') applyWslConfigRules(settings);
  else applyWslConfRules(settings);

  if (doc.stop) {
    warnings.push(`Line ${doc.stop.line} is invalid: WSL stops reading /etc/wsl.conf there.`);
  }
  const values: Record<string, ConfigValue | null> = {};
  for (const { id } of configSettings(kind)) values[id] = settings[id]!.value;
  const recognized = doc.entries.length > 0 || doc.sections.length > 0;
  return parsed(recognized, { kind, settings, values, unknownKeys, stopLine: doc.stop?.line ?? null }, warnings);
}

function derive(
  settings: Record<string, EffectiveSetting>,
  id: string,
  value: ConfigValue | null,
  because: EffectiveSetting,
): void {
  const target = settings[id];
  if (!target || target.value === value) return;
  target.value = value;
  target.source = 'derived';
  target.derivedFrom = `${because.id} = ${String(because.value)}`;
  if (because.line === undefined) delete target.line;
  else target.line = because.line;
}

/** Consistency rules wsl.exe applies after reading `.wslconfig` (reference §2). */
function applyWslConfigRules(s: Record<string, EffectiveSetting>): void {
  for (const id of ['wsl2.virtio9p', 'experimental.sparseVhd']) {
    const setting = s[id];
    if (setting?.source === 'file' && setting.value !== false) {
      setting.ignored.push({ line: setting.line ?? 0, reason: 'not-supported' });
      setting.value = false;
      setting.source = 'default';
      delete setting.line;
      delete setting.raw;
    }
  }
  const debugConsole = s['wsl2.debugConsole'];
  const earlyBoot = s['wsl2.earlyBootLogging'];
  if (earlyBoot?.source === 'default') {
    if (debugConsole?.value === true) derive(s, 'wsl2.earlyBootLogging', true, debugConsole);
    const logFile = s['wsl2.debugConsoleLogFile'];
    if (logFile?.source === 'file') derive(s, 'wsl2.earlyBootLogging', true, logFile);
  }
  const dnsIp = s['experimental.dnsTunnelingIpAddress'];
  if (dnsIp?.ignored.some((i) => i.reason === 'invalid-value')) {
    derive(s, 'wsl2.dnsTunneling', false, { ...dnsIp, value: 'invalid' });
  }
  const safeMode = s['wsl2.safeMode'];
  if (safeMode?.value === true) {
    const forced: [string, ConfigValue | null][] = [
      ['wsl2.hostFileSystemAccess', false],
      ['wsl2.nestedVirtualization', false],
      ['wsl2.hardwarePerformanceCounters', false],
      ['wsl2.gpuSupport', false],
      ['wsl2.virtio', false],
      ['wsl2.virtiofs', false],
      ['wsl2.guiApplications', false],
      ['wsl2.swap', 0],
      ['wsl2.kernel', null],
      ['wsl2.kernelModules', null],
      ['wsl2.networkingMode', 'None'],
      ['wsl2.dnsTunneling', false],
      ['wsl2.autoProxy', false],
    ];
    for (const [id, value] of forced) derive(s, id, value, safeMode);
  }
  // After safe mode, as in WslCoreConfig.cpp Config::Initialize: safe mode turns virtio off, which then applies.
  const virtio = s['wsl2.virtio'];
  if (virtio?.value === false) {
    derive(s, 'wsl2.virtiofs', false, virtio);
    derive(s, 'experimental.swiotlb', 0, virtio);
    if (isConsomme(s['wsl2.networkingMode']?.value)) derive(s, 'wsl2.networkingMode', 'NAT', virtio);
  }
  const mode = s['wsl2.networkingMode']?.value;
  const dnsTunneling = s['wsl2.dnsTunneling'];
  if (dnsTunneling?.value === true && typeof mode === 'string' && !['NAT', 'Mirrored'].includes(mode)) {
    if (!isConsomme(mode)) derive(s, 'wsl2.dnsTunneling', false, s['wsl2.networkingMode']!);
  }
}

function isConsomme(mode: ConfigValue | null | undefined): boolean {
  return mode === 'Consomme' || mode === 'VirtioProxy';
}

/** Rules init applies after reading wsl.conf. */
function applyWslConfRules(s: Record<string, EffectiveSetting>): void {
  const root = s['automount.root'];
  if (root && typeof root.value === 'string' && !root.value.endsWith('/')) root.value = `${root.value}/`;
}
