// Module boundaries by Nx tag (package.json "nx.tags"), checked on every import of @wsl-ready/* packages:
//   type:core    imports no other package of the repository
//   type:kit     (the actions kit) imports only type:core; its tests may also use type:tool
//   type:action  imports type:core and type:kit (its tests may also use type:tool, e.g. the twin)
//   type:app     (the readiness bot) imports only type:core (its tests may also use type:tool)
//   type:tool    imports type:core and type:tool; its tests may also use type:kit (the twin tests the kit's
//                clients against its Actions-services stand-in)
//   type:bench   imports anything (it measures every product)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
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
if (problems.length) {
  console.error(`Module boundaries violated:\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log(`Module boundaries respected in ${all.size} projects.`);
}
