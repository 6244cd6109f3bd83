/**
 * Several runners' reports as one Markdown document, for the readiness bot's PR comment: a matrix table,
 * the failures with their fixes, what changed since the previous comment, and each runner's details
 * collapsed. Reports come from workflow artifacts (self-reported and possibly from a fork), so every value
 * is escaped and each runner is labelled with the run that reported it. The output is deterministic: the
 * same entries (in any order) give the same bytes, so the bot can skip unchanged writes.
 */
import { countsText, defaultDistro, severity, VERDICT_WORDS } from './facts.js';
import { fitMarkdown, MARKDOWN_MAX_LENGTH, type MarkdownBlock } from './markdown-budget.js';
import {
  codeSpan,
  escapeHtmlText,
  escapeMarkdownText,
  markdownLink,
  tableHeader,
  tableRow,
} from './markdown-escape.js';
import {
  type CheckKnowledgeLookup,
  checkBullet,
  checkTableHeader,
  checkTableRow,
  detailsBlock,
  heading,
  type LinkOptions,
  reportFactsTable,
  STATUS_EMOJI,
  statusEmoji,
  TONE_EMOJI,
  verdictEmoji,
} from './markdown-parts.js';
import type { CheckStatus, ReadinessStatus, ReportCheck, ReportV1 } from './schema.js';

export interface MatrixEntry {
  report: ReportV1;
  /** The runner's name in the comment (e.g. the matrix key); untrusted, escaped. */
  label: string;
  /** Link to the workflow run (shown only if https on an allowed host). */
  runUrl?: string;
  /** From GitHub's own data about the run, not from the artifact. */
  runId: number;
  runAttempt: number;
  sha: string;
}

export interface MatrixMarkdownOptions extends LinkOptions {
  /** Title text before the verdict (escaped); default "WSL readiness". */
  title?: string;
  /** Level of the title heading, 1–5; default 2. */
  headingLevel?: number;
  /** Upper bound on the output length; never more than 60,000. */
  maxLength?: number;
  /** The entries behind the previous comment; adds a "what changed" list. */
  previous?: readonly MatrixEntry[];
  /**
   * Reports that were uploaded but could not be used (listed by the caller). Any makes the headline a warning:
   * unreadable reports never look green.
   */
  unusableReports?: number;
  /** Fixes and docs from the caller's own knowledge of check ids instead of the reports (see checkBullet). */
  knowledge?: CheckKnowledgeLookup;
}

const MAX_LABELS_PER_PROBLEM = 5;
const MAX_CHECK_CHANGES_PER_RUNNER = 10;

export function renderMatrixMarkdown(entries: readonly MatrixEntry[], options: MatrixMarkdownOptions = {}): string {
  const level = Math.min(Math.max(Math.trunc(options.headingLevel ?? 2), 1), 5);
  const links: LinkOptions = options.linkHosts ? { linkHosts: options.linkHosts } : {};
  const sorted = sortEntries(entries);
  const blocks: MarkdownBlock[] = [];
  const fixed = (text: string, group?: string) =>
    blocks.push(group ? { kind: 'fixed', text, group } : { kind: 'fixed', text });

  const title = escapeMarkdownText(options.title ?? 'WSL readiness', { maxLength: 100 });
  const overall = worstVerdict(sorted.map((entry) => entry.report.summary.status));
  const unusable = Math.max(0, Math.trunc(options.unusableReports ?? 0));
  const unreadable = `${unusable} ${unusable === 1 ? 'report' : 'reports'} could not be read`;
  if (sorted.length === 0 && unusable > 0) fixed(heading(level, `⚠️ ${title}: ${unreadable}`));
  else if (sorted.length === 0) fixed(heading(level, `➖ ${title}: no reports yet`));
  else if (unusable > 0) {
    const emoji = overall === 'not-ready' ? verdictEmoji(overall) : '⚠️';
    fixed(heading(level, `${emoji} ${title}: ${verdictCounts(sorted)}; ${unreadable}`));
  } else fixed(heading(level, `${verdictEmoji(overall)} ${title}: ${verdictCounts(sorted)}`));

  if (sorted.length === 0) {
    fixed(unusable > 0 ? 'No report could be used: see why below.\n' : 'No runner has reported yet.\n');
    return fitMarkdown(blocks, Math.min(options.maxLength ?? MARKDOWN_MAX_LENGTH, MARKDOWN_MAX_LENGTH));
  }

  fixed(
    `${tableHeader([
      'Runner',
      'Image',
      'Arch',
      'Windows build',
      'WSL',
      'Kernel',
      'Default distro',
      'Docker backend',
      'Linux containers',
      'Verdict',
    ])}\n`,
    'matrix',
  );
  for (const entry of sorted) blocks.push({ kind: 'row', group: 'matrix', text: `${matrixRow(entry)}\n` });
  fixed(
    '\nEach runner reports its own values (self-reported in its workflow artifact); the run behind each row is named in its details below.\n\n',
    'matrix',
  );

  const problems = groupProblems(sorted);
  for (const [group, title2, statuses] of [
    ['failures', 'Failures', ['error', 'fail']],
    ['warnings', 'Warnings', ['warn']],
  ] as const) {
    const items = problems.filter((problem) => (statuses as readonly CheckStatus[]).includes(problem.check.status));
    if (items.length === 0) continue;
    fixed(heading(level + 1, title2), group);
    for (const item of items) {
      blocks.push({
        kind: 'row',
        group,
        text: checkBullet(item.check, links, labelList(item.labels), options.knowledge),
      });
    }
    fixed('\n', group);
  }

  if (options.previous) {
    const changes = describeChanges(options.previous, sorted);
    fixed(heading(level + 1, 'What changed since the previous report'), 'changes');
    if (changes.length === 0) fixed('- Nothing changed in readiness.\n', 'changes');
    for (const change of changes) blocks.push({ kind: 'row', group: 'changes', text: `- ${change}\n` });
    fixed('\n', 'changes');
  }

  fixed(heading(level + 1, 'Runners'), 'runners');
  for (const entry of sorted)
    blocks.push({ kind: 'details', group: 'runners', text: runnerDetails(entry, links, options.knowledge) });

  return fitMarkdown(blocks, Math.min(options.maxLength ?? MARKDOWN_MAX_LENGTH, MARKDOWN_MAX_LENGTH));
}

/** Plain code-unit order (never locale order, which differs between machines). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortEntries(entries: readonly MatrixEntry[]): MatrixEntry[] {
  return [...entries].sort(
    (a, b) =>
      compareText(a.label, b.label) ||
      compareNumber(a.runId, b.runId) ||
      compareNumber(a.runAttempt, b.runAttempt) ||
      compareText(a.sha, b.sha),
  );
}

function compareNumber(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const VERDICT_ORDER: readonly ReadinessStatus[] = ['not-ready', 'degraded', 'ready'];

function worstVerdict(statuses: readonly ReadinessStatus[]): ReadinessStatus {
  for (const status of VERDICT_ORDER) if (statuses.includes(status)) return status;
  return 'ready';
}

function verdictCounts(entries: readonly MatrixEntry[]): string {
  if (entries.length === 0) return 'no reports yet';
  const n = entries.length;
  const runners = n === 1 ? 'runner' : 'runners';
  const parts = VERDICT_ORDER.map(
    (status) => [status, entries.filter((entry) => entry.report.summary.status === status).length] as const,
  ).filter(([, count]) => count > 0);
  if (parts.length === 1) {
    const word = VERDICT_WORDS[parts[0]![0]];
    return n === 1 ? word : `all ${n} ${runners} ${word.toLowerCase()}`;
  }
  return `${parts.map(([status, count]) => `${count} ${VERDICT_WORDS[status].toLowerCase()}`).join(', ')} (${n} ${runners})`;
}

/** The comparable facts of one runner: the matrix cells and the "what changed" list use the same values. */
function matrixFacts(report: ReportV1): Record<string, string | null> {
  const distro = defaultDistro(report);
  const distroName = distro?.name ?? report.wsl?.defaultDistribution ?? null;
  const distroVersion = distro?.version ?? report.wsl?.defaultVersion ?? null;
  return {
    image: report.runner?.imageOs
      ? [report.runner.imageOs, report.runner.imageVersion].filter(Boolean).join(' ')
      : null,
    arch: report.runner?.arch ?? report.host.arch,
    'Windows build': report.host.windowsBuild ?? null,
    WSL: report.wsl ? (report.wsl.installed ? (report.wsl.version ?? 'unknown') : 'not installed') : null,
    kernel: report.wsl?.kernelVersion ?? null,
    'default distro': distroName ? `${distroName}${distroVersion ? ` (WSL ${distroVersion})` : ''}` : null,
    'Docker backend': report.docker?.backend ?? null,
    'Linux containers': linuxContainersWord(report.docker?.linuxContainers ?? null),
  };
}

function linuxContainersWord(value: boolean | null): string {
  return value === null ? 'unknown' : value ? 'yes' : 'no';
}

function matrixRow(entry: MatrixEntry): string {
  const { report } = entry;
  const facts = matrixFacts(report);
  const cell = (value: string | null | undefined) => (value ? codeSpan(value, { table: true, maxLength: 80 }) : '—');
  const distro = defaultDistro(report);
  const distroName = distro?.name ?? report.wsl?.defaultDistribution ?? null;
  const distroVersion = distro?.version ?? report.wsl?.defaultVersion ?? null;
  const image = report.runner?.imageOs
    ? [report.runner.imageOs, report.runner.imageVersion]
        .filter((part): part is string => Boolean(part))
        .map((part) => cell(part))
        .join(' ')
    : '—';
  const wsl = !report.wsl ? '—' : report.wsl.installed ? cell(report.wsl.version ?? 'unknown') : 'not installed';
  const linux = report.docker?.linuxContainers ?? null;
  const tone = linux === null ? 'unknown' : linux ? 'good' : 'bad';
  const verdict = report.summary.status;
  return tableRow([
    escapeMarkdownText(entry.label, { maxLength: 80 }),
    image,
    cell(facts.arch),
    cell(facts['Windows build']),
    wsl,
    cell(facts.kernel),
    distroName ? `${cell(distroName)}${distroVersion ? ` (WSL ${distroVersion})` : ''}` : '—',
    cell(facts['Docker backend']),
    `${TONE_EMOJI[tone]} ${linuxContainersWord(linux)}`,
    `${verdictEmoji(verdict)} ${VERDICT_WORDS[verdict] ?? '?'}`,
  ]);
}

interface Problem {
  check: ReportCheck;
  labels: string[];
}

/** Failing and warning checks merged across runners by id and status, worst first, then by first sighting. */
function groupProblems(entries: readonly MatrixEntry[]): Problem[] {
  const byKey = new Map<string, Problem & { order: number }>();
  for (const entry of entries) {
    for (const check of entry.report.checks) {
      if (check.status === 'pass' || check.status === 'skip') continue;
      const key = `${check.status}\u0000${check.id}`;
      const found = byKey.get(key);
      if (found) {
        if (!found.labels.includes(entry.label)) found.labels.push(entry.label);
      } else byKey.set(key, { check, labels: [entry.label], order: byKey.size });
    }
  }
  return Array.from(byKey.values()).sort(
    (a, b) => severity(a.check.status) - severity(b.check.status) || a.order - b.order,
  );
}

function labelList(labels: readonly string[]): string {
  const shown = labels.slice(0, MAX_LABELS_PER_PROBLEM).map((label) => escapeMarkdownText(label, { maxLength: 60 }));
  if (labels.length > MAX_LABELS_PER_PROBLEM) shown.push(`${labels.length - MAX_LABELS_PER_PROBLEM} more`);
  return shown.join(', ');
}

function runnerDetails(entry: MatrixEntry, links: LinkOptions, knowledge?: CheckKnowledgeLookup): string {
  const { report } = entry;
  const verdict = report.summary.status;
  const summary =
    `${verdictEmoji(verdict)} ${escapeHtmlText(entry.label, { maxLength: 80 })}: ` +
    `${VERDICT_WORDS[verdict] ?? '?'} (${countsText(report.summary)})`;
  let body =
    `Self-reported by run ${codeSpan(String(entry.runId))} (attempt ${codeSpan(String(entry.runAttempt))}) ` +
    `for ${codeSpan(entry.sha.slice(0, 12))}.`;
  if (entry.runUrl) body += ` ${markdownLink(entry.runUrl, 'View the run', { hosts: links.linkHosts })}`;
  body += `\n\n${reportFactsTable(report)}\n`;
  if (report.checks.length > 0) {
    const ordered = report.checks
      .map((check, index) => ({ check, index }))
      .sort((a, b) => severity(a.check.status) - severity(b.check.status) || a.index - b.index)
      .map(({ check }) => checkTableRow(check, links, true, knowledge));
    body += `${checkTableHeader(true)}\n${ordered.join('\n')}\n`;
  } else body += 'No checks ran.\n';
  return detailsBlock(summary, body);
}

/** Lines (already Markdown) saying how the runners differ from the previous comment's. */
function describeChanges(previous: readonly MatrixEntry[], current: readonly MatrixEntry[]): string[] {
  const before = lastByLabel(sortEntries(previous));
  const after = lastByLabel(current);
  const lines: string[] = [];
  for (const [label, entry] of after) {
    const name = `**${escapeMarkdownText(label, { maxLength: 80 })}**`;
    const old = before.get(label);
    const verdict = entry.report.summary.status;
    if (!old) {
      lines.push(`${name} is new: ${verdictEmoji(verdict)} ${VERDICT_WORDS[verdict] ?? '?'}.`);
      continue;
    }
    const parts: string[] = [];
    const oldVerdict = old.report.summary.status;
    if (oldVerdict !== verdict) {
      parts.push(
        `verdict ${verdictEmoji(oldVerdict)} ${VERDICT_WORDS[oldVerdict] ?? '?'} → ${verdictEmoji(verdict)} ${VERDICT_WORDS[verdict] ?? '?'}`,
      );
    }
    const oldFacts = matrixFacts(old.report);
    const newFacts = matrixFacts(entry.report);
    for (const key of Object.keys(newFacts)) {
      const a = oldFacts[key] ?? null;
      const b = newFacts[key] ?? null;
      if (a !== b) parts.push(`${key} ${valueCode(a)} → ${valueCode(b)}`);
    }
    const checkChanges = describeCheckChanges(old.report.checks, entry.report.checks);
    if (parts.length === 0 && checkChanges.length === 0) continue;
    lines.push(`${name}: ${[...parts, ...checkChanges].join('; ')}.`);
  }
  for (const label of before.keys()) {
    if (!after.has(label)) lines.push(`**${escapeMarkdownText(label, { maxLength: 80 })}** no longer reports.`);
  }
  return lines;
}

function valueCode(value: string | null): string {
  return value ? codeSpan(value, { maxLength: 80 }) : 'none';
}

function lastByLabel(entries: readonly MatrixEntry[]): Map<string, MatrixEntry> {
  const map = new Map<string, MatrixEntry>();
  for (const entry of entries) map.set(entry.label, entry);
  return map;
}

function describeCheckChanges(before: readonly ReportCheck[], after: readonly ReportCheck[]): string[] {
  const old = new Map(before.map((check) => [check.id, check.status] as const));
  const changes: string[] = [];
  for (const check of after) {
    const was = old.get(check.id);
    if (was === undefined || was === check.status) continue;
    changes.push(
      `${codeSpan(check.id, { maxLength: 80 })} ${STATUS_EMOJI[was] ?? '?'} ${was} → ${statusEmoji(check.status)} ${check.status}`,
    );
  }
  if (changes.length <= MAX_CHECK_CHANGES_PER_RUNNER) return changes;
  return [
    ...changes.slice(0, MAX_CHECK_CHANGES_PER_RUNNER),
    `${changes.length - MAX_CHECK_CHANGES_PER_RUNNER} more checks changed`,
  ];
}
