/**
 * `--record` and `--replay`: a transcript holds every process call of a doctor run, and next to the calls the
 * facts a replay needs to give the same report on any OS: the machine's platform and architecture, the
 * environment variables the checks read (a fixed list, secrets redacted), the working directory and the files the
 * doctor read, and the doctor options of the run. These extras live in keys the transcript schema does not know
 * (`host.env`, `host.cwd`, `files`, `doctor`), which other transcript readers ignore.
 */

import { DOCTOR_AREAS, type DoctorArea, type ReadTextFile } from '../checks/options.js';
import type { EnvRecord } from '../env.js';
import { RUNNER_ENV_NAMES } from '../host/runner-env.js';
import { TranscriptError } from '../runner/errors.js';
import { redactEnv } from '../runner/recording-runner.js';
import { redactUrlCredentials } from '../runner/redact.js';
import { parseTranscript, readTranscriptText, type Transcript, writeJsonAtomically } from '../runner/transcript.js';
import { UsageError } from './errors.js';

/**
 * Variables the doctor reads to describe a machine: the runner and account facts, WSL
 * markers, discovery hooks, Docker targeting and Windows folders. Only these are recorded; nothing else of the
 * environment leaves the machine.
 */
export const RECORDED_ENV: readonly string[] = [
  ...RUNNER_ENV_NAMES,
  'CI',
  'WSL_DISTRO_NAME',
  'WSL_INTEROP',
  'WSLENV',
  'WSL_READY_WSL',
  'WSL_READY_DOCKER',
  'DOCKER_HOST',
  'DOCKER_CONTEXT',
  'DOCKER_CONFIG',
  'XDG_RUNTIME_DIR',
  'HOME',
  'USER',
  'ProgramData',
  'ProgramFiles',
  'SystemRoot',
  'windir',
  'NUMBER_OF_PROCESSORS',
];

export interface MachineFacts {
  platform: NodeJS.Platform;
  arch: string;
  env: EnvRecord;
  cwd?: string;
}

/** The doctor options a transcript was recorded with; a replay uses them so the same calls are made again. */
export interface RecordedDoctorOptions {
  deep?: boolean;
  benchIo?: boolean;
  only?: DoctorArea[];
  minWslVersion?: string;
}

export interface Session {
  transcript: Transcript;
  machine: MachineFacts;
  doctor: RecordedDoctorOptions;
  /** Files the recorded run read (`null`: it did not exist). */
  files: Record<string, string | null>;
}

/** The recorded variables of `env` (names matched case-insensitively, as Windows does). */
export function pickRecordedEnv(env: EnvRecord): Record<string, string> {
  const wanted = new Map(RECORDED_ENV.map((name) => [name.toLowerCase(), name]));
  const picked: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || !wanted.has(name.toLowerCase())) continue;
    picked[name] = redactUrlCredentials(value);
  }
  const redacted = redactEnv(picked);
  return Object.fromEntries(Object.entries(redacted).map(([name, value]) => [name, value ?? '']));
}

export { redactUrlCredentials };

/** Wraps a file reader so every file the doctor reads is remembered (credentials in URLs redacted). */
export function recordingReader(inner: ReadTextFile, files: Record<string, string | null>): ReadTextFile {
  return async (file) => {
    const text = await inner(file);
    files[file] = text === null ? null : redactUrlCredentials(text);
    return text;
  };
}

/** Serves the recorded files; a file the recording did not read does not exist. */
export function replayReader(files: Readonly<Record<string, string | null>>): ReadTextFile {
  return async (file) => (Object.hasOwn(files, file) ? (files[file] ?? null) : null);
}

/**
 * Writes the transcript with the machine facts, atomically (a crash never leaves half a file). An existing file is
 * replaced only with `overwrite` (`--force`).
 */
export async function writeSession(
  file: string,
  session: Session,
  options: { overwrite?: boolean } = {},
): Promise<void> {
  const transcript = parseTranscript(session.transcript, file);
  const document = {
    ...transcript,
    host: {
      platform: session.machine.platform,
      arch: session.machine.arch,
      env: pickRecordedEnv(session.machine.env),
      ...(session.machine.cwd !== undefined ? { cwd: session.machine.cwd } : {}),
    },
    doctor: session.doctor,
    files: session.files,
  };
  try {
    await writeJsonAtomically(file, document, { overwrite: options.overwrite === true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    if (code === 'EEXIST') throw recordTargetExists(file, error);
    throw new TranscriptError(file, `it cannot be written (${code})`, error);
  }
}

/** Reads a transcript and its machine facts; a transcript without them replays as a machine with an empty env. */
export async function readSession(file: string): Promise<Session> {
  const text = await readTranscriptText(file);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new TranscriptError(file, `it is not valid JSON (${(error as Error).message})`, error);
  }
  const transcript = parseTranscript(data, file);
  const raw = data as { host?: { env?: unknown; cwd?: unknown }; files?: unknown; doctor?: unknown };
  const env = stringRecord(raw.host?.env, file, 'host.env');
  const files = nullableStringRecord(raw.files, file);
  const machine: MachineFacts = {
    platform: transcript.host.platform as NodeJS.Platform,
    arch: transcript.host.arch,
    env,
  };
  if (typeof raw.host?.cwd === 'string') machine.cwd = raw.host.cwd;
  return { transcript, machine, files, doctor: recordedOptions(raw.doctor, file) };
}

function stringRecord(value: unknown, file: string, where: string): Record<string, string> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TranscriptError(file, `${where} must be an object of strings`);
  }
  const record: Record<string, string> = {};
  for (const [name, item] of Object.entries(value)) {
    if (typeof item !== 'string') throw new TranscriptError(file, `${where}.${name} must be a string`);
    Object.defineProperty(record, name, { value: item, enumerable: true, writable: true, configurable: true });
  }
  return record;
}

function nullableStringRecord(value: unknown, file: string): Record<string, string | null> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TranscriptError(file, 'files must be an object of strings or nulls');
  }
  const record: Record<string, string | null> = {};
  for (const [name, item] of Object.entries(value)) {
    if (typeof item !== 'string' && item !== null) {
      throw new TranscriptError(file, `files[${JSON.stringify(name)}] must be a string or null`);
    }
    Object.defineProperty(record, name, { value: item, enumerable: true, writable: true, configurable: true });
  }
  return record;
}

function recordedOptions(value: unknown, file: string): RecordedDoctorOptions {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TranscriptError(file, 'doctor must be an object (the doctor options of the recording)');
  }
  const raw = value as Record<string, unknown>;
  const options: RecordedDoctorOptions = {};
  for (const name of ['deep', 'benchIo'] as const) {
    if (raw[name] === undefined) continue;
    if (typeof raw[name] !== 'boolean') throw new TranscriptError(file, `doctor.${name} must be true or false`);
    options[name] = raw[name];
  }
  if (raw.minWslVersion !== undefined) {
    if (typeof raw.minWslVersion !== 'string') throw new TranscriptError(file, 'doctor.minWslVersion must be a string');
    options.minWslVersion = raw.minWslVersion;
  }
  if (raw.only !== undefined) {
    const areas = raw.only;
    if (!Array.isArray(areas) || !areas.every((area) => (DOCTOR_AREAS as readonly unknown[]).includes(area))) {
      throw new TranscriptError(file, `doctor.only must list areas of ${DOCTOR_AREAS.join(', ')}`);
    }
    options.only = areas as DoctorArea[];
  }
  return options;
}

/** `--record FILE` when FILE exists and `--force` was not given. */
export function recordTargetExists(file: string, _cause?: unknown): UsageError {
  return new UsageError('--record', `${file} exists already: pass --force to replace it, or choose another file name.`);
}
