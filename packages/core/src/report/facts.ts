/**
 * The facts every renderer shows (host, runner, WSL, kernel, default distro, Docker), as small rich-text
 * values: `code` segments are machine values (code spans in Markdown), `text` segments are prose.
 * Keeping the wording here means the job summary, the PR comment and the terminal say the same thing.
 */
import type { CheckStatus, ReadinessStatus, ReportCheck, ReportDistro, ReportSummary, ReportV1 } from './schema.js';

export type Segment = { kind: 'code'; value: string } | { kind: 'text'; value: string };

export interface Fact {
  key: 'host' | 'runner' | 'wsl' | 'kernel' | 'default-distro' | 'docker' | 'linux-containers';
  label: string;
  value: Segment[];
  /** For facts that are a verdict in themselves (Linux containers). */
  tone?: 'good' | 'bad' | 'unknown';
}

const code = (value: string): Segment => ({ kind: 'code', value });
const text = (value: string): Segment => ({ kind: 'text', value });

/** The distribution WSL starts by default: the one flagged `default`, else the one `wsl` names. */
export function defaultDistro(report: ReportV1): ReportDistro | undefined {
  return (
    report.distros.find((distro) => distro.default) ??
    report.distros.find((distro) => distro.name === report.wsl?.defaultDistribution)
  );
}

export function reportFacts(report: ReportV1): Fact[] {
  const facts: Fact[] = [];
  const { host, runner, wsl, docker } = report;

  const hostValue = [code(host.os), text(' '), code(host.arch)];
  if (host.windowsBuild) hostValue.push(text(', build '), code(host.windowsBuild));
  if (host.windowsEdition) hostValue.push(text(`, ${host.windowsEdition}`));
  if (host.isWsl) hostValue.push(text(', inside WSL'));
  facts.push({ key: 'host', label: 'Host', value: hostValue });

  if (runner) {
    const value = [code(runner.name)];
    if (runner.imageOs) {
      value.push(text(', image '), code(runner.imageOs));
      if (runner.imageVersion) value.push(text(' '), code(runner.imageVersion));
    }
    value.push(text(', '), ...(runner.environment ? [text(`${runner.environment} `)] : []), code(runner.arch));
    facts.push({ key: 'runner', label: 'Runner', value });
  }

  let wslValue: Segment[];
  if (!wsl) wslValue = [text('not checked')];
  else if (!wsl.installed) wslValue = [text('not installed')];
  else {
    wslValue = [wsl.version ? code(wsl.version) : text('installed, version unknown')];
    if (wsl.kind) wslValue.push(text(wsl.kind === 'store' ? ' (Store)' : ' (inbox)'));
    if (wsl.wslgVersion) wslValue.push(text(', WSLg '), code(wsl.wslgVersion));
  }
  facts.push({ key: 'wsl', label: 'WSL', value: wslValue });

  facts.push({
    key: 'kernel',
    label: 'Kernel',
    value: [wsl?.kernelVersion ? code(wsl.kernelVersion) : text('unknown')],
  });

  const distro = defaultDistro(report);
  const distroName = distro?.name ?? wsl?.defaultDistribution ?? null;
  const distroVersion = distro?.version ?? wsl?.defaultVersion ?? null;
  const distroValue = distroName ? [code(distroName)] : [text('none')];
  const details = [distroVersion ? `WSL ${distroVersion}` : null, distro?.state ?? null].filter(Boolean);
  if (distroName && details.length > 0) distroValue.push(text(` (${details.join(', ')})`));
  if (distro?.osRelease?.prettyName) distroValue.push(text(`, ${distro.osRelease.prettyName}`));
  facts.push({ key: 'default-distro', label: 'Default distro', value: distroValue });

  let dockerValue: Segment[];
  if (!docker) dockerValue = [text('not checked')];
  else {
    dockerValue = [code(docker.backend)];
    if (docker.serverVersion) {
      dockerValue.push(text(', engine '), code(docker.serverVersion));
      if (docker.engineOs) dockerValue.push(text(` (${docker.engineOs})`));
    }
    if (docker.desktopVersion) dockerValue.push(text(', Docker Desktop '), code(docker.desktopVersion));
    if (docker.context) dockerValue.push(text(', context '), code(docker.context));
  }
  facts.push({ key: 'docker', label: 'Docker backend', value: dockerValue });

  const linux = docker?.linuxContainers ?? null;
  facts.push({
    key: 'linux-containers',
    label: 'Linux containers',
    value: [text(linux === null ? 'unknown' : linux ? 'yes' : 'no')],
    tone: linux === null ? 'unknown' : linux ? 'good' : 'bad',
  });
  return facts;
}

/** "2 failed, 1 warning, 14 passed, 1 skipped" (zero counts left out; errors counted apart from failures). */
export function countsText(summary: ReportSummary): string {
  const { counts } = summary;
  const parts: string[] = [];
  if (counts.fail > 0) parts.push(`${counts.fail} failed`);
  if (counts.error > 0) parts.push(`${counts.error} ${counts.error === 1 ? 'error' : 'errors'}`);
  if (counts.warn > 0) parts.push(`${counts.warn} ${counts.warn === 1 ? 'warning' : 'warnings'}`);
  if (counts.pass > 0) parts.push(`${counts.pass} passed`);
  if (counts.skip > 0) parts.push(`${counts.skip} skipped`);
  return parts.length > 0 ? parts.join(', ') : 'no checks ran';
}

export const VERDICT_WORDS: Record<ReadinessStatus, string> = {
  ready: 'Ready',
  degraded: 'Degraded',
  'not-ready': 'Not ready',
};

const SEVERITY: Record<CheckStatus, number> = { error: 0, fail: 1, warn: 2, pass: 3, skip: 4 };

/** Worst first: error, fail, warn, pass, skip. */
export function severity(status: CheckStatus): number {
  return SEVERITY[status] ?? 5;
}

/** Friendly names for the areas the doctor uses; unknown areas show as they are. */
const AREA_NAMES: Record<string, string> = {
  host: 'Host',
  windows: 'Windows',
  runner: 'Runner',
  virtualization: 'Virtualization',
  wsl: 'WSL',
  distro: 'Distributions',
  distros: 'Distributions',
  config: 'Configuration',
  network: 'Network',
  docker: 'Docker',
  io: 'I/O',
};

export function areaName(area: string): string {
  return Object.hasOwn(AREA_NAMES, area) ? (AREA_NAMES[area] as string) : area;
}

/** Checks grouped by area, in order of first appearance; each group keeps the checks' order. */
export function groupByArea(checks: readonly ReportCheck[]): Array<{ area: string; checks: ReportCheck[] }> {
  const groups = new Map<string, ReportCheck[]>();
  for (const check of checks) {
    const group = groups.get(check.area);
    if (group) group.push(check);
    else groups.set(check.area, [check]);
  }
  return Array.from(groups, ([area, grouped]) => ({ area, checks: grouped }));
}

/** The worst status in a group (for its heading); `skip` when empty. */
export function worstStatus(checks: readonly ReportCheck[]): CheckStatus {
  let worst: CheckStatus = 'skip';
  for (const check of checks) if (severity(check.status) < severity(worst)) worst = check.status;
  return worst;
}
