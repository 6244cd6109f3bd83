// One Vitest process for every project (used by `npm test`); `nx run-many -t test` runs them one by one.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'tools/*/vitest.config.ts'],
  },
});
