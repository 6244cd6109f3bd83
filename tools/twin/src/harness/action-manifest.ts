// Reads an action's `action.yml` (or `action.yaml`): what the runner needs to start a JavaScript action.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface ActionInput {
  description?: string;
  required?: boolean;
  default?: string;
}

export interface ActionManifest {
  name: string;
  inputs: Record<string, ActionInput>;
  outputs: string[];
  runs: {
    using: string;
    main: string;
    pre?: string;
    post?: string;
    preIf?: string;
    postIf?: string;
  };
}

export class ActionManifestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ActionManifestError';
  }
}

const JS_RUNTIMES = new Set(['node12', 'node16', 'node20', 'node24']);

export function readActionManifest(actionDir: string): ActionManifest {
  const file = ['action.yml', 'action.yaml'].map((f) => join(actionDir, f)).find((f) => existsSync(f));
  if (!file)
    throw new ActionManifestError(
      `No action.yml or action.yaml in ${actionDir}: point actionDir at the action's folder.`,
    );
  let doc: unknown;
  try {
    doc = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ActionManifestError(`${file} is not valid YAML: ${(error as Error).message}`);
  }
  const root = (doc ?? {}) as Record<string, unknown>;
  const runs = (root.runs ?? {}) as Record<string, unknown>;
  const using = String(runs.using ?? '');
  if (!JS_RUNTIMES.has(using)) {
    throw new ActionManifestError(
      `${file}: runs.using is "${using}"; the harness runs JavaScript actions only (${[...JS_RUNTIMES].join(', ')}).`,
    );
  }
  if (typeof runs.main !== 'string' || runs.main === '')
    throw new ActionManifestError(`${file}: runs.main is missing.`);
  const inputs: Record<string, ActionInput> = {};
  for (const [name, spec] of Object.entries((root.inputs ?? {}) as Record<string, unknown>)) {
    const s = (spec ?? {}) as Record<string, unknown>;
    const input: ActionInput = {};
    if (typeof s.description === 'string') input.description = s.description;
    if (s.required !== undefined) input.required = s.required === true || s.required === 'true';
    if (s.default !== undefined && s.default !== null) input.default = String(s.default);
    inputs[name] = input;
  }
  const manifest: ActionManifest = {
    name: String(root.name ?? ''),
    inputs,
    outputs: Object.keys((root.outputs ?? {}) as Record<string, unknown>),
    runs: { using, main: runs.main },
  };
  if (typeof runs.pre === 'string') manifest.runs.pre = runs.pre;
  if (typeof runs.post === 'string') manifest.runs.post = runs.post;
  if (typeof runs['pre-if'] === 'string') manifest.runs.preIf = runs['pre-if'];
  if (typeof runs['post-if'] === 'string') manifest.runs.postIf = runs['post-if'];
  return manifest;
}
