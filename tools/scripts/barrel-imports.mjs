// An esbuild plugin for the split action bundles: a named import from one of this repository's package barrels
// (`import { runAction } from '@wsl-ready/actions-kit'`) is rewritten to import each name from the file that
// defines it. esbuild assigns whole files to chunks by which entries reach them, and a barrel reaches every file of
// its package: one import from `@wsl-ready/core` in the action's entry would put all of core (zod and the Report
// schema included) in a chunk the entry loads. The packages declare `"sideEffects": false`, so importing a name
// from its own file instead of through the barrel changes nothing else.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** `export { a, type B, c as d } from './x.js'` and `export type { E } from './y.js'` */
const RE_EXPORT = /export\s+(type\s+)?\{([^}]*)\}\s*from\s*'(\.[^']+)'/g;
/** `import { a, type B } from '@wsl-ready/core'` and `import type { C } from '@wsl-ready/core'` */
const BARREL_IMPORT = /^import\s+(type\s+)?\{([^}]*)\}\s*from\s*'(@wsl-ready\/[a-z-]+)';?/gm;

/** `type A as B` -> { name: 'A', local: 'B', typeOnly: true } */
function specifiers(list, allTypes) {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const match = /^(type\s+)?([\w$]+)(?:\s+as\s+([\w$]+))?$/.exec(s);
      if (!match) throw new Error(`barrel-imports: cannot read the import specifier "${s}"`);
      return { name: match[2], local: match[3] ?? match[2], typeOnly: allTypes || Boolean(match[1]) };
    });
}

/** A `.js` import of the sources as the `.ts` file it names. */
function sourceFile(fromDir, relative) {
  const file = resolve(fromDir, relative.replace(/\.js$/, '.ts'));
  if (!existsSync(file)) throw new Error(`barrel-imports: ${relative} (from ${fromDir}) is not a .ts file`);
  return file;
}

/** Exported name -> { file, name } of its definition (the barrel's `export { … } from './file.js'` lines). */
export function barrelMap(barrel) {
  const map = new Map();
  const text = readFileSync(barrel, 'utf8');
  for (const match of text.matchAll(RE_EXPORT)) {
    const file = sourceFile(dirname(barrel), match[3]);
    for (const { name, local } of specifiers(match[2], Boolean(match[1]))) map.set(local, { file, name });
  }
  return map;
}

/**
 * The source text with each named import from a known barrel split into imports from the defining files. Type-only
 * names are dropped (the TypeScript loader erases them); a name the barrel does not re-export from a file stays an
 * import from the barrel. Line breaks are kept, so esbuild's messages still point at the right source line.
 * @param {string} text
 * @param {Map<string, Map<string, { file: string, name: string }>>} maps package name -> its barrel's map
 */
export function rewriteBarrelImports(text, maps) {
  return text.replace(BARREL_IMPORT, (statement, allTypes, list, pkg) => {
    const map = maps.get(pkg);
    if (!map) return statement;
    const byFile = new Map();
    const unmapped = [];
    for (const spec of specifiers(list, Boolean(allTypes))) {
      if (spec.typeOnly) continue;
      const target = map.get(spec.name);
      if (!target) {
        unmapped.push(spec.name === spec.local ? spec.name : `${spec.name} as ${spec.local}`);
        continue;
      }
      const names = byFile.get(target.file) ?? [];
      names.push(target.name === spec.local ? spec.local : `${target.name} as ${spec.local}`);
      byFile.set(target.file, names);
    }
    const lines = [...byFile].map(([file, names]) => `import { ${names.join(', ')} } from ${JSON.stringify(file)};`);
    if (unmapped.length) lines.push(`import { ${unmapped.join(', ')} } from '${pkg}';`);
    return lines.join(' ') + '\n'.repeat((statement.match(/\n/g) ?? []).length);
  });
}

/**
 * The esbuild plugin: every source file of the repository's packages is loaded with its barrel imports rewritten.
 * @param {Record<string, string>} barrels package name -> absolute path of its barrel (the `@wsl-ready/source` entry)
 */
export function barrelImports(barrels) {
  const maps = new Map(Object.entries(barrels).map(([pkg, file]) => [pkg, barrelMap(file)]));
  return {
    name: 'barrel-imports',
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: /[\\/]packages[\\/][^\\/]+[\\/]src[\\/].*\.ts$/ }, (args) => ({
        contents: rewriteBarrelImports(readFileSync(args.path, 'utf8'), maps),
        loader: 'ts',
      }));
    },
  };
}

/** The barrels of the packages an action bundles. */
export function workspaceBarrels(root) {
  return {
    '@wsl-ready/core': join(root, 'packages/core/src/index.ts'),
    '@wsl-ready/actions-kit': join(root, 'packages/actions-kit/src/index.ts'),
  };
}
