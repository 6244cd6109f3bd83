// The Report v1 artifact through the actions services twin: uploaded under the kit's report name and readable,
// one per step and matrix cell; an unavailable service is a warning and never changes the job's result.
import { readFileSync } from 'node:fs';
import {
  artifactName,
  matrixCellSuffix,
  REPORT_ARTIFACT_PREFIX,
  REPORT_FILE_NAME,
  validateReport,
} from '@wsl-ready/core';
import { type ActionsServices, startActionsServices } from '@wsl-ready/twin';
import { afterEach, describe, expect, it } from 'vitest';
import { errorText, type Rig, startRig, warningText } from './twin-setup.js';

const MOBY = 'npipe:////./pipe/docker_engine';
const MATRIX = { os: 'windows-2025', engine: 'moby' };
let rig: Rig | null = null;
let services: ActionsServices | null = null;
afterEach(async () => {
  await rig?.close();
  await services?.close();
  rig = null;
  services = null;
});

async function setUp() {
  services = await startActionsServices();
  rig = await startRig({ engines: { [MOBY]: 'moby-windows-server' } });
  return { services, rig };
}

describe('report artifact', () => {
  it("is uploaded under the kit's report name (job, matrix cell, step) and holds the step's Report v1", async () => {
    const { services, rig } = await setUp();
    const env = { ...services.env, GITHUB_ACTION: 'docker' };
    const result = await rig.run({ 'probe-all-endpoints': 'false', matrix: JSON.stringify(MATRIX) }, { env });
    expect(result.exitCode).toBe(0);

    const name = artifactName('check', `${matrixCellSuffix(MATRIX)}-docker`);
    expect(name).toBe(`${REPORT_ARTIFACT_PREFIX}-check-moby-windows-2025-docker`);
    const stored = services.artifacts.find(name)?.files().get(REPORT_FILE_NAME);
    expect(stored).toBeDefined();
    const report = JSON.parse(stored!.toString('utf8'));
    expect(validateReport(report).ok).toBe(true);
    expect(report).toMatchObject({
      source: { kind: 'action', name: 'docker-backend-check' },
      docker: { backend: 'moby-windows-server', linuxContainers: false },
      run: { job: 'check' },
    });
    // The artifact is the file the step left at report-path.
    expect(stored!.toString('utf8')).toBe(readFileSync(result.outputs['report-path']!, 'utf8'));
    expect(result.log).toContain(`Uploaded the report as artifact ${name}`);
    expect(services.violations).toEqual([]);
  });

  it('a second report producer in the same job and cell gets its own name', async () => {
    const { services, rig } = await setUp();
    const matrix = JSON.stringify(MATRIX);
    for (const step of ['docker', 'docker_2']) {
      const run = await rig.run(
        { 'probe-all-endpoints': 'false', matrix },
        { env: { ...services.env, GITHUB_ACTION: step } },
      );
      expect(warningText(run)).not.toContain('not uploaded');
    }
    expect(
      services.artifacts
        .list()
        .map((a) => a.name)
        .sort(),
    ).toEqual([
      `${REPORT_ARTIFACT_PREFIX}-check-moby-windows-2025-docker`,
      `${REPORT_ARTIFACT_PREFIX}-check-moby-windows-2025-docker_2`,
    ]);
  });

  it('a name already taken (a matrix without the `matrix` input) is a warning that says how to fix it', async () => {
    const { services, rig } = await setUp();
    const env = { ...services.env, GITHUB_ACTION: 'docker' };
    const first = await rig.run({ 'probe-all-endpoints': 'false' }, { env });
    const second = await rig.run({ 'probe-all-endpoints': 'false' }, { env });
    expect([first.exitCode, second.exitCode]).toEqual([0, 0]);
    expect(warningText(second)).toContain('The report was not uploaded as an artifact');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the GitHub expression the message shows.
    expect(warningText(second)).toContain('matrix: ${{ toJSON(matrix) }}');
  });

  it('an unavailable service is a warning; the outputs, the report file and the result stay the same', async () => {
    const { services, rig } = await setUp();
    services.faults.unavailable = true;
    const env = { ...services.env, GITHUB_ACTION: 'docker' };
    const passing = await rig.run({ 'probe-all-endpoints': 'false' }, { env });
    expect(passing.exitCode).toBe(0);
    expect(passing.conclusion).toBe('success');
    expect(warningText(passing)).toContain('The report was not uploaded as an artifact');
    expect(passing.outputs.backend).toBe('moby-windows-server');
    expect(validateReport(JSON.parse(readFileSync(passing.outputs['report-path']!, 'utf8'))).ok).toBe(true);

    const failing = await rig.run({ 'probe-all-endpoints': 'false', 'expect-backend': 'wsl-dockerd' }, { env });
    expect(failing.exitCode).toBe(1);
    expect(errorText(failing)).toContain('Unexpected Docker backend');
    expect(errorText(failing)).not.toContain('artifact');
    expect(services.artifacts.list()).toEqual([]);
  });

  it('outside GitHub (no service variables) the report is only written, without a warning', async () => {
    const { rig } = await setUp();
    const result = await rig.run({ 'probe-all-endpoints': 'false' });
    expect(result.exitCode).toBe(0);
    expect(warningText(result)).not.toContain('artifact');
    expect(result.log).toContain('ACTIONS_RESULTS_URL');
    expect(readFileSync(result.outputs['report-path']!, 'utf8')).toContain('"schemaVersion": 1');
  });
});
