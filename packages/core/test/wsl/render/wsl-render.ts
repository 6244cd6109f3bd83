// Test-only renderer: fills the real wsl.exe resource templates (fixtures/wsl-errors/wsl-strings.json, 22 locales)
// and lays out tables the way wsl.exe does, then encodes like wsl.exe (UTF-16LE without BOM, CRLF).
import { readFileSync } from 'node:fs';

type LocaleStrings = Record<string, string>;

const STRINGS_URL = new URL('../../fixtures/wsl-errors/wsl-strings.json', import.meta.url);
export const WSL_STRINGS: Readonly<Record<string, LocaleStrings>> = JSON.parse(readFileSync(STRINGS_URL, 'utf8'));
export const LOCALES: readonly string[] = Object.keys(WSL_STRINGS);

export function message(locale: string, key: string): string {
  const value = WSL_STRINGS[locale]?.[key];
  if (value === undefined) throw new Error(`No string ${key} for ${locale}`);
  return value;
}

/** std::format-style fill: each `{}` takes the next value. */
export function fill(template: string, ...values: readonly string[]): string {
  let next = 0;
  return template.replace(/\{\}/g, () => values[next++] ?? '');
}

/**
 * wsl.exe output bytes: UTF-16LE, no BOM, every `\n` written as `\r\n` (or UTF-8 when WSL_UTF8=1). The library's
 * encoder; fixtures.test.ts holds it to the byte-exact captured files.
 */
export { encodeLikeWsl as encodeLikeWslExe } from '../../../src/text/decode.js';

export interface RenderedVersions {
  wslVersion: string;
  kernelVersion: string;
  wslgVersion: string;
  msrdcVersion: string;
  direct3dVersion: string;
  dxcoreVersion: string;
  windowsVersion: string;
}

export function renderVersion(locale: string, v: RenderedVersions): string {
  const values = [
    v.wslVersion,
    v.kernelVersion,
    v.wslgVersion,
    v.msrdcVersion,
    v.direct3dVersion,
    v.dxcoreVersion,
    v.windowsVersion,
  ];
  return `${fill(message(locale, 'MessagePackageVersions'), ...values)}\n`;
}

export interface RenderedDistro {
  name: string;
  state: string;
  version: number;
  default: boolean;
}

/** Default first; others keep their order (wsl.exe sorts the default to the top). */
function defaultFirst<T extends { default: boolean }>(items: readonly T[]): T[] {
  return [...items.filter((d) => d.default), ...items.filter((d) => !d.default)];
}

/** `wsl -l -v`: marker column, name padded to max(4, longest)+4, state padded to 16, version. English header. */
export function renderListVerbose(distros: readonly RenderedDistro[]): string {
  const width = Math.max(4, ...distros.map((d) => d.name.length)) + 4;
  const rows = [`  ${'NAME'.padEnd(width)}${'STATE'.padEnd(16)}VERSION`];
  for (const d of defaultFirst(distros)) {
    rows.push(`${d.default ? '*' : ' '} ${d.name.padEnd(width)}${d.state.padEnd(16)}${d.version}`);
  }
  return `${rows.join('\n')}\n`;
}

/** `wsl -l`: localized header, then names, the default one first through the localized `{} (Default)`. */
export function renderList(locale: string, distros: readonly { name: string; default: boolean }[]): string {
  const lines = [message(locale, 'MessageRegisteredDistrosHeader')];
  for (const d of defaultFirst(distros)) {
    lines.push(d.default ? fill(message(locale, 'MessagePrintDistroDefault'), d.name) : d.name);
  }
  return `${lines.join('\n')}\n`;
}

export function renderListQuiet(names: readonly string[]): string {
  return names.map((name) => `${name}\n`).join('');
}

/** `wsl -l -o`: intro (already ends in `\n`), a newline, then `%-Ws%s` rows; optional `*` marker column. */
export function renderListOnline(
  locale: string,
  rows: readonly { name: string; friendlyName: string; default?: boolean }[],
  options: { markerColumn?: boolean } = {},
): string {
  const width = Math.max(4, ...rows.map((r) => r.name.length)) + 4;
  const mark = (marked: boolean | undefined): string => (options.markerColumn ? (marked ? '* ' : '  ') : '');
  const lines = [`${mark(false)}${'NAME'.padEnd(width)}FRIENDLY NAME`];
  for (const r of rows) lines.push(`${mark(r.default)}${r.name.padEnd(width)}${r.friendlyName}`);
  return `${fill(message(locale, 'MessageDistributionListOnline'), '--install')}\n${lines.join('\n')}\n`;
}

/** `wsl --status` (Store shape): default distribution line only when there is one, then the default version. */
export function renderStatus(
  locale: string,
  status: { defaultDistribution: string | null; defaultVersion: 1 | 2 },
  extras: { wsl1NotSupported?: boolean; virtualizationDisabled?: boolean } = {},
): string {
  const lines: string[] = [];
  if (status.defaultDistribution !== null) {
    lines.push(fill(message(locale, 'MessageStatusDefaultDistro'), status.defaultDistribution));
  }
  lines.push(fill(message(locale, 'MessageStatusDefaultVersion'), String(status.defaultVersion)));
  if (extras.wsl1NotSupported) lines.push(message(locale, 'MessageWsl1NotSupported'));
  if (extras.virtualizationDisabled) lines.push(message(locale, 'MessageEnableVirtualization'));
  return `${lines.join('\n')}\n`;
}

/** WSL_E_DEFAULT_DISTRO_NOT_FOUND: no `Error code:` line; Admin Protection prepends its notice and a blank line. */
export function renderNoDistros(locale: string, options: { adminProtection?: boolean } = {}): string {
  const prefix = options.adminProtection ? `${message(locale, 'MessageAdminProtectionEnabled')}\n\n` : '';
  return `${prefix}${message(locale, 'MessageNoDefaultDistro')}\n`;
}

export function renderError(locale: string, text: string, code: string): string {
  return `${fill(message(locale, 'MessageErrorCode'), text, code)}\n`;
}
