import { defaultDistro, type TwinDistro, type TwinWslState } from './state.js';
import { englishOnly, resource } from './strings.js';

/** Field width of the NAME column: max(4, longest name) + 4, in UTF-16 code units (microsoft/WSL WslClient.cpp `ListDistributionsHelper`). */
function nameWidth(names: readonly string[]): number {
  return Math.max(4, ...names.map((n) => n.length)) + 4;
}

/** `wsl -l -v`: a marker column, the name, the state in 16 columns, the version (headers stay English). */
export function renderListVerbose(ordered: readonly TwinDistro[], defaultName: string | undefined): string {
  const width = nameWidth(ordered.map((d) => d.name));
  const rows = [`  ${'NAME'.padEnd(width)}${'STATE'.padEnd(16)}VERSION`];
  for (const d of ordered) {
    rows.push(`${d.name === defaultName ? '*' : ' '} ${d.name.padEnd(width)}${d.state.padEnd(16)}${d.version}`);
  }
  return rows.join('\n');
}

/** `wsl -l`: the localized header, then names with the default one first and marked. */
export function renderList(locale: string, ordered: readonly TwinDistro[], defaultName: string | undefined): string {
  const rows = [resource(locale, 'MessageRegisteredDistrosHeader')];
  for (const d of ordered) {
    rows.push(d.name === defaultName ? resource(locale, 'MessagePrintDistroDefault', d.name) : d.name);
  }
  return rows.join('\n');
}

/** `wsl -l -o`: the intro (which ends in a line break, hence the blank line), then `NAME  FRIENDLY NAME` rows. */
export function renderListOnline(state: TwinWslState): string {
  const width = nameWidth(state.online.map((e) => e.name));
  const rows = [
    `${'NAME'.padEnd(width)}FRIENDLY NAME`,
    ...state.online.map((e) => `${e.name.padEnd(width)}${e.friendlyName}`),
  ];
  return `${resource(state.locale, 'MessageDistributionListOnline', '--install')}\n${rows.join('\n')}`;
}

export function renderVersion(state: TwinWslState): string {
  const v = state.versions;
  return resource(
    state.locale,
    'MessagePackageVersions',
    v.wsl,
    v.kernel,
    v.wslg,
    v.msrdc,
    v.direct3d,
    v.dxcore,
    v.windows,
  );
}

/**
 * `wsl --status`. The package prints the default distro (if any), the default version, then the WSL1 and
 * virtualization notices when they apply. The inbox build adds its update date and kernel (MicrosoftDocs/WSL #1679)
 * when the WSL 2 kernel component is installed; without it there is no kernel to report (windows-2022).
 */
export function renderStatus(state: TwinWslState): string {
  const lines: string[] = [];
  const def = defaultDistro(state);
  if (def) lines.push(resource(state.locale, 'MessageStatusDefaultDistro', def.name));
  lines.push(resource(state.locale, 'MessageStatusDefaultVersion', state.defaultVersion));
  if (state.kind === 'inbox') {
    if (state.kernelInstalled !== true) return lines.join('\n');
    lines.push(
      '',
      englishOnly('InboxStatusLastUpdated', state.inbox?.lastUpdated ?? '8/30/2022'),
      englishOnly('InboxStatusAutoUpdatesOn'),
      '',
      englishOnly('InboxStatusKernelVersion', state.versions.kernel),
    );
    return lines.join('\n');
  }
  if (!state.features.includes('Microsoft-Windows-Subsystem-Linux')) {
    lines.push(resource(state.locale, 'MessageWsl1NotSupported'));
  }
  if (!state.virtualization) lines.push(resource(state.locale, 'MessageEnableVirtualization'));
  return lines.join('\n');
}
