import { InputError } from '../errors.js';

/**
 * Validators for everything that ends up on a wsl.exe command line. wsl.exe's top-level parser splits its raw
 * command line at spaces and does not strip quotes (except for `--cd`), and a token starting with `-` is read as
 * an option, so names must be plain tokens. Each validator returns a branded value or throws InputError naming
 * the input and the accepted form.
 */
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type DistroName = Brand<string, 'DistroName'>;
export type LinuxUserName = Brand<string, 'LinuxUserName'>;
export type PackageName = Brand<string, 'PackageName'>;
export type WindowsPath = Brand<string, 'WindowsPath'>;
export type LinuxPath = Brand<string, 'LinuxPath'>;
/** A `--cd` target: `~`, an absolute Linux path or an absolute Windows path. */
export type WslDirectory = Brand<string, 'WslDirectory'>;
export type WslVersion = 1 | 2;
/** `--vhd-size` / `--resize`: an integer and an optional unit (B, K, KB, M, MB, G, GB, T, TB). */
export type MemorySize = Brand<string, 'MemorySize'>;

/** What the WSL service accepts as a distro name (`s_ValidateDistroName`): 1-256 of `[A-Za-z0-9._-]`. */
export const DISTRO_NAME_PATTERN = /^[A-Za-z0-9._-]{1,256}$/;
/** POSIX portable user names, as useradd accepts them by default. */
export const LINUX_USER_PATTERN = /^[a-z_][a-z0-9_-]*\$?$/;
/** Characters apt, dnf/yum, zypper and apk accept in a package spec (`name`, `name=1.2-3`, `name:amd64`, `lib+x`). */
export const PACKAGE_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._+:~=-]*$/;

function describe(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  const shown = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return JSON.stringify(shown);
}

function fail(input: string, value: unknown, problem: string, accepted: string): never {
  throw new InputError(input, `The ${input} ${describe(value)} ${problem}. Accepted: ${accepted}.`);
}

function requireString(input: string, value: unknown, accepted: string): string {
  if (typeof value !== 'string') fail(input, value, 'is not text', accepted);
  if (value === '') fail(input, value, 'is empty', accepted);
  return value;
}

const DISTRO_ACCEPTED =
  '1-256 letters, digits, dots, underscores or hyphens, not starting with "-" (e.g. Ubuntu-24.04)';

export function validateDistroName(value: unknown, input = 'distribution name'): DistroName {
  const name = requireString(input, value, DISTRO_ACCEPTED);
  if (name.startsWith('-')) fail(input, name, 'starts with "-" and would be read as an option', DISTRO_ACCEPTED);
  if (name.length > 256) fail(input, name, `is ${name.length} characters long`, DISTRO_ACCEPTED);
  if (!DISTRO_NAME_PATTERN.test(name)) {
    fail(input, name, `contains ${describeBadCharacters(name, /[A-Za-z0-9._-]/)}`, DISTRO_ACCEPTED);
  }
  // The service reserves "Legacy" (the WSL 1 beta distro); lookups are case-insensitive.
  if (name.toLowerCase() === 'legacy') fail(input, name, 'is reserved by WSL', DISTRO_ACCEPTED);
  return name as DistroName;
}

const USER_ACCEPTED =
  'a POSIX user name: lower-case letters, digits, "_" or "-", starting with a letter or "_", optionally ending in "$", at most 32 characters';

export function validateLinuxUserName(value: unknown, input = 'Linux user name'): LinuxUserName {
  const name = requireString(input, value, USER_ACCEPTED);
  if (name.length > 32) fail(input, name, `is ${name.length} characters long`, USER_ACCEPTED);
  if (!LINUX_USER_PATTERN.test(name)) {
    const problem = name.startsWith('-')
      ? 'starts with "-" and would be read as an option'
      : /^[0-9]/.test(name)
        ? 'starts with a digit'
        : `contains ${describeBadCharacters(name, /[a-z0-9_$-]/)}`;
    fail(input, name, problem, USER_ACCEPTED);
  }
  return name as LinuxUserName;
}

const PACKAGE_ACCEPTED =
  'a package name of letters, digits and . _ + - (optionally with =version, :arch or ~), starting with a letter or digit, at most 200 characters';

export function validatePackageName(value: unknown, input = 'package name'): PackageName {
  const name = requireString(input, value, PACKAGE_ACCEPTED);
  if (name.length > 200) fail(input, name, `is ${name.length} characters long`, PACKAGE_ACCEPTED);
  if (!PACKAGE_NAME_PATTERN.test(name)) {
    const problem = name.startsWith('-')
      ? 'starts with "-" and would be read as an option'
      : `contains ${describeBadCharacters(name, /[A-Za-z0-9._+:~=-]/)}`;
    fail(input, name, problem, PACKAGE_ACCEPTED);
  }
  return name as PackageName;
}

export interface PathValidationOptions {
  /** Require an absolute path (default true). */
  absolute?: boolean;
}

/** Characters no path on a command line may hold: NUL, line breaks (they end a command) and other controls. */
function checkPathCharacters(input: string, path: string, accepted: string): void {
  if (path.includes('\0')) fail(input, path, 'contains a NUL byte', accepted);
  if (/[\r\n]/.test(path)) fail(input, path, 'contains a line break', accepted);
  if (/[\u0001-\u001f\u007f]/.test(path)) fail(input, path, 'contains a control character', accepted);
}

const WINDOWS_ABSOLUTE = /^(?:[A-Za-z]:[\\/]|\\\\[^\\/?*"<>|]+[\\/][^\\/]+|\\\\\?\\)/;

export function validateWindowsPath(
  value: unknown,
  input = 'Windows path',
  options: PathValidationOptions = {},
): WindowsPath {
  const absolute = options.absolute ?? true;
  const accepted = absolute
    ? 'an absolute Windows path such as C:\\WSL\\Ubuntu or \\\\server\\share\\dir, without " < > | * ? or line breaks'
    : 'a Windows path without " < > | * ? or line breaks';
  const path = requireString(input, value, accepted);
  checkPathCharacters(input, path, accepted);
  if (path.length > 32_767) fail(input, path, 'is longer than Windows allows', accepted);
  // `?` is only legal in the `\\?\` prefix; the others are never legal in Windows file names.
  const body = path.startsWith('\\\\?\\') ? path.slice(4) : path;
  if (/["<>|*?]/.test(body)) fail(input, path, `contains ${describeBadCharacters(body, /[^"<>|*?]/)}`, accepted);
  if (body.indexOf(':', 2) !== -1 && !body.startsWith('\\\\')) {
    fail(input, path, 'contains ":" outside the drive letter', accepted);
  }
  if (absolute && !WINDOWS_ABSOLUTE.test(path)) fail(input, path, 'is not an absolute Windows path', accepted);
  if (path.startsWith('-')) fail(input, path, 'starts with "-" and would be read as an option', accepted);
  return path as WindowsPath;
}

export function validateLinuxPath(
  value: unknown,
  input = 'Linux path',
  options: PathValidationOptions = {},
): LinuxPath {
  const absolute = options.absolute ?? true;
  const accepted = absolute
    ? 'an absolute Linux path starting with "/", without NUL or line breaks'
    : 'a Linux path without NUL or line breaks';
  const path = requireString(input, value, accepted);
  checkPathCharacters(input, path, accepted);
  if (path.length > 4096) fail(input, path, 'is longer than PATH_MAX (4096)', accepted);
  if (absolute && !path.startsWith('/')) fail(input, path, 'does not start with "/"', accepted);
  if (!absolute && path.startsWith('-')) fail(input, path, 'starts with "-" and would be read as an option', accepted);
  return path as LinuxPath;
}

const DIRECTORY_ACCEPTED =
  '"~" (the Linux home), an absolute Linux path such as /home/me, or an absolute Windows path such as C:\\src';

/** A `--cd` directory, in the three forms wsl.exe accepts. A relative path would fail with E_INVALIDARG. */
export function validateWslDirectory(value: unknown, input = 'working directory'): WslDirectory {
  const dir = requireString(input, value, DIRECTORY_ACCEPTED);
  if (dir === '~') return dir as WslDirectory;
  if (dir.startsWith('/')) {
    validateLinuxPath(dir, input);
    // wsl.exe strips quotes from the --cd value, so a quote would silently change the path.
    if (dir.includes('"')) fail(input, dir, 'contains a double quote', DIRECTORY_ACCEPTED);
    return dir as WslDirectory;
  }
  if (/^[A-Za-z]:[\\/]|^\\\\/.test(dir)) return validateWindowsPath(dir, input) as string as WslDirectory;
  return fail(input, dir, 'is not "~" or an absolute path', DIRECTORY_ACCEPTED);
}

export function validateWslVersion(value: unknown, input = 'WSL version'): WslVersion {
  if (value === 1 || value === '1') return 1;
  if (value === 2 || value === '2') return 2;
  return fail(input, value, 'is not a WSL version', '1 or 2');
}

const SIZE_ACCEPTED = 'a whole number with an optional unit B, K, KB, M, MB, G, GB, T or TB (e.g. 256GB)';

export function validateMemorySize(value: unknown, input = 'disk size'): MemorySize {
  const size = requireString(input, value, SIZE_ACCEPTED);
  if (!/^[0-9]{1,15}(?:B|K|KB|M|MB|G|GB|T|TB)?$/.test(size)) fail(input, size, 'is not a size', SIZE_ACCEPTED);
  // microsoft/WSL stringshared.h ParseMemorySize: a value of zero must be the single digit `0`.
  if (/^0{2,}[A-Z]*$/.test(size)) fail(input, size, 'is not a size (write zero as a single 0)', SIZE_ACCEPTED);
  return size as MemorySize;
}

const ENV_ACCEPTED = 'letters, digits and underscores, not starting with a digit (e.g. MY_VAR)';

export function validateEnvName(value: unknown, input = 'environment variable name'): string {
  const name = requireString(input, value, ENV_ACCEPTED);
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) fail(input, name, 'is not a portable variable name', ENV_ACCEPTED);
  return name;
}

/** Non-throwing forms for callers that branch instead of failing. */
export function isValidDistroName(value: unknown): value is DistroName {
  return passes(() => validateDistroName(value));
}

export function isValidLinuxUserName(value: unknown): value is LinuxUserName {
  return passes(() => validateLinuxUserName(value));
}

function passes(check: () => unknown): boolean {
  try {
    check();
    return true;
  } catch {
    return false;
  }
}

/** Name the offending characters in words a user understands ("a space, ";""). */
function describeBadCharacters(text: string, allowed: RegExp): string {
  const bad = new Set<string>();
  for (const char of text) if (!allowed.test(char)) bad.add(char);
  const names = [...bad].slice(0, 5).map((char) => {
    if (char === ' ') return 'a space';
    if (char === '\n' || char === '\r') return 'a line break';
    if (char === '\t') return 'a tab';
    if (char === '\0') return 'a NUL byte';
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f) return `control character U+${code.toString(16).padStart(4, '0').toUpperCase()}`;
    return JSON.stringify(char);
  });
  return names.length ? names.join(', ') : 'characters that are not accepted';
}
