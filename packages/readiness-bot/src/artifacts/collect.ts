import { parseReportArtifactName, REPORT_FILE_NAME, validateReport } from '@wsl-ready/core';
import { type CommentState, clampKey, compactReport, type RunnerEntry } from '../comment/state.js';
import type { BotConfig } from '../config.js';
import { type ArtifactSummary, type GitHubApi, repoOf } from '../github-api.js';
import type { RunEvent } from '../run-event.js';
import { downloadCapped } from './download.js';
import { MAX_JSON_BYTES, parseBoundedJson } from './json.js';
import { extractReportFile } from './unzip.js';

/** The file the actions put in each report artifact. */

export interface CollectLimits {
  maxArtifacts: number;
  downloadTimeoutMs: number;
  maxJsonDepth: number;
  maxZipEntries: number;
}

export const DEFAULT_COLLECT_LIMITS: CollectLimits = {
  maxArtifacts: 50,
  downloadTimeoutMs: 30_000,
  maxJsonDepth: 24,
  maxZipEntries: 10,
};

/**
 * At most this many artifacts are unpacked, parsed and validated at once in the whole process, whatever the queue's
 * concurrency: a report may inflate to several MB of objects, and API waits still overlap freely.
 */
const MAX_PARALLEL_READS = 2;
let reading = 0;
const waiting: Array<() => void> = [];

async function withReadSlot<T>(work: () => Promise<T> | T): Promise<T> {
  if (reading >= MAX_PARALLEL_READS) await new Promise<void>((resolve) => waiting.push(resolve));
  reading++;
  try {
    return await work();
  } finally {
    reading--;
    waiting.shift()?.();
  }
}

export interface Collected {
  entries: RunnerEntry[];
  problems: CommentState['problems'];
  /** Number of artifacts whose bytes were requested (for the API budget). */
  downloads: number;
}

/**
 * A run's artifact list holds every attempt's reports (`…-attempt2` for a re-run, see the actions kit's
 * `reportArtifactName`). Keep the newest attempt of each runner that is not newer than the event's own, so a
 * re-run replaces its runner's row and the older attempts are never downloaded.
 */
function latestAttempts(artifacts: ArtifactSummary[], eventAttempt: number) {
  const newest = new Map<string, { artifact: ArtifactSummary; runner: string; attempt: number }>();
  for (const artifact of artifacts) {
    const { runner, attempt } = parseReportArtifactName(artifact.name);
    if (attempt > eventAttempt) continue;
    const known = newest.get(runner);
    if (!known || known.attempt < attempt) newest.set(runner, { artifact, runner, attempt });
  }
  return [...newest.values()].sort((a, b) => a.runner.localeCompare(b.runner));
}

/**
 * Download, unpack, parse and validate every report artifact of a run. Each artifact is handled on its own:
 * one bad artifact becomes a problem line and never stops the others.
 */
export async function collectReports(
  event: RunEvent,
  config: BotConfig,
  api: GitHubApi,
  limits: CollectLimits = DEFAULT_COLLECT_LIMITS,
  fetchImpl: typeof fetch = fetch,
): Promise<Collected> {
  const repo = repoOf(event);
  const artifacts = latestAttempts(
    (await api.listRunArtifacts(repo, event.run.id)).filter((artifact) =>
      artifact.name.startsWith(config.artifactPrefix),
    ),
    event.run.attempt,
  );
  const collected: Collected = { entries: [], problems: [], downloads: 0 };
  for (const [index, { artifact, runner, attempt }] of artifacts.entries()) {
    const key = clampKey(`${event.run.path || event.run.name}#${runner}`);
    const problem = (message: string) => collected.problems.push({ key, runId: event.run.id, message });
    if (index >= limits.maxArtifacts) {
      problem(`skipped: the run uploaded more than ${limits.maxArtifacts} report artifacts`);
      continue;
    }
    if (artifact.expired) {
      problem('the artifact has expired');
      continue;
    }
    if (artifact.sizeInBytes > config.maxArtifactBytes) {
      problem(`the artifact is ${artifact.sizeInBytes} bytes; the limit is ${config.maxArtifactBytes}`);
      continue;
    }
    try {
      collected.downloads++;
      const url = await api.getArtifactDownloadUrl(repo, artifact.id);
      const body = await downloadCapped(
        url,
        { maxBytes: config.maxArtifactBytes, timeoutMs: limits.downloadTimeoutMs },
        fetchImpl,
      );
      // Inflated JSON may be 4 × the artifact, but never past the fixed ceiling, whatever the configuration.
      const maxJsonBytes = Math.min(config.maxArtifactBytes * 4, MAX_JSON_BYTES);
      const checked = await withReadSlot(() => {
        const file = extractReportFile(body, REPORT_FILE_NAME, {
          maxEntries: limits.maxZipEntries,
          maxEntryBytes: maxJsonBytes,
        });
        return validateReport(parseBoundedJson(file, { maxBytes: maxJsonBytes, maxDepth: limits.maxJsonDepth }));
      });
      if (!checked.ok) {
        problem(`the report does not match Report v1 (${checked.errors.slice(0, 3).join('; ')})`);
        continue;
      }
      collected.entries.push({
        key,
        label: runner.slice(config.artifactPrefix.length).replace(/^[-_.]+/, '') || runner,
        runId: event.run.id,
        runAttempt: attempt,
        workflow: event.run.name,
        report: compactReport(checked.report),
      });
    } catch (error) {
      problem(`the report could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return collected;
}
