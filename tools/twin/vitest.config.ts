import { projectConfig } from '../../tools/scripts/vitest-preset.mjs';

export default projectConfig('twin', {
  globalSetup: ['test/wsl/global-setup.ts'],
});
