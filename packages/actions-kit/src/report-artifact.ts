// The report file every action leaves behind: written to disk, then uploaded as an artifact when the job can.
// Uploading is a courtesy: any failure is a warning, never a failed job.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type EnvRecord,
  type MatrixCell,
  REPORT_FILE_NAME,
  type ReportV1,
  renderJson,
  reportArtifactName,
} from '@wsl-ready/core';
import type { ArtifactClient, UploadedArtifact } from './artifact-client.js';
import { ActionsServiceError } from './errors.js';
import type { ActionsIo } from './io.js';

interface WriteReportArtifactOptions {
  /** Folder for the report file (e.g. `RUNNER_TEMP`). Created when missing. */
  readonly dir: string;
  readonly fileName?: string;
  /** Upload the file as this artifact; omit to only write it. */
  readonly upload?: {
    readonly client: Pick<ArtifactClient, 'uploadFile' | 'unavailableReason'>;
    readonly name: string;
    readonly retentionDays?: number;
    /** Appended to the warning when the service says the name is taken (what to change in the workflow). */
    readonly nameTakenHint?: string;
  };
  readonly io?: Pick<ActionsIo, 'info' | 'warning'>;
}

interface ReportArtifactResult {
  readonly path: string;
  readonly artifact: UploadedArtifact | undefined;
  /** Why the upload did not happen, when it was asked for. */
  readonly notUploaded: string | undefined;
}

/** `report` is a Report v1 (validated and rendered here) or JSON text already rendered by `renderJson`. */
export async function writeReportArtifact(
  report: ReportV1 | string,
  options: WriteReportArtifactOptions,
): Promise<ReportArtifactResult> {
  const path = join(options.dir, options.fileName ?? REPORT_FILE_NAME);
  await mkdir(options.dir, { recursive: true });
  await writeFile(path, typeof report === 'string' ? report : renderJson(report), 'utf8');
  const upload = options.upload;
  if (!upload) return { path, artifact: undefined, notUploaded: undefined };
  if (upload.client.unavailableReason) {
    const why = `The report was not uploaded as an artifact: ${upload.client.unavailableReason}`;
    options.io?.info(why);
    return { path, artifact: undefined, notUploaded: why };
  }
  try {
    const artifact = await upload.client.uploadFile(upload.name, path, { retentionDays: upload.retentionDays });
    options.io?.info(
      `Uploaded the report as artifact ${artifact.name} (id ${artifact.id}, ${artifact.sizeBytes} bytes).`,
    );
    return { path, artifact, notUploaded: undefined };
  } catch (error) {
    const hint = upload.nameTakenHint && isNameTaken(error) ? ` ${upload.nameTakenHint}` : '';
    const why = `The report was not uploaded as an artifact: ${error instanceof Error ? error.message : String(error)}${hint}`;
    options.io?.warning(why);
    return { path, artifact: undefined, notUploaded: why };
  }
}

/** The artifact service refuses a second artifact of the same name in one workflow run. */
function isNameTaken(error: unknown): boolean {
  return error instanceof ActionsServiceError && (error.status === 409 || error.twirpCode === 'already_exists');
}

const STEP_ID_HINT =
  'Artifact names must be unique in a workflow run: give each wsl-ready step of the job its own `id`.';
const MATRIX_INPUT_HINT =
  'Artifact names must be unique in a workflow run: in a matrix job, give the step ' +
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the GitHub expression the hint shows.
  "`matrix: ${{ toJSON(matrix) }}` so that each cell's report gets its own name.";

interface PublishReportOptions {
  /** The step's environment: `RUNNER_TEMP` and the variables that name the artifact. */
  readonly env: EnvRecord;
  /** The `matrix` input, which names the artifact per cell. */
  readonly matrix: MatrixCell;
  /** Uploads the artifact; absent writes the file only. */
  readonly artifacts?: Pick<ArtifactClient, 'uploadFile' | 'unavailableReason'>;
  readonly retentionDays?: number;
  readonly io?: Pick<ActionsIo, 'info' | 'warning'>;
}

interface PublishedReport extends ReportArtifactResult {
  /** The artifact name (`reportArtifactName`), also when the upload did not happen. */
  readonly name: string;
}

/**
 * The report step every action ends with: the file in a folder of the step's own (`RUNNER_TEMP/wsl-ready/<name>`,
 * so two steps of one job never overwrite each other's report; a fresh temporary folder outside a job), uploaded
 * under `reportArtifactName`. A taken name gets a warning that says how to fix the workflow.
 */
export async function publishReportArtifact(
  report: ReportV1 | string,
  options: PublishReportOptions,
): Promise<PublishedReport> {
  const name = reportArtifactName(options.env, options.matrix);
  const dir = options.env.RUNNER_TEMP
    ? join(options.env.RUNNER_TEMP, 'wsl-ready', name)
    : await mkdtemp(join(tmpdir(), `${name}-`));
  const written = await writeReportArtifact(report, {
    dir,
    ...(options.artifacts
      ? {
          upload: {
            client: options.artifacts,
            name,
            ...(options.retentionDays !== undefined ? { retentionDays: options.retentionDays } : {}),
            nameTakenHint: options.matrix ? STEP_ID_HINT : MATRIX_INPUT_HINT,
          },
        }
      : {}),
    ...(options.io ? { io: options.io } : {}),
  });
  return { ...written, name };
}
