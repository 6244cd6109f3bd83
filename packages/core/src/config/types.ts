/**
 * Shared vocabulary of the config area. Two files share one parser inside WSL (a `.gitconfig`-style reader):
 * `%UserProfile%\.wslconfig` (read by wsl.exe on Windows, text mode, bad lines skipped) and `/etc/wsl.conf`
 * (read by init inside each distribution, byte mode, parsing stops at the first bad line).
 */
export type ConfigKind = 'wslconfig' | 'wslconf';

/** A typed value as WSL reads it: booleans, integers and byte sizes become numbers or booleans, the rest text. */
export type ConfigValue = string | number | boolean;

/** How users write the two files in messages. */
export function configFileLabel(kind: ConfigKind): string {
  return kind === 'wslconfig' ? '.wslconfig' : '/etc/wsl.conf';
}

/** The other file, for "this belongs in …" messages. */
export function otherKind(kind: ConfigKind): ConfigKind {
  return kind === 'wslconfig' ? 'wslconf' : 'wslconfig';
}
