import { projectConfig } from '../../tools/scripts/vitest-preset.mjs';

// The release dry run packs the core (its prepack builds the CLI and the library) and installs the tarball.
export default projectConfig('release', { testTimeout: 300_000 });
