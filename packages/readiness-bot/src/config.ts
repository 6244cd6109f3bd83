import { parse as parseYaml } from 'yaml';
import * as z from 'zod';

/** Where a repository configures the bot. */
export const CONFIG_PATH = '.github/wsl-ready.yml';

const workflowRef = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\w .\-/()[\]]+$/, 'workflow names and paths use letters, digits, spaces and . - _ / ( ) [ ]');

/** The per-repository configuration, strict: an unknown key is an error, so typos do not silently do nothing. */
export const botConfigSchema = z
  .object({
    /** Artifacts whose name starts with this are reports (the actions use `wsl-ready-report`). */
    artifactPrefix: z
      .string()
      .min(1)
      .max(100)
      .regex(/^[\w.-]+$/, 'letters, digits, . _ -')
      .default('wsl-ready-report'),
    /** Workflow file paths (`.github/workflows/x.yml`) or names to watch; empty watches every workflow. */
    workflows: z.array(workflowRef).max(50).default([]),
    /** always: every run; changes: only when the table changes; failures: only while something fails; off. */
    commentMode: z.enum(['always', 'changes', 'failures', 'off']).default('changes'),
    /** Also publish a `wsl-ready` check run on the head commit. */
    checkRun: z.boolean().default(false),
    /** Largest artifact the bot downloads, in bytes (at most 10 MiB). */
    maxArtifactBytes: z
      .number()
      .int()
      .min(1024)
      .max(10 * 1024 * 1024)
      .default(1024 * 1024),
  })
  .strict();

export type BotConfig = z.infer<typeof botConfigSchema>;

export const DEFAULT_CONFIG: BotConfig = botConfigSchema.parse({});

export type ConfigResult = { ok: true; config: BotConfig } | { ok: false; config: BotConfig; error: string };

/**
 * Parse `.github/wsl-ready.yml`. Keys may be written kebab-case (as in YAML files) or camelCase.
 * A broken file never stops the bot: the defaults apply and the error is reported where the owner will see it.
 */
export function parseBotConfig(text: string | null | undefined): ConfigResult {
  if (text === null || text === undefined || text.trim() === '') return { ok: true, config: DEFAULT_CONFIG };
  if (text.length > 64 * 1024) {
    return { ok: false, config: DEFAULT_CONFIG, error: `${CONFIG_PATH} is larger than 64 KiB; defaults are used.` };
  }
  let raw: unknown;
  try {
    raw = parseYaml(text, { maxAliasCount: 10, uniqueKeys: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      ok: false,
      config: DEFAULT_CONFIG,
      error: `${CONFIG_PATH} is not valid YAML (${reason}); defaults are used.`,
    };
  }
  if (raw === null || raw === undefined) return { ok: true, config: DEFAULT_CONFIG };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      ok: false,
      config: DEFAULT_CONFIG,
      error: `${CONFIG_PATH} must be a mapping of settings; defaults are used.`,
    };
  }
  const camel = Object.fromEntries(
    Object.entries(raw as Record<string, unknown>).map(([key, value]) => [
      key.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()),
      value,
    ]),
  );
  const result = botConfigSchema.safeParse(camel);
  if (result.success) return { ok: true, config: result.data };
  const problems = result.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`)
    .join('; ');
  return { ok: false, config: DEFAULT_CONFIG, error: `${CONFIG_PATH} is invalid (${problems}); defaults are used.` };
}

/** Does the configuration watch this workflow run? Matches the workflow file path or its name. */
export function watchesWorkflow(config: BotConfig, run: { path?: string | null; name?: string | null }): boolean {
  if (config.workflows.length === 0) return true;
  const path = (run.path ?? '').replace(/@.*$/, '');
  return config.workflows.some((w) => w === path || w === run.name || path.endsWith(`/${w}`));
}
