/**
 * Report v1: the one document every producer (the two actions, the CLI) writes and every consumer (job
 * summary, artifact, bot, terminal) reads. Consumers may receive it from a fork pull request, so every
 * string and array is bounded and every closed set is an enum.
 *
 * Forward compatibility: objects use zod's default "strip" mode. A report written by a newer 1.x producer
 * with extra keys still validates here; the unknown keys are dropped from the parsed value, so renderers
 * never see data they do not understand. The generated JSON Schema (io: "input") therefore does not set
 * `additionalProperties: false`. A breaking change gets `schemaVersion: 2` and a new schema.
 */

import * as z from 'zod';
import { DOCKER_BACKENDS } from '../docker/types.js';
import { KNOWN_DISTRO_STATES } from '../wsl/parsers/distro-states.js';
import { CHECK_STATUSES, READINESS_STATUSES, summarize } from './summarize.js';

/** Bounds that keep a hostile report small; producers clamp to them (see `createReport`). */
export const REPORT_LIMITS = {
  /** ids, areas, names, versions, labels */
  shortText: 200,
  /** check summaries, warnings */
  text: 2000,
  /** check remediation */
  longText: 4000,
  url: 2048,
  evidenceEntries: 50,
  evidenceKey: 64,
  evidenceValue: 2000,
  checks: 500,
  distros: 200,
  phases: 100,
  warnings: 100,
  /** a week: longer durations are a producer bug */
  durationMs: 604_800_000,
} as const;

export { CHECK_STATUSES, READINESS_STATUSES };
export const HOST_OSES = [
  'windows',
  'linux',
  'darwin',
  'freebsd',
  'openbsd',
  'netbsd',
  'sunos',
  'aix',
  'android',
  'other',
] as const;
// The states `wsl -l -v` prints, as the parser knows them, plus `Unknown` for a word it does not.
export const DISTRO_STATES = [...KNOWN_DISTRO_STATES, 'Unknown'] as const;
// One list of backends for the whole core: the Docker layer's classifier decides among exactly these.
export { DOCKER_BACKENDS };
/** setup-wsl2's phases: `cached` means the work was restored instead of done. */
export const PHASE_STATUSES = ['ok', 'cached', 'skipped', 'failed', 'timed-out'] as const;

const shortText = z.string().max(REPORT_LIMITS.shortText);
const nullableShort = shortText.nullable();
/** Machine ids (`wsl.default-version`, `docker`): safe to show anywhere, easy to grep. */
const machineId = shortText.regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]*$/, 'expected an id of letters, digits and . _ : / -');
const durationMs = z.number().nonnegative().max(REPORT_LIMITS.durationMs);
const wslVersion = z.literal([1, 2]);

export const checkStatusSchema = z.enum(CHECK_STATUSES);
export const readinessStatusSchema = z.enum(READINESS_STATUSES);
export const dockerBackendSchema = z.enum(DOCKER_BACKENDS);

export const evidenceSchema = z
  .record(
    z.string().max(REPORT_LIMITS.evidenceKey),
    z.union([z.string().max(REPORT_LIMITS.evidenceValue), z.number(), z.boolean()], {
      error: 'expected a string, number or boolean',
    }),
  )
  .refine((value) => Object.keys(value).length <= REPORT_LIMITS.evidenceEntries, {
    message: `expected at most ${REPORT_LIMITS.evidenceEntries} evidence entries`,
  })
  .meta({ maxProperties: REPORT_LIMITS.evidenceEntries });

export const checkSchema = z.object({
  id: machineId,
  area: machineId,
  title: shortText,
  status: checkStatusSchema,
  summary: z.string().max(REPORT_LIMITS.text),
  remediation: z.string().max(REPORT_LIMITS.longText).optional(),
  docsUrl: z
    .string()
    .max(REPORT_LIMITS.url)
    .regex(/^https:\/\/[^\s]+$/, 'expected an https URL')
    .optional(),
  durationMs,
  evidence: evidenceSchema.optional(),
});

export const countsSchema = z.object({
  pass: z.number().int().nonnegative(),
  warn: z.number().int().nonnegative(),
  fail: z.number().int().nonnegative(),
  skip: z.number().int().nonnegative(),
  error: z.number().int().nonnegative(),
});

export const summarySchema = z.object({
  status: readinessStatusSchema,
  counts: countsSchema,
});

export const osReleaseSchema = z.object({
  id: shortText.optional(),
  idLike: shortText.optional(),
  versionId: shortText.optional(),
  versionCodename: shortText.optional(),
  prettyName: shortText.optional(),
});

export const distroSchema = z.object({
  name: shortText,
  state: z.enum(DISTRO_STATES),
  version: wslVersion.nullable(),
  default: z.boolean(),
  osRelease: osReleaseSchema.optional(),
});

export const hostSchema = z.object({
  os: z.enum(HOST_OSES),
  arch: shortText,
  /** e.g. `10.0.26100.4652` */
  windowsBuild: shortText.optional(),
  /** e.g. `Windows Server 2025 Datacenter` */
  windowsEdition: shortText.optional(),
  /** true when the producer itself runs inside a WSL distribution */
  isWsl: z.boolean(),
});

/** GitHub-hosted or self-hosted runner facts, from `ImageOS`, `ImageVersion` and `RUNNER_*`. */
export const runnerSchema = z.object({
  imageOs: nullableShort,
  imageVersion: nullableShort,
  environment: nullableShort,
  arch: shortText,
  name: shortText,
  os: shortText.optional(),
});

/** The workflow run that produced the report (set by the actions; self-reported, so never trusted). */
export const runSchema = z.object({
  repository: shortText.regex(/^[A-Za-z0-9-]+\/(?!\.\.?$)[A-Za-z0-9_.-]+$/, 'expected owner/name'),
  runId: z.number().int().positive(),
  runAttempt: z.number().int().positive(),
  job: shortText,
  workflow: shortText,
  sha: z.string().regex(/^[0-9a-f]{7,64}$/i, 'expected a hexadecimal commit SHA'),
  matrixKey: shortText.optional(),
});

export const wslSchema = z.object({
  installed: z.boolean(),
  kind: z.enum(['inbox', 'store']).nullable(),
  version: nullableShort,
  kernelVersion: nullableShort,
  wslgVersion: nullableShort,
  defaultDistribution: nullableShort,
  defaultVersion: wslVersion.nullable(),
  msrdcVersion: nullableShort.optional(),
  direct3dVersion: nullableShort.optional(),
  dxcoreVersion: nullableShort.optional(),
  windowsVersion: nullableShort.optional(),
});

export const dockerSchema = z.object({
  cliVersion: nullableShort,
  context: nullableShort,
  endpoint: nullableShort,
  backend: dockerBackendSchema,
  engineOs: z.enum(['linux', 'windows']).nullable(),
  serverVersion: nullableShort,
  desktopVersion: nullableShort,
  linuxContainers: z.boolean().nullable(),
  /** `process` or `hyperv` on a Windows engine */
  isolation: shortText.optional(),
});

export const phaseSchema = z.object({
  name: shortText,
  durationMs,
  status: z.enum(PHASE_STATUSES),
});

const reportObjectSchema = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: shortText, version: shortText }),
  generatedAt: z.iso.datetime({ offset: true }),
  source: z.object({ kind: z.enum(['action', 'cli']), name: shortText }),
  host: hostSchema,
  runner: runnerSchema.optional(),
  run: runSchema.optional(),
  wsl: wslSchema.optional(),
  distros: z.array(distroSchema).max(REPORT_LIMITS.distros),
  docker: dockerSchema.optional(),
  checks: z.array(checkSchema).max(REPORT_LIMITS.checks),
  summary: summarySchema,
  phases: z.array(phaseSchema).max(REPORT_LIMITS.phases).optional(),
  warnings: z.array(z.string().max(REPORT_LIMITS.text)).max(REPORT_LIMITS.warnings).optional(),
});

/**
 * The Report v1 schema. Beyond field shapes it requires `summary` to agree with `checks`, so a consumer can
 * trust the verdict it shows without recounting.
 */
export const reportV1Schema = reportObjectSchema
  .superRefine((report, ctx) => {
    const expected = summarize(report.checks);
    if (expected.status !== report.summary.status) {
      ctx.addIssue({
        code: 'custom',
        path: ['summary', 'status'],
        message: `expected "${expected.status}" for these checks, got "${report.summary.status}"`,
      });
    }
    for (const key of CHECK_STATUSES) {
      if (expected.counts[key] !== report.summary.counts[key]) {
        ctx.addIssue({
          code: 'custom',
          path: ['summary', 'counts', key],
          message: `expected ${expected.counts[key]} (the number of "${key}" checks), got ${report.summary.counts[key]}`,
        });
      }
    }
  })
  .meta({
    title: 'wsl-ready Report v1',
    description:
      'Whether a Windows machine is ready to build and run Linux software (WSL2, distributions, a Docker engine ' +
      'for Linux containers). Written by the wsl-ready CLI and GitHub Actions; read by the job summary, the ' +
      'readiness bot and the terminal. summary must agree with checks.',
  });

export type ReportV1 = z.infer<typeof reportV1Schema>;
export type { DockerBackend } from '../docker/types.js';
export type { CheckStatus, ReadinessStatus, ReportSummary } from './summarize.js';
export type DistroState = (typeof DISTRO_STATES)[number];
export type PhaseStatus = (typeof PHASE_STATUSES)[number];
export type HostOs = (typeof HOST_OSES)[number];
export type ReportCheck = z.infer<typeof checkSchema>;
export type ReportDistro = z.infer<typeof distroSchema>;
export type ReportHost = z.infer<typeof hostSchema>;
export type ReportRunner = z.infer<typeof runnerSchema>;
export type ReportRun = z.infer<typeof runSchema>;
export type ReportWsl = z.infer<typeof wslSchema>;
export type ReportDocker = z.infer<typeof dockerSchema>;
export type ReportPhase = z.infer<typeof phaseSchema>;
export type CheckEvidence = z.infer<typeof evidenceSchema>;
