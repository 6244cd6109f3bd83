import { createHash } from 'node:crypto';
import { escapeMarkdownText, MARKDOWN_MAX_LENGTH, type MatrixEntry, renderMatrixMarkdown } from '@wsl-ready/core';
import type { CheckRunRequest } from '../github-api.js';
import { type CommentState, encodeMarker } from './state.js';

/** The name of the optional check run on the head commit. */
export const CHECK_RUN_NAME = 'wsl-ready';
const MAX_PROBLEMS_SHOWN = 20;

export interface BodyOptions {
  /** The run came from a fork: say so, its data is self-reported by an untrusted workflow. */
  fork: boolean;
  /** Any run's web URL of this repository; other runs' links are derived from it. */
  runUrl: string;
}

/** The comment: hidden state marker, the matrix (core renderer), unusable artifacts, within 60,000 characters. */
export function renderCommentBody(state: CommentState, previous: CommentState | null, options: BodyOptions): string {
  const marker = encodeMarker(state);
  const notes: string[] = [];
  if (options.fork) {
    notes.push(
      '> [!NOTE]\n> These reports come from a workflow run of a fork: they are self-reported and unverified.\n',
    );
  }
  const problems = renderProblems(state);
  const reserved = marker.length + notes.join('\n').length + problems.length + 8;
  const matrix = renderMatrixMarkdown(toMatrix(state, options.runUrl), {
    ...(previous && previous.sha === state.sha ? { previous: toMatrix(previous, options.runUrl) } : {}),
    maxLength: Math.max(2_000, MARKDOWN_MAX_LENGTH - reserved),
  });
  return [marker, matrix.trimEnd(), ...notes, problems]
    .filter((part) => part.length > 0)
    .join('\n\n')
    .concat('\n');
}

function toMatrix(state: CommentState, runUrl: string): MatrixEntry[] {
  return state.entries.map((entry) => ({
    report: entry.report,
    label: entry.label,
    runId: entry.runId,
    runAttempt: entry.runAttempt,
    sha: state.sha,
    ...(runUrlFor(runUrl, entry.runId, entry.runAttempt)
      ? { runUrl: runUrlFor(runUrl, entry.runId, entry.runAttempt)! }
      : {}),
  }));
}

/** `https://github.com/o/r/actions/runs/123` for another run id (and attempt), from GitHub's own run URL. */
function runUrlFor(runUrl: string, runId: number, attempt: number): string | undefined {
  if (!/\/actions\/runs\/\d+/.test(runUrl)) return undefined;
  const base = runUrl.replace(/\/actions\/runs\/\d+.*$/, `/actions/runs/${runId}`);
  return attempt > 1 ? `${base}/attempts/${attempt}` : base;
}

function renderProblems(state: CommentState): string {
  if (state.problems.length === 0) return '';
  const lines = state.problems.slice(0, MAX_PROBLEMS_SHOWN).map((problem) => {
    const artifact = problem.key.slice(problem.key.indexOf('#') + 1);
    return `- ${escapeMarkdownText(artifact, { maxLength: 120 })} (run ${problem.runId}): ${escapeMarkdownText(problem.message, { maxLength: 300 })}`;
  });
  if (state.problems.length > MAX_PROBLEMS_SHOWN)
    lines.push(`- …and ${state.problems.length - MAX_PROBLEMS_SHOWN} more`);
  return `#### Reports that could not be used\n\n${lines.join('\n')}`;
}

/**
 * The check run for the head commit. Fork data never decides a merge gate: its conclusion is always neutral.
 * The signature lets the bot skip writing the same check run twice.
 */
export function checkRunFor(
  state: CommentState,
  fork: boolean,
  runUrl: string,
): { request: CheckRunRequest; signature: string } {
  const statuses = state.entries.map((entry) => entry.report.summary.status);
  const notReady = statuses.filter((status) => status === 'not-ready').length;
  const ready = statuses.filter((status) => status === 'ready').length;
  const conclusion: CheckRunRequest['conclusion'] = fork
    ? 'neutral'
    : notReady > 0 || state.problems.length > 0
      ? 'failure'
      : ready === statuses.length
        ? 'success'
        : 'neutral';
  const title = `${ready} of ${statuses.length} runner${statuses.length === 1 ? '' : 's'} ready${
    state.problems.length ? `, ${state.problems.length} unusable report${state.problems.length === 1 ? '' : 's'}` : ''
  }${fork ? ' (fork: self-reported)' : ''}`;
  const summary = renderMatrixMarkdown(toMatrix(state, runUrl), { maxLength: MARKDOWN_MAX_LENGTH });
  const request: CheckRunRequest = { headSha: state.sha, name: CHECK_RUN_NAME, conclusion, title, summary };
  if (/^https:\/\//.test(runUrl)) request.detailsUrl = runUrl;
  const signature = createHash('sha256')
    .update(`${state.sha}\n${conclusion}\n${title}\n${summary}`)
    .digest('hex')
    .slice(0, 32);
  return { request, signature };
}
