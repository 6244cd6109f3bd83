/**
 * Report v1 as GitHub-flavoured Markdown, for the job summary (and any PR comment about one machine).
 * Layout: verdict title, facts table, failures and warnings with their fixes, one collapsed section per
 * area, phase timings, notes. Every value from the report goes through markdown-escape; the output is at
 * most 60,000 characters and the same report always renders to the same text.
 */
import { formatDuration } from '../errors.js';
import { countsText, VERDICT_WORDS } from './facts.js';
import { fitMarkdown, MARKDOWN_MAX_LENGTH, type MarkdownBlock } from './markdown-budget.js';
import {
  codeSpan,
  escapeMarkdownLines,
  escapeMarkdownText,
  markdownLink,
  tableHeader,
  tableRow,
} from './markdown-escape.js';
import {
  areaDetailsBlocks,
  checkBullet,
  durationText,
  heading,
  type LinkOptions,
  problemChecks,
  reportFactsTable,
  timestampCode,
  verdictEmoji,
} from './markdown-parts.js';
import type { PhaseStatus, ReportV1 } from './schema.js';

export interface MarkdownOptions extends LinkOptions {
  /** Title text before the verdict (escaped); default "WSL readiness". */
  title?: string;
  /** Level of the title heading, 1–5 (sections use the next level); default 2. */
  headingLevel?: number;
  /** Upper bound on the output length; never more than 60,000. */
  maxLength?: number;
  /** Link to the run that produced the report (shown only if https on an allowed host). */
  runUrl?: string;
}

const PHASE_LABELS: Record<PhaseStatus, string> = {
  ok: '✅ ok',
  cached: '♻️ cached',
  skipped: '➖ skipped',
  failed: '❌ failed',
  'timed-out': '⏱️ timed out',
};

export function renderMarkdown(report: ReportV1, options: MarkdownOptions = {}): string {
  const level = Math.min(Math.max(Math.trunc(options.headingLevel ?? 2), 1), 5);
  const links: LinkOptions = options.linkHosts ? { linkHosts: options.linkHosts } : {};
  const blocks: MarkdownBlock[] = [];
  const fixed = (text: string, group?: string) =>
    blocks.push(group ? { kind: 'fixed', text, group } : { kind: 'fixed', text });

  const title = escapeMarkdownText(options.title ?? 'WSL readiness', { maxLength: 100 });
  const verdict = report.summary.status;
  fixed(heading(level, `${verdictEmoji(verdict)} ${title}: ${VERDICT_WORDS[verdict] ?? verdict}`));
  const counts = countsText(report.summary);
  fixed(`${counts.charAt(0).toUpperCase()}${counts.slice(1)}. ${provenance(report, options)}\n\n`);
  fixed(`${reportFactsTable(report)}\n`);

  const { failures, warnings } = problemChecks(report.checks);
  pushList(
    blocks,
    level + 1,
    'Failures',
    'failures',
    failures.map((check) => checkBullet(check, links)),
  );
  pushList(
    blocks,
    level + 1,
    'Warnings',
    'warnings',
    warnings.map((check) => checkBullet(check, links)),
  );

  if (report.checks.length === 0) fixed('No checks ran.\n\n');
  else {
    fixed(heading(level + 1, 'Checks'), 'checks');
    for (const block of areaDetailsBlocks(report.checks, links)) blocks.push({ ...block, group: 'checks' });
  }

  if (report.phases && report.phases.length > 0) {
    fixed(`${heading(level + 1, 'Timing')}${tableHeader(['Phase', 'Status', 'Duration'])}\n`, 'phases');
    let total = 0;
    for (const phase of report.phases) {
      total += Number.isFinite(phase.durationMs) ? phase.durationMs : 0;
      blocks.push({
        kind: 'row',
        group: 'phases',
        text: `${tableRow([escapeMarkdownText(phase.name, { maxLength: 100 }), PHASE_LABELS[phase.status] ?? '?', durationText(phase.durationMs)])}\n`,
      });
    }
    fixed(`${tableRow(['**Total**', '', formatDuration(total)])}\n\n`, 'phases');
  }

  const notes = (report.warnings ?? []).map(
    (warning) => `- ${escapeMarkdownLines(warning, { maxLength: 1000, indent: '  ' })}\n`,
  );
  pushList(blocks, level + 1, 'Notes', 'notes', notes);

  return fitMarkdown(blocks, Math.min(options.maxLength ?? MARKDOWN_MAX_LENGTH, MARKDOWN_MAX_LENGTH));
}

function pushList(blocks: MarkdownBlock[], level: number, title: string, group: string, items: string[]): void {
  if (items.length === 0) return;
  blocks.push({ kind: 'fixed', group, text: heading(level, title) });
  for (const item of items) blocks.push({ kind: 'row', group, text: item });
  blocks.push({ kind: 'fixed', group, text: '\n' });
}

function provenance(report: ReportV1, options: MarkdownOptions): string {
  const parts = [
    `Reported by ${codeSpan(report.tool.name, { maxLength: 60 })} ${codeSpan(report.tool.version, { maxLength: 60 })}`,
    `(${report.source.kind === 'action' ? 'action' : 'CLI'} ${codeSpan(report.source.name, { maxLength: 60 })})`,
    `at ${timestampCode(report.generatedAt)}`,
  ];
  let text = `${parts.join(' ')}.`;
  if (report.run) {
    text +=
      ` Run ${codeSpan(String(report.run.runId))} attempt ${codeSpan(String(report.run.runAttempt))}` +
      ` of ${codeSpan(report.run.repository, { maxLength: 100 })} at ${codeSpan(report.run.sha.slice(0, 12))}`;
    if (report.run.matrixKey) text += `, ${escapeMarkdownText(report.run.matrixKey, { maxLength: 100 })}`;
    text += '.';
  }
  if (options.runUrl) text += ` ${markdownLink(options.runUrl, 'View the run', { hosts: options.linkHosts })}`;
  return text;
}
