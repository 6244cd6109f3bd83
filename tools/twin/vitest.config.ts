import { projectConfig } from '../../tools/scripts/vitest-preset.mjs';

export default projectConfig('twin', {
  globalSetup: ['test/wsl/global-setup.ts'],
  // The twin's tests start real processes (wsl.exe, instances, engines) concurrently: bounds for a loaded machine.
  testTimeout: 60_000,
});
