// Module boundaries by Nx tag (package.json "nx.tags"), checked on every import of @wsl-ready/* packages:
//   type:core    imports no other package of the repository
//   type:kit     (the actions kit) imports only type:core; its tests may also use type:tool
//   type:action  imports type:core and type:kit (its tests may also use type:tool, e.g. the twin)
//   type:app     (the readiness bot) imports only type:core (its tests may also use type:tool)
//   type:tool    imports type:core and type:tool; its tests may also use type:kit (the twin tests the kit's
//                clients against its Actions-services stand-in)
//   type:bench   imports anything (it measures every product)
// Then, inside every package's production code (src/), the relative imports: no import cycle (type-only imports
// count: a cycle of types is a cycle of concerns), and the layers of LAYERS below.
// Usage: node tools/scripts/check-boundaries.mjs [root]   (root: the repository; tests pass a fixture tree)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = process.argv[2] ? resolve(process.argv[2]) : fileURLToPath(new URL('../../', import.meta.url));

/** Folders (relative to the root) whose files must not import from another folder, and why. */
const LAYERS = [
  {
    from: 'packages/core/src/runner/',
    to: 'packages/core/src/wsl/',
    why: 'the runner runs any command; WSL knowledge builds on it',
  },
  {
    from: 'packages/core/src/host/',
    to: 'packages/core/src/report/',
    why: 'host facts are read before any report exists; the report layer maps them',
  },
  {
    from: 'packages/core/src/host/',
    to: 'packages/core/src/checks/',
    why: 'the doctor reads the host, not the other way round',
  },
];
const allowed = {
  'type:core': { production: [], test: [] },
  'type:kit': { production: ['type:core'], test: ['type:core', 'type:tool'] },
  'type:action': { production: ['type:core', 'type:kit'], test: ['type:core', 'type:kit', 'type:tool'] },
  'type:app': { production: ['type:core'], test: ['type:core', 'type:tool'] },
  'type:tool': { production: ['type:core', 'type:tool'], test: ['type:core', 'type:tool', 'type:kit'] },
  // The benchmarks measure every product, so they may import all of them (nothing imports the benchmarks).
  'type:bench': {
    production: ['type:core', 'type:kit', 'type:tool', 'type:action', 'type:app'],
    test: ['type:core', 'type:kit', 'type:tool', 'type:action', 'type:app'],
  },
};

function projects() {
  const found = new Map();
  for (const group of ['packages', 'tools']) {
    if (!statSync(join(root, group), { throwIfNoEntry: false })?.isDirectory()) continue;
    for (const name of readdirSync(join(root, group))) {
      const dir = join(root, group, name);
      let manifest;
      try {
        manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      } catch {
        continue;
      }
      const tag = (manifest.nx?.tags ?? []).find((t) => t in allowed);
      found.set(manifest.name, { dir, tag, manifest });
    }
  }
  return found;
}

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir)) {
    if (['node_modules', 'dist', 'out-tsc', 'fixtures'].includes(entry)) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(m|c)?[jt]s$/.test(entry)) yield path;
  }
}

const importPattern = /(?:from\s+|import\s*\(\s*|import\s+)['"](@wsl-ready\/[^/'"]+)/g;
const relativeImportPattern = /(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

/** The relative imports of a package's src/ as a graph: file -> files it imports (the .js suffix read as .ts). */
function importGraph(srcDir) {
  const graph = new Map();
  for (const file of sourceFiles(srcDir)) {
    if (/\.test\.ts$/.test(file)) continue;
    const targets = new Set();
    const text = readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '');
    for (const match of text.matchAll(relativeImportPattern)) {
      targets.add(resolve(dirname(file), match[1]).replace(/\.js$/, '.ts'));
    }
    graph.set(file, [...targets]);
  }
  return graph;
}

/** Every strongly connected group of two or more files (or a file importing itself): each one is a cycle. */
function findCycles(graph) {
  let index = 0;
  const indexOf = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  const visit = (start) => {
    // Iterative Tarjan, so a deep import chain cannot overflow the call stack.
    const work = [[start, 0]];
    indexOf.set(start, index);
    low.set(start, index++);
    stack.push(start);
    onStack.add(start);
    while (work.length) {
      const frame = work[work.length - 1];
      const [node, i] = frame;
      const edges = graph.get(node) ?? [];
      if (i < edges.length) {
        frame[1]++;
        const next = edges[i];
        if (!graph.has(next)) continue;
        if (!indexOf.has(next)) {
          indexOf.set(next, index);
          low.set(next, index++);
          stack.push(next);
          onStack.add(next);
          work.push([next, 0]);
        } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), indexOf.get(next)));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent), low.get(node)));
      }
      if (low.get(node) === indexOf.get(node)) {
        const group = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          group.push(member);
        } while (member !== node);
        if (group.length > 1 || edges.includes(node)) cycles.push(group.sort());
      }
    }
  };
  for (const node of graph.keys()) if (!indexOf.has(node)) visit(node);
  return cycles;
}
const all = projects();
const problems = [];
for (const [name, project] of all) {
  if (!project.tag) {
    problems.push(`${name}: package.json has no nx.tags entry of ${Object.keys(allowed).join(', ')}`);
    continue;
  }
  for (const file of sourceFiles(project.dir)) {
    const rel = relative(project.dir, file);
    const kind = /(^|\/)test\/|\.test\.ts$|vitest\.config/.test(rel) ? 'test' : 'production';
    for (const match of readFileSync(file, 'utf8').matchAll(importPattern)) {
      const target = all.get(match[1]);
      if (!target || target === project) continue;
      if (!allowed[project.tag][kind].includes(target.tag)) {
        problems.push(
          `${relative(root, file)}: ${name} (${project.tag}) may not import ${match[1]} (${target.tag}) in ${kind} code`,
        );
      }
    }
  }
}
let cycleCount = 0;
let fileCount = 0;
for (const project of all.values()) {
  const srcDir = join(project.dir, 'src');
  if (!statSync(srcDir, { throwIfNoEntry: false })?.isDirectory()) continue;
  const graph = importGraph(srcDir);
  fileCount += graph.size;
  for (const cycle of findCycles(graph)) {
    cycleCount++;
    problems.push(`import cycle: ${cycle.map((file) => relative(root, file)).join(' <-> ')}`);
  }
  for (const [file, targets] of graph) {
    const from = relative(root, file);
    for (const target of targets) {
      const to = relative(root, target);
      for (const layer of LAYERS) {
        if (from.startsWith(layer.from) && to.startsWith(layer.to)) {
          problems.push(`${from} imports ${to}: ${layer.from} may not import ${layer.to} (${layer.why})`);
        }
      }
    }
  }
}
if (problems.length) {
  console.error(`Module boundaries violated:\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log(
    `Module boundaries respected in ${all.size} projects; ${fileCount} source files, ${cycleCount} import cycles, ${LAYERS.length} layer rules held.`,
  );
}
