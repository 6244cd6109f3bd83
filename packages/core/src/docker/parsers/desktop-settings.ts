import { decodeOutput } from '../../text/decode.js';
import { type Parsed, parsed } from '../../text/parse-result.js';
import type { DesktopSettings } from '../types.js';
import { bool, getKey, isRecord, num, scanJsonValues, strList } from './json-scan.js';
import { preview } from './version.js';

function emptySettings(): DesktopSettings {
  return {
    wslEngineEnabled: null,
    useWindowsContainers: null,
    integratedWslDistros: [],
    enableIntegrationWithDefaultWslDistro: null,
    memoryMiB: null,
    cpus: null,
    autoStart: null,
    exposeDockerApiOnTcp2375: null,
    lockedKeys: [],
  };
}

/**
 * One Docker Desktop settings file: `settings-store.json` (4.35+, PascalCase keys), `settings.json` (≤4.34,
 * camelCase) or `admin-settings.json` (`{key: {locked, value}}`, WSL switch under `linuxVM`). Keys are matched
 * case-insensitively because the casing changed between versions and is not published.
 */
export function parseDesktopSettings(input: string | Uint8Array): Parsed<DesktopSettings> {
  const text = decodeOutput(input);
  const scan = scanJsonValues(text);
  const root = scan.values.map((v) => v.value).find(isRecord);
  const settings = emptySettings();
  if (!root) {
    const warnings = [...scan.warnings];
    if (text.trim() !== '')
      warnings.push(`Docker Desktop settings are not JSON (they start with \`${preview(text)}\`).`);
    return parsed(false, settings, warnings);
  }
  const warnings = [...scan.warnings];
  const read = (key: string, admin: Record<string, unknown> = root): unknown => {
    const raw = getKey(admin, key);
    // admin-settings.json wraps each value as {locked, value}.
    if (isRecord(raw) && getKey(raw, 'value') !== undefined) {
      if (bool(getKey(raw, 'locked')) === true) settings.lockedKeys.push(key);
      return getKey(raw, 'value');
    }
    return raw;
  };
  const linuxVm = getKey(root, 'linuxVM');
  settings.wslEngineEnabled =
    bool(read('wslEngineEnabled')) ?? (isRecord(linuxVm) ? bool(read('wslEngineEnabled', linuxVm)) : null);
  settings.useWindowsContainers = bool(read('useWindowsContainers'));
  const distros = read('integratedWslDistros');
  settings.integratedWslDistros = strList(distros);
  if (distros !== undefined && !Array.isArray(distros)) {
    warnings.push('Docker Desktop setting `integratedWslDistros` is not a list; it was ignored.');
  }
  settings.enableIntegrationWithDefaultWslDistro = bool(read('enableIntegrationWithDefaultWslDistro'));
  settings.memoryMiB = num(read('memoryMiB'));
  settings.cpus = num(read('cpus'));
  settings.autoStart = bool(read('autoStart'));
  settings.exposeDockerApiOnTcp2375 = bool(read('exposeDockerAPIOnTCP2375'));
  return parsed(true, settings, warnings);
}

/**
 * Combine the files Desktop may leave behind: admin-locked values win, then `settings-store.json` (current), then
 * the legacy `settings.json` for keys the newer file lacks.
 */
export function mergeDesktopSettings(files: {
  settingsStore?: string | Uint8Array | null;
  settings?: string | Uint8Array | null;
  adminSettings?: string | Uint8Array | null;
}): Parsed<DesktopSettings> {
  const layers: { name: string; result: Parsed<DesktopSettings> }[] = [];
  if (files.adminSettings != null) {
    layers.push({ name: 'admin-settings.json', result: parseDesktopSettings(files.adminSettings) });
  }
  if (files.settingsStore != null) {
    layers.push({ name: 'settings-store.json', result: parseDesktopSettings(files.settingsStore) });
  }
  if (files.settings != null) layers.push({ name: 'settings.json', result: parseDesktopSettings(files.settings) });
  const merged = emptySettings();
  const warnings: string[] = [];
  for (const { name, result } of layers) {
    warnings.push(...result.warnings.map((w) => `${name}: ${w}`));
    if (!result.recognized) continue;
    const v = result.value;
    // An admin file's unlocked values are only defaults the user may have changed: just its locked ones win.
    const use = <T>(key: string, value: T, none: T): T =>
      name !== 'admin-settings.json' || v.lockedKeys.includes(key) ? value : none;
    merged.wslEngineEnabled ??= use('wslEngineEnabled', v.wslEngineEnabled, null);
    merged.useWindowsContainers ??= use('useWindowsContainers', v.useWindowsContainers, null);
    if (merged.integratedWslDistros.length === 0) {
      merged.integratedWslDistros = use('integratedWslDistros', v.integratedWslDistros, []);
    }
    merged.enableIntegrationWithDefaultWslDistro ??= use(
      'enableIntegrationWithDefaultWslDistro',
      v.enableIntegrationWithDefaultWslDistro,
      null,
    );
    merged.memoryMiB ??= use('memoryMiB', v.memoryMiB, null);
    merged.cpus ??= use('cpus', v.cpus, null);
    merged.autoStart ??= use('autoStart', v.autoStart, null);
    merged.exposeDockerApiOnTcp2375 ??= use('exposeDockerAPIOnTCP2375', v.exposeDockerApiOnTcp2375, null);
    for (const key of v.lockedKeys) if (!merged.lockedKeys.includes(key)) merged.lockedKeys.push(key);
  }
  return parsed(
    layers.some((l) => l.result.recognized),
    merged,
    warnings,
  );
}
