import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod';
import { TranscriptError } from './errors.js';

/**
 * A transcript is what a real machine answered: every call's argv and raw output, so a session can be replayed
 * on any host. Output is base64 because it is raw bytes (UTF-16LE from wsl.exe, anything from Linux programs).
 */
export const TRANSCRIPT_SCHEMA = 'wsl-ready-transcript/1';

export interface TranscriptCallError {
  /** The `code` of the WslReadyError the call threw (`command-not-found`, `command-timeout`, …). */
  code: string;
  message: string;
  /** For `command-timeout`: the timeout that was hit. */
  timeoutMs?: number;
}

export interface TranscriptCall {
  file: string;
  args: string[];
  cwd?: string;
  /** Only the variables the caller set (null = removed); values of secret-looking names are "***". */
  env?: Record<string, string | null>;
  /** base64 of the bytes written to stdin. */
  input?: string;
  /** `inherit`: the output went straight to the terminal and is not in `stdout`/`stderr`. */
  stdio?: 'inherit';
  exitCode: number;
  rawExitCode: number | null;
  /** base64 */
  stdout: string;
  /** base64 */
  stderr: string;
  durationMs: number;
  truncated?: boolean;
  /** Present when the call threw instead of returning. */
  error?: TranscriptCallError;
}

export interface Transcript {
  schema: typeof TRANSCRIPT_SCHEMA;
  recordedAt: string;
  host: { platform: string; arch: string };
  calls: TranscriptCall[];
}

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64 text');

const callSchema = z.object({
  file: z.string().min(1),
  args: z.array(z.string()),
  cwd: z.string().optional(),
  env: z.record(z.string(), z.string().nullable()).optional(),
  input: base64.optional(),
  stdio: z.literal('inherit').optional(),
  exitCode: z.number().int(),
  rawExitCode: z.number().int().nullable(),
  stdout: base64,
  stderr: base64,
  durationMs: z.number().nonnegative(),
  truncated: z.boolean().optional(),
  error: z
    .object({ code: z.string().min(1), message: z.string(), timeoutMs: z.number().positive().optional() })
    .optional(),
});

const transcriptSchema = z.object({
  schema: z.literal(TRANSCRIPT_SCHEMA),
  recordedAt: z.string(),
  host: z.object({ platform: z.string(), arch: z.string() }),
  calls: z.array(callSchema),
});

/** Validate parsed JSON (or JSON text) as a transcript. Throws TranscriptError naming what is wrong. */
export function parseTranscript(data: unknown, source = 'transcript'): Transcript {
  let value = data;
  if (typeof data === 'string') {
    try {
      value = JSON.parse(data);
    } catch (error) {
      throw new TranscriptError(source, `it is not valid JSON (${(error as Error).message})`, error);
    }
  }
  if (typeof value === 'object' && value !== null && 'schema' in value && value.schema !== TRANSCRIPT_SCHEMA) {
    throw new TranscriptError(
      source,
      `its schema is ${JSON.stringify((value as { schema: unknown }).schema)}, this version reads ${JSON.stringify(TRANSCRIPT_SCHEMA)}`,
    );
  }
  const result = transcriptSchema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
      .join('; ');
    const more = result.error.issues.length > 5 ? ` (and ${result.error.issues.length - 5} more)` : '';
    throw new TranscriptError(source, `it does not match the transcript format (${problems}${more})`);
  }
  return result.data as Transcript;
}

/** Read and validate a transcript file. Never crashes on a bad file: every problem is a TranscriptError. */
export async function readTranscript(file: string): Promise<Transcript> {
  return parseTranscript(await readTranscriptText(file), file);
}

/** A transcript file's text; a missing or unreadable file is a TranscriptError that says which. */
export async function readTranscriptText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new TranscriptError(
      file,
      code === 'ENOENT' ? 'the file does not exist' : `it cannot be read (${code})`,
      error,
    );
  }
}

/** Validate and write a transcript; the file is replaced atomically so a crash never leaves half a file. */
export async function writeTranscript(
  file: string,
  transcript: Transcript,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const valid = parseTranscript(transcript, file);
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeJsonAtomically(file, valid, options);
}

export interface AtomicWriteOptions {
  /** Replace an existing file (default). `false`: fail with EEXIST when `file` exists, without a race. */
  overwrite?: boolean;
}

/**
 * Writes `value` as indented JSON through a temporary file next to `file` and a rename, so readers see the old
 * file or the whole new one, never half of it. The temporary name is random and created exclusively (`wx`: a
 * symbolic link or file planted under that name makes the write fail instead of being followed), readable only
 * by the user. Without `overwrite` the file is linked into place, which fails if `file` appeared meanwhile.
 */
export async function writeJsonAtomically(
  file: string,
  value: unknown,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const temporary = path.join(
    path.dirname(path.resolve(file)),
    `.${path.basename(file)}.${randomBytes(12).toString('hex')}.tmp`,
  );
  try {
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
    } finally {
      await handle.close();
    }
    if (options.overwrite === false) await placeWithoutOverwrite(temporary, file);
    else await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => {});
    throw error;
  }
}

async function placeWithoutOverwrite(temporary: string, file: string): Promise<void> {
  try {
    await link(temporary, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw error;
    // File systems without hard links (FAT, some network shares): an exclusive copy.
    await copyFile(temporary, file, constants.COPYFILE_EXCL);
  }
  await rm(temporary, { force: true });
}
