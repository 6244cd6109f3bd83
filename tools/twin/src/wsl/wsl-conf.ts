import { lstatSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The settings of a distro's `/etc/wsl.conf` that wsl.exe reads at launch, as `section.key` (lower case) → raw value.
 * Later lines win, as in WSL's parser; comments start with `#` or `;`.
 */
export function readWslConf(root: string): Map<string, string> {
  const values = new Map<string, string>();
  let text: string;
  try {
    text = readFileSync(join(root, 'etc/wsl.conf'), 'utf8');
  } catch {
    return values;
  }
  return parseIniSettings(text);
}

/**
 * The one INI reading WSL applies to `.wslconfig` and `/etc/wsl.conf` alike: `section.key` (lower case) → the trimmed
 * raw value; later lines win; `#` and `;` start comments; a key before any section is ignored.
 */
export function parseIniSettings(text: string): Map<string, string> {
  const values = new Map<string, string>();
  let section = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/[#;].*$/, '').trim();
    const header = /^\[([^\]]*)\]$/.exec(line);
    if (header) {
      section = header[1]!.trim().toLowerCase();
      continue;
    }
    const kv = /^([^=]+)=(.*)$/.exec(line);
    if (kv && section) values.set(`${section}.${kv[1]!.trim().toLowerCase()}`, kv[2]!.trim());
  }
  return values;
}

/** wsl.conf booleans: `true`/`false` in any case, `1`/`0`; anything else leaves the default (WSL warns and ignores it). */
export function wslConfBoolean(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  const word = value.toLowerCase();
  if (word === 'true' || word === '1') return true;
  if (word === 'false' || word === '0') return false;
  return fallback;
}

/** `[user] default=` of the distro's `/etc/wsl.conf`, which wsl.exe honours at every launch. */
export function wslConfDefaultUser(root: string): string | undefined {
  return readWslConf(root).get('user.default') || undefined;
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
