import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { type ReportV1, validateReport } from '@wsl-ready/core';
import * as z from 'zod';
import { parseBoundedJson } from '../artifacts/json.js';

/** One runner's latest report on the pull request's head commit. */
export interface RunnerEntry {
  /** Identity of the runner: workflow path + artifact name (unique per matrix cell). */
  key: string;
  label: string;
  runId: number;
  runAttempt: number;
  workflow: string;
  report: ReportV1;
}

/** What the bot remembers between events, kept in the comment's hidden marker. Untrusted when read back. */
export interface CommentState {
  v: 1;
  sha: string;
  entries: RunnerEntry[];
  /** Artifacts that could not be used, by key, with the reason shown to readers. */
  problems: Array<{ key: string; runId: number; message: string }>;
  /** Signature of the last check run written, so an unchanged verdict makes no write. */
  checkSignature?: string;
}

const MARKER_PREFIX = '<!-- wsl-ready:state:v1:';
const MARKER_SUFFIX = ' -->';
const MAX_MARKER_CHARS = 24_000;
const MAX_STATE_JSON_BYTES = 512 * 1024;

const stateShape = z
  .object({
    v: z.literal(1),
    sha: z.string().regex(/^[0-9a-f]{40}$/),
    entries: z
      .array(
        z
          .object({
            key: z.string().min(1).max(400),
            label: z.string().max(200),
            runId: z.number().int().positive(),
            runAttempt: z.number().int().positive(),
            workflow: z.string().max(300),
            report: z.unknown(),
          })
          .strict(),
      )
      .max(100),
    problems: z
      .array(z.object({ key: z.string().max(400), runId: z.number().int(), message: z.string().max(500) }).strict())
      .max(100),
    checkSignature: z.string().max(100).optional(),
  })
  .strict();

/** The marker line that starts every comment the bot writes; it carries the merge state. */
export function encodeMarker(state: CommentState): string {
  let compact = compactState(state, 'full');
  let encoded = gzipSync(JSON.stringify(compact)).toString('base64');
  if (encoded.length > MAX_MARKER_CHARS) {
    compact = compactState(state, 'summary');
    encoded = gzipSync(JSON.stringify(compact)).toString('base64');
  }
  return `${MARKER_PREFIX}${encoded}${MARKER_SUFFIX}`;
}

export function hasMarker(body: string): boolean {
  return body.startsWith(MARKER_PREFIX);
}

/**
 * Read the state back from a comment body. Anyone with write access can edit a comment, so the marker is
 * decoded with caps (base64 length, inflated size, JSON depth) and every report re-validated; on any problem
 * the state is dropped (the next event rebuilds it) and the reason returned for the log.
 */
export function decodeMarker(body: string): { state: CommentState | null; problem?: string } {
  if (!hasMarker(body)) return { state: null, problem: 'no state marker' };
  const end = body.indexOf(MARKER_SUFFIX, MARKER_PREFIX.length);
  if (end < 0 || end - MARKER_PREFIX.length > MAX_MARKER_CHARS)
    return { state: null, problem: 'state marker malformed or too long' };
  const encoded = body.slice(MARKER_PREFIX.length, end);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded)) return { state: null, problem: 'state marker is not base64' };
  let json: unknown;
  try {
    const inflated = gunzipSync(Buffer.from(encoded, 'base64'), { maxOutputLength: MAX_STATE_JSON_BYTES });
    json = parseBoundedJson(inflated, { maxBytes: MAX_STATE_JSON_BYTES, maxDepth: 32 });
  } catch (error) {
    return { state: null, problem: `state marker unreadable (${(error as Error).message})` };
  }
  const shape = stateShape.safeParse(json);
  if (!shape.success) return { state: null, problem: 'state marker does not match the state schema' };
  const entries: RunnerEntry[] = [];
  for (const entry of shape.data.entries) {
    const checked = validateReport(entry.report);
    if (!checked.ok) return { state: null, problem: `state marker holds an invalid report for ${entry.key}` };
    entries.push({ ...entry, report: checked.report });
  }
  const state: CommentState = { v: 1, sha: shape.data.sha, entries, problems: shape.data.problems };
  if (shape.data.checkSignature !== undefined) state.checkSignature = shape.data.checkSignature;
  return { state };
}

/**
 * What the comment needs of a runner's report: evidence is never shown, and passing checks show only the start of
 * their summary in a table cell. Applied as soon as a report is read, so a large report costs little afterwards.
 */
export function compactReport(report: ReportV1): ReportV1 {
  return {
    ...report,
    checks: report.checks.map(({ evidence: _evidence, ...check }) => {
      if (check.status !== 'pass' && check.status !== 'skip') return check;
      const { remediation: _remediation, ...shown } = check;
      return { ...shown, summary: check.summary.length > 300 ? `${check.summary.slice(0, 299)}…` : check.summary };
    }),
  };
}

/** Keep what the comment needs; in `summary` mode drop evidence and passing checks to fit the marker budget. */
function compactState(state: CommentState, mode: 'full' | 'summary'): CommentState {
  return {
    ...state,
    entries: state.entries.map((entry) => ({
      ...entry,
      report: {
        ...entry.report,
        checks: entry.report.checks
          .filter((check) => mode === 'full' || check.status !== 'pass')
          .map(({ evidence: _evidence, ...check }) => check),
      },
    })),
  };
}

export type MergeOutcome =
  | { kind: 'stale'; reason: string }
  | { kind: 'merged'; state: CommentState; changedKeys: string[] };

/**
 * Merge freshly downloaded entries of one run into the remembered state. Newest data wins per runner key
 * (run id, then attempt); a run for another head commit replaces the state only when it is newer than
 * everything remembered, so an older run arriving late changes nothing.
 */
export function mergeState(
  previous: CommentState | null,
  incoming: {
    sha: string;
    runId: number;
    runAttempt: number;
    entries: RunnerEntry[];
    problems: CommentState['problems'];
  },
): MergeOutcome {
  let base: CommentState = previous ?? { v: 1, sha: incoming.sha, entries: [], problems: [] };
  if (previous && previous.sha !== incoming.sha) {
    const newestRemembered = Math.max(
      0,
      ...previous.entries.map((e) => e.runId),
      ...previous.problems.map((p) => p.runId),
    );
    if (incoming.runId < newestRemembered) {
      return {
        kind: 'stale',
        reason: `run ${incoming.runId} is for ${incoming.sha.slice(0, 7)}, older than the reported head`,
      };
    }
    base = { v: 1, sha: incoming.sha, entries: [], problems: [] };
  }
  const entries = new Map(base.entries.map((e) => [e.key, e]));
  const problems = new Map(base.problems.map((p) => [p.key, p]));
  const changedKeys: string[] = [];
  let accepted = 0;
  for (const entry of incoming.entries) {
    const existing = entries.get(entry.key);
    if (existing && isNewer(existing, entry)) continue;
    accepted++;
    if (!existing || digest(existing.report) !== digest(entry.report)) changedKeys.push(entry.key);
    entries.set(entry.key, entry);
    problems.delete(entry.key);
  }
  for (const problem of incoming.problems) {
    const existing = entries.get(problem.key);
    if (existing && existing.runId > problem.runId) continue;
    accepted++;
    if (problems.get(problem.key)?.message !== problem.message) changedKeys.push(problem.key);
    problems.set(problem.key, problem);
  }
  if (
    previous &&
    previous.sha === incoming.sha &&
    accepted === 0 &&
    incoming.entries.length + incoming.problems.length > 0
  ) {
    return {
      kind: 'stale',
      reason: `run ${incoming.runId} attempt ${incoming.runAttempt} is older than what is reported`,
    };
  }
  const sortedEntries = [...entries.values()].sort((a, b) => a.key.localeCompare(b.key));
  const sortedProblems = [...problems.values()].sort((a, b) => a.key.localeCompare(b.key));
  const state: CommentState = { v: 1, sha: incoming.sha, entries: sortedEntries, problems: sortedProblems };
  if (previous?.checkSignature !== undefined && previous.sha === incoming.sha)
    state.checkSignature = previous.checkSignature;
  return { kind: 'merged', state, changedKeys };
}

/**
 * Do two states say the same thing (same commit, same runs and attempts, same results, same problems)?
 * When they do, nothing is written: re-rendering would only churn the "what changed" section.
 */
export function sameState(a: CommentState | null, b: CommentState): boolean {
  if (!a || a.sha !== b.sha || a.checkSignature !== b.checkSignature) return false;
  const fingerprint = (state: CommentState) =>
    JSON.stringify([
      state.entries.map((e) => [e.key, e.label, e.runId, e.runAttempt, digest(e.report)]),
      state.problems.map((p) => [p.key, p.runId, p.message]),
    ]);
  return fingerprint(a) === fingerprint(b);
}

/** Is `existing` strictly newer than `candidate` (run id, then attempt)? */
function isNewer(existing: RunnerEntry, candidate: RunnerEntry): boolean {
  return (
    existing.runId > candidate.runId ||
    (existing.runId === candidate.runId && existing.runAttempt > candidate.runAttempt)
  );
}

const digests = new WeakMap<ReportV1, string>();

/** A digest of a report that ignores when it was generated, so re-runs with equal results compare equal. */
export function digest(report: ReportV1): string {
  let known = digests.get(report);
  if (known === undefined) {
    known = computeDigest(report);
    digests.set(report, known);
  }
  return known;
}

function computeDigest(report: ReportV1): string {
  const { generatedAt: _generatedAt, ...rest } = report as ReportV1 & { generatedAt?: string };
  const checks = rest.checks.map(({ durationMs: _d, ...check }) => check);
  return createHash('sha256')
    .update(JSON.stringify({ ...rest, checks }))
    .digest('hex')
    .slice(0, 32);
}
