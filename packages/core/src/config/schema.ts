import type { ConfigKeySchema } from './schema-types.js';
import { schemaId } from './schema-types.js';
import type { ConfigKind } from './types.js';
import { WSLCONF_KEYS, WSLCONF_SECTIONS } from './wslconf-schema.js';
import { WSLCONFIG_KEYS, WSLCONFIG_SECTIONS } from './wslconfig-schema.js';

/** Every key of one file (known and obsolete). */
export function configKeys(kind: ConfigKind): readonly ConfigKeySchema[] {
  return kind === 'wslconfig' ? WSLCONFIG_KEYS : WSLCONF_KEYS;
}

/** The sections WSL reads in one file. */
export function configSections(kind: ConfigKind): readonly string[] {
  return kind === 'wslconfig' ? WSLCONFIG_SECTIONS : WSLCONF_SECTIONS;
}

const settingLists = new Map<ConfigKind, readonly { id: string; schema: ConfigKeySchema }[]>();

/** The settings of one file, each with its canonical `section.key` id: known keys without obsolete ones and aliases. */
export function configSettings(kind: ConfigKind): readonly { id: string; schema: ConfigKeySchema }[] {
  let list = settingLists.get(kind);
  if (!list) {
    list = configKeys(kind)
      .filter((schema) => !schema.obsolete && !schema.aliasOf)
      .map((schema) => ({ id: schemaId(schema), schema }));
    settingLists.set(kind, list);
  }
  return list;
}

const indexes = new Map<ConfigKind, Map<string, ConfigKeySchema>>();

function index(kind: ConfigKind): Map<string, ConfigKeySchema> {
  let map = indexes.get(kind);
  if (!map) {
    map = new Map(configKeys(kind).map((k) => [schemaId(k).toLowerCase(), k]));
    indexes.set(kind, map);
  }
  return map;
}

/** Look a key up the way WSL does: `section.key`, case-insensitive. Obsolete keys are returned too. */
export function findConfigKey(kind: ConfigKind, section: string, key: string): ConfigKeySchema | undefined {
  return index(kind).get(`${section}.${key}`.toLowerCase());
}

/** Look a `section.key` id up (case-insensitive). */
function findConfigKeyById(kind: ConfigKind, id: string): ConfigKeySchema | undefined {
  return index(kind).get(id.toLowerCase());
}

const byKeyName = new Map<ConfigKind, Map<string, ConfigKeySchema[]>>();

/** Every key of one file named `key` in any section (case-insensitive), in schema order; obsolete ones too. */
export function keysNamed(kind: ConfigKind, key: string): readonly ConfigKeySchema[] {
  let map = byKeyName.get(kind);
  if (!map) {
    map = new Map();
    for (const schema of configKeys(kind)) {
      const lower = schema.key.toLowerCase();
      const list = map.get(lower);
      if (list) list.push(schema);
      else map.set(lower, [schema]);
    }
    byKeyName.set(kind, map);
  }
  return map.get(key.toLowerCase()) ?? [];
}

/** The canonical section spelling, if the file has that section. */
export function findSection(kind: ConfigKind, section: string): string | undefined {
  const lower = section.toLowerCase();
  return configSections(kind).find((s) => s.toLowerCase() === lower);
}

/** The setting a key feeds: aliases (`experimental.networkingMode`) resolve to their canonical key. */
export function settingOf(kind: ConfigKind, schema: ConfigKeySchema): ConfigKeySchema {
  return schema.aliasOf ? (findConfigKeyById(kind, schema.aliasOf) ?? schema) : schema;
}
