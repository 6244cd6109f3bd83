/** The state words of `wsl -l -v` (hard-coded English in wsl.exe, in every display language). */
export const KNOWN_DISTRO_STATES = [
  'Running',
  'Stopped',
  'Installing',
  'Converting',
  'Uninstalling',
  'Exporting',
] as const;
export type KnownDistroState = (typeof KNOWN_DISTRO_STATES)[number];
