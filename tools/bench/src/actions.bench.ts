// The two actions (issues 6 and 7, docs/budgets.md): bundle sizes, cold start under Node 24, and their work in the twin's
// latency model. The scenario lives in actions-scenario.ts, bundled again with the workspace's source URLs kept.
import { report } from './measure.js';
import { importFromSource } from './source-bundle.js';

const { measureActions } = await importFromSource<typeof import('./actions-scenario.js')>('actions-scenario.ts');
report(await measureActions());
