import { createReport, validateReport } from '@wsl-ready/core';
import { describe, expect, it } from 'vitest';
import { actionRunContext, readRunFacts, workflowRunUrl } from '../src/run-context.js';

const RUN = {
  GITHUB_REPOSITORY: 'octo/hello-world',
  GITHUB_RUN_ID: '1234567890',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_JOB: 'build',
  GITHUB_WORKFLOW: 'CI',
  GITHUB_SHA: 'a'.repeat(40),
};
const RUNNER = {
  GITHUB_ACTIONS: 'true',
  ImageOS: 'win25',
  ImageVersion: '20260818.110.1',
  RUNNER_ENVIRONMENT: 'github-hosted',
  RUNNER_ARCH: 'X64',
  RUNNER_NAME: 'GitHub Actions 1000000001',
  RUNNER_OS: 'Windows',
};

describe('readRunFacts', () => {
  it('reads the run and names the matrix cell', () => {
    expect(readRunFacts(RUN, { os: 'windows-2025', wsl: 2 })).toEqual({
      repository: 'octo/hello-world',
      runId: 1234567890,
      runAttempt: 1,
      job: 'build',
      workflow: 'CI',
      sha: 'a'.repeat(40),
      matrixKey: 'windows-2025-2',
    });
    expect(readRunFacts(RUN)).not.toHaveProperty('matrixKey');
  });

  it.each([
    ['GITHUB_RUN_ID', 'abc'],
    ['GITHUB_RUN_ID', '0'],
    ['GITHUB_RUN_ATTEMPT', '-1'],
    ['GITHUB_REPOSITORY', 'octo/..'],
    ['GITHUB_REPOSITORY', 'no-slash'],
    ['GITHUB_SHA', 'not-a-sha'],
  ])('is undefined when %s is %j (self-reported values are checked)', (name, value) => {
    expect(readRunFacts({ ...RUN, [name]: value })).toBeUndefined();
  });

  it('clips long names to what Report v1 accepts', () => {
    const run = readRunFacts({ ...RUN, GITHUB_WORKFLOW: 'w'.repeat(500) }, { cell: 'c'.repeat(500) });
    expect(run?.workflow).toHaveLength(200);
    expect(run?.matrixKey).toHaveLength(200);
  });
});

describe('actionRunContext', () => {
  it('is the core runner rule plus the run, ready to spread into a report', () => {
    const context = actionRunContext({ ...RUNNER, ...RUN }, { os: 'windows-2025' });
    expect(context.runner).toEqual({
      imageOs: 'win25',
      imageVersion: '20260818.110.1',
      environment: 'github-hosted',
      arch: 'X64',
      name: 'GitHub Actions 1000000001',
      os: 'Windows',
    });
    expect(context.run?.matrixKey).toBe('windows-2025');
  });

  it('has neither section off a runner', () => {
    expect(actionRunContext({ USERNAME: 'dev' })).toEqual({});
  });

  it('a self-hosted runner with oversized variables still gives a valid report section', () => {
    const context = actionRunContext({ ...RUNNER, RUNNER_NAME: 'n'.repeat(1000), ImageOS: 'i'.repeat(300) });
    expect(context.runner?.name).toHaveLength(200);
    expect(context.runner?.imageOs).toHaveLength(200);
  });

  it('passes Report v1 validation as the actions build it', () => {
    const report = createReport({ ...actionRunContext({ ...RUNNER, ...RUN }, { os: 'windows-2025', wsl: 2 }) });
    expect(validateReport(report).ok).toBe(true);
    expect(report.run?.matrixKey).toBe('windows-2025-2');
  });
});

describe('workflowRunUrl', () => {
  it('links the run, and nothing when a part is missing or odd', () => {
    expect(workflowRunUrl({ GITHUB_SERVER_URL: 'https://github.com', ...RUN })).toBe(
      'https://github.com/octo/hello-world/actions/runs/1234567890',
    );
    expect(workflowRunUrl(RUN)).toBeUndefined();
    expect(workflowRunUrl({ GITHUB_SERVER_URL: 'https://github.com', ...RUN, GITHUB_RUN_ID: '1?x' })).toBeUndefined();
  });
});
