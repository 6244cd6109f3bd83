// Shared Vitest settings for every project of the workspace.
// The "@wsl-ready/source" export condition makes imports of sibling packages read their TypeScript
// sources, so no package has to be built before another's tests run.
import { defaultServerConditions } from 'vite';
import { defineProject } from 'vitest/config';

const conditions = ['@wsl-ready/source', ...defaultServerConditions];

/** @param {string} name @param {import('vitest/config').TestProjectInlineConfiguration['test']} [test] */
export function projectConfig(name, test = {}) {
  return defineProject({
    resolve: { conditions },
    ssr: { resolve: { conditions, externalConditions: ['@wsl-ready/source'] } },
    test: {
      name,
      environment: 'node',
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      testTimeout: 20_000,
      hookTimeout: 30_000,
      ...test,
    },
  });
}
