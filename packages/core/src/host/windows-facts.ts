import type { SysteminfoFacts } from '../wsl/parsers/index.js';
import { formatWindowsBuild } from './build.js';
import { displayEdition, type EditionFamily, editionFamily } from './edition.js';
import type { WindowsHostFacts } from './host-probe.js';

/** A fact learnt once and shared (the doctor's `Lazy`). */
interface Memo<T> {
  get(): Promise<T>;
}

/**
 * Where the Windows facts come from: the PowerShell host probe, `wsl --version` and systeminfo, each asked at most
 * once (the doctor's context gives all of them).
 */
export interface WindowsFactSources {
  readonly options: { readonly arch: string };
  readonly wslExe: string | null;
  readonly hostProbe: Memo<{ readonly answered: boolean; readonly facts: WindowsHostFacts }>;
  readonly wsl: { readonly version: Memo<{ readonly info: { readonly windowsVersion: string | null } | null }> };
  readonly systeminfo: Memo<{ readonly facts: SysteminfoFacts | null }>;
}

export interface WindowsBuildInfo {
  build: number | null;
  ubr: number | null;
  /** `10.0.26100.4652` */
  text: string | null;
  source: 'host-probe' | 'wsl --version' | 'systeminfo' | 'unknown';
}

/** The Windows build: PowerShell's answer, else the `Windows version` line of `wsl --version`, else systeminfo. */
export async function windowsBuild(ctx: WindowsFactSources): Promise<WindowsBuildInfo> {
  const probe = await ctx.hostProbe.get();
  if (probe.answered && probe.facts.build !== null) {
    const { version, build, ubr } = probe.facts;
    return { build, ubr, text: formatWindowsBuild(version, build, ubr), source: 'host-probe' };
  }
  if (ctx.wslExe !== null) {
    const fromWsl = (await ctx.wsl.version.get()).info?.windowsVersion ?? null;
    const match = fromWsl ? /^(\d+)\.(\d+)\.(\d+)(?:\.(\d+))?$/.exec(fromWsl) : null;
    if (match) {
      return {
        build: Number(match[3]),
        ubr: match[4] ? Number(match[4]) : null,
        text: fromWsl,
        source: 'wsl --version',
      };
    }
  }
  const info = (await ctx.systeminfo.get()).facts;
  if (info?.windowsBuild) {
    return {
      build: info.windowsBuild,
      ubr: null,
      text: formatWindowsBuild(null, info.windowsBuild, null),
      source: 'systeminfo',
    };
  }
  return { build: null, ubr: null, text: null, source: 'unknown' };
}

export interface EditionInfo {
  family: EditionFamily;
  name: string | null;
  editionId: string | null;
}

/** The edition: PowerShell's caption and EditionID, else systeminfo's OS name. */
export async function windowsEdition(ctx: WindowsFactSources): Promise<EditionInfo> {
  const probe = await ctx.hostProbe.get();
  if (probe.answered && (probe.facts.caption || probe.facts.editionId)) {
    const { caption, editionId, productType } = probe.facts;
    return { family: editionFamily(editionId, caption, productType), name: displayEdition(caption), editionId };
  }
  const info = (await ctx.systeminfo.get()).facts;
  if (info?.osName)
    return { family: editionFamily(null, info.osName), name: displayEdition(info.osName), editionId: null };
  return { family: 'unknown', name: null, editionId: null };
}

/** Architecture of the Windows machine (not of the Node binary, which may be emulated). */
export async function windowsArch(ctx: WindowsFactSources): Promise<string> {
  const probe = await ctx.hostProbe.get();
  return probe.facts.arch ?? ctx.options.arch;
}
