/**
 * Report v1 for a terminal: facts, checks grouped by area with status symbols, the fix indented under each
 * problem, and a final verdict line. Colour only when asked (the CLI decides from NO_COLOR and the TTY);
 * report text is stripped of control characters, so a hostile value cannot move the cursor or recolour.
 */
import pc from 'picocolors';
import { formatDuration } from '../errors.js';
import { areaName, countsText, groupByArea, reportFacts, VERDICT_WORDS } from './facts.js';
import type { CheckStatus, PhaseStatus, ReadinessStatus, ReportCheck, ReportV1 } from './schema.js';
import { clampText, cleanLines, codePointLength } from './text.js';

export interface TerminalOptions {
  /** Emit ANSI colours. */
  color: boolean;
  /** Columns to wrap to; default 80 (kept between 40 and 200). */
  width?: number;
}

type Colors = ReturnType<typeof pc.createColors>;

const SYMBOLS: Record<CheckStatus, string> = { pass: '✔', warn: '⚠', fail: '✖', error: '‼', skip: '○' };
const VERDICT_SYMBOLS: Record<ReadinessStatus, string> = { ready: '✔', degraded: '⚠', 'not-ready': '✖' };
const PHASE_WORDS: Record<PhaseStatus, string> = {
  ok: 'ok',
  cached: 'cached',
  skipped: 'skipped',
  failed: 'failed',
  'timed-out': 'timed out',
};
const EVIDENCE_SHOWN = 8;

export function renderTerminal(report: ReportV1, options: TerminalOptions): string {
  const c = pc.createColors(options.color);
  const width = Math.min(Math.max(Math.trunc(options.width ?? 80), 40), 200);
  const out: string[] = [];

  out.push(
    `${c.bold('WSL readiness')} ${c.dim(`· ${line(report.tool.name)} ${line(report.tool.version)} · ${line(report.generatedAt)}`)}`,
    '',
  );

  const facts = reportFacts(report);
  const labelWidth = Math.max(...facts.map((fact) => fact.label.length)) + 2;
  for (const fact of facts) {
    let value = fact.value
      .map((segment) => (segment.kind === 'code' ? c.cyan(line(segment.value)) : line(segment.value, false)))
      .join('');
    if (fact.tone === 'good') value = c.green(value);
    else if (fact.tone === 'bad') value = c.red(value);
    out.push(`  ${fact.label.padEnd(labelWidth)}${value}`);
  }
  out.push('');

  groupByArea(report.checks).forEach((group, index) => {
    if (index > 0) out.push('');
    out.push(c.bold(line(areaName(group.area))));
    for (const check of group.checks) out.push(...checkLines(check, c, width));
  });
  if (report.checks.length === 0) out.push(c.dim('No checks ran.'));

  if (report.phases && report.phases.length > 0) {
    out.push('', c.bold('Timing'));
    const nameWidth = Math.min(Math.max(...report.phases.map((phase) => codePointLength(line(phase.name)))), 40) + 2;
    for (const phase of report.phases) {
      const name = clampText(line(phase.name), 40);
      const padded = name + ' '.repeat(Math.max(nameWidth - codePointLength(name), 1));
      out.push(`  ${padded}${duration(phase.durationMs).padStart(8)}  ${phaseWord(phase.status, c)}`);
    }
  }

  if (report.warnings && report.warnings.length > 0) {
    out.push('', c.bold('Notes'));
    for (const warning of report.warnings) out.push(...wrap(cleanLines(warning, 2000), width, '  • ', '    '));
  }

  const verdict = report.summary.status;
  const tint = verdict === 'ready' ? c.green : verdict === 'degraded' ? c.yellow : c.red;
  out.push(
    '',
    tint(c.bold(`${VERDICT_SYMBOLS[verdict] ?? '?'} ${VERDICT_WORDS[verdict] ?? verdict}`)) +
      `: ${countsText(report.summary)}`,
  );
  return `${out.join('\n')}\n`;
}

function checkLines(check: ReportCheck, c: Colors, width: number): string[] {
  const symbol = statusColor(check.status, c)(SYMBOLS[check.status] ?? '?');
  const title = clampText(line(check.title), 200);
  const lines = [`  ${symbol} ${title} ${c.dim(`(${duration(check.durationMs)})`)}`];
  if (check.status === 'pass' || check.status === 'skip') {
    if (check.status === 'skip' && check.summary.trim())
      lines.push(...wrap(cleanLines(check.summary, 1000), width, '    ', '    ').map(c.dim));
    return lines;
  }
  lines.push(...wrap(cleanLines(check.summary, 2000), width, '    ', '    '));
  if (check.remediation?.trim()) {
    lines.push(...wrap(cleanLines(check.remediation, 4000), width, '    → ', '      ').map(c.bold));
  }
  if (check.docsUrl) lines.push(`    ${c.dim('Docs:')} ${c.underline(clampText(line(check.docsUrl), 300))}`);
  const evidence = Object.entries(check.evidence ?? {});
  for (const [key, value] of evidence.slice(0, EVIDENCE_SHOWN)) {
    lines.push(c.dim(`    ${clampText(line(key), 40)}: ${clampText(line(String(value)), 200)}`));
  }
  if (evidence.length > EVIDENCE_SHOWN) lines.push(c.dim(`    …and ${evidence.length - EVIDENCE_SHOWN} more`));
  return lines;
}

function statusColor(status: CheckStatus, c: Colors): (text: string) => string {
  switch (status) {
    case 'pass':
      return c.green;
    case 'warn':
      return c.yellow;
    case 'fail':
      return c.red;
    case 'error':
      return c.magenta;
    default:
      return c.dim;
  }
}

function phaseWord(status: PhaseStatus, c: Colors): string {
  const word = PHASE_WORDS[status] ?? '?';
  if (status === 'failed' || status === 'timed-out') return c.red(word);
  if (status === 'ok' || status === 'cached') return c.green(word);
  return c.dim(word);
}

function duration(ms: number): string {
  return Number.isFinite(ms) && ms >= 0 ? formatDuration(ms) : '?';
}

/** One clean line of report text (control characters gone); `trim` off keeps a segment's edge spaces. */
function line(value: string, trim = true): string {
  const clean = cleanLines(value, 500).replace(/\n+/g, ' ');
  return trim ? clean.trim() : clean;
}

/**
 * Word-wraps text to `width` columns: the first line starts with `first`, the others with `rest`.
 * Words longer than a line are split. Empty lines in the text are dropped.
 */
function wrap(text: string, width: number, first: string, rest: string): string[] {
  const out: string[] = [];
  let prefix = first;
  for (const paragraph of text.split('\n')) {
    const words = paragraph.trim().split(/ +/).filter(Boolean);
    if (words.length === 0) continue;
    let current = '';
    let currentLength = 0;
    const room = () => Math.max(width - codePointLength(prefix), 10);
    const flush = () => {
      out.push(prefix + current);
      prefix = rest;
      current = '';
      currentLength = 0;
    };
    for (const word of words) {
      let chars = Array.from(word);
      while (chars.length > 0) {
        const space = currentLength === 0 ? 0 : 1;
        if (currentLength + space + chars.length <= room()) {
          current += (space ? ' ' : '') + chars.join('');
          currentLength += space + chars.length;
          chars = [];
        } else if (currentLength > 0) {
          flush();
        } else {
          const fits = room();
          out.push(prefix + chars.slice(0, fits).join(''));
          prefix = rest;
          chars = chars.slice(fits);
        }
      }
    }
    if (currentLength > 0) flush();
  }
  return out;
}
