import { projectConfig } from '../../tools/scripts/vitest-preset.mjs';

export default projectConfig('ci');
