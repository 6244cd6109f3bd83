import { lstatSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * WSL reads `%USERPROFILE%\.wslconfig` and a distro's `/etc/wsl.conf` with one parser, microsoft/WSL
 * `src/shared/configfile/configfile.cpp` `ParseConfigFile`, but its two callers open the file differently and pass
 * different flags:
 * - `.wslconfig`: `src/windows/common/WslCoreConfig.cpp` `Config::ParseConfigFile` opens it with
 *   `_wfopen(path, L"rt,ccs=UTF-8")` (text mode: the C runtime drops a byte-order mark and folds CRLF into LF) and
 *   passes `CFG_SKIP_INVALID_LINES | CFG_SKIP_UNKNOWN_VALUES`: a rejected line is skipped;
 * - `/etc/wsl.conf`: `src/linux/init/WslDistributionConfig.cpp` `WslDistributionConfig::WslDistributionConfig`
 *   opens it with `fopen(path, "r")` (bytes as they are: a BOM is a character, a CR stays) and passes only
 *   `CFG_SKIP_UNKNOWN_VALUES`: the first rejected line ends the reading (what was read before it stays).
 */
export type ConfigFileKind = 'wslconfig' | 'wslconf';

/** What WSL's parser made of a file. */
export interface IniReading {
  /**
   * The name WSL looks each value up by (`section.key`, lower case: `ConfigKey::Matches` uses `strcasecmp`) → the
   * value as it stores it. The first occurrence of a name wins (`ConfigKey::Parse` warns about and ignores a
   * repeated key, even when the first value was invalid). A key before any section is looked up by its bare name,
   * which no WSL setting has.
   */
  settings: Map<string, string>;
  /** Lines WSL rejected (skipped in `.wslconfig`; in `/etc/wsl.conf` at most one, where it stopped). */
  invalidLines: number;
  /** `/etc/wsl.conf` only: WSL stopped at a rejected line and ignored the rest of the file. */
  stopped: boolean;
}

const isHSpace = (c: string): boolean => c === ' ' || c === '\t';
// isalpha/isalnum in the C locale: ASCII letters and digits only.
const isAlpha = (c: string): boolean => /^[A-Za-z]$/.test(c);
const isAlnum = (c: string): boolean => /^[A-Za-z0-9]$/.test(c);
/** The escapes configfile.cpp resolves in a value; any other character after `\` rejects the line. */
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\', '"': '"', b: '\b', n: '\n', t: '\t' };

/** `std::string::resize`: cut, or pad with NULs. */
function resize(text: string, length: number): string {
  return text.length >= length ? text.slice(0, length) : text + '\0'.repeat(length - text.length);
}

/**
 * The settings WSL reads from `text`, character by character as configfile.cpp `ParseConfigFile` does: blank
 * characters are only space and tab; `#` starts a comment (never `;`), also after a value unless inside quotes;
 * a section is `[` letter letters-or-digits `]` with nothing but blanks or a comment after it (`[ wsl2 ]` is
 * rejected); a key is a letter then letters or digits, then blanks, `=`, blanks; the value runs to the line end,
 * `"` toggles quoting (the quotes are dropped, quoted blanks kept), `\\` `\"` `\b` `\n` `\t` are unescaped, `\`
 * before LF continues the value on the next line, `\` before CR is dropped (so in `/etc/wsl.conf`, read without
 * text mode, `\` + CRLF ends the value at the LF), any other escape or an open quote rejects the line; trailing
 * blanks are trimmed. Pure; never throws.
 */
export function readIniText(input: string, kind: ConfigFileKind): IniReading {
  const text = kind === 'wslconfig' ? input.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n') : input;
  const skipInvalidLines = kind === 'wslconfig';
  const settings = new Map<string, string>();
  let invalidLines = 0;
  let pos = 0;
  /** fgetwc: the next character, '' for WEOF. */
  const next = (): string => (pos < text.length ? text[pos++]! : '');
  /** Past the end of the physical line (the LF is consumed), unless `current` already ended it. */
  const skipLine = (current: string): void => {
    if (current === '' || current === '\n') return;
    const lf = text.indexOf('\n', pos);
    pos = lf < 0 ? text.length : lf + 1;
  };
  // ParseConfigFile's one `key` buffer (`std::string key = {0}`): a section header writes its name there even when
  // the header then turns out broken, and each key line does `key.resize(sectionLength)` with the length of the
  // last VALID section before appending `.name`, so `[wsl2]` … `[general ]` files `swap` as `gene.swap`. The lookup
  // uses `c_str()`: NUL padding (a broken name shorter than the valid one) ends the name there.
  let keyBuffer = '\0';
  let sectionLength = 0;

  /** One line from its first non-blank character `first`; returns the character it was rejected at, or null. */
  const parseLine = (first: string): { rejectedAt: string } | null => {
    let c = first;
    if (c === '[') {
      c = next();
      if (!isAlpha(c)) return { rejectedAt: c };
      keyBuffer = '';
      do {
        keyBuffer += c;
        c = next();
      } while (isAlnum(c));
      if (c !== ']') return { rejectedAt: c };
      do c = next();
      while (isHSpace(c));
      if (c === '#') skipLine(c);
      else if (c !== '' && c !== '\n' && c !== '\r') return { rejectedAt: c };
      sectionLength = keyBuffer.length;
      return null;
    }
    if (!isAlpha(c)) return { rejectedAt: c };
    keyBuffer = resize(keyBuffer, sectionLength);
    if (keyBuffer.length > 0) keyBuffer += '.';
    do {
      keyBuffer += c;
      c = next();
    } while (isAlnum(c));
    while (isHSpace(c)) c = next();
    if (c !== '=') return { rejectedAt: c };
    do c = next();
    while (isHSpace(c));
    let value = '';
    let trimmedLength = 0;
    let inQuote = false;
    let comment = false;
    while (c !== '' && c !== '\n' && c !== '\r') {
      if (c === '"') {
        inQuote = !inQuote;
      } else if (c === '\\') {
        const escaped = next();
        if (ESCAPES[escaped] !== undefined) value += ESCAPES[escaped];
        else if (escaped !== '\r' && escaped !== '\n') return { rejectedAt: c };
      } else if (c === '#' && !inQuote) {
        comment = true;
        break;
      } else {
        value += c;
      }
      // The length without trailing blanks is taken at every non-blank character read (a quote, a `\` included).
      if (!isHSpace(c)) trimmedLength = value.length;
      c = next();
    }
    if (inQuote) return { rejectedAt: c };
    if (comment) skipLine('#');
    const nul = keyBuffer.indexOf('\0');
    const name = (nul < 0 ? keyBuffer : keyBuffer.slice(0, nul)).toLowerCase();
    if (!settings.has(name)) settings.set(name, value.slice(0, trimmedLength));
    return null;
  };

  for (;;) {
    let c = next();
    while (isHSpace(c)) c = next();
    if (c === '') break;
    // A CR (alone or before LF) and an LF end an empty line.
    if (c === '\n' || c === '\r') continue;
    if (c === '#') {
      skipLine(c);
      continue;
    }
    const rejected = parseLine(c);
    if (!rejected) continue;
    invalidLines++;
    if (!skipInvalidLines) return { settings, invalidLines, stopped: true };
    skipLine(rejected.rejectedAt);
  }
  return { settings, invalidLines, stopped: false };
}

/** `readIniText(…).settings`: the values WSL takes from `text`, by lookup name. */
export function parseIniSettings(text: string, kind: ConfigFileKind): Map<string, string> {
  return readIniText(text, kind).settings;
}

/** The settings of a distro's `/etc/wsl.conf`, read as WSL's init reads them (see `ConfigFileKind`). */
export function readWslConf(root: string): Map<string, string> {
  let text: string;
  try {
    text = readFileSync(join(root, 'etc/wsl.conf'), 'utf8');
  } catch {
    return new Map();
  }
  return parseIniSettings(text, 'wslconf');
}

/**
 * wsl.conf booleans (`src/shared/inc/stringshared.h` `ParseBool`, without its extended forms): `true`/`false` in
 * any case, `1`/`0`; anything else leaves the default (WSL warns and ignores it).
 */
export function wslConfBoolean(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  const word = value.toLowerCase();
  if (word === 'true' || word === '1') return true;
  if (word === 'false' || word === '0') return false;
  return fallback;
}

/**
 * `[user] default=` of the distro's `/etc/wsl.conf`, read when the instance starts. An empty value is kept as set
 * (as WSL's `std::optional<std::string>`); whether the user exists is decided when a process is created.
 */
export function wslConfDefaultUser(root: string): string | undefined {
  return readWslConf(root).get('user.default');
}

/** How WSL boots a distro: what its PID 1 is and whether Windows interop is registered. */
export interface DistroBoot {
  /** `[boot] systemd=true` on WSL 2 with an executable `/sbin/init`: systemd is PID 1. */
  systemd: boolean;
  /** `[interop] enabled` (default true): the `WSLInterop` binfmt_misc entry exists. */
  interop: boolean;
}

export function distroBoot(root: string, version: 1 | 2): DistroBoot {
  const conf = readWslConf(root);
  // WSL 1 has no Linux kernel to run systemd on; WSL 2 ignores the key unless /sbin/init can be executed.
  const systemd =
    version === 2 && wslConfBoolean(conf.get('boot.systemd'), false) && isExecutableInRoot(root, '/sbin/init');
  return { systemd, interop: wslConfBoolean(conf.get('interop.enabled'), true) };
}

/** Whether `path` (a Linux path) is an executable file inside `root`, following symlinks as the distro sees them. */
export function isExecutableInRoot(root: string, path: string): boolean {
  let linux = path;
  for (let hops = 0; hops < 16; hops++) {
    const host = join(root, linux);
    let link: string;
    try {
      if (!lstatSync(host).isSymbolicLink()) {
        const stat = statSync(host);
        return stat.isFile() && (stat.mode & 0o111) !== 0;
      }
      link = readlinkSync(host);
    } catch {
      return false;
    }
    // An absolute target is absolute inside the distro, never on the host.
    linux = link.startsWith('/') ? link : join(dirname(linux), link);
  }
  return false;
}
