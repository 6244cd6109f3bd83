// Tests of the repository's own scripts (npm test's preflight, the repository-wide checks).
import { projectConfig } from './vitest-preset.mjs';

export default projectConfig('scripts', { include: ['test/**/*.test.mjs'] });
