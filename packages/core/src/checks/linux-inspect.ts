import { decodeOutput } from '../text/decode.js';

/**
 * One POSIX shell script that reads everything the distribution checks need inside a Linux system, in one
 * process: os-release, wsl.conf, PID 1 (systemd or not), the kernel, interop registration, DNS configuration and
 * one lookup, and the Windows-drive mounts. Read-only; every part may fail on its own. Sections start with a
 * marker line so the parser never depends on what a file holds.
 */
export const SECTION_MARKER = '@@wsl-ready ';

export const LINUX_INSPECT_SCRIPT = [
  `m() { printf '\\n${SECTION_MARKER}%s\\n' "$1"; }`,
  'm os-release; cat /etc/os-release 2>/dev/null || cat /usr/lib/os-release 2>/dev/null',
  'm wsl.conf; cat /etc/wsl.conf 2>/dev/null',
  'm pid1; cat /proc/1/comm 2>/dev/null',
  'm kernel; cat /proc/version 2>/dev/null',
  'm interop; if [ -e /proc/sys/fs/binfmt_misc/WSLInterop ] || [ -e /proc/sys/fs/binfmt_misc/WSLInterop-late ]; then echo enabled; else echo disabled; fi',
  'm resolv.conf; cat /etc/resolv.conf 2>/dev/null',
  // One lookup with a deadline: a broken resolver must not stall the doctor.
  'm dns; if command -v timeout >/dev/null 2>&1; then timeout 5 getent hosts github.com; else getent hosts github.com; fi; echo "exit=$?"',
  "m mounts; grep -E ' (9p|drvfs|virtiofs) ' /proc/mounts 2>/dev/null",
  'm end',
].join('\n');

export interface LinuxInspection {
  /** Raw text of each section that was printed (`os-release`, `wsl.conf`, …); absent when the marker was missing. */
  sections: Record<string, string>;
  /** True when the closing marker was seen (the script ran to the end). */
  complete: boolean;
}

/** Split the script's output into its sections. Total. */
export function parseLinuxInspection(input: string | Uint8Array): LinuxInspection {
  const text = decodeOutput(input);
  const sections: Record<string, string> = {};
  let current: string | null = null;
  let lines: string[] = [];
  let complete = false;
  const flush = () => {
    if (current !== null) sections[current] = lines.join('\n').replace(/^\n+|\n+$/g, '');
  };
  for (const line of text.split('\n')) {
    if (line.startsWith(SECTION_MARKER)) {
      flush();
      current = line.slice(SECTION_MARKER.length).trim();
      lines = [];
      if (current === 'end') {
        complete = true;
        current = null;
      }
      continue;
    }
    if (current !== null) lines.push(line);
  }
  flush();
  return { sections, complete };
}

export interface DnsLookup {
  resolved: boolean | null;
  address: string | null;
}

/** The `dns` section: `getent hosts` output (address, names) then `exit=<status>`. */
export function readDnsLookup(section: string | undefined): DnsLookup {
  if (section === undefined) return { resolved: null, address: null };
  const exit = /exit=(\d+)/.exec(section)?.[1];
  const address = section
    .split('\n')
    .map((line) => line.trim().split(/\s+/)[0] ?? '')
    .find((word) => /^[0-9a-f:.]+$/i.test(word) && /[.:]/.test(word));
  if (exit === undefined) return { resolved: null, address: address ?? null };
  return { resolved: exit === '0' && address !== undefined, address: address ?? null };
}

/** Nameservers of resolv.conf. */
export function readNameservers(section: string | undefined): string[] {
  if (!section) return [];
  return section
    .split('\n')
    .map((line) => /^\s*nameserver\s+(\S+)/.exec(line)?.[1])
    .filter((server): server is string => server !== undefined);
}

/** Mount points of Windows drives (`/mnt/c` …) from the `mounts` section: `<source> <target> <type> …`. */
export function readWindowsMounts(section: string | undefined): { target: string; type: string }[] {
  if (!section) return [];
  return section
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields.length >= 3)
    .map((fields) => ({ target: unescapeMount(fields[1]!), type: fields[2]! }));
}

/** /proc/mounts escapes spaces and a few bytes as `\040`-style octal. */
function unescapeMount(path: string): string {
  return path.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(Number.parseInt(octal, 8)));
}
