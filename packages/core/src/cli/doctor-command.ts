import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDoctor } from '../checks/doctor.js';
import { DOCTOR_AREAS, type DoctorArea, type DoctorOptions, type ReadTextFile } from '../checks/options.js';
import { createProgressLine } from '../report/progress-line.js';
import { renderJson } from '../report/render-json.js';
import { renderMarkdown } from '../report/render-markdown.js';
import { renderTerminal } from '../report/render-terminal.js';
import type { ReportV1 } from '../report/schema.js';
import { NodeCommandRunner } from '../runner/node-runner.js';
import { RecordingRunner } from '../runner/recording-runner.js';
import { ReplayRunner } from '../runner/replay-runner.js';
import type { CommandRunner } from '../runner/types.js';
import { closestWord } from './args.js';
import { useColor, useProgress } from './color.js';
import { UsageError } from './errors.js';
import type { CliIo } from './io.js';
import { readSession, recordingReader, recordTargetExists, replayReader, writeSession } from './session.js';

export interface DoctorFlags {
  json?: boolean;
  markdown?: boolean;
  deep?: boolean;
  benchIo?: boolean;
  only?: string;
  record?: string;
  /** With --record: replace an existing file. */
  force?: boolean;
  replay?: string;
  minWslVersion?: string;
  color?: boolean;
  noColor?: boolean;
}

/** The doctor: runs the checks, prints the report, exit 0 when nothing failed, 1 when the machine is not ready. */
export async function doctorCommand(flags: DoctorFlags, io: CliIo): Promise<number> {
  if (flags.json && flags.markdown) throw new UsageError('--markdown', 'Choose one of --json and --markdown.');
  if (flags.record !== undefined && flags.replay !== undefined) {
    throw new UsageError('--record', 'Choose one of --record and --replay: a replay runs nothing to record.');
  }
  for (const name of ['record', 'replay'] as const) {
    if (flags[name] !== undefined && flags[name].trim() === '') {
      throw new UsageError(`--${name}`, `--${name} needs a file name.`);
    }
  }
  // Checked before the doctor runs (a refusal costs nothing); the write itself never replaces a file either.
  if (flags.record !== undefined && !flags.force && pathExists(flags.record)) throw recordTargetExists(flags.record);
  const only = flags.only === undefined ? undefined : parseAreas(flags.only);
  const minWslVersion = flags.minWslVersion === undefined ? undefined : parseMinVersion(flags.minWslVersion);

  const progress = useProgress(io.env, io.progress?.isTTY) && io.progress ? createProgressLine(io.progress) : null;
  const running = new Map<string, string>();
  let finished = 0;
  const options: Omit<DoctorOptions, 'runner'> = {
    env: io.env,
    platform: io.platform ?? process.platform,
    arch: io.arch ?? process.arch,
    cwd: io.cwd ?? process.cwd(),
    ...(flags.deep ? { deep: true } : {}),
    ...(flags.benchIo ? { benchIo: true } : {}),
    ...(only ? { only } : {}),
    ...(minWslVersion ? { minWslVersion } : {}),
    ...(io.readFile ? { readFile: io.readFile } : {}),
    ...(io.now ? { now: io.now } : {}),
    ...(progress
      ? {
          onProgress: (event) => {
            if (event.kind === 'start') running.set(event.checkId, event.title);
            else {
              running.delete(event.checkId);
              finished++;
            }
            const current = [...running.values()].at(-1);
            progress.update(current ? `Checking ${current}… (${finished} done)` : `Checked ${finished}…`);
          },
        }
      : {}),
  };

  let report: ReportV1;
  if (flags.replay !== undefined) {
    const replayFile = resolveReplayFile(flags.replay, io);
    const session = await readSession(replayFile);
    const recordedAt = new Date(session.transcript.recordedAt);
    report = await runWithProgress(progress, () =>
      runDoctor({
        // The recording's options first (a deep recording holds the deep calls); flags given now win.
        ...session.doctor,
        ...options,
        runner: new ReplayRunner(session.transcript, { source: replayFile }),
        platform: session.machine.platform,
        arch: session.machine.arch,
        env: session.machine.env,
        ...(session.machine.cwd !== undefined ? { cwd: session.machine.cwd } : {}),
        readFile: replayReader(session.files),
        // The report is dated like the recording, so a replay gives the same report every time.
        ...(Number.isNaN(recordedAt.getTime()) ? {} : { now: () => recordedAt }),
      }),
    );
  } else if (flags.record !== undefined) {
    const started = (io.now ?? (() => new Date()))();
    const recorder = new RecordingRunner(makeRunner(io), { now: () => started });
    const files: Record<string, string | null> = {};
    try {
      report = await runWithProgress(progress, () =>
        runDoctor({
          ...options,
          runner: recorder,
          readFile: recordingReader(options.readFile ?? readTextFileOrNull, files),
          now: () => started,
        }),
      );
    } finally {
      // Saved even when the doctor failed: the transcript of a crash is the best bug report.
      await writeSession(
        flags.record,
        {
          transcript: recorder.transcript(),
          machine: {
            platform: options.platform,
            arch: options.arch,
            env: options.env,
            ...(options.cwd ? { cwd: options.cwd } : {}),
          },
          files,
          doctor: {
            ...(options.deep ? { deep: true } : {}),
            ...(options.benchIo ? { benchIo: true } : {}),
            ...(options.only ? { only: [...options.only] } : {}),
            ...(options.minWslVersion ? { minWslVersion: options.minWslVersion } : {}),
          },
        },
        { overwrite: flags.force === true },
      );
    }
  } else {
    report = await runWithProgress(progress, () => runDoctor({ ...options, runner: makeRunner(io) }));
  }

  if (flags.json) io.stdout(renderJson(report));
  else if (flags.markdown) io.stdout(renderMarkdown(report));
  else {
    const color = useColor({ color: flags.color, noColor: flags.noColor }, io.env, io.stdoutIsTTY);
    io.stdout(renderTerminal(report, { color, ...(io.stdoutColumns ? { width: io.stdoutColumns } : {}) }));
  }
  if (flags.record !== undefined) io.stderr(`Transcript written to ${flags.record}.\n`);
  return report.summary.status === 'not-ready' ? 1 : 0;
}

async function runWithProgress(
  progress: ReturnType<typeof createProgressLine> | null,
  run: () => Promise<ReportV1>,
): Promise<ReportV1> {
  progress?.update('Checking…');
  try {
    return await run();
  } finally {
    progress?.clear();
  }
}

function makeRunner(io: CliIo): CommandRunner {
  return io.createRunner ? io.createRunner() : new NodeCommandRunner();
}

/** `--only host,wsl`: every name must be an area; duplicates are dropped. */
function parseAreas(value: string): DoctorArea[] {
  const names = value
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  if (names.length === 0) throw new UsageError('--only', `--only needs areas: ${DOCTOR_AREAS.join(', ')}.`);
  const areas: DoctorArea[] = [];
  for (const name of names) {
    const area = DOCTOR_AREAS.find((known) => known === name);
    if (!area) {
      const hint = closestWord(name, DOCTOR_AREAS);
      throw new UsageError(
        '--only',
        `Unknown area ${JSON.stringify(name)} in --only.${hint ? ` Did you mean ${hint}?` : ''} Areas: ${DOCTOR_AREAS.join(', ')}.`,
      );
    }
    if (!areas.includes(area)) areas.push(area);
  }
  return areas;
}

function parseMinVersion(value: string): string {
  const version = value.trim().replace(/^v/i, '');
  if (!/^\d+(\.\d+){1,3}$/.test(version)) {
    throw new UsageError(
      '--min-wsl-version',
      `--min-wsl-version takes a version like 2.4.4 (not ${JSON.stringify(value)}).`,
    );
  }
  return version;
}

/** The real file system for the doctor: text, or null when the file does not exist. */
const readTextFileOrNull: ReadTextFile = async (file) => {
  try {
    const bytes = await readFile(file);
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
    return bytes.toString('utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
};

/**
 * The transcript to replay. A relative path that does not exist from the working directory is also looked up in
 * the @wsl-ready/core package folder, so `npm start -- --replay examples/<name>.json` works from the repository
 * root; the user is told which file was used.
 */
function resolveReplayFile(file: string, io: CliIo): string {
  const cwd = io.cwd ?? process.cwd();
  if (path.isAbsolute(file)) return file;
  const fromCwd = path.resolve(cwd, file);
  if (existsSync(fromCwd)) return io.cwd === undefined ? file : fromCwd;
  const packageRoot = findPackageRoot();
  if (!packageRoot) return file;
  const candidate = path.join(packageRoot, file);
  if (!existsSync(candidate)) return file;
  io.stderr(`Replaying ${path.relative(cwd, candidate) || candidate}.\n`);
  return candidate;
}

/** The folder of @wsl-ready/core's package.json above this module (source or bundle), if any. */
function findPackageRoot(): string | null {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 4; depth++) {
    const manifest = path.join(dir, 'package.json');
    try {
      if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === '@wsl-ready/core') return dir;
    } catch {
      return null;
    }
    dir = path.dirname(dir);
  }
  return null;
}

/** Is there anything at `file` (a dangling symbolic link counts)? */
function pathExists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}
