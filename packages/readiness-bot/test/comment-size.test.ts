import { type ReportCheck, validateReport } from '@wsl-ready/core';
import { runnerReport, sha } from '@wsl-ready/twin';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GITHUB_COMMENT_MAX_CHARS, renderCommentBody } from '../src/comment/body.js';
import {
  type CommentState,
  compactReport,
  decodeMarker,
  encodeMarker,
  MAX_MARKER_CHARS,
  type RunnerEntry,
  STATE_LIMITS,
} from '../src/comment/state.js';
import type { GitHubApi } from '../src/github-api.js';
import { processRunEvent } from '../src/handlers/process-run.js';
import { InProcessLocks } from '../src/queue/locks.js';
import type { RunEvent } from '../src/run-event.js';

/** Text an attacker would write: random code points, or Markdown/HTML/link/mention pieces that escaping grows. */
const hostileText = (maxLength: number) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength, size: 'max' }),
    fc.string({
      unit: fc.constantFrom(
        '@a',
        '#1',
        '<',
        '>',
        '&',
        '`',
        '|',
        'https://evil.example/',
        'www.x.io',
        '_',
        '*',
        ' ',
        '\n',
      ),
      maxLength: Math.ceil(maxLength / 4),
      size: 'max',
    }),
  );

const checkArb: fc.Arbitrary<ReportCheck> = fc.record({
  id: fc.stringMatching(/^[a-z][a-z0-9.-]{0,40}$/),
  area: fc.constantFrom('wsl', 'docker', 'host'),
  title: hostileText(200),
  status: fc.constantFrom('pass', 'warn', 'fail', 'error', 'skip'),
  summary: hostileText(2000),
  remediation: hostileText(4000),
  durationMs: fc.nat(10_000),
});

const entryArb = (index: number): fc.Arbitrary<RunnerEntry> =>
  fc
    .record({
      label: hostileText(400),
      workflow: hostileText(400),
      checks: fc.array(checkArb, { maxLength: 100, size: 'medium' }),
      runId: fc.integer({ min: 1, max: 2 ** 31 }),
    })
    .map(({ label, workflow, checks, runId }) => ({
      key: `.github/workflows/w.yml#runner-${index}-${label}`,
      label,
      runId,
      runAttempt: 1,
      workflow,
      report: compactReport(runnerReport({ failing: true, checks })),
    }));

const stateArb: fc.Arbitrary<CommentState> = fc
  .record({
    count: fc.integer({ min: 0, max: 6 }),
    problems: fc.array(fc.record({ key: hostileText(600), runId: fc.nat(), message: hostileText(800) }), {
      maxLength: 120,
    }),
  })
  .chain(({ count, problems }) =>
    fc
      .tuple(...Array.from({ length: count }, (_, i) => entryArb(i)))
      .map((entries): CommentState => ({ v: 1, sha: sha('a'), entries, problems })),
  );

export const PROPERTY_RUNS = 60;

describe('comment size and state marker', () => {
  it(`keeps every body within GitHub's limit and its marker readable (${PROPERTY_RUNS} arbitrary states)`, () => {
    fc.assert(
      fc.property(stateArb, fc.boolean(), (state, fork) => {
        const body = renderCommentBody(state, null, { fork, runUrl: 'https://github.com/o/r/actions/runs/1' });
        expect(body.length).toBeLessThanOrEqual(GITHUB_COMMENT_MAX_CHARS);
        const decoded = decodeMarker(body);
        expect(decoded.problem).toBeUndefined();
        expect(decoded.state?.sha).toBe(state.sha);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  }, 120_000);

  it('the 466 KB case of the issue: 100 failing checks of random text fit one comment', () => {
    const random = (n: number, seed: number) =>
      Array.from({ length: n }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919 + seed * 104_729) % 20_000))).join(
        '',
      );
    const checks: ReportCheck[] = Array.from({ length: 100 }, (_, i) => ({
      id: `c${i}`,
      area: 'docker',
      title: random(200, i),
      status: 'fail',
      summary: random(2000, i + 1),
      remediation: random(2000, i + 2),
      durationMs: 1,
    }));
    const report = runnerReport({ failing: true, checks });
    expect(JSON.stringify(report).length).toBeGreaterThan(400_000);
    const state: CommentState = {
      v: 1,
      sha: sha('b'),
      entries: [{ key: 'w#r', label: 'r', runId: 1, runAttempt: 1, workflow: 'w', report: compactReport(report) }],
      problems: [],
    };
    const body = renderCommentBody(state, null, { fork: false, runUrl: '' });
    expect(body.length).toBeLessThanOrEqual(60_000);
    expect(decodeMarker(body).state?.entries).toHaveLength(1);
  });

  it('clamps fields to the reader limits on write, so a state at and past the limits reads back', () => {
    const report = compactReport(runnerReport());
    const entries: RunnerEntry[] = Array.from({ length: STATE_LIMITS.entries + 20 }, (_, i) => ({
      key: `${String(i).padStart(3, '0')}${'k'.repeat(STATE_LIMITS.key + 100)}`,
      label: 'L'.repeat(i % 2 ? STATE_LIMITS.label : STATE_LIMITS.label + 300),
      runId: i + 1,
      runAttempt: 1,
      workflow: 'w'.repeat(STATE_LIMITS.workflow + 1),
      report,
    }));
    const problems = Array.from({ length: STATE_LIMITS.problems + 5 }, (_, i) => ({
      key: `p${i}${'k'.repeat(STATE_LIMITS.key)}`,
      runId: i,
      message: '💥'.repeat(STATE_LIMITS.message),
    }));
    const state: CommentState = { v: 1, sha: sha('c'), entries, problems, checkSignature: 's'.repeat(200) };
    const marker = encodeMarker(state);
    expect(marker.length).toBeLessThanOrEqual(MAX_MARKER_CHARS + 40);
    const read = decodeMarker(marker);
    expect(read.problem).toBeUndefined();
    const back = read.state!;
    expect(back.entries).toHaveLength(STATE_LIMITS.entries);
    expect(back.entries[1]!.label).toBe('L'.repeat(STATE_LIMITS.label));
    expect(back.entries[0]!.label.length).toBe(STATE_LIMITS.label);
    expect(back.entries[0]!.key.length).toBe(STATE_LIMITS.key);
    expect(back.problems).toHaveLength(STATE_LIMITS.problems);
    expect(back.problems[0]!.message.length).toBeLessThanOrEqual(STATE_LIMITS.message);
    expect(back.problems[0]!.message).not.toMatch(/[\uD800-\uDBFF]…/);
    for (const entry of back.entries) expect(validateReport(entry.report).ok).toBe(true);
  });

  it('never retries a comment GitHub refused with 422 (the retry would download every artifact again)', async () => {
    let listings = 0;
    let creates = 0;
    const refused = Object.assign(new Error('Validation Failed: body is too long'), { status: 422 });
    const api: GitHubApi = {
      getFile: async () => null,
      listOpenPullsByHead: async () => [],
      listRunArtifacts: async () => {
        listings++;
        return [];
      },
      getArtifactDownloadUrl: async () => 'https://example.invalid/blob',
      listIssueComments: async () => [],
      createComment: async () => {
        creates++;
        throw refused;
      },
      updateComment: async () => {
        throw refused;
      },
      deleteComment: async () => undefined,
      createCheckRun: async () => undefined,
    };
    const event: RunEvent = {
      deliveryId: 'd',
      installationId: 1,
      repository: { id: 1, owner: 'o', name: 'r' },
      run: {
        id: 10,
        attempt: 1,
        name: 'w',
        path: '.github/workflows/w.yml',
        event: 'pull_request',
        conclusion: 'success',
        headSha: sha('d'),
        headBranch: 'b',
        headRepository: { id: 1, owner: 'o' },
        htmlUrl: 'https://github.com/o/r/actions/runs/10',
        pullRequests: [{ number: 3, headSha: sha('d'), baseRepoId: 1 }],
      },
    };
    const warnings: string[] = [];
    const outcome = await processRunEvent(event, {
      api: {
        ...api,
        listRunArtifacts: async () => {
          listings++;
          return [artifact()];
        },
      },
      identity: { appId: 1, botLogin: 'b[bot]' },
      configs: { get: () => undefined, set: () => undefined },
      comments: { get: async () => undefined, set: async () => undefined, delete: async () => undefined },
      locks: new InProcessLocks(),
      log: { info: () => undefined, warn: (_fields, message) => warnings.push(message) },
      fetchImpl: async () => new Response(JSON.stringify(runnerReport())),
    });
    expect(outcome).toMatchObject({ status: 'done', comment: 'refused' });
    expect(creates).toBe(1);
    expect(listings).toBe(1);
    expect(warnings.join('\n')).toMatch(/refused the comment body; not retried/);
  });
});

function artifact() {
  return { id: 1, name: 'wsl-ready-report-win', sizeInBytes: 2000, expired: false, workflowRunId: 10 };
}
