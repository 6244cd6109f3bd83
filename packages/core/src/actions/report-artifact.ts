// The report file every action leaves behind: written to disk, then uploaded as an artifact when the job can.
// Uploading is a courtesy: any failure is a warning, never a failed job.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderJson } from '../report/render-json.js';
import type { ReportV1 } from '../report/schema.js';
import type { ArtifactClient, UploadedArtifact } from './artifact-client.js';
import type { ActionsIo } from './io.js';

export const REPORT_FILE_NAME = 'wsl-ready-report.json';

export interface WriteReportArtifactOptions {
  /** Folder for the report file (e.g. `RUNNER_TEMP`). Created when missing. */
  readonly dir: string;
  readonly fileName?: string;
  /** Upload the file as this artifact; omit to only write it. */
  readonly upload?: {
    readonly client: Pick<ArtifactClient, 'uploadFile' | 'unavailableReason'>;
    readonly name: string;
    readonly retentionDays?: number;
  };
  readonly io?: Pick<ActionsIo, 'info' | 'warning'>;
}

export interface ReportArtifactResult {
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
    const why = `The report was not uploaded as an artifact: ${error instanceof Error ? error.message : String(error)}`;
    options.io?.warning(why);
    return { path, artifact: undefined, notUploaded: why };
  }
}
