import { type Parsed, parsed } from '../../text/parse-result.js';
import { isPromptLine, type ParserInput, toLines } from './lines.js';

export interface KernelInfo {
  /** Full release as `uname -r` prints it, e.g. `6.6.87.2-microsoft-standard-WSL2`. */
  kernelRelease: string;
  /** Numeric part of the release, e.g. `6.6.87.2`. */
  kernelVersion: string;
  /** 2 for the WSL 2 VM kernel, 1 for the WSL 1 translation layer, null when the kernel says neither. */
  wslGeneration: 1 | 2 | null;
  /** True for a WSL 2 kernel that is not a stock Microsoft build (custom config, local build, `+` suffix). */
  customKernel: boolean;
  /** WSL 1 reports a fake `4.4.0-<build>-Microsoft` kernel whose number is the Windows build. */
  windowsBuild?: number;
  /** Machine architecture when the input shows it (`uname -a`, `uname -m`, or the compiler of /proc/version). */
  arch?: string;
}

const RELEASE = /^\d+\.\d+(?:\.\d+)*(?:[-+_~.][0-9A-Za-z._+~-]*)?$/;
const WSL1 = /^\d+\.\d+\.\d+(?:-(?<build>\d{4,6}))?-Microsoft$/;
const STOCK_WSL2 = /^\d+\.\d+\.\d+(?:\.\d+)?-microsoft-standard(?:-WSL2)?$/;
const PROMPT_PREFIX =
  /^(?:PS(?: [^>]*)?>|[A-Za-z]:\\[^>]*>|[\w.-]+@[\w.-]+(?::[^$#]*)?[$#]|\[[^\]]*@[^\]]*\][$#]|[$#>%])\s*/;
const ARCHES = ['x86_64', 'aarch64', 'arm64', 'armv7l', 'i686', 'i386', 'riscv64', 'ppc64le', 's390x'] as const;

function findRelease(lines: readonly string[]): { release: string; line: string } | null {
  for (const line of lines) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    if (isPromptLine(line)) {
      // A prompt glued to the answer (`$ 4.4.0-18985-Microsoft`): the release alone after the prompt.
      const after = trimmed.replace(PROMPT_PREFIX, '').trim();
      if (after !== trimmed && RELEASE.test(after) && /-/.test(after)) return { release: after, line: after };
      continue;
    }
    // /proc/version: `Linux version <release> (builder) (compiler) #1 SMP ...`
    const procVersion = /\bLinux version (\S+)/.exec(trimmed);
    if (procVersion?.[1] && RELEASE.test(procVersion[1])) return { release: procVersion[1], line: trimmed };
    // uname -a: `Linux <host> <release> #1 SMP ... x86_64 GNU/Linux`
    const unameAll = /^Linux \S+ (\S+) #/.exec(trimmed);
    if (unameAll?.[1] && RELEASE.test(unameAll[1])) return { release: unameAll[1], line: trimmed };
    // uname -r: the release alone.
    if (RELEASE.test(trimmed) && /\D/.test(trimmed.replace(/\./g, ''))) return { release: trimmed, line: trimmed };
    if (/^\d+\.\d+\.\d+$/.test(trimmed)) return { release: trimmed, line: trimmed };
  }
  return null;
}

function findArch(lines: readonly string[], releaseLine: string): string | undefined {
  const words = releaseLine.split(/\s+/);
  const fromUname = [...words].reverse().find((w) => (ARCHES as readonly string[]).includes(w));
  if (fromUname) return fromUname;
  // /proc/version names the cross compiler on Microsoft builds, e.g. `aarch64-msft-linux-gcc`.
  const compiler = /\b(x86_64|aarch64)-[\w-]*(?:gcc|clang)/.exec(releaseLine)?.[1];
  if (compiler) return compiler;
  // `uname -m` on its own line.
  return lines.map((l) => l.trim()).find((l) => (ARCHES as readonly string[]).includes(l));
}

/**
 * Parse `/proc/version`, `uname -r` or `uname -a` from inside a distribution and tell WSL 1 from WSL 2.
 * WSL 2 kernels carry `microsoft-standard-WSL2` (4.19 kernels: `-microsoft-standard`); WSL 1 reports
 * `4.4.0-<Windows build>-Microsoft`.
 */
export function parseKernel(input: ParserInput): Parsed<KernelInfo> {
  const lines = toLines(input);
  const warnings: string[] = [];
  const found = findRelease(lines);
  if (!found) {
    return parsed(false, { kernelRelease: '', kernelVersion: '', wslGeneration: null, customKernel: false }, warnings);
  }
  const { release, line } = found;
  const info: KernelInfo = {
    kernelRelease: release,
    kernelVersion: /^\d+(?:\.\d+)*/.exec(release)?.[0] ?? release,
    wslGeneration: null,
    customKernel: false,
  };

  const wsl1 = WSL1.exec(release);
  if (wsl1) {
    info.wslGeneration = 1;
    if (wsl1.groups?.build) info.windowsBuild = Number(wsl1.groups.build);
  } else if (/microsoft|WSL2/i.test(release)) {
    info.wslGeneration = 2;
    info.customKernel = !STOCK_WSL2.test(release);
  } else {
    warnings.push(
      `Kernel \`${release}\` is not a Microsoft WSL kernel: a custom kernel without the WSL marker, or not WSL at all.`,
    );
  }
  const arch = findArch(lines, line);
  if (arch) info.arch = arch;
  return parsed(true, info, warnings);
}
