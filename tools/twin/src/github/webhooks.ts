import { createHmac, generateKeyPairSync, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
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
  /** Any value GitHub sends, `null` included (a run still queued when the event fired). */
  conclusion?: string | null;
  path?: string;
  name?: string;
  /** `workflow_run.event`: what triggered the run (default `pull_request`). */
  event?: string;
  installation?: boolean;
}

type Json = Record<string, unknown>;
let realExample: string | undefined;

/**
 * GitHub's own `workflow_run.completed` example payload (`@octokit/webhooks-examples`, api.github.com): the
 * completed run that lists a pull request, so every neighbouring field has the name, type and nesting GitHub sends.
 * Kept as text; each payload is a fresh copy with our repository names written over the example's.
 */
function completedRunExample(): string {
  if (realExample === undefined) {
    const require = createRequire(import.meta.url);
    const index = require('@octokit/webhooks-examples/api.github.com/index.json') as Array<{
      name: string;
      examples: Json[];
    }>;
    const example = index
      .find((definition) => definition.name === 'workflow_run')
      ?.examples.find((e) => {
        const run = e.workflow_run as Json;
        return e.action === 'completed' && run.status === 'completed' && (run.pull_requests as unknown[]).length > 0;
      });
    if (!example)
      throw new Error('@octokit/webhooks-examples has no completed workflow_run example with a pull request');
    realExample = JSON.stringify(example);
  }
  return realExample;
}

/** The example's repository objects, renamed: every URL and name of `from` now points at `to`. */
function renamed(text: string, from: string, to: { owner: string; name: string }): string {
  const [fromOwner, fromName] = from.split('/') as [string, string];
  return text
    .replaceAll(`/${from}`, `/${to.owner}/${to.name}`)
    .replaceAll(`:${from}`, `:${to.owner}/${to.name}`)
    .replaceAll(`"${from}"`, `"${to.owner}/${to.name}"`)
    .replaceAll(`/${fromOwner}`, `/${to.owner}`)
    .replaceAll(`"${fromOwner}"`, `"${to.owner}"`)
    .replaceAll(`"${fromName}"`, `"${to.name}"`);
}

/**
 * A `workflow_run.completed` payload as GitHub sends it: GitHub's own example (`@octokit/webhooks-examples`) with
 * our repository, run and pull request written over it, so it validates against the webhook schema of GitHub's
 * REST description (`webhook-workflow-run-completed`). A fork's run is what GitHub sends for one: `head_repository`
 * is the fork (`fork: true`, another id and owner) and `pull_requests` is empty (GitHub lists only pull requests
 * whose head is in the base repository; REST "Get a workflow run", `pull_requests`).
 */
export function workflowRunPayload(options: RunOptions): Json {
  const text = completedRunExample();
  const exampleRepo = (JSON.parse(text) as { repository: { full_name: string } }).repository.full_name;
  const payload = JSON.parse(renamed(text, exampleRepo, BASE_REPO)) as Json;
  const run = payload.workflow_run as Json;
  const repository = payload.repository as Json;
  const branch = options.headBranch ?? 'feature';
  const runUrl = `https://api.github.com/repos/${BASE_REPO.owner}/${BASE_REPO.name}/actions/runs/${options.runId}`;
  Object.assign(repository, { id: BASE_REPO.id, node_id: `R_${BASE_REPO.id}` });
  const baseRepo = { ...(run.repository as Json), id: BASE_REPO.id, node_id: `R_${BASE_REPO.id}` };
  let headRepo: Json = { ...baseRepo };
  if (options.fork) {
    headRepo = JSON.parse(renamed(JSON.stringify(baseRepo), `${BASE_REPO.owner}/${BASE_REPO.name}`, FORK_REPO)) as Json;
    Object.assign(headRepo, {
      id: FORK_REPO.id,
      node_id: `R_${FORK_REPO.id}`,
      fork: true,
      owner: { ...(headRepo.owner as Json), id: 9900, node_id: 'U_9900', type: 'User' },
    });
  }
  const repoRef = {
    id: BASE_REPO.id,
    url: `https://api.github.com/repos/${BASE_REPO.owner}/${BASE_REPO.name}`,
    name: BASE_REPO.name,
  };
  const [examplePull] = run.pull_requests as Json[];
  const prNumber = options.prNumber ?? 5;
  Object.assign(run, {
    id: options.runId,
    node_id: `WFR_${options.runId}`,
    name: options.name ?? 'windows',
    path: options.path ?? '.github/workflows/windows.yml',
    display_title: 'Windows readiness',
    run_attempt: options.attempt ?? 1,
    previous_attempt_url: (options.attempt ?? 1) > 1 ? `${runUrl}/attempts/${(options.attempt ?? 1) - 1}` : null,
    event: options.event ?? 'pull_request',
    status: 'completed',
    conclusion: options.conclusion === undefined ? 'success' : options.conclusion,
    head_sha: options.headSha,
    head_branch: branch,
    head_commit: { ...(run.head_commit as Json), id: options.headSha },
    html_url: `https://github.com/${BASE_REPO.owner}/${BASE_REPO.name}/actions/runs/${options.runId}`,
    url: runUrl,
    artifacts_url: `${runUrl}/artifacts`,
    cancel_url: `${runUrl}/cancel`,
    jobs_url: `${runUrl}/jobs`,
    logs_url: `${runUrl}/logs`,
    rerun_url: `${runUrl}/rerun`,
    repository: baseRepo,
    head_repository: headRepo,
    pull_requests:
      options.fork || options.prNumber === null
        ? []
        : [
            {
              ...examplePull,
              url: `https://api.github.com/repos/${BASE_REPO.owner}/${BASE_REPO.name}/pulls/${prNumber}`,
              id: 500000 + prNumber,
              number: prNumber,
              head: { ref: branch, sha: options.headSha, repo: repoRef },
              base: { ref: 'main', sha: sha('0'), repo: repoRef },
            },
          ],
  });
  if (options.installation !== false)
    payload.installation = { id: BASE_REPO.installationId, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uNDI=' };
  return payload;
}

/**
 * The headers of a delivery to a GitHub App as GitHub sends them (GitHub Docs, "Webhook events and payloads",
 * delivery headers): the event, a delivery GUID, both signatures (the legacy SHA-1 `X-Hub-Signature` still comes
 * along; only `X-Hub-Signature-256` may be trusted), the hook and its target (the app), and Hookshot's user agent.
 */
export function signedHeaders(body: string, options: { event?: string; secret?: string; delivery?: string } = {}) {
  const secret = options.secret ?? WEBHOOK_SECRET;
  const sha256 = createHmac('sha256', secret).update(body).digest('hex');
  const sha1 = createHmac('sha1', secret).update(body).digest('hex');
  return {
    'content-type': 'application/json',
    'user-agent': 'GitHub-Hookshot/5a1b2c3',
    'x-github-event': options.event ?? 'workflow_run',
    'x-github-delivery': options.delivery ?? randomUUID(),
    'x-github-hook-id': '470000001',
    'x-github-hook-installation-target-type': 'integration',
    'x-github-hook-installation-target-id': '4242',
    'x-hub-signature': `sha1=${sha1}`,
    'x-hub-signature-256': `sha256=${sha256}`,
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
