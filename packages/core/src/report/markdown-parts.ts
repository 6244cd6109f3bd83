/** Markdown building blocks shared by the single-report and matrix renderers. */
import { formatDuration } from '../errors.js';
import {
  areaName,
  countsText,
  type Fact,
  groupByArea,
  reportFacts,
  type Segment,
  severity,
  worstStatus,
} from './facts.js';
import type { MarkdownBlock } from './markdown-budget.js';
import {
  codeSpan,
  escapeHtmlText,
  escapeMarkdownLines,
  escapeMarkdownText,
  markdownLink,
  tableHeader,
  tableRow,
} from './markdown-escape.js';
import type { CheckStatus, ReadinessStatus, ReportCheck, ReportV1 } from './schema.js';
import { summarize } from './summarize.js';
import { clampText } from './text.js';

export const STATUS_EMOJI: Record<CheckStatus, string> = {
  pass: '✅',
  warn: '⚠️',
  fail: '❌',
  error: '❗',
  skip: '➖',
};

const VERDICT_EMOJI: Record<ReadinessStatus, string> = {
  ready: '✅',
  degraded: '⚠️',
  'not-ready': '❌',
};

export const TONE_EMOJI = { good: '✅', bad: '❌', unknown: '➖' } as const;

export interface LinkOptions {
  /** Hosts whose https URLs may be links; `[]` turns every URL into code. */
  linkHosts?: readonly string[];
}

/** The renderer's caller's own knowledge of a check id: trusted title, fix (Markdown, links allowed) and docs. */
export interface CheckKnowledgeEntry {
  title: string;
  fix: string;
  docsUrl?: string;
}

/**
 * When given, a check's fix and docs link come only from here (a report from an untrusted workflow keeps its
 * summary, escaped, but never supplies the fix); an id it does not know shows no fix.
 */
export type CheckKnowledgeLookup = (checkId: string) => CheckKnowledgeEntry | undefined;

export function statusEmoji(status: CheckStatus): string {
  return STATUS_EMOJI[status] ?? '❔';
}

export function verdictEmoji(status: ReadinessStatus): string {
  return VERDICT_EMOJI[status] ?? '❔';
}

function segmentsMarkdown(segments: readonly Segment[], table: boolean): string {
  const out = segments.map((segment) =>
    segment.kind === 'code'
      ? codeSpan(segment.value, { table })
      : // Prose segments keep their own spacing; escaping trims, so put the edges back.
        keepEdges(segment.value, escapeMarkdownText(segment.value)),
  );
  return out.join('');
}

function keepEdges(raw: string, escaped: string): string {
  const lead = /^\s/.test(raw) ? ' ' : '';
  const trail = /\s$/.test(raw) && escaped.length > 0 ? ' ' : '';
  return `${lead}${escaped}${trail}`;
}

function factsTable(facts: readonly Fact[]): string {
  const rows = facts.map((fact) => {
    const value = segmentsMarkdown(fact.value, true);
    return tableRow([fact.label, fact.tone ? `${TONE_EMOJI[fact.tone]} ${value}` : value]);
  });
  return `${tableHeader(['Fact', 'Value'])}\n${rows.join('\n')}\n`;
}

export function reportFactsTable(report: ReportV1): string {
  return factsTable(reportFacts(report));
}

/** A bullet for a failing or warning check: title, id, summary, then fix, docs and evidence lines. */
export function checkBullet(
  check: ReportCheck,
  links: LinkOptions,
  where?: string,
  knowledge?: CheckKnowledgeLookup,
): string {
  const indent = '  ';
  const lines: string[] = [];
  const known = knowledge?.(check.id);
  const head =
    `- ${statusEmoji(check.status)} **${escapeMarkdownText(known?.title ?? check.title)}** (${codeSpan(check.id)})` +
    (where ? ` on ${where}` : '');
  const summary = escapeMarkdownLines(check.summary, { maxLength: 1000, indent });
  lines.push(summary ? `${head}: ${summary}` : head);
  if (knowledge) {
    if (known) lines.push(`**Fix:** ${known.fix}`);
    if (known?.docsUrl) lines.push(`**Docs:** ${docsLink(known.docsUrl, links)}`);
  } else {
    if (check.remediation?.trim()) {
      lines.push(`**Fix:** ${escapeMarkdownLines(check.remediation, { maxLength: 2000, indent })}`);
    }
    if (check.docsUrl) lines.push(`**Docs:** ${docsLink(check.docsUrl, links)}`);
  }
  const evidence = evidenceText(check);
  if (evidence) lines.push(`**Evidence:** ${evidence}`);
  return `${lines.join(`\\\n${indent}`)}\n`;
}

function docsLink(url: string, links: LinkOptions, table = false): string {
  const label = (() => {
    if (url.length > 2048) return url.slice(0, 60);
    try {
      const parsed = new URL(url);
      return `${parsed.hostname}${parsed.pathname === '/' ? '' : parsed.pathname}`;
    } catch {
      return url;
    }
  })();
  return markdownLink(url, clampText(label, 60), { hosts: links.linkHosts, table });
}

const EVIDENCE_SHOWN = 8;

function evidenceText(check: ReportCheck): string {
  if (!check.evidence) return '';
  const entries = Object.entries(check.evidence);
  if (entries.length === 0) return '';
  const shown = entries
    .slice(0, EVIDENCE_SHOWN)
    .map(
      ([key, value]) => `${codeSpan(key, { maxLength: 40 })} ${codeSpan(String(value), { maxLength: 120 }) || '""'}`,
    );
  if (entries.length > EVIDENCE_SHOWN) shown.push(`and ${entries.length - EVIDENCE_SHOWN} more`);
  return shown.join(', ');
}

/** Failing and erroring checks first, then warnings, each in report order. */
export function problemChecks(checks: readonly ReportCheck[]): { failures: ReportCheck[]; warnings: ReportCheck[] } {
  return {
    failures: checks.filter((check) => check.status === 'fail' || check.status === 'error'),
    warnings: checks.filter((check) => check.status === 'warn'),
  };
}

export function checkTableRow(
  check: ReportCheck,
  links: LinkOptions,
  withArea: boolean,
  knowledge?: CheckKnowledgeLookup,
): string {
  const known = knowledge?.(check.id);
  const title = `${escapeMarkdownText(known?.title ?? check.title, { maxLength: 120 })} ${codeSpan(check.id, { table: true, maxLength: 80 })}`;
  const result = escapeMarkdownText(check.summary);
  const docsUrl = knowledge ? known?.docsUrl : check.docsUrl;
  const docs = docsUrl ? ` ${docsLink(docsUrl, links, true)}` : '';
  const cells = [statusEmoji(check.status)];
  if (withArea) cells.push(escapeMarkdownText(areaName(check.area), { maxLength: 60 }));
  cells.push(title, `${result}${docs}`, durationText(check.durationMs));
  return tableRow(cells);
}

export function checkTableHeader(withArea: boolean): string {
  return tableHeader(withArea ? ['', 'Area', 'Check', 'Result', 'Time'] : ['', 'Check', 'Result', 'Time']);
}

export function durationText(ms: number): string {
  return Number.isFinite(ms) && ms >= 0 ? formatDuration(ms) : '?';
}

/**
 * One collapsible section: the only HTML this package emits. The summary line is an HTML block (escaped as
 * HTML); the body is Markdown, separated by blank lines so GitHub renders it.
 */
export function detailsBlock(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body.trimEnd()}\n\n</details>\n\n`;
}

/** Per-area collapsible sections, worst area first (so the budget drops passing areas first). */
export function areaDetailsBlocks(checks: readonly ReportCheck[], links: LinkOptions): MarkdownBlock[] {
  const ordered = groupByArea(checks).map((group, index) => ({ ...group, index, worst: worstStatus(group.checks) }));
  ordered.sort((a, b) => severity(a.worst) - severity(b.worst) || a.index - b.index);
  return ordered.map(({ area, checks: list, worst }) => {
    const label = escapeHtmlText(areaName(area), { maxLength: 60 });
    const summary = `${statusEmoji(worst)} ${label}: ${countsText(summarize(list))}`;
    const body = `${checkTableHeader(false)}\n${list.map((check) => checkTableRow(check, links, false)).join('\n')}\n`;
    return { kind: 'details' as const, text: detailsBlock(summary, body) };
  });
}

/** A heading line (`level` 1–6) with escaped text. */
export function heading(level: number, textValue: string): string {
  const hashes = '#'.repeat(Math.min(Math.max(Math.trunc(level), 1), 6));
  return `${hashes} ${textValue}\n\n`;
}

/** `generatedAt` as shown: the raw value in a code span (it is validated as ISO in a valid report). */
export function timestampCode(value: string): string {
  return codeSpan(value, { maxLength: 40 });
}
