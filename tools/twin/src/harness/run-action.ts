// Runs a bundled JavaScript action the way the Actions runner does: INPUT_* variables, per-step environment files,
// runner and GitHub variables, pre/main/post with state carried, workflow commands and secret masking.

import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, isAbsolute, join, resolve } from 'node:path';
import type { EnvRecord } from '@wsl-ready/core';
import { type ActionManifest, readActionManifest } from './action-manifest.js';
import { type ExpressionContext, evaluateCondition, interpolate, type JobStatus } from './expressions.js';
import { parseKeyValueFile, parsePathFile, toRecord } from './file-commands.js';
import { resolveNode24 } from './node.js';
import { type Annotation, emptyEffects, maskText, processCommands } from './workflow-commands.js';

export type ActionEntry = 'pre' | 'main' | 'post';
export type RunnerOs = 'Windows' | 'Linux' | 'macOS';

/** Folders of one job, shared by its steps. */
export interface RunnerDirs {
  root: string;
  temp: string;
  toolCache: string;
  workspace: string;
}

/** Facts about the workflow run, surfaced as GITHUB_* variables. */
export interface GithubFacts {
  repository: string;
  sha: string;
  ref: string;
  runId: string;
  runNumber: string;
  runAttempt: string;
  job: string;
  workflow: string;
  eventName: string;
  actor: string;
  serverUrl: string;
  apiUrl: string;
  /** Value of `${{ github.token }}` in input defaults (not exported as an environment variable). */
  token: string;
}

export interface RunActionOptions {
  /** Folder holding action.yml. */
  actionDir: string;
  entry?: ActionEntry;
  /** Inputs as given in `with:`; declared inputs that are missing get their defaults. */
  inputs?: Record<string, string>;
  /** Extra environment (`env:` of the step); `undefined` removes a variable. */
  env?: EnvRecord;
  /** Saved state, exposed as STATE_<name> (what `post` sees from `main`). */
  state?: Record<string, string>;
  /** Node binary; default Node 24. */
  node?: string;
  /** Working directory; default GITHUB_WORKSPACE. */
  cwd?: string;
  /** Kill the action (whole process group) after this long; default 30 s. */
  timeoutMs?: number;
  runnerOs?: RunnerOs;
  /** `ImageOS`, e.g. `win25`, `win22`, `ubuntu24`. Default from runnerOs. */
  imageOs?: string;
  imageVersion?: string;
  runnerArch?: 'X64' | 'ARM64';
  /** Secret values to mask from the start (like `secrets.*`). */
  secrets?: string[];
  /** Start from this process's environment (minus runner variables) instead of a minimal one. */
  inheritEnv?: boolean;
  github?: Partial<GithubFacts>;
  /** Reuse the folders of an earlier step (a job); default: fresh folders removed after the run. */
  dirs?: RunnerDirs;
  /** Keep fresh folders after the run (their paths are in the result). */
  keepDirs?: boolean;
}

export interface ActionRunResult {
  entry: ActionEntry;
  /** Exit code of the node process; null when it was killed (timeout or signal). */
  exitCode: number | null;
  timedOut: boolean;
  /** `success` when the process exited 0 and its environment files were valid. */
  conclusion: 'success' | 'failure';
  /** Masked, like everything below. */
  stdout: string;
  stderr: string;
  /** stdout and stderr merged line by line in arrival order, masked. */
  log: string;
  outputs: Record<string, string>;
  exportedEnv: Record<string, string>;
  /** GITHUB_PATH additions in file order (the runner puts the last one first on PATH). */
  addedPath: string[];
  summary: string;
  /** State saved by this step (GITHUB_STATE or `::save-state`). */
  state: Record<string, string>;
  annotations: Annotation[];
  debug: string[];
  groups: string[];
  /** Values registered with `::add-mask::` (never printed; for carrying to later steps). */
  masks: string[];
  /** Problems with the environment files, as the runner reports them. */
  fileCommandErrors: string[];
  durationMs: number;
  /** The folders used; present when they still exist (shared or kept). */
  dirs?: RunnerDirs;
}

const DEFAULT_GITHUB: GithubFacts = {
  repository: 'octo-org/octo-repo',
  sha: 'ffac537e6cbbf934b08745a378932722df287a53',
  ref: 'refs/heads/main',
  runId: '1658821493',
  runNumber: '42',
  runAttempt: '1',
  job: 'check',
  workflow: 'CI',
  eventName: 'push',
  actor: 'octocat',
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
  // Shaped like an installation token; masked like the runner masks `github.token`.
  token: 'ghs_TwinHarnessTokenNotARealSecret0000',
};

const DEFAULT_IMAGE: Record<RunnerOs, string> = { Windows: 'win25', Linux: 'ubuntu24', macOS: 'macos15' };
const SUMMARY_LIMIT = 1024 * 1024;

export function createRunnerDirs(): RunnerDirs {
  const root = mkdtempSync(join(tmpdir(), 'wsl-ready-runner-'));
  const dirs = {
    root,
    temp: join(root, 'temp'),
    toolCache: join(root, 'tool-cache'),
    workspace: join(root, 'work', 'repo'),
  };
  for (const dir of [dirs.temp, dirs.toolCache, dirs.workspace]) mkdirSync(dir, { recursive: true });
  return dirs;
}

/** Runs one entry point (`main` by default) of a JavaScript action. */
export async function runAction(options: RunActionOptions): Promise<ActionRunResult> {
  const manifest = readActionManifest(options.actionDir);
  return runEntry(manifest, options, 'success');
}

async function runEntry(
  manifest: ActionManifest,
  options: RunActionOptions,
  status: JobStatus,
): Promise<ActionRunResult> {
  const entry = options.entry ?? 'main';
  const script = manifest.runs[entry];
  if (!script) throw new Error(`The action has no runs.${entry}: nothing to run.`);
  const ownDirs = options.dirs === undefined;
  const dirs = options.dirs ?? createRunnerDirs();
  const started = Date.now();
  try {
    const github = { ...DEFAULT_GITHUB, ...options.github };
    const runnerOs = options.runnerOs ?? 'Windows';
    const files = createFileCommands(dirs.temp);
    const env = buildEnv(options, dirs, github, runnerOs, files);
    const exprContext: ExpressionContext = {
      status,
      contexts: {
        github: { ...github, repository_owner: github.repository.split('/')[0], workspace: dirs.workspace },
        runner: { os: runnerOs, arch: options.runnerArch ?? 'X64', temp: dirs.temp, tool_cache: dirs.toolCache },
        env,
      },
    };
    const warnings: Annotation[] = [];
    Object.assign(env, inputVariables(manifest, options.inputs ?? {}, exprContext, warnings));
    for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value;

    const node = options.node ?? resolveNode24();
    const entryFile = resolve(options.actionDir, script);
    const proc = await runNode(node, entryFile, env, options.cwd ?? dirs.workspace, options.timeoutMs ?? 30_000);

    const effects = emptyEffects();
    effects.masks.push(...(options.secrets ?? []), github.token);
    processCommands(proc.lines.join('\n'), effects);
    const output = parseKeyValueFile(readText(files.output));
    const exported = parseKeyValueFile(readText(files.env));
    const saved = parseKeyValueFile(readText(files.state));
    const fileCommandErrors = [...output.errors, ...exported.errors, ...saved.errors];
    const exportedEnv = toRecord(exported);
    const annotations = [...warnings, ...effects.annotations];
    if ('NODE_OPTIONS' in exportedEnv) {
      delete exportedEnv.NODE_OPTIONS;
      annotations.push({
        level: 'warning',
        message: "Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command.",
      });
    }
    let summary = readText(files.summary);
    if (Buffer.byteLength(summary) > SUMMARY_LIMIT) {
      const size = Math.ceil(Buffer.byteLength(summary) / 1024);
      annotations.push({
        level: 'error',
        message: `$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k, got ${size}k. For more information see: https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-markdown-summary`,
      });
      summary = '';
    }
    for (const error of fileCommandErrors) annotations.push({ level: 'error', message: error });
    const masks = effects.masks;
    const mask = (s: string) => maskText(s, masks);
    const result: ActionRunResult = {
      entry,
      exitCode: proc.exitCode,
      timedOut: proc.timedOut,
      conclusion: proc.exitCode === 0 && !proc.timedOut && fileCommandErrors.length === 0 ? 'success' : 'failure',
      stdout: mask(proc.stdout),
      stderr: mask(proc.stderr),
      log: mask(proc.lines.join('\n')),
      // Step outputs are kept as set (the runner masks them only in the log).
      outputs: { ...effects.outputs, ...toRecord(output) },
      exportedEnv,
      addedPath: parsePathFile(readText(files.path)),
      summary: mask(summary),
      state: { ...effects.state, ...toRecord(saved) },
      annotations: annotations.map((a) => ({
        ...a,
        message: mask(a.message),
        ...(a.title ? { title: mask(a.title) } : {}),
      })),
      debug: effects.debug.map(mask),
      groups: effects.groups.map(mask),
      masks: effects.masks.filter((m) => !(options.secrets ?? []).includes(m) && m !== github.token),
      fileCommandErrors,
      durationMs: Date.now() - started,
    };
    if (!ownDirs || options.keepDirs) result.dirs = dirs;
    return result;
  } finally {
    if (ownDirs && !options.keepDirs) rmSync(dirs.root, { recursive: true, force: true });
  }
}

export interface LifecycleResult {
  pre?: ActionRunResult;
  main?: ActionRunResult;
  post?: ActionRunResult;
  /** Outputs of main. */
  outputs: Record<string, string>;
  /** State after every step ran. */
  state: Record<string, string>;
  /** `failure` when any step that ran failed. */
  conclusion: 'success' | 'failure';
  annotations: Annotation[];
}

/**
 * pre (when `runs.pre` exists and `pre-if` holds) → main (when pre did not fail) → post (when main ran and
 * `post-if`, default `always()`, holds). State from GITHUB_STATE reaches later steps as STATE_*, exported
 * variables and PATH additions carry forward, and masks stay registered, as in one job.
 */
export async function runActionLifecycle(
  options: Omit<RunActionOptions, 'entry' | 'state' | 'dirs'>,
): Promise<LifecycleResult> {
  const manifest = readActionManifest(options.actionDir);
  const dirs = createRunnerDirs();
  const result: LifecycleResult = { outputs: {}, state: {}, conclusion: 'success', annotations: [] };
  let env: Record<string, string | undefined> = { ...options.env };
  let pathAdditions: string[] = [];
  let secrets = [...(options.secrets ?? [])];
  let status: JobStatus = 'success';
  const runnerOs = options.runnerOs ?? 'Windows';
  const conditionContext = (): ExpressionContext => ({
    status,
    contexts: {
      runner: { os: runnerOs, arch: options.runnerArch ?? 'X64' },
      env,
      github: { ...DEFAULT_GITHUB, ...options.github },
    },
  });
  const step = async (entry: ActionEntry): Promise<ActionRunResult> => {
    const stepEnv = { ...env };
    if (pathAdditions.length > 0) {
      const basePath = stepEnv.PATH ?? process.env.PATH ?? '';
      stepEnv.PATH = [...[...pathAdditions].reverse(), basePath].join(delimiter);
    }
    const run = await runEntry(
      manifest,
      { ...options, entry, env: stepEnv, state: result.state, dirs, secrets },
      status,
    );
    result[entry] = run;
    result.state = { ...result.state, ...run.state };
    env = { ...env, ...run.exportedEnv };
    pathAdditions = [...pathAdditions, ...run.addedPath];
    secrets = [...secrets, ...run.masks];
    result.annotations.push(...run.annotations);
    if (run.conclusion === 'failure') {
      status = 'failure';
      result.conclusion = 'failure';
    }
    return run;
  };
  try {
    let mainMayRun = true;
    if (manifest.runs.pre && evaluateCondition(manifest.runs.preIf ?? 'always()', conditionContext())) {
      mainMayRun = (await step('pre')).conclusion === 'success';
    }
    if (mainMayRun) {
      result.outputs = (await step('main')).outputs;
      if (manifest.runs.post && evaluateCondition(manifest.runs.postIf ?? 'always()', conditionContext())) {
        await step('post');
      }
    }
    return result;
  } finally {
    rmSync(dirs.root, { recursive: true, force: true });
  }
}

interface FileCommands {
  output: string;
  env: string;
  path: string;
  state: string;
  summary: string;
}

/** Fresh, empty files for one step, named like the runner's `_runner_file_commands/<kind>_<uuid>`. */
function createFileCommands(temp: string): FileCommands {
  const dir = join(temp, '_runner_file_commands');
  mkdirSync(dir, { recursive: true });
  const make = (kind: string) => {
    const file = join(dir, `${kind}_${randomUUID()}`);
    writeFileSync(file, '');
    return file;
  };
  return {
    output: make('set_output'),
    env: make('set_env'),
    path: make('add_path'),
    state: make('save_state'),
    summary: make('step_summary'),
  };
}

const RUNNER_PREFIXES = /^(GITHUB_|RUNNER_|INPUT_|STATE_|ACTIONS_)/;
const MINIMAL_ENV = ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TZ', 'TMPDIR', 'USER', 'SYSTEMROOT'];

function buildEnv(
  options: RunActionOptions,
  dirs: RunnerDirs,
  github: GithubFacts,
  runnerOs: RunnerOs,
  files: FileCommands,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || RUNNER_PREFIXES.test(key) || key === 'CI' || key === 'ImageOS' || key === 'ImageVersion')
      continue;
    if (options.inheritEnv || MINIMAL_ENV.includes(key)) env[key] = value;
  }
  const [owner = '', name = ''] = github.repository.split('/');
  const eventPath = join(dirs.temp, '_github_workflow', 'event.json');
  mkdirSync(join(dirs.temp, '_github_workflow'), { recursive: true });
  writeFileSync(
    eventPath,
    JSON.stringify({
      ref: github.ref,
      after: github.sha,
      repository: { full_name: github.repository, name, owner: { login: owner } },
    }),
  );
  const refName = github.ref.replace(/^refs\/(heads|tags)\//, '');
  Object.assign(env, {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: '__run',
    GITHUB_ACTOR: github.actor,
    GITHUB_API_URL: github.apiUrl,
    GITHUB_EVENT_NAME: github.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_GRAPHQL_URL: `${github.apiUrl}/graphql`,
    GITHUB_JOB: github.job,
    GITHUB_REF: github.ref,
    GITHUB_REF_NAME: refName,
    GITHUB_REF_TYPE: github.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_REPOSITORY: github.repository,
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_RETENTION_DAYS: '90',
    GITHUB_RUN_ATTEMPT: github.runAttempt,
    GITHUB_RUN_ID: github.runId,
    GITHUB_RUN_NUMBER: github.runNumber,
    GITHUB_SERVER_URL: github.serverUrl,
    GITHUB_SHA: github.sha,
    GITHUB_WORKFLOW: github.workflow,
    GITHUB_WORKSPACE: dirs.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_ARCH: options.runnerArch ?? 'X64',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_NAME: `GitHub Actions ${1_000_000_000 + randomBytes(2).readUInt16BE(0)}`,
    RUNNER_OS: runnerOs,
    RUNNER_TEMP: dirs.temp,
    RUNNER_TOOL_CACHE: dirs.toolCache,
    RUNNER_WORKSPACE: join(dirs.workspace, '..'),
    ImageOS: options.imageOs ?? DEFAULT_IMAGE[runnerOs],
    ImageVersion: options.imageVersion ?? '20251110.1.0',
  });
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/** The runner's input variable name: `INPUT_` + name with spaces as `_`, upper-cased; hyphens are kept. */
export function inputVariableName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

function inputVariables(
  manifest: ActionManifest,
  given: Record<string, string>,
  ctx: ExpressionContext,
  warnings: Annotation[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(manifest.inputs)) {
    if (spec.default !== undefined) out[inputVariableName(name)] = interpolate(spec.default, ctx);
  }
  const declared = Object.keys(manifest.inputs);
  const unexpected: string[] = [];
  for (const [name, value] of Object.entries(given)) {
    if (!declared.some((d) => d.toLowerCase() === name.toLowerCase())) unexpected.push(name);
    out[inputVariableName(name)] = value;
  }
  if (unexpected.length > 0) {
    warnings.push({
      level: 'warning',
      message: `Unexpected input(s) ${unexpected.map((u) => `'${u}'`).join(', ')}, valid inputs are [${declared.map((d) => `'${d}'`).join(', ')}]`,
    });
  }
  return out;
}

function readText(file: string): string {
  try {
    return statSync(file).size > 0 ? readFileSync(file, 'utf8') : '';
  } catch {
    return '';
  }
}

interface NodeRun {
  exitCode: number | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  lines: string[];
}

/** Starts `node <entry>` in its own process group so a timeout kills everything it started. */
function runNode(
  node: string,
  entry: string,
  env: Record<string, string>,
  cwd: string,
  timeoutMs: number,
): Promise<NodeRun> {
  if (!isAbsolute(entry)) throw new Error(`Entry point must be absolute: ${entry}`);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(node, [entry], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const out = { stdout: '', stderr: '' };
    const lines: string[] = [];
    const pending = { stdout: '', stderr: '' };
    const collect = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      out[stream] += text;
      pending[stream] += text;
      const parts = pending[stream].split(/\r?\n/);
      pending[stream] = parts.pop() ?? '';
      lines.push(...parts);
    };
    child.stdout.on('data', collect('stdout'));
    child.stderr.on('data', collect('stderr'));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Could not start ${node}: ${error.message}. Pass an existing Node binary as \`node\`.`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      for (const stream of ['stdout', 'stderr'] as const) if (pending[stream]) lines.push(pending[stream]);
      resolvePromise({ exitCode: timedOut ? null : code, timedOut, ...out, lines });
    });
  });
}
