// The doctor under the twin's latency model (docs/budgets.md, issue 5). The scenario lives in doctor-scenario.ts; it is
// bundled again with the workspace's source URLs kept, so the twin finds its launchers and shim.
import { report } from './measure.js';
import { importFromSource } from './source-bundle.js';

const { measureDoctor } = await importFromSource<typeof import('./doctor-scenario.js')>('doctor-scenario.ts');
report(await measureDoctor());
