import data from '../../data/wsl-strings.json' with { type: 'json' };

type Table = Record<string, Record<string, string>>;

const resources = data.resources as Table;
const windowsSystem = data.windowsSystem as Table;
const enUsOnly = data.enUsOnly as Table;

/** The WSL resource ids the twin prints (all present in every locale of the data file). */
export type ResourceId = keyof (typeof data.resources)['en-US'];
export type SystemMessageId = keyof (typeof data.windowsSystem)['en-US'];
export type EnUsOnlyId = keyof (typeof data.enUsOnly)['en-US'];

/** wsl.exe picks the first exact match among the user's UI languages, else en-US. */
export function resolveLocale(locale: string): string {
  return Object.hasOwn(resources, locale) ? locale : 'en-US';
}

/** `std::format`-style `{}` placeholders, filled in order. */
export function formatMessage(template: string, ...args: readonly (string | number)[]): string {
  let index = 0;
  return template.replace(/\{\}/g, () => String(args[index++] ?? ''));
}

function lookup(table: Table, locale: string, id: string): string {
  const text = table[resolveLocale(locale)]?.[id] ?? table['en-US']?.[id];
  if (text === undefined) throw new Error(`wsl twin: no string ${id} in data/wsl-strings.json`);
  return text;
}

/** A localized WSL resource string. */
export function resource(locale: string, id: ResourceId, ...args: readonly (string | number)[]): string {
  return formatMessage(lookup(resources, locale, id), ...args);
}

/** A Windows system message (FormatMessage text). Only en-US is known: other locales fall back to it. */
export function systemMessage(locale: string, id: SystemMessageId): string {
  return lookup(windowsSystem, locale, id);
}

/** A real string known only in English (usage text, inbox output, argument errors). */
export function englishOnly(id: EnUsOnlyId, ...args: readonly (string | number)[]): string {
  return formatMessage(lookup(enUsOnly, 'en-US', id), ...args);
}
