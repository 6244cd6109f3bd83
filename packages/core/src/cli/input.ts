import { open } from 'node:fs/promises';
import { InputError } from '../errors.js';
import type { CliIo } from './io.js';

/** A pasted output is kilobytes; anything past this is not what the user meant to give. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

export interface InputBytes {
  bytes: Buffer;
  /** The file name, or `-` for stdin. */
  source: string;
}

/** Reads FILE, or stdin when FILE is absent or `-`, as raw bytes, refusing more than MAX_INPUT_BYTES. */
export async function readInput(file: string | undefined, io: CliIo, command: string): Promise<InputBytes> {
  if (file === undefined || file === '-') {
    if (io.stdinIsTTY) io.stderr('Reading stdin: paste the output, then press Ctrl+D (Ctrl+Z and Enter on Windows).\n');
    return { bytes: await readStream(io.stdin ?? [], command), source: '-' };
  }
  return { bytes: await readFileCapped(file, command), source: file };
}

async function readStream(
  stream: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  command: string,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    total += bytes.length;
    if (total > MAX_INPUT_BYTES) throw tooLarge('stdin', command);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/** Reads a file, refusing directories, missing files and files past the cap with a message that says which. */
export async function readFileCapped(file: string, command: string): Promise<Buffer> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw fileError(file, error);
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new InputError(file, `${file} is a directory, not a file.`);
    // Read up to one byte past the cap: special files (pipes, /proc) report size 0, so the size alone cannot tell.
    const buffer = Buffer.alloc(Math.min(stats.size > 0 ? stats.size + 1 : 64 * 1024, MAX_INPUT_BYTES + 1));
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > MAX_INPUT_BYTES) throw tooLarge(file, command);
      chunks.push(Buffer.from(buffer.subarray(0, bytesRead)));
    }
    return Buffer.concat(chunks);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw fileError(file, error);
  } finally {
    await handle.close();
  }
}

function tooLarge(source: string, command: string): InputError {
  const what = source === 'stdin' ? 'The input on stdin' : source;
  return new InputError(
    source,
    `${what} is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB, too large for \`${command}\`. Give only the ` +
      'output of the one command (a pasted output is a few kilobytes).',
  );
}

function fileError(file: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  const problem =
    code === 'ENOENT'
      ? `${file} does not exist.`
      : code === 'EACCES' || code === 'EPERM'
        ? `${file} cannot be read (permission denied).`
        : code === 'EISDIR'
          ? `${file} is a directory, not a file.`
          : `${file} cannot be read (${code ?? (error instanceof Error ? error.message : String(error))}).`;
  return new InputError(file, problem);
}
