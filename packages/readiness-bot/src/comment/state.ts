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
  /** Some report for this commit came from a fork or an untrusted trigger: the check stays neutral. */
  untrusted?: true;
}

const MARKER_PREFIX = '<!-- wsl-ready:state:v1:';
const MARKER_SUFFIX = ' -->';
/** Hard budget of the marker's base64 text: the rest of the 65,536-character comment is the readable part. */
export const MAX_MARKER_CHARS = 24_000;
const MAX_STATE_JSON_BYTES = 512 * 1024;

/** What the reader accepts; the writer clamps to the same numbers, so a state it writes is always readable. */
export const STATE_LIMITS = {
  key: 400,
  label: 200,
  workflow: 300,
  message: 500,
  entries: 100,
  problems: 100,
  checkSignature: 100,
} as const;

const stateShape = z
  .object({
    v: z.literal(1),
    sha: z.string().regex(/^[0-9a-f]{40}$/),
    entries: z
      .array(
        z
          .object({
            key: z.string().min(1).max(STATE_LIMITS.key),
            label: z.string().max(STATE_LIMITS.label),
            runId: z.number().int().positive(),
            runAttempt: z.number().int().positive(),
            workflow: z.string().max(STATE_LIMITS.workflow),
            report: z.unknown(),
          })
          .strict(),
      )
      .max(STATE_LIMITS.entries),
    problems: z
      .array(
        z
          .object({
            key: z.string().max(STATE_LIMITS.key),
            runId: z.number().int(),
            message: z.string().max(STATE_LIMITS.message),
          })
          .strict(),
      )
      .max(STATE_LIMITS.problems),
    checkSignature: z.string().max(STATE_LIMITS.checkSignature).optional(),
    untrusted: z.literal(true).optional(),
  })
  .strict();

/** Shorten to at most `max` UTF-16 units without splitting a surrogate pair. */
export function clampText(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = max - 1;
  const cut = /[\uD800-\uDBFF]/.test(text.charAt(end - 1)) ? end - 1 : end;
  return `${text.slice(0, cut)}…`;
}

/** A runner or problem key as the state stores it (callers use this when they make keys, so merges match). */
export function clampKey(key: string): string {
  return clampText(key, STATE_LIMITS.key);
}

/** The state with every field within the reader's limits (the newest entries and problems are kept). */
export function clampState(state: CommentState): CommentState {
  const clamped: CommentState = {
    v: 1,
    sha: state.sha,
    entries: state.entries.slice(0, STATE_LIMITS.entries).map((entry) => ({
      ...entry,
      key: clampKey(entry.key),
      label: clampText(entry.label, STATE_LIMITS.label),
      workflow: clampText(entry.workflow, STATE_LIMITS.workflow),
    })),
    problems: state.problems.slice(0, STATE_LIMITS.problems).map((problem) => ({
      key: clampKey(problem.key),
      runId: problem.runId,
      message: clampText(problem.message, STATE_LIMITS.message),
    })),
  };
  if (state.checkSignature !== undefined)
    clamped.checkSignature = clampText(state.checkSignature, STATE_LIMITS.checkSignature);
  if (state.untrusted) clamped.untrusted = true;
  return clamped;
}

/**
 * How much of the state the marker keeps, most first. Each level is tried until the marker fits its budget and
 * reads back; the last one (no entries) always does. The comment itself is rendered from the whole state.
 */
const MARKER_LEVELS: ReadonlyArray<{ passing: boolean; text: number; checks: number; entries: boolean }> = [
  { passing: true, text: Number.POSITIVE_INFINITY, checks: Number.POSITIVE_INFINITY, entries: true },
  { passing: false, text: Number.POSITIVE_INFINITY, checks: Number.POSITIVE_INFINITY, entries: true },
  { passing: false, text: 300, checks: 100, entries: true },
  { passing: false, text: 80, checks: 20, entries: true },
  { passing: false, text: 40, checks: 3, entries: true },
  { passing: false, text: 0, checks: 0, entries: false },
];

/** The marker line that starts every comment the bot writes; it carries the merge state. */
export function encodeMarker(state: CommentState): string {
  const clamped = clampState(state);
  for (const level of MARKER_LEVELS) {
    const marker = `${MARKER_PREFIX}${gzipSync(JSON.stringify(compactState(clamped, level))).toString('base64')}${MARKER_SUFFIX}`;
    if (marker.length - MARKER_PREFIX.length - MARKER_SUFFIX.length > MAX_MARKER_CHARS) continue;
    if (level.entries && decodeMarker(marker).state === null) continue;
    return marker;
  }
  throw new Error('unreachable: a state without entries always fits the marker');
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
  if (shape.data.untrusted) state.untrusted = true;
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

/** Keep what the marker level allows: evidence never, passing checks and long texts only at the first levels. */
function compactState(state: CommentState, level: (typeof MARKER_LEVELS)[number]): CommentState {
  if (!level.entries) {
    const empty: CommentState = { v: 1, sha: state.sha, entries: [], problems: [] };
    if (state.checkSignature !== undefined) empty.checkSignature = state.checkSignature;
    if (state.untrusted) empty.untrusted = true;
    return empty;
  }
  const short = (text: string) => (Number.isFinite(level.text) ? clampText(text, Math.max(level.text, 1)) : text);
  return {
    ...state,
    entries: state.entries.map((entry) => ({
      ...entry,
      report: {
        ...entry.report,
        // Past the first levels the table's facts stay; free-text lists go.
        ...(Number.isFinite(level.text)
          ? { warnings: undefined, phases: undefined, distros: entry.report.distros.slice(0, 10) }
          : {}),
        checks: entry.report.checks
          .filter((check) => level.passing || check.status !== 'pass')
          .slice(0, level.checks)
          .map(({ evidence: _evidence, ...check }) => {
            if (!Number.isFinite(level.text)) return check;
            const { remediation: _remediation, docsUrl: _docsUrl, ...kept } = check;
            return { ...kept, title: short(check.title), summary: short(check.summary) };
          }),
      },
    })),
    problems: state.problems.map((problem) => ({ ...problem, message: short(problem.message) })),
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
    /** The run is a fork's or came from an untrusted trigger. */
    untrusted?: boolean;
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
  // Once untrusted data is part of a commit's state it stays so: a later trusted run cannot launder it.
  if (incoming.untrusted || (previous?.untrusted && previous.sha === incoming.sha)) state.untrusted = true;
  return { kind: 'merged', state, changedKeys };
}

/**
 * Do two states say the same thing (same commit, same runs and attempts, same results, same problems)?
 * When they do, nothing is written: re-rendering would only churn the "what changed" section.
 */
export function sameState(a: CommentState | null, b: CommentState): boolean {
  if (!a || a.sha !== b.sha || a.checkSignature !== b.checkSignature || a.untrusted !== b.untrusted) return false;
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
