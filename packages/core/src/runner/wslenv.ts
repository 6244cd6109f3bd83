import { InputError } from '../errors.js';

/**
 * WSLENV lists the environment variables that cross the Windows ↔ Linux boundary, as `NAME[/flags]` joined by
 * `:`. Flags: `p` translate the value as a path, `l` the value is a list of paths, `u` only Windows → WSL,
 * `w` only WSL → Windows. Everything here is pure.
 */
export interface WslenvEntry {
  name: string;
  /** Flag letters after the `/` ('' when none). Kept verbatim when parsed, so merging never drops a flag. */
  flags: string;
}

export interface WslenvEntryOptions {
  /** Translate the value as one path (`/p`). */
  path?: boolean;
  /** The value is a list of paths (`/l`; implies translation, so `/p` is not added). */
  list?: boolean;
  /** Which way the variable crosses: both (default), only into WSL (`/u`) or only out to Windows (`/w`). */
  direction?: 'both' | 'to-wsl' | 'to-windows';
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Build one entry from intent rather than letters. */
export function wslenvEntry(name: string, options: WslenvEntryOptions = {}): WslenvEntry {
  if (!ENV_NAME.test(name)) {
    throw new InputError(
      'environment variable name',
      `The environment variable name ${JSON.stringify(name)} cannot be forwarded through WSLENV: use letters, digits ` +
        'and underscores, not starting with a digit (e.g. MY_VAR).',
    );
  }
  let flags = '';
  if (options.list) flags += 'l';
  else if (options.path) flags += 'p';
  if (options.direction === 'to-wsl') flags += 'u';
  if (options.direction === 'to-windows') flags += 'w';
  return { name, flags };
}

/** Split a WSLENV value into entries. Total: empty items are skipped, odd flags are kept as written. */
export function parseWslenv(value: string | undefined): WslenvEntry[] {
  if (!value) return [];
  const entries: WslenvEntry[] = [];
  for (const item of value.split(':')) {
    const trimmed = item.trim();
    if (!trimmed) continue;
    const slash = trimmed.indexOf('/');
    const name = slash === -1 ? trimmed : trimmed.slice(0, slash);
    if (!name) continue;
    entries.push({ name, flags: slash === -1 ? '' : trimmed.slice(slash + 1) });
  }
  return entries;
}

export function formatWslenv(entries: readonly WslenvEntry[]): string {
  return entries.map((entry) => (entry.flags ? `${entry.name}/${entry.flags}` : entry.name)).join(':');
}

/**
 * Merge entries into an existing WSLENV value: every name appears once, in its first position; an added entry
 * replaces the flags of an existing one with the same name (names compare exactly, as Linux does).
 */
export function mergeWslenv(base: string | undefined, additions: readonly (WslenvEntry | string)[]): string {
  const merged: WslenvEntry[] = [];
  const byName = new Map<string, WslenvEntry>();
  const put = (entry: WslenvEntry, override: boolean) => {
    const existing = byName.get(entry.name);
    if (existing) {
      if (override) existing.flags = entry.flags;
      return;
    }
    const copy = { ...entry };
    byName.set(copy.name, copy);
    merged.push(copy);
  };
  for (const entry of parseWslenv(base)) put(entry, false);
  for (const addition of additions) put(typeof addition === 'string' ? wslenvEntry(addition) : addition, true);
  return formatWslenv(merged);
}

export interface PathTranslationOptions {
  /** Where Windows drives are mounted inside the distro (`[automount] root` of wsl.conf). Default `/mnt/`. */
  automountRoot?: string;
}

function normalizeRoot(root: string | undefined): string {
  let value = (root ?? '/mnt/').trim() || '/mnt/';
  if (!value.startsWith('/')) value = `/${value}`;
  if (!value.endsWith('/')) value = `${value}/`;
  return value;
}

const WSL_UNC = /^[\\/]{2}(?:wsl\$|wsl\.localhost)[\\/]([^\\/]+)(?:[\\/](.*))?$/i;

/** `\\wsl$\Ubuntu\home\me` or `\\wsl.localhost\Ubuntu\home\me` → `{distro: 'Ubuntu', linuxPath: '/home/me'}`. */
export function parseWslUncPath(path: string): { distro: string; linuxPath: string } | undefined {
  const match = WSL_UNC.exec(stripExtendedPrefix(path));
  if (!match?.[1]) return undefined;
  return { distro: match[1], linuxPath: `/${toForwardSlashes(match[2] ?? '')}` };
}

/**
 * Translate a Windows path to the path a distro sees: `C:\Users\x` → `/mnt/c/Users/x` (drive letters lower-case,
 * under the automount root), `\\wsl.localhost\Distro\etc` → `/etc`, a relative path only changes separators.
 * Returns undefined for what has no Linux path: other UNC shares, drive-relative `C:foo`, `\rooted` paths.
 */
export function windowsPathToWsl(path: string, options: PathTranslationOptions = {}): string | undefined {
  const root = normalizeRoot(options.automountRoot);
  const stripped = stripExtendedPrefix(path);
  const unc = parseWslUncPath(stripped);
  if (unc) return unc.linuxPath;
  const drive = /^([A-Za-z]):(?:([\\/])(.*))?$/s.exec(stripped);
  if (drive?.[1]) {
    if (drive[2] === undefined) return stripped.length === 2 ? `${root}${drive[1].toLowerCase()}/` : undefined;
    return `${root}${drive[1].toLowerCase()}/${toForwardSlashes(drive[3] ?? '')}`;
  }
  if (/^[A-Za-z]:/.test(stripped) || /^[\\/]/.test(stripped)) return undefined;
  return toForwardSlashes(stripped);
}

/**
 * The reverse: `/mnt/c/Users/x` → `C:\Users\x`; another absolute Linux path → `\\wsl.localhost\<distro>\…`
 * when the distro is known (else undefined); a relative path only changes separators.
 */
export function wslPathToWindows(
  path: string,
  options: PathTranslationOptions & { distro?: string } = {},
): string | undefined {
  const root = normalizeRoot(options.automountRoot);
  if (path.startsWith(root)) {
    const rest = path.slice(root.length);
    const drive = /^([A-Za-z])(?:\/(.*))?$/s.exec(rest);
    if (drive?.[1]) return `${drive[1].toUpperCase()}:\\${toBackslashes(drive[2] ?? '')}`;
  }
  if (path.startsWith('/')) {
    if (!options.distro) return undefined;
    const rest = toBackslashes(path.replace(/^\/+/, ''));
    return `\\\\wsl.localhost\\${options.distro}${rest ? `\\${rest}` : ''}`;
  }
  return toBackslashes(path);
}

function stripExtendedPrefix(path: string): string {
  if (/^\\\\\?\\UNC\\/i.test(path)) return `\\\\${path.slice(8)}`;
  if (path.startsWith('\\\\?\\') || path.startsWith('\\\\.\\')) return path.slice(4);
  return path;
}

function toForwardSlashes(path: string): string {
  return path.replace(/[\\/]+/g, '/');
}

function toBackslashes(path: string): string {
  return path.replace(/\/+/g, '\\');
}
