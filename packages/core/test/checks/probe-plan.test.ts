import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { runDoctor, windowsProbePlan } from '../../src/checks/index.js';
import { RecordingRunner } from '../../src/runner/index.js';
import { fakeRunnerFor, MACHINES } from './machines.js';

const PLAN = new URL('../../../../tools/capture/probes.json', import.meta.url);

it('tools/capture/probes.json is the plan the code generates', () => {
  // Written by packages/core/scripts/generate-examples.mjs; compared as data: the formatter may lay it out differently.
  expect(JSON.parse(readFileSync(PLAN, 'utf8'))).toEqual(windowsProbePlan());
});

it('the plan covers every command a Windows run makes (deep, except the image-pulling `docker run` proof)', async () => {
  const plan = windowsProbePlan();
  const known = plan.map((p) => JSON.stringify(p.args));
  for (const machine of Object.values(MACHINES)) {
    const recorder = new RecordingRunner(fakeRunnerFor(machine));
    await runDoctor({
      runner: recorder,
      env: machine.env,
      platform: machine.platform,
      arch: machine.arch,
      readFile: async () => null,
      deep: true,
    });
    for (const call of recorder.transcript().calls.filter((c) => c.args[0] !== 'run')) {
      const args = call.args.map((a, i) => (call.args[i - 1] === '--distribution' ? '{distro}' : a));
      expect(known, `${call.file} ${call.args.slice(0, 3).join(' ')}`).toContain(JSON.stringify(args));
    }
  }
});
