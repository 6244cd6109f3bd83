// Contract: the official @actions/artifact client (v4 protocol) uploads, lists and downloads through the twin.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ActionsServices, startActionsServices } from '../../src/actions-services/index.js';
import { captureStdout, tempDir, withProcessEnv } from './helpers.js';

let services: ActionsServices;
let temp: { dir: string; cleanup: () => void };
let restoreEnv: () => void;

beforeAll(async () => {
  services = await startActionsServices();
  temp = tempDir('official-artifact');
});

afterAll(async () => {
  await services.close();
  temp.cleanup();
});

afterEach(() => restoreEnv?.());

function useJob(vars: Record<string, string>) {
  restoreEnv = withProcessEnv({ ...vars, GITHUB_WORKSPACE: temp.dir, GITHUB_SERVER_URL: undefined });
}

describe('@actions/artifact against the artifact service twin', () => {
  it('uploads files as a zip, lists the artifact and downloads it back', async () => {
    useJob(services.env);
    const root = join(temp.dir, 'upload');
    mkdirSync(join(root, 'logs'), { recursive: true });
    writeFileSync(join(root, 'report.json'), '{"ok":true}\n');
    writeFileSync(join(root, 'logs', 'wsl.txt'), 'x'.repeat(50_000));
    const client = new DefaultArtifactClient();
    const { result: uploaded, lines } = await captureStdout(() =>
      client.uploadArtifact('reports', [join(root, 'report.json'), join(root, 'logs', 'wsl.txt')], root, {
        retentionDays: 3,
      }),
    );
    expect(lines.filter((l) => /^::(warning|error)::/.test(l))).toEqual([]);
    expect(uploaded.id).toBeGreaterThan(0);

    const stored = services.artifacts.find('reports');
    expect(stored?.id).toBe(uploaded.id);
    expect(stored?.version).toBe(7);
    expect(stored?.mimeType).toBe('application/zip');
    expect(stored?.digest).toBe(`sha256:${uploaded.digest}`);
    expect(stored?.expiresAt && stored.expiresAt.getTime() - Date.now()).toBeGreaterThan(2 * 86_400_000);
    expect([...(stored?.files().keys() ?? [])].sort()).toEqual(['logs/wsl.txt', 'report.json']);
    expect(stored?.files().get('report.json')?.toString()).toBe('{"ok":true}\n');

    const { result: listed } = await captureStdout(() => client.listArtifacts());
    expect(listed.artifacts.map((a) => [a.name, a.id, a.size])).toEqual([['reports', uploaded.id, uploaded.size]]);

    const target = join(temp.dir, 'download');
    const { result: downloaded } = await captureStdout(() =>
      client.downloadArtifact(uploaded.id!, { path: target, expectedHash: `sha256:${uploaded.digest}` }),
    );
    expect(downloaded.digestMismatch).toBe(false);
    expect(readFileSync(join(target, 'logs', 'wsl.txt'), 'utf8')).toHaveLength(50_000);
    expect(services.violations).toEqual([]);
    // The official client stages blocks and commits a block list.
    expect(services.requests.some((r) => r.operation === 'PutBlock')).toBe(true);
    expect(services.requests.some((r) => r.operation === 'PutBlockList')).toBe(true);
  });

  it('refuses a second artifact of the same name in the run, and keeps runs apart', async () => {
    useJob(services.env);
    const file = join(temp.dir, 'one.txt');
    writeFileSync(file, 'one');
    const client = new DefaultArtifactClient();
    await captureStdout(() => client.uploadArtifact('unique', [file], temp.dir));
    await expect(captureStdout(() => client.uploadArtifact('unique', [file], temp.dir))).rejects.toThrow(/409/);

    restoreEnv();
    useJob(services.envFor());
    const { result: other } = await captureStdout(() => client.listArtifacts());
    expect(other.artifacts).toEqual([]);
    await captureStdout(() => client.uploadArtifact('unique', [file], temp.dir));
    expect(services.artifacts.list().filter((a) => a.name === 'unique')).toHaveLength(2);
  });

  it('another job of the same run sees and downloads the artifact', async () => {
    useJob(services.env);
    const file = join(temp.dir, 'shared.txt');
    writeFileSync(file, 'shared');
    const client = new DefaultArtifactClient();
    const { result: uploaded } = await captureStdout(() => client.uploadArtifact('shared', [file], temp.dir));
    restoreEnv();
    useJob(services.envFor({ runId: services.run.runId }));
    const target = join(temp.dir, 'shared-download');
    await captureStdout(() => client.downloadArtifact(uploaded.id!, { path: target }));
    expect(readFileSync(join(target, 'shared.txt'), 'utf8')).toBe('shared');
  });
});
