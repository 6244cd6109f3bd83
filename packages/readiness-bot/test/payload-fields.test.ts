import { loadGitHubSpec } from '@wsl-ready/twin';
import { describe, expect, it } from 'vitest';

// Every field `src/run-event.ts` reads from a `workflow_run.completed` delivery, with the type it expects, checked
// against the webhook schema in GitHub's REST description (`webhook-workflow-run-completed`, @octokit/openapi).
const READS: Array<[path: string, type: string, nullable?: boolean]> = [
  ['action', 'string'],
  ['installation.id', 'integer'],
  ['repository.id', 'integer'],
  ['repository.name', 'string'],
  ['repository.owner.login', 'string'],
  ['workflow_run.id', 'integer'],
  ['workflow_run.run_attempt', 'integer'],
  // Nullable: run-event.ts reads a missing name as ''.
  ['workflow_run.name', 'string', true],
  ['workflow_run.path', 'string'],
  ['workflow_run.event', 'string'],
  ['workflow_run.conclusion', 'string', true],
  ['workflow_run.head_sha', 'string'],
  ['workflow_run.head_branch', 'string', true],
  ['workflow_run.head_repository.id', 'integer'],
  ['workflow_run.head_repository.owner.login', 'string'],
  ['workflow_run.html_url', 'string'],
  // Described as `number`; run-event.ts keeps only safe integers.
  ['workflow_run.pull_requests[].number', 'number'],
  ['workflow_run.pull_requests[].head.sha', 'string'],
  ['workflow_run.pull_requests[].base.repo.id', 'integer'],
];

type Schema = {
  $ref?: string;
  type?: string;
  nullable?: boolean;
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  enum?: unknown[];
};

function resolve(schema: Schema | undefined): Schema | undefined {
  const schemas = loadGitHubSpec().components.schemas as Record<string, Schema>;
  let current = schema;
  for (let hops = 0; current?.$ref && hops < 20; hops++) current = schemas[current.$ref.split('/').pop()!];
  return current;
}

/** The schema at a dotted path (`a.b[].c`), looking into allOf/anyOf/oneOf alternatives. */
function at(schema: Schema | undefined, path: string): Schema | undefined {
  let current = resolve(schema);
  for (const part of path.split('.')) {
    const name = part.replace(/\[\]$/, '');
    const candidates = [current, ...(current?.allOf ?? []), ...(current?.anyOf ?? []), ...(current?.oneOf ?? [])]
      .map(resolve)
      .filter((s): s is Schema => s !== undefined);
    current = resolve(candidates.find((s) => s.properties?.[name])?.properties?.[name]);
    if (part.endsWith('[]')) current = resolve(current?.items);
    if (!current) return undefined;
  }
  return current;
}

describe('the workflow_run fields the bot reads', () => {
  const root = { $ref: '#/components/schemas/webhook-workflow-run-completed' };
  it.each(READS)('%s is a %s in GitHub’s webhook schema', (path, type, nullable) => {
    const schema = at(root, path);
    expect(schema, path).toBeDefined();
    expect(schema!.type).toBe(type);
    expect(schema!.nullable === true).toBe(nullable === true);
  });

  it('knows every conclusion GitHub may send (the pre-filter skips the ones that upload nothing)', () => {
    expect(at(root, 'workflow_run.conclusion')!.enum?.slice().sort()).toEqual([
      'action_required',
      'cancelled',
      'failure',
      'neutral',
      'skipped',
      'stale',
      'startup_failure',
      'success',
      'timed_out',
    ]);
  });
});
