import { displayEdition, formatWindowsBuild, readRunnerFacts } from '../host/index.js';
import {
  processHostOs,
  REPORT_LIMITS,
  type ReportDistro,
  type ReportDocker,
  type ReportInput,
  type ReportWsl,
} from '../report/index.js';
import type { OsRelease } from '../wsl/parsers/index.js';
import type { DoctorContext } from './context.js';
import { defaultDistroTarget } from './distro-target.js';

const DISTRO_STATES = new Set(['Running', 'Stopped', 'Installing', 'Converting', 'Uninstalling', 'Exporting']);

/**
 * The report's top-level sections, from the probes that ran (never starting one: `--only docker` gets no WSL
 * section). Names and values are those of the parsers (`wsl.version`, `distros[].state` as `Running`, …).
 */
export async function reportFacts(
  ctx: DoctorContext,
): Promise<Pick<ReportInput, 'host' | 'runner' | 'wsl' | 'distros' | 'docker'>> {
  const probe = await ctx.hostProbe.ifStarted();
  const facts: Pick<ReportInput, 'host' | 'runner' | 'wsl' | 'distros' | 'docker'> = {};

  const windowsSide = ctx.reachesWindows && probe?.answered ? probe.facts : null;
  facts.host = {
    os: ctx.mode === 'windows' ? 'windows' : processHostOs(ctx.options.platform),
    arch: (ctx.mode === 'windows' ? windowsSide?.arch : null) ?? ctx.options.arch,
    isWsl: ctx.mode === 'wsl',
  };
  if (windowsSide) {
    const build = formatWindowsBuild(windowsSide.version, windowsSide.build, windowsSide.ubr);
    const edition = displayEdition(windowsSide.caption);
    if (build) facts.host.windowsBuild = build;
    if (edition) facts.host.windowsEdition = edition;
  }

  const env = probe ? await ctx.runnerEnv() : ctx.env;
  const runner = readRunnerFacts(env, REPORT_LIMITS.shortText);
  if (runner) facts.runner = runner;

  if (
    ctx.reachesWindows &&
    ctx.wslExe !== null &&
    (ctx.wsl.version.started || ctx.wsl.status.started || ctx.wsl.list.started)
  ) {
    facts.wsl = await wslFacts(ctx);
    const list = await ctx.wsl.list.ifStarted();
    if (list?.distros) facts.distros = list.distros.map(toReportDistro);
  }
  if (ctx.mode === 'wsl' && ctx.local.started) {
    // Inside WSL with interop off there is no list, but this distribution is known and running.
    const name = ctx.env.WSL_DISTRO_NAME;
    const local = await ctx.local.ifStarted();
    if (name && !(facts.distros ?? []).some((d) => d.name === name)) {
      const generation = local?.kernel?.wslGeneration ?? null;
      facts.distros = [...(facts.distros ?? []), { name, state: 'Running', version: generation, default: false }];
    }
  }
  const target = await defaultDistroTarget.peek(ctx);
  if (target?.kind === 'inspected' && target.facts.osRelease && facts.distros) {
    const osRelease = reportOsRelease(target.facts.osRelease);
    facts.distros = facts.distros.map((d) => (d.name === target.name ? { ...d, osRelease } : d));
  }

  const docker = await ctx.docker.ifStarted();
  if (docker) {
    const c = docker.classification;
    const section: ReportDocker = {
      cliVersion: c.cliVersion,
      context: c.context,
      endpoint: c.endpoint,
      backend: c.backend,
      engineOs: c.engineOs,
      serverVersion: c.serverVersion,
      desktopVersion: docker.desktop.version,
      linuxContainers: c.linuxContainers,
    };
    if (c.isolation) section.isolation = c.isolation;
    facts.docker = section;
  }
  return facts;
}

/**
 * A distribution's `/etc/os-release` facts as Report v1's `distros[].osRelease`: `ID_LIKE` joined back into one
 * space-separated value, and fields the file does not set left out rather than written as empty.
 */
export function reportOsRelease(os: OsRelease): NonNullable<ReportDistro['osRelease']> {
  return {
    id: os.id,
    ...(os.idLike.length ? { idLike: os.idLike.join(' ') } : {}),
    ...(os.versionId ? { versionId: os.versionId } : {}),
    ...(os.versionCodename ? { versionCodename: os.versionCodename } : {}),
    ...(os.prettyName ? { prettyName: os.prettyName } : {}),
  };
}

async function wslFacts(ctx: DoctorContext): Promise<ReportWsl> {
  const state = await ctx.wsl.installState();
  const version = await ctx.wsl.version.ifStarted();
  const status = await ctx.wsl.status.ifStarted();
  const list = await ctx.wsl.list.ifStarted();
  const info = version?.info ?? null;
  const installed = ctx.mode === 'wsl' ? true : state.installed === true;
  const wsl: ReportWsl = {
    installed,
    kind: version?.kind ?? (state.installed === true ? state.kind : null),
    version: info?.wslVersion ?? status?.status?.wslVersion ?? null,
    kernelVersion: info?.kernelVersion ?? status?.status?.kernelVersion ?? null,
    wslgVersion: info?.wslgVersion ?? null,
    defaultDistribution: list?.distros?.find((d) => d.default)?.name ?? status?.status?.defaultDistribution ?? null,
    defaultVersion: status?.status?.defaultVersion ?? null,
  };
  if (info?.msrdcVersion) wsl.msrdcVersion = info.msrdcVersion;
  if (info?.direct3dVersion) wsl.direct3dVersion = info.direct3dVersion;
  if (info?.dxcoreVersion) wsl.dxcoreVersion = info.dxcoreVersion;
  if (info?.windowsVersion) wsl.windowsVersion = info.windowsVersion;
  return wsl;
}

function toReportDistro(entry: { name: string; state: string; version: number; default: boolean }): ReportDistro {
  return {
    name: entry.name,
    state: (DISTRO_STATES.has(entry.state) ? entry.state : 'Unknown') as ReportDistro['state'],
    version: entry.version === 1 || entry.version === 2 ? entry.version : null,
    default: entry.default,
  };
}
