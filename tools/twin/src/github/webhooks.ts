import { createHmac, generateKeyPairSync, randomUUID } from 'node:crypto';
import { createReport, type ReportInput, type ReportV1 } from '@wsl-ready/core';
import { type Zippable, zipSync } from 'fflate';

// Webhook deliveries, payloads and artifacts as GitHub and the wsl-ready actions produce them, for the bot's
// tests and benchmarks against the GitHub stand-in.

let appKey: string | undefined;
/** An RSA key for the app under test (made once per process): Probot signs its JWTs with it. */
export function testAppPrivateKey(): string {
  appKey ??= generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
    type: 'pkcs1',
    format: 'pem',
  }) as string;
  return appKey;
}
export const WEBHOOK_SECRET = 'test-webhook-secret';

export const BASE_REPO = { id: 11, owner: 'octo', name: 'app', installationId: 42 } as const;
export const FORK_REPO = { id: 99, owner: 'forker', name: 'app' } as const;

export const sha = (seed: string) => seed.repeat(40).slice(0, 40);

export interface RunOptions {
  runId: number;
  attempt?: number;
  headSha: string;
  headBranch?: string;
  fork?: boolean;
  prNumber?: number | null;
  conclusion?: string;
  path?: string;
  name?: string;
  installation?: boolean;
}

/** A `workflow_run.completed` payload as GitHub sends it (the fields the bot reads, plus realistic neighbours). */
export function workflowRunPayload(options: RunOptions): Record<string, unknown> {
  const headRepo = options.fork ? FORK_REPO : BASE_REPO;
  const branch = options.headBranch ?? 'feature';
  return {
    action: 'completed',
    workflow_run: {
      id: options.runId,
      name: options.name ?? 'windows',
      path: options.path ?? '.github/workflows/windows.yml',
      run_attempt: options.attempt ?? 1,
      event: 'pull_request',
      status: 'completed',
      conclusion: options.conclusion ?? 'success',
      head_sha: options.headSha,
      head_branch: branch,
      html_url: `https://github.com/${BASE_REPO.owner}/${BASE_REPO.name}/actions/runs/${options.runId}`,
      head_repository: { id: headRepo.id, name: headRepo.name, owner: { login: headRepo.owner } },
      repository: { id: BASE_REPO.id, name: BASE_REPO.name, owner: { login: BASE_REPO.owner } },
      pull_requests:
        options.fork || options.prNumber === null
          ? []
          : [
              {
                number: options.prNumber ?? 5,
                head: { sha: options.headSha, ref: branch, repo: { id: BASE_REPO.id } },
                base: { sha: sha('0'), ref: 'main', repo: { id: BASE_REPO.id } },
              },
            ],
    },
    repository: {
      id: BASE_REPO.id,
      name: BASE_REPO.name,
      full_name: `${BASE_REPO.owner}/${BASE_REPO.name}`,
      owner: { login: BASE_REPO.owner },
    },
    ...(options.installation === false ? {} : { installation: { id: BASE_REPO.installationId } }),
    sender: { login: 'someone', id: 7 },
  };
}

export function signedHeaders(body: string, options: { event?: string; secret?: string; delivery?: string } = {}) {
  const signature = createHmac('sha256', options.secret ?? WEBHOOK_SECRET)
    .update(body)
    .digest('hex');
  return {
    'content-type': 'application/json',
    'x-github-event': options.event ?? 'workflow_run',
    'x-github-delivery': options.delivery ?? randomUUID(),
    'x-hub-signature-256': `sha256=${signature}`,
  };
}

export async function sendWebhook(url: string, payload: unknown, options: Parameters<typeof signedHeaders>[1] = {}) {
  const body = JSON.stringify(payload);
  const started = performance.now();
  const response = await fetch(`${url}/api/github/webhooks`, {
    method: 'POST',
    headers: signedHeaders(body, options),
    body,
  });
  const text = await response.text();
  return { status: response.status, text, ms: performance.now() - started };
}

/** A runner report as the actions write it. */
export function runnerReport(overrides: ReportInput & { failing?: boolean; label?: string } = {}): ReportV1 {
  const { failing, label, ...input } = overrides;
  return createReport(
    {
      source: { kind: 'action', name: 'setup-wsl2' },
      host: { os: 'windows', arch: 'x64', isWsl: false, windowsBuild: '10.0.26100.4652' },
      runner: {
        imageOs: label ?? 'win25',
        imageVersion: '20261120.1.0',
        environment: 'github-hosted',
        arch: 'X64',
        name: 'GitHub Actions 1',
      },
      wsl: {
        installed: true,
        kind: 'store',
        version: '2.6.1.0',
        kernelVersion: '6.6.87.2-1',
        wslgVersion: '1.0.66',
        defaultDistribution: 'Ubuntu-24.04',
        defaultVersion: 2,
      },
      distros: [{ name: 'Ubuntu-24.04', state: 'Running', version: 2, default: true }],
      checks: [
        {
          id: 'wsl.installed',
          area: 'wsl',
          title: 'WSL is installed',
          status: 'pass',
          summary: 'WSL 2.6.1.0 (Store)',
          durationMs: 120,
        },
        failing
          ? {
              id: 'docker.linux',
              area: 'docker',
              title: 'Linux containers',
              status: 'fail',
              summary: 'The engine runs Windows containers only.',
              remediation: 'Use setup-wsl2 with docker: true to run Docker Engine inside WSL2.',
              durationMs: 80,
            }
          : {
              id: 'docker.linux',
              area: 'docker',
              title: 'Linux containers',
              status: 'pass',
              summary: 'Linux containers run.',
              durationMs: 80,
            },
      ],
      ...input,
    },
    { now: () => new Date('2026-11-28T00:00:00Z') },
  );
}

export function zipOf(files: Zippable): Uint8Array {
  return zipSync(files, { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
}

export function reportArtifact(report: unknown): Uint8Array {
  return zipOf({ 'wsl-ready-report.json': new TextEncoder().encode(JSON.stringify(report)) });
}
