import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { OpenApiValidator } from '../../src/github/openapi.js';
import { FORK_REPO, sha, workflowRunPayload } from '../../src/github/webhooks.js';

const validator = new OpenApiValidator();
const SCHEMA = 'webhook-workflow-run-completed';

describe('workflow_run payload fixtures', () => {
  it("GitHub's own completed examples fit the schema the fixtures are checked against", () => {
    const require = createRequire(import.meta.url);
    const index = require('@octokit/webhooks-examples/api.github.com/index.json') as Array<{
      name: string;
      examples: Array<Record<string, unknown>>;
    }>;
    const completed = index
      .find((d) => d.name === 'workflow_run')!
      .examples.filter((e) => e.action === 'completed' && (e.workflow_run as { path?: string }).path);
    expect(completed.length).toBeGreaterThan(0);
    for (const example of completed) expect(validator.checkSchema(SCHEMA, example)).toEqual([]);
  });

  it.each([
    ['same-repository pull request', {}],
    ['fork pull request', { fork: true }],
    ['re-run', { attempt: 3 }],
    ['run still queued when the event fired', { conclusion: null }],
    ['push', { event: 'push', prNumber: null }],
    ['without installation', { installation: false }],
  ])('a %s payload has the shape of webhook-workflow-run-completed', (_label, options) => {
    const payload = workflowRunPayload({ runId: 7, headSha: sha('a'), ...options });
    expect(validator.checkSchema(SCHEMA, payload)).toEqual([]);
  });

  it("a fork's run names the fork as head repository and lists no pull request, as GitHub sends it", () => {
    const run = workflowRunPayload({ runId: 7, headSha: sha('a'), fork: true }).workflow_run as {
      head_repository: { id: number; fork: boolean; full_name: string; owner: { login: string } };
      repository: { id: number; fork: boolean };
      pull_requests: unknown[];
    };
    expect(run.pull_requests).toEqual([]);
    expect(run.head_repository).toMatchObject({
      id: FORK_REPO.id,
      fork: true,
      full_name: `${FORK_REPO.owner}/${FORK_REPO.name}`,
      owner: { login: FORK_REPO.owner },
    });
    expect(run.repository.id).not.toBe(run.head_repository.id);
  });

  it('refuses a payload with a wrong field type, so the schema check can fail', () => {
    const payload = workflowRunPayload({ runId: 7, headSha: sha('a') });
    (payload.workflow_run as Record<string, unknown>).run_attempt = '2';
    (payload.workflow_run as Record<string, unknown>).conclusion = 'green';
    const errors = validator.checkSchema(SCHEMA, payload);
    expect(errors.join('\n')).toMatch(/run_attempt must be an integer/);
    expect(errors.join('\n')).toMatch(/conclusion must be one of/);
  });
});
