import { createHash } from 'node:crypto';
import { escapeMarkdownText, MARKDOWN_MAX_LENGTH, type MatrixEntry, renderMatrixMarkdown } from '@wsl-ready/core';
import type { CheckRunRequest } from '../github-api.js';
import { checkKnowledge } from './check-knowledge.js';
import { type CommentState, encodeMarker } from './state.js';

/** The name of the optional check run on the head commit. */
export const CHECK_RUN_NAME = 'wsl-ready';
const MAX_PROBLEMS_SHOWN = 20;

export interface BodyOptions {
  /** The data came from a fork or an untrusted trigger: say so, it is self-reported by an untrusted workflow. */
  fork: boolean;
  /**
   * The untrusted trigger (`pull_request_target`, …) when that, not a fork, made the data untrusted; `''` when
   * earlier runs of this commit did.
   */
  trigger?: string;
  /** Any run's web URL of this repository; other runs' links are derived from it. */
  runUrl: string;
}

/** GitHub refuses a comment body longer than this (HTTP 422, "body is too long (maximum is 65536 characters)"). */
export const GITHUB_COMMENT_MAX_CHARS = 65_536;
/** What the bot aims for, leaving GitHub's own margin alone. */
const COMMENT_TARGET_CHARS = 60_000;
/** The "Reports that could not be used" list never takes more than this. */
const PROBLEMS_MAX_CHARS = 8_000;

/**
 * The comment: hidden state marker (at most 24,000 characters of state), the matrix (core renderer), unusable
 * artifacts. Whatever the reports hold, the body is at most 60,000 characters (never more than GitHub's 65,536):
 * the marker and the problem list have hard budgets and the matrix gets what is left.
 */
export function renderCommentBody(state: CommentState, previous: CommentState | null, options: BodyOptions): string {
  const marker = encodeMarker(state);
  const notes: string[] = [];
  if (options.fork) {
    notes.push(
      options.trigger === undefined
        ? '> [!NOTE]\n> These reports come from a workflow run of a fork: they are self-reported and unverified.\n'
        : /^[a-z_]{1,40}$/.test(options.trigger)
          ? `> [!NOTE]\n> These reports come from a run triggered by \`${options.trigger}\`, which may run a fork's code: they are self-reported and unverified.\n`
          : "> [!NOTE]\n> Some reports for this commit came from a fork or from a run that may execute a fork's code: they are self-reported and unverified.\n",
    );
  }
  const problems = renderProblems(state);
  const reserved = marker.length + notes.join('\n').length + problems.length + 16;
  const matrix = renderMatrixMarkdown(toMatrix(state, options.runUrl), {
    ...(previous && previous.sha === state.sha ? { previous: toMatrix(previous, options.runUrl) } : {}),
    maxLength: Math.max(1_000, COMMENT_TARGET_CHARS - reserved),
    unusableReports: state.problems.length,
    knowledge: checkKnowledge,
  });
  const body = [marker, matrix.trimEnd(), ...notes, problems]
    .filter((part) => part.length > 0)
    .join('\n\n')
    .concat('\n');
  // The budgets above already keep it shorter; this line is the guarantee.
  return body.length <= GITHUB_COMMENT_MAX_CHARS ? body : `${body.slice(0, GITHUB_COMMENT_MAX_CHARS - 1)}\n`;
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
  const head = '#### Reports that could not be used\n\n';
  const lines: string[] = [];
  let length = head.length;
  for (const [index, problem] of state.problems.slice(0, MAX_PROBLEMS_SHOWN).entries()) {
    const artifact = problem.key.slice(problem.key.indexOf('#') + 1);
    const line = `- ${escapeMarkdownText(artifact, { maxLength: 120 })} (run ${problem.runId}): ${escapeMarkdownText(problem.message, { maxLength: 300 })}`;
    // Escaping can grow text several times (entities); stop before the list outgrows its budget.
    if (length + line.length + 1 > PROBLEMS_MAX_CHARS - 40) {
      lines.push(`- …and ${state.problems.length - index} more`);
      return `${head}${lines.join('\n')}`;
    }
    lines.push(line);
    length += line.length + 1;
  }
  if (state.problems.length > MAX_PROBLEMS_SHOWN)
    lines.push(`- …and ${state.problems.length - MAX_PROBLEMS_SHOWN} more`);
  return `${head}${lines.join('\n')}`;
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
  const summary = renderMatrixMarkdown(toMatrix(state, runUrl), {
    maxLength: MARKDOWN_MAX_LENGTH,
    unusableReports: state.problems.length,
    knowledge: checkKnowledge,
  });
  const request: CheckRunRequest = { headSha: state.sha, name: CHECK_RUN_NAME, conclusion, title, summary };
  if (/^https:\/\//.test(runUrl)) request.detailsUrl = runUrl;
  const signature = createHash('sha256')
    .update(`${state.sha}\n${conclusion}\n${title}\n${summary}`)
    .digest('hex')
    .slice(0, 32);
  return { request, signature };
}
